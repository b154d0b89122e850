import { Siren } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ActionForm } from '@/components/board/action-form';
import { MarkSeen } from '@/components/board/mark-seen';
import { MemberPanel } from '@/components/board/member-panel';
import { StaffPanel, type StaffOptions } from '@/components/board/staff-panel';
import { StatusBadge } from '@/components/board/status-badge';
import { Timeline } from '@/components/board/timeline';
import { Waiting } from '@/components/board/waiting';
import { LiveRefresh } from '@/components/shell/live-refresh';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { hasRole } from '@/lib/policy';
import type { CurrentUser } from '@/lib/auth/session';
import { requireBoardViewer } from '@/lib/complaints/board-viewer';
import { type Brand, getBrand } from '@/lib/brand/queries';
import { localized } from '@/lib/i18n/localized';
import { assignees } from '@/lib/complaints/inbox';
import { type ComplaintView, getComplaintView } from '@/lib/complaints/queries';
import { listTemplates } from '@/lib/complaints/settings/queries';
import { addressTemplates } from '@/lib/complaints/templates';
import { reportAction } from '@/app/(member)/moderation/actions';
import { moderationAction } from '@/app/(staff)/staff/moderation/actions';
import {
  assignAction,
  authorDecisionAction,
  commentAction,
  followAction,
  markSeenAction,
  meTooAction,
  noteAction,
  priorityAction,
  privateMessageAction,
  rateAction,
  redactAction,
  respondAction,
  setStatusAction,
} from './actions';

type Props = { params: Promise<{ number: string }> };

