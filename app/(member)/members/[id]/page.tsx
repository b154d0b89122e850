import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ReportForm } from '@/components/moderation/report-form';
import { ProfileView } from '@/components/profiles/profile-view';
import { requireMember } from '@/lib/auth/session';
import { getProfile } from '@/lib/profiles/queries';
import { reportAction } from '@/app/(member)/moderation/actions';

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => getProfile(await requireMember(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).id);
  // The not-found page then supplies its own title.
  if (!profile) notFound();
  return { title: (await getTranslations('profiles'))('title', { name: profile.displayName }) };
}

export default async function ProfilePage({ params }: Props) {
  const profile = await load((await params).id);
  if (!profile) notFound();
  const [t, tr, format] = await Promise.all([getTranslations('profiles'), getTranslations('roles'), getFormatter()]);
  return (
    <ProfileView
      profile={profile}
      texts={{
        since: t(profile.role === 'member' ? 'memberSince' : 'staffSince', { date: format.dateTime(profile.memberSince, { month: 'long', year: 'numeric' }) }),
        role: profile.role === 'member' ? null : (profile.staffTitle ?? tr(profile.role)),
        when: (d) => format.dateTime(d, { dateStyle: 'medium' }),
      }}
    >
      {profile.own ? (
        <p className="text-sm text-zinc-700">
          {t('yours')}{' '}
          <Link href="/settings#profile" className="font-semibold text-brand-ink underline">
            {t('edit')}
          </Link>
        </p>
      ) : (
        <ReportForm targetType="profile" targetId={profile.id} label={t('report')} action={reportAction} />
      )}
    </ProfileView>
  );
}
