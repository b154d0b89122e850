import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/back-link';
import { getTranslations } from 'next-intl/server';
import { GroupForm } from '@/components/groups/group-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { mayCreateGroups } from '@/lib/groups/queries';
import { createGroupAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('groups'))('newTitle') };
}

export default async function NewGroupPage() {
  const user = await requireMember();
  const [t, tc, allowed] = await Promise.all([getTranslations('groups'), getTranslations('errors'), mayCreateGroups(user)]);
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <BackLink label={t('breadcrumb')} href="/groups">
        {t('title')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      {allowed ? (
        <Card>
          <GroupForm action={createGroupAction} />
        </Card>
      ) : (
        <Alert tone="info">{tc('forbidden')}</Alert>
      )}
    </div>
  );
}
