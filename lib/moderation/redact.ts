import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { complaintEvents, complaintRatings, complaints, postRevisions, posts } from '@/db/schema';
import { loadBrand } from '@/lib/brand/queries';
import { announceComplaintChange } from '@/lib/complaints/announce';
import { applyChange, type ComplaintRow, type EventRow } from '@/lib/complaints/apply';
import { Invalid, NotFound } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { renderMarkdown } from '@/lib/markdown/render';
import { refusal } from '@/lib/policy';
import type { ComplaintFacts } from '@/lib/policy/complaints';
import type { HideReason } from '@/lib/policy/moderation';
import { optionalOf, uuidField } from '@/lib/validation/fields';
import { defineVerb, type VerbArgs, type VerbContext } from '@/lib/verb';
import { type Decided, recordDecision } from './decision';
import { decisionInput, hideReasonField } from './fields';
import { announceTarget } from './live';
import { loadTarget, type Target } from './targets';

const fragment = z.string().trim().min(3, 'complaints.errors.fragment').max(500, 'errors.tooLong');

// From the moderation tools: an item of the review queue, with a reason from the fixed list (the author's notice says it).
const onItem = decisionInput({ fragment, reason: hideReasonField });
// From a complaint's staff panel: the complaint's own title and text, or one of its public entries, with the reason in words.
const onComplaint = z.object({
  complaintId: uuidField,
  eventId: optionalOf(z.coerce.number().int().positive()),
  fragment,
  reason: z.string().trim().min(3, 'complaints.errors.reason').max(300, 'errors.tooLong'),
});

const input = z.union([onItem, onComplaint]);

export type RedactInput = z.input<typeof input>;

/** What stands where a fragment was taken out: from the message files, in the community's language. */
export function redactedMarker(locale: Locale): string {
  return translatorFor(locale)('moderation.redactedMarker');
}

/**
 * Where the fragment is. A post or a complaint comment is someone's contribution: the redaction is a
 * moderation decision its author hears of and may appeal. A complaint's own text, or any public entry
 * of its timeline, is the complaint's record: the redaction is an entry on that timeline.
 */
type Place =
  | { on: 'item'; target: Target; reason: HideReason; note: string | null }
  | { on: 'complaint'; complaint: ComplaintRow; facts: ComplaintFacts; eventId: number | null; text: string | null; reason: string };

async function loadPlace(db: Executor, data: z.output<typeof input>): Promise<Place> {
  if (!('complaintId' in data)) return { on: 'item', target: await loadTarget(db, data, true), reason: data.reason, note: data.note };
  const [row] = await db
    .select({ complaint: complaints, rated: sql<boolean>`exists (select 1 from ${complaintRatings} where ${complaintRatings.complaintId} = ${complaints.id})` })
    .from(complaints)
    .where(eq(complaints.id, data.complaintId))
    .for('update')
    .limit(1);
  if (!row) throw new NotFound();
  const c = row.complaint;
  const facts = { authorId: c.authorId, status: c.status, resolvedAt: c.resolvedAt, closedAt: c.closedAt, rated: row.rated };
  const place = { on: 'complaint' as const, complaint: c, facts, eventId: data.eventId, reason: data.reason };
  if (data.eventId === null) return { ...place, text: null };
  // A private message or an internal note is never public, so there is nothing there to take out.
  const [event] = await db
    .select({ bodyMd: complaintEvents.bodyMd })
    .from(complaintEvents)
    .where(and(eq(complaintEvents.id, data.eventId), eq(complaintEvents.complaintId, c.id), eq(complaintEvents.visibility, 'public')))
    .limit(1);
  return { ...place, text: event?.bodyMd ?? '' };
}

/** The text with every occurrence of the fragment replaced, and how many there were. */
function cut(text: string, what: string, marker: string): { text: string; places: number } {
  const parts = text.split(what);
  return { text: parts.join(marker), places: parts.length - 1 };
}

const notFound = () => new Invalid({ fragment: ['complaints.errors.fragmentNotFound'] });

async function redactItem(ctx: VerbContext, what: string, place: Extract<Place, { on: 'item' }>, marker: string): Promise<Decided> {
  const { target } = place;
  const { text: bodyMd, places } = cut(target.bodyMd ?? '', what, marker);
  if (places === 0) throw notFound();
  // Mentions in the rest of the text stay as written; the redacted text is rendered plainly.
  const bodyHtml = renderMarkdown(bodyMd);
  if (target.targetType === 'post') {
    await ctx.tx.update(posts).set({ bodyMd, bodyHtml }).where(eq(posts.id, target.targetId));
    // Earlier versions of the post that contain the fragment go too.
    await ctx.tx.delete(postRevisions).where(sql`${postRevisions.postId} = ${target.targetId} and strpos(${postRevisions.bodyMd}, ${what}) > 0`);
  } else {
    await ctx.tx.update(complaintEvents).set({ bodyMd, bodyHtml }).where(eq(complaintEvents.id, Number(target.targetId)));
  }
  ctx.afterCommit(() => announceTarget(target));
  return recordDecision(ctx, target, { action: 'redact', reason: place.reason, note: place.note, data: { places }, reports: 'upheld', tell: 'content_hidden' });
}

async function redactComplaint(ctx: VerbContext, what: string, place: Extract<Place, { on: 'complaint' }>, marker: string): Promise<{ event: EventRow }> {
  const { complaint: c, eventId } = place;
  let places: number;
  if (eventId === null) {
    const title = cut(c.title, what, marker);
    const body = cut(c.bodyMd, what, marker);
    places = title.places + body.places;
    if (places > 0) await ctx.tx.update(complaints).set({ title: title.text, bodyMd: body.text, bodyHtml: renderMarkdown(body.text) }).where(eq(complaints.id, c.id));
  } else {
    const body = cut(place.text ?? '', what, marker);
    places = body.places;
    if (places > 0) await ctx.tx.update(complaintEvents).set({ bodyMd: body.text, bodyHtml: renderMarkdown(body.text) }).where(eq(complaintEvents.id, eventId));
  }
  if (places === 0) throw notFound();
  const applied = await applyChange(ctx.tx, c, { actorId: ctx.actor.id, party: 'staff', event: { kind: 'redacted', data: { target: eventId ?? 'complaint', reason: place.reason, places } } });
  const event = applied!.event;
  await ctx.audit({ action: `complaint.${event.kind}`, targetType: 'complaint', targetId: c.id, after: event.data });
  ctx.afterCommit(() => announceComplaintChange(c.id, [event]));
  return { event };
}

const redact = defineVerb({
  name: 'moderation.redact',
  input,
  load: loadPlace,
  policy: (actor, place) => (place.on === 'item' ? refusal(actor, 'redact:content', place.target) : refusal(actor, 'manage:complaint', place.facts)),
  run: async (ctx, data, place) => {
    const marker = redactedMarker((await loadBrand(ctx.tx)).defaultLocale);
    return place.on === 'item' ? redactItem(ctx, data.fragment, place, marker) : redactComplaint(ctx, data.fragment, place, marker);
  },
});

type Args = VerbArgs<typeof input>;

/**
 * Takes one fragment out of public text and keeps the rest: a post, a complaint comment, a complaint's
 * own title and text, or one of its public entries (a phone number, an employee's name). The fragment
 * is stored nowhere: the audit row says who, where, why and how many places, never what.
 */
export function redactFragment(args: Args & { input: z.input<typeof onItem> }): Promise<Decided>;
export function redactFragment(args: Args): Promise<Decided | { event: EventRow }>;
export function redactFragment(args: Args) {
  return redact(args);
}
