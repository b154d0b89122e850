import { useTranslations } from 'next-intl';
import { BackLink } from '@/components/ui/back-link';

export const SECTIONS = ['categories', 'branches', 'teams', 'sla', 'templates', 'board'] as const;
export type Section = (typeof SECTIONS)[number];

/** The top of every settings sub-page: the way back to the overview, the title and what it is for. */
export function SettingsHeader({ section, intro }: { section: Section; intro: string }) {
  const t = useTranslations('complaintSettings');
  return (
    <div className="flex flex-col gap-2">
      <BackLink href="/admin/complaints" label={t('title')}>
        {t('back')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t(`sections.${section}.title`)}</h1>
      <p className="max-w-prose text-zinc-700">{intro}</p>
    </div>
  );
}
