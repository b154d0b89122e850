import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { StaffAnnouncementsLink } from '@/components/announcements/staff-link';
import { StaffAtRiskLink } from '@/components/at-risk/staff-link';
import { StaffInboxLink } from '@/components/inbox/staff-inbox-link';
import { StaffFiguresLink } from '@/components/metrics/staff-figures-link';
import { StaffModerationLink } from '@/components/moderation/staff-link';
import { StaffMinorsLink } from '@/components/privacy/staff-minors-link';
import { InvitationForm } from '@/components/staff/invitation-form';
import { JoinRequestDecision } from '@/components/staff/join-request-decision';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { can } from '@/lib/policy';
import { requireRole } from '@/lib/auth/session';
import { getEnv } from '@/lib/env';
import { listInvitations } from '@/lib/invitations/queries';
import { listPendingJoinRequests } from '@/lib/join-requests/queries';
import { createInvitationAction, decideJoinRequestAction, revokeInvitationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('title') };
}

export default async function StaffPage() {
  const user = await requireRole('staff');
  const [t, roster, format, requests, invitations] = await Promise.all([
    getTranslations('staff'),
    getTranslations('roster'),
    getFormatter(),
    listPendingJoinRequests(user),
    listInvitations(user),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <StaffInboxLink />
      <StaffAtRiskLink />
      <StaffAnnouncementsLink />
      <StaffFiguresLink />
      <StaffModerationLink />
      <StaffMinorsLink />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('joinRequests.title', { count: requests.length })}</h2>
        {requests.length === 0 ? (
          <p className="text-zinc-700">{t('joinRequests.none')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200">
            {requests.map((r) => (
              <li key={r.id} className="grid gap-3 py-4 md:grid-cols-2">
                <div className="text-sm">
                  <p className="text-base font-semibold">{r.displayName}</p>
                  <p>{r.email}</p>
                  {r.membershipNumber ? <p>{t('joinRequests.membershipNumber', { number: r.membershipNumber })}</p> : null}
                  {r.numberElsewhere && r.membershipNumber ? <p className="font-medium text-amber-900">{roster('joinRequest.numberElsewhere', { number: r.membershipNumber })}</p> : null}
                  {r.message ? <p className="mt-1 italic text-zinc-700">“{r.message}”</p> : null}
                  <p className="mt-1 text-zinc-700">{format.relativeTime(r.createdAt)}</p>
                </div>
                <JoinRequestDecision requestId={r.id} name={r.displayName} action={decideJoinRequestAction} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('invitations.title')}</h2>
        <InvitationForm canInviteStaff={can(user, 'invite:role', 'staff')} baseUrl={getEnv().APP_URL} action={createInvitationAction} />
        {invitations.length > 0 ? (
          <div className="mt-6 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('invitations.listCaption')}</caption>
              <thead>
                <tr className="border-b border-zinc-200">
                  <th scope="col" className="py-2 pr-3">{t('invitations.for')}</th>
                  <th scope="col" className="py-2 pr-3">{t('invitations.state')}</th>
                  <th scope="col" className="py-2 pr-3">{t('invitations.uses')}</th>
                  <th scope="col" className="py-2 pr-3">{t('invitations.expires')}</th>
                  <th scope="col" className="py-2"><span className="sr-only">{t('invitations.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((inv) => (
                  <tr key={inv.id} className="border-b border-zinc-100">
                    <td className="py-2 pr-3">{inv.email ?? inv.note ?? t('invitations.anyone')}</td>
                    <td className="py-2 pr-3">{t(`invitations.states.${inv.state}`)}</td>
                    <td className="py-2 pr-3">{`${inv.uses}/${inv.maxUses}`}</td>
                    <td className="py-2 pr-3">{format.dateTime(inv.expiresAt, { dateStyle: 'medium' })}</td>
                    <td className="py-2">
                      {inv.state === 'active' ? (
                        <form action={revokeInvitationAction}>
                          <input type="hidden" name="invitationId" value={inv.id} />
                          <Button type="submit" variant="ghost">
                            {t('invitations.revoke')}
                          </Button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
