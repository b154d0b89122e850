import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GroupForm } from '@/components/groups/group-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { findGroupBySlug } from '@/lib/groups/queries';
import { updateGroupAction } from '../../actions';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await findGroupBySlug(await requireMember(), (await params).slug);
  if (!group) notFound();
  return { title: (await getTranslations('groups.settings'))('pageTitle', { group: group.name }) };
}

export default async function GroupSettingsPage({ params }: Props) {
  const user = await requireMember();
  const group = await findGroupBySlug(user, (await params).slug);
  if (!group) notFound();
  const t = await getTranslations('groups');
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <BackLink label={t('breadcrumb')} href={`/groups/${group.slug}`}>
        {group.name}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('settings.pageTitle', { group: group.name })}</h1>
      {group.may.manage ? (
        <Card>
          <GroupForm initial={{ groupId: group.id, name: group.name, description: group.description, descriptionEn: group.descriptionEn, visibility: group.visibility }} action={updateGroupAction} />
        </Card>
      ) : (
        <Alert tone="info">{t('settings.forbidden')}</Alert>
      )}
    </div>
  );
}
