import { AlertTriangle, BadgeCheck, EyeOff, Link2, Lock, NotebookPen, Scissors, Star, UserRound } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LazyModerateMenu } from '@/components/moderation/lazy-moderate-menu';
import type { ModerationActions } from '@/components/moderation/moderation-actions';
import { ReportForm } from '@/components/moderation/report-form';
import { Tombstone } from '@/components/moderation/tombstone';
import { AuthorLink } from '@/components/profiles/author-link';
import type { TimelineEntry } from '@/lib/complaints/queries';

/** Who is reading: members may report a comment, staff moderate it (the verbs check conflicts of interest). */
export interface TimelineReader {
  id: string;
  moderator: { manager: boolean } | null;
}

/** A public voice on the complaint: its text or its tombstone, and the reader's report or moderation menu. */
function Voice({ entry, reader, moderation }: { entry: TimelineEntry; reader: TimelineReader | null; moderation: ModerationActions }) {
  const own = entry.actorId === reader?.id;
  return (
    <>
      {entry.hidden ? <div className="mt-2"><Tombstone reason={entry.hidden} /></div> : <Body html={entry.bodyHtml} />}
      {reader && !own && reader.moderator ? (
        <LazyModerateMenu target={{ targetType: 'complaint_comment', targetId: String(entry.id), hidden: entry.hidden !== null }} manager={reader.moderator.manager} action={moderation.moderate} />
      ) : reader && !own && !entry.hidden && entry.actorId ? (
        <ReportForm targetType="complaint_comment" targetId={String(entry.id)} action={moderation.report} />
      ) : null}
    </>
  );
}

// Entries that are counted, not told: the "me too" count is on the page already.
const HIDDEN = new Set<TimelineEntry['kind']>(['me_too']);
const OFFICIAL = new Set<TimelineEntry['kind']>(['official_reply', 'progress_update', 'solution_proposed', 'incident_update']);

function Signature({ entry }: { entry: TimelineEntry }) {
  if (!entry.actor) return null;
  return (
    <span className="font-semibold">
      {/* Visitors to a public board get no ids, so no links: profiles are for members. */}
      {entry.actorId && entry.actor.name ? <AuthorLink id={entry.actorId} name={entry.actor.name} /> : entry.actor.name}
      {entry.actor.staff && entry.actor.title ? <span className="font-normal text-zinc-700"> · {entry.actor.title}</span> : null}
    </span>
  );
}

function Body({ html }: { html: string | null }) {
  // Rendered and sanitized once, when it was written (lib/markdown).
  return html ? <div className="prose prose-zinc prose-post mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: html }} /> : null;
}