// Metadata and page read the complaint once per request.
const load = cache(async (raw: string) => {
  const user = await requireBoardViewer();
  const brand = await getBrand();
  const view = /^\d{1,9}$/.test(raw) ? await getComplaintView(user, Number(raw), brand.boardPublic) : null;
  if (!view) notFound();
  return { user, brand, view };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await load((await params).number);
  return { title: `#${view.number} ${view.title}` };
}

/**
 * Who can take the complaint, and the reply templates already addressed to this member, in the language
 * they read, and signed by this staff member.
 */
async function staffOptions(user: CurrentUser, view: ComplaintView, brand: Brand): Promise<StaffOptions> {
  const [{ people, teams }, templates] = await Promise.all([assignees(user), listTemplates(user)]);
  const reads = view.staff?.authorLocale ?? brand.defaultLocale;
  // Without a staff title of their own, the signer speaks for the community.
  const names = { member: view.staff?.authorName ?? '', staff: user.displayName, staff_title: user.staffTitle ?? brand.name, branch: localized(view.branch.name, view.branch.nameEn, reads) };
  return { people, teams, templates: addressTemplates(templates, reads, names) };
}

export default async function ComplaintPage({ params }: Props) {
  const { user, brand, view } = await load((await params).number);
  const [t, tr, format, locale] = await Promise.all([getTranslations('complaints.page'), getTranslations('complaints.closeReason'), getFormatter(), getLocale()]);
  const options = view.staff && user ? await staffOptions(user, view, brand) : null;
  const latest = view.timeline.at(-1)?.createdAt.toISOString();
  return (
    <div className="flex flex-col gap-6">
      {user ? <LiveRefresh room={`complaint:${view.id}`} events={['complaint:changed']} renderedLatest={latest} /> : null}
      {user ? <MarkSeen complaintId={view.id} action={markSeenAction} /> : null}
      <BackLink href="/board" label={t('backLabel')}>
        {t('back')}
      </BackLink>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={view.status} />
          {view.closeReason ? <span className="text-sm text-zinc-800">({tr(view.closeReason)})</span> : null}
          {view.duplicateOfNumber ? (
            <Link href={`/board/${view.duplicateOfNumber}`} className="text-sm underline">
              {t('duplicateOf', { number: view.duplicateOfNumber })}
            </Link>
          ) : null}
          <span className="text-sm text-zinc-700">#{view.number}</span>
        </div>
        <h1 className="text-2xl font-bold leading-tight">{view.title}</h1>
        <p className="text-sm text-zinc-700">
          {localized(view.category.name, view.category.nameEn, locale)} · {localized(view.branch.name, view.branch.nameEn, locale)} · {view.authorName ? t('by', { name: view.authorName }) : t('byMember')} ·{' '}
          <time dateTime={view.createdAt.toISOString()}>{format.dateTime(view.createdAt, { dateStyle: 'long' })}</time>
        </p>
        <p>
          <Waiting line={view.waiting} className="font-semibold" />
        </p>
        {view.incident ? (
          <p className="flex items-center gap-2 text-sm font-medium text-red-900">
            <Siren aria-hidden className="size-4" />
            {t('incident', { title: view.incident.title })}
          </p>
        ) : null}
      </header>
      {/* On a phone the actions come right after the complaint; on a wide screen they sit beside it. */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 lg:col-start-1">
          <Card>
            <div id="complaint-body" className="max-w-none break-words [&_a]:underline [&_ul]:list-disc [&_ul]:pl-5" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
            {view.photos.length > 0 ? (
              <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={t('photos')}>
                {view.photos.map((p, i) => (
                  <li key={p.url}>
                    <a href={p.url}>
                      {/* eslint-disable-next-line @next/next/no-img-element -- private media, served by our own route */}
                      <img src={p.url} width={p.width} height={p.height} alt={t('photoAlt', { n: i + 1 })} className="aspect-square w-full rounded-md object-cover" loading="lazy" />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
        </div>
        <aside className="flex flex-col gap-4 lg:col-start-2 lg:row-span-2 lg:row-start-1" aria-label={t('actionsLabel')}>
          {user ? <MemberPanel view={view} actions={{ meToo: meTooAction, follow: followAction, authorDecision: authorDecisionAction, rate: rateAction }} /> : null}
          {view.staff && options ? <StaffPanel
              view={view}
              options={options}
              actions={{ respond: respondAction, setStatus: setStatusAction, assign: assignAction, priority: priorityAction, note: noteAction, redact: redactAction }}
            /> : null}
        </aside>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1">
          <section aria-labelledby="timeline-title" className="flex flex-col gap-3">
            <h2 id="timeline-title" className="text-lg font-semibold">
              {t('timeline')}
            </h2>
            <Timeline entries={view.timeline} communityName={brand.name} reader={user ? { id: user.id, moderator: hasRole(user, 'staff') ? { manager: user.role === 'manager' } : null } : null}
              moderation={{ report: reportAction, moderate: moderationAction }}
            />
          </section>
          {view.viewer.can.comment ? (
            <Card>
              <h2 className="mb-3 text-lg font-semibold">{t('commentTitle')}</h2>
              <ActionForm action={commentAction} hidden={{ complaintId: view.id }} fields={[{ kind: 'textarea', name: 'body', label: t('commentBody'), hint: t('commentHint'), required: true, markdown: true }]} submitLabel={t('comment')} pendingLabel={t('sending')} />
            </Card>
          ) : null}
          {view.viewer.can.private_message ? (
            <Card className="border-violet-300">
              <h2 className="mb-1 text-lg font-semibold">{t('privateTitle')}</h2>
              <p className="mb-3 text-sm text-zinc-700">{view.isAuthor ? t('privateHintAuthor') : t('privateHintStaff')}</p>
              <ActionForm action={privateMessageAction} hidden={{ complaintId: view.id }} fields={[{ kind: 'textarea', name: 'body', label: t('privateBody'), required: true, markdown: true }]} submitLabel={t('sendPrivate')} pendingLabel={t('sending')} variant="secondary" />
            </Card>
          ) : null}
          {!user ? <p className="text-sm text-zinc-700">{t('visitorHint')}</p> : null}
        </div>
      </div>
    </div>
  );
}
