import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SECTIONS, type Section } from '@/components/complaint-settings/settings-header';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { getBoardSettings, listBranches, listCategories, listSlaPolicies, listTeams, listTemplates } from '@/lib/complaints/settings/queries';
import { splitMinutes } from '@/lib/complaints/settings/sla-units';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('complaintSettings'))('title') };
}

export default async function ComplaintSettingsPage() {
  const user = await requirePermission('manage:complaint_settings');
  const [t, categories, branches, teams, sla, templates, board] = await Promise.all([
    getTranslations('complaintSettings'),
    listCategories(user),
    listBranches(user),
    listTeams(user),
    listSlaPolicies(user),
    listTemplates(user),
    getBoardSettings(),
  ]);
  const urgent = splitMinutes(sla[0]!.firstResponseMinutes);
  const summaries: Record<Section, string> = {
    categories: t('sections.categories.summary', { count: categories.length }),
    branches: t('sections.branches.summary', { count: branches.length }),
    teams: t('sections.teams.summary', { count: teams.length }),
    sla: t('sections.sla.summary', { first: t(`sla.durations.${urgent.unit}`, { count: urgent.value }) }),
    templates: t('sections.templates.summary', { count: templates.length }),
    board: board.boardPublic ? t('sections.board.summaryPublic') : t('sections.board.summaryPrivate'),
  };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-prose text-zinc-700">{t('intro')}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {SECTIONS.map((s) => (
          <li key={s}>
            <Card className="flex h-full flex-col gap-1">
              <h2 className="text-lg font-semibold">
                <Link href={`/admin/complaints/${s}`} className="text-brand-ink underline-offset-4 hover:underline">
                  {t(`sections.${s}.title`)}
                </Link>
              </h2>
              <p className="text-sm text-zinc-700">{t(`sections.${s}.body`)}</p>
              <p className="mt-auto pt-2 text-sm font-medium text-zinc-900">{summaries[s]}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