/** The complaint's story as this viewer may see it: signed official words, status moves, comments. */
export async function Timeline({ entries, communityName, reader = null, moderation }: { entries: TimelineEntry[]; communityName: string; reader?: TimelineReader | null; moderation: ModerationActions }) {
  const [t, ts, tr, format] = await Promise.all([
    getTranslations('complaints.timeline'),
    getTranslations('complaints.status'),
    getTranslations('complaints.closeReason'),
    getFormatter(),
  ]);
  const when = (e: TimelineEntry) => (
    <time dateTime={e.createdAt.toISOString()} className="text-sm text-zinc-700">
      {format.dateTime(e.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
    </time>
  );
  const moved = (e: TimelineEntry) => (e.toStatus ? <span className="text-sm text-zinc-800"> {t('movedTo', { status: ts(e.toStatus) })}</span> : null);
  const line = (e: TimelineEntry, icon: React.ReactNode, text: React.ReactNode) => (
    <li key={e.id} id={`event-${e.id}`} className="flex scroll-mt-24 items-start gap-2 px-1 text-sm text-zinc-800">
      <span className="mt-0.5 shrink-0">{icon}</span>
      <p>
        {text} {when(e)}
      </p>
    </li>
  );
  return (
    <ol className="flex flex-col gap-4" aria-label={t('label')}>
      {entries
        .filter((e) => !HIDDEN.has(e.kind))
        .map((e) => {
          if (OFFICIAL.has(e.kind)) {
            return (
              <li key={e.id} id={`event-${e.id}`} className="scroll-mt-24 rounded-lg border-2 border-brand/50 bg-white p-4 shadow-sm">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <BadgeCheck aria-hidden className="size-5 text-brand-ink" />
                  <span className="text-sm font-semibold uppercase tracking-wide text-brand-ink">{t(`official.${e.kind}`, { community: communityName })}</span>
                  {moved(e)}
                </p>
                <p className="mt-1 text-sm">
                  <Signature entry={e} /> · {when(e)}
                </p>
                {e.kind === 'incident_update' && typeof e.data?.title === 'string' ? <p className="mt-1 text-sm text-zinc-700">{t('incident', { title: e.data.title })}</p> : null}
                {e.kind === 'official_reply' ? <Voice entry={e} reader={reader} moderation={moderation} /> : <Body html={e.bodyHtml} />}
              </li>
            );
          }
          switch (e.kind) {
            case 'created':
              return line(e, <UserRound aria-hidden className="size-4" />, e.actor?.name ? t('createdBy', { name: e.actor.name }) : t('created'));
            case 'comment':
              return (
                <li key={e.id} id={`event-${e.id}`} className="scroll-mt-24 rounded-lg border border-zinc-200 bg-white p-4">
                  <p className="text-sm">
                    {e.actor?.name ? <Signature entry={{ ...e, actor: { ...e.actor, staff: false } }} /> : <span className="font-semibold">{t('aMember')}</span>} · {when(e)}
                  </p>
                  <Voice entry={e} reader={reader} moderation={moderation} />
                </li>
              );
            case 'private_message':
              return (
                <li key={e.id} id={`event-${e.id}`} className="scroll-mt-24 rounded-lg border border-violet-300 bg-violet-50 p-4">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <Lock aria-hidden className="size-4" />
                    <span className="font-semibold">{t('private')}</span> <Signature entry={e} /> · {when(e)}
                  </p>
                  {e.data?.fromGuard ? <p className="mt-1 text-sm text-violet-950">{t('fromGuard')}</p> : null}
                  <Body html={e.bodyHtml} />
                </li>
              );
            case 'note':
              return (
                <li key={e.id} id={`event-${e.id}`} className="scroll-mt-24 rounded-lg border border-amber-300 bg-amber-50 p-4">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <NotebookPen aria-hidden className="size-4" />
                    <span className="font-semibold">{t('note')}</span> <Signature entry={e} /> · {when(e)}
                  </p>
                  <Body html={e.bodyHtml} />
                </li>
              );
            case 'continued_privately':
              return line(e, <EyeOff aria-hidden className="size-4" />, t('continuedPrivately'));
            case 'closed':
              return line(e, <BadgeCheck aria-hidden className="size-4" />, (
                <>
                  <Signature entry={e} /> {t('closed', { reason: tr(String(e.data?.reason ?? 'not_actionable')) })}
                  {typeof e.data?.duplicateOf === 'number' ? <> · <a className="underline" href={`/board/${e.data.duplicateOf}`}>#{e.data.duplicateOf}</a></> : null}
                  {e.bodyHtml ? <Body html={e.bodyHtml} /> : null}
                </>
              ));
            case 'solution_rejected':
            case 'solution_accepted':
            case 'status_changed':
            case 'reopened':
              return line(e, <BadgeCheck aria-hidden className="size-4" />, (
                <>
                  {e.actor ? <Signature entry={e} /> : t('system')} {t(`kind.${e.kind}`)}
                  {moved(e)}
                  {e.bodyHtml ? <Body html={e.bodyHtml} /> : null}
                </>
              ));
            case 'rated':
              return line(e, <Star aria-hidden className="size-4" />, t('rated', { rating: Number(e.data?.rating ?? 0), solved: e.data?.solved ? 'yes' : 'no' }));
            case 'incident_linked':
              return line(e, <Link2 aria-hidden className="size-4" />, t('incidentLinked', { title: String(e.data?.title ?? '') }));
            case 'redacted':
              return line(e, <Scissors aria-hidden className="size-4" />, t('redacted'));
            case 'sla_breached':
              return line(e, <AlertTriangle aria-hidden className="size-4 text-red-700" />, <span className="font-medium text-red-800">{t(`breach.${String(e.data?.clock ?? 'update')}`)}</span>);
            case 'assigned':
            case 'priority_changed':
              return line(e, <NotebookPen aria-hidden className="size-4" />, (
                <>
                  <Signature entry={e} /> {t(`kind.${e.kind}`)}
                </>
              ));
            default:
              return null;
          }
        })}
    </ol>
  );
}
