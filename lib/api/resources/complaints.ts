import { z } from 'zod';
import { assignComplaint, assignInput } from '@/lib/complaints/assign';
import { boardFilters, listBoard } from '@/lib/complaints/board';
import { complaintEventsSince, complaintIdOf, FEED_PAGE } from '@/lib/complaints/events-feed';
import { getComplaintView, type ComplaintView, type TimelineEntry } from '@/lib/complaints/queries';
import type { Recorded } from '@/lib/complaints/record';
import { respondInput, respondToComplaint } from '@/lib/complaints/respond';
import { setComplaintPriority, setPriorityInput } from '@/lib/complaints/set-priority';
import { setComplaintStatus, setStatusInput } from '@/lib/complaints/set-status';
import { addInternalNote, noteInput } from '@/lib/complaints/note';
import { NotFound, Forbidden } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { encodeCursor, decodeCursor } from '@/lib/pagination/cursor';
import { defineOperation, type OperationContext } from '../handler';
import { dateTime, iso, isoOrNull, localizedName, numberParams, pageOf, prioritySchema, statusSchema, closeReasonSchema, waitingSchema } from '../schemas';

const TAG = 'Complaints';

const summary = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  status: statusSchema,
  closeReason: closeReasonSchema.nullable(),
  category: localizedName,
  branch: localizedName,
  createdAt: dateTime,
  waiting: waitingSchema,
  answered: z.boolean(),
  meTooCount: z.number().int(),
  commentCount: z.number().int(),
});

const timelineEntry = z.object({
  id: z.number().int(),
  kind: z.string().meta({ description: 'created, official_reply, progress_update, solution_proposed, status_changed, comment, note, private_message, assigned, priority_changed…' }),
  visibility: z.enum(['public', 'private', 'internal']),
  actor: z.object({ name: z.string().nullable(), title: z.string().nullable(), staff: z.boolean() }).nullable(),
  bodyHtml: z.string().nullable(),
  hidden: z.string().nullable().meta({ description: 'Hidden by moderation: the reason, and no body.' }),
  fromStatus: statusSchema.nullable(),
  toStatus: statusSchema.nullable(),
  createdAt: dateTime,
});

const detail = summary.omit({ commentCount: true }).extend({
  bodyHtml: z.string(),
  authorName: z.string().nullable(),
  duplicateOfNumber: z.number().int().nullable(),
  continuedPrivately: z.boolean(),
  followerCount: z.number().int(),
  incident: z.object({ id: z.uuid(), title: z.string(), type: z.string(), level: z.number().int() }).nullable(),
  rating: z.object({ solved: z.boolean(), rating: z.number().int(), wouldStay: z.boolean(), comment: z.string().nullable() }).nullable(),
  staff: z
    .object({
      priority: prioritySchema,
      assigneeId: z.uuid().nullable(),
      assigneeName: z.string().nullable(),
      teamId: z.uuid().nullable(),
      teamName: z.string().nullable(),
      nextDueAt: dateTime.nullable(),
      resolutionDueAt: dateTime.nullable(),
      breachedAt: dateTime.nullable(),
      reopenCount: z.number().int(),
    })
    .nullable(),
  timeline: z.array(timelineEntry).meta({ description: 'The public timeline only; the private case and internal notes have their own resources.' }),
});

const changed = z.object({
  complaint: z.object({ id: z.uuid(), number: z.number().int(), status: statusSchema, priority: prioritySchema }),
  events: z.array(z.object({ id: z.number().int(), kind: z.string(), visibility: z.enum(['public', 'private', 'internal']), createdAt: dateTime })).meta({
    description: 'The events this request wrote; empty when nothing changed.',
  }),
});

type Waiting = ComplaintView['waiting'];
const waitingOf = (w: Waiting) => ({ party: w.party, since: 'since' in w ? iso(w.since) : null });

const entryOf = (e: TimelineEntry) => ({
  id: e.id,
  kind: e.kind,
  visibility: e.visibility,
  actor: e.actor,
  bodyHtml: e.bodyHtml,
  hidden: e.hidden,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  createdAt: iso(e.createdAt),
});

const changedOf = (r: Recorded): z.input<typeof changed> => ({
  complaint: { id: r.complaint.id, number: r.complaint.number, status: r.complaint.status, priority: r.complaint.priority },
  events: r.events.map((e) => ({ id: e.id, kind: e.kind, visibility: e.visibility, createdAt: iso(e.createdAt) })),
});

async function viewOf(ctx: OperationContext<{ number: number }, unknown, unknown>) {
  const view = await getComplaintView(ctx.caller.actor, ctx.params.number, false);
  if (!view) throw new NotFound();
  return view;
}

async function idOf(number: number): Promise<string> {
  const id = await complaintIdOf(number);
  if (!id) throw new NotFound();
  return id;
}

export const listComplaints = defineOperation({
  id: 'listComplaints',
  method: 'GET',
  path: '/complaints',
  tag: TAG,
  summary: 'List complaints',
  description: "The board's filters and sorts, a page of 20 at a time. Pass `nextCursor` back as `after` for the next page.",
  scopes: ['complaints:read'],
  query: z.strictObject({
    status: statusSchema.optional(),
    category: z.uuid().optional(),
    branch: z.uuid().optional(),
    waiting: z.literal('1').optional().meta({ description: '`1`: only complaints waiting for the company.' }),
    sort: z.enum(['newest', 'me_too', 'waiting']).optional(),
    after: z.string().max(200).optional(),
  }),
  response: pageOf(summary),
  run: async ({ caller, query }) => {
    const { cards, nextCursor } = await listBoard(caller.actor, boardFilters.parse(query));
    return {
      data: cards.map((c) => ({
        id: c.id,
        number: c.number,
        title: c.title,
        status: c.status,
        closeReason: (c.closeReason as z.infer<typeof closeReasonSchema> | null) ?? null,
        category: { name: c.categoryName, nameEn: c.categoryNameEn },
        branch: { name: c.branchName, nameEn: c.branchNameEn },
        createdAt: iso(c.createdAt),
        waiting: waitingOf(c.waiting),
        answered: c.answered,
        meTooCount: c.meTooCount,
        commentCount: c.commentCount,
      })),
      nextCursor,
    };
  },
});

export const getComplaint = defineOperation({
  id: 'getComplaint',
  method: 'GET',
  path: '/complaints/{number}',
  tag: TAG,
  summary: 'One complaint with its public timeline',
  scopes: ['complaints:read'],
  params: numberParams,
  response: detail,
  run: async (ctx) => {
    const v = await viewOf(ctx);
    return {
      id: v.id,
      number: v.number,
      title: v.title,
      status: v.status,
      closeReason: v.closeReason,
      category: { name: v.category.name, nameEn: v.category.nameEn },
      branch: { name: v.branch.name, nameEn: v.branch.nameEn },
      createdAt: iso(v.createdAt),
      waiting: waitingOf(v.waiting),
      answered: v.answered,
      meTooCount: v.meTooCount,
      bodyHtml: v.bodyHtml,
      authorName: v.authorName,
      duplicateOfNumber: v.duplicateOfNumber,
      continuedPrivately: v.continuedPrivately,
      followerCount: v.followerCount,
      incident: v.incident,
      rating: v.rating,
      staff: v.staff
        ? {
            priority: v.staff.priority,
            assigneeId: v.staff.assigneeId,
            assigneeName: v.staff.assigneeName,
            teamId: v.staff.teamId,
            teamName: v.staff.teamName,
            nextDueAt: isoOrNull(v.staff.nextDueAt),
            resolutionDueAt: isoOrNull(v.staff.resolutionDueAt),
            breachedAt: isoOrNull(v.staff.breachedAt),
            reopenCount: v.staff.reopenCount,
          }
        : null,
      timeline: v.timeline.filter((e) => e.visibility === 'public').map(entryOf),
    };
  },
});

/** The private case and the internal notes hold what is personal or staff-only: reading them takes both complaint scopes. */
const privateRead = (visibility: 'private' | 'internal', permission: 'view_private:complaint' | 'view_internal:complaint') =>
  async (ctx: OperationContext<{ number: number }, unknown, unknown>) => {
    const v = await viewOf(ctx);
    if (!v.viewer.can[permission === 'view_private:complaint' ? 'view_private' : 'view_internal']) throw new Forbidden();
    return { data: v.timeline.filter((e) => e.visibility === visibility).map(entryOf) };
  };

export const getPrivateCase = defineOperation({
  id: 'getComplaintPrivateCase',
  method: 'GET',
  path: '/complaints/{number}/private-case',
  tag: TAG,
  summary: "The complaint's private case",
  description: 'Messages between the author and staff, with personal details. Needs `complaints:read` and `complaints:write`.',
  scopes: ['complaints:read', 'complaints:write'],
  params: numberParams,
  response: z.object({ data: z.array(timelineEntry) }),
  run: privateRead('private', 'view_private:complaint'),
});

export const getInternalNotes = defineOperation({
  id: 'getComplaintInternal',
  method: 'GET',
  path: '/complaints/{number}/internal',
  tag: TAG,
  summary: 'Internal notes, assignments and priority changes',
  description: 'Staff-only entries of the timeline. Needs `complaints:read` and `complaints:write`.',
  scopes: ['complaints:read', 'complaints:write'],
  params: numberParams,
  response: z.object({ data: z.array(timelineEntry) }),
  run: privateRead('internal', 'view_internal:complaint'),
});

const feedEvent = z.object({
  id: z.number().int(),
  complaintId: z.uuid(),
  complaintNumber: z.number().int(),
  kind: z.string(),
  visibility: z.enum(['public', 'private', 'internal']),
  actorName: z.string().nullable(),
  bodyHtml: z.string().nullable(),
  hidden: z.string().nullable(),
  fromStatus: statusSchema.nullable(),
  toStatus: statusSchema.nullable(),
  createdAt: dateTime,
});

const eventCursor = (raw: string | undefined) => decodeCursor<[number]>(raw, (v): v is [number] => v.length === 1 && Number.isSafeInteger(v[0]))?.[0] ?? 0;

export const listComplaintEvents = defineOperation({
  id: 'listComplaintEvents',
  method: 'GET',
  path: '/complaint-events',
  tag: TAG,
  summary: 'Complaint events since a cursor',
  description:
    'For a system that polls: events oldest first, up to 100 a call. Keep `nextCursor` and pass it as `after` next time; it is returned even when there is nothing new. Private and internal events are included with `include=private` and the `complaints:write` scope.',
  scopes: ['complaints:read'],
  query: z.strictObject({
    after: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(FEED_PAGE).optional(),
    include: z.literal('private').optional(),
  }),
  response: z.object({ data: z.array(feedEvent), nextCursor: z.string() }),
  run: async ({ caller, query }) => {
    const withPrivate = query.include === 'private';
    if (withPrivate && !caller.scopes.has('complaints:write')) throw new Forbidden('integrations.errors.scope', { scopes: 'complaints:write' });
    const after = eventCursor(query.after);
    const rows = await complaintEventsSince(caller.actor, after, { limit: query.limit, withPrivate });
    return {
      data: rows.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
      nextCursor: encodeCursor([rows.at(-1)?.id ?? after]),
    };
  },
});

// The bodies are the verbs' own schemas without what the path and the header already say, made strict.
const [startProgress, reopen, close] = setStatusInput.options;
const statusBody = z.discriminatedUnion('action', [
  startProgress.omit({ complaintId: true, idempotencyKey: true }).strict(),
  reopen.omit({ complaintId: true, idempotencyKey: true }).strict(),
  close.omit({ complaintId: true, idempotencyKey: true }).strict(),
]);

/** A complaint verb, whatever its input: the API hands it what the caller sent, and the verb parses it. */
type ComplaintVerb = (args: { actor: Actor; input: never }) => Promise<Recorded>;

const write = (verb: ComplaintVerb, keyed: boolean) =>
  async (ctx: OperationContext<{ number: number }, unknown, unknown>) => {
    const complaintId = await idOf(ctx.params.number);
    const input = { ...ctx.rawBody, complaintId, ...(keyed ? { idempotencyKey: ctx.idempotencyKey } : {}) };
    return changedOf(await verb({ actor: ctx.caller.actor, input: input as never }));
  };

const writeOp = <B extends z.ZodType>(id: string, path: string, summary: string, description: string, body: B, verb: ComplaintVerb, keyed: boolean) =>
  defineOperation({ id, method: 'POST', path, tag: TAG, summary, description, scopes: ['complaints:write'], params: numberParams, body, response: changed, status: 201, run: write(verb, keyed) });

export const respond = writeOp(
  'respondToComplaint',
  '/complaints/{number}/responses',
  'Official reply, progress update or proposed solution',
  'Signed with the name and title of the staff member the token acts for. The first official reply acknowledges the complaint. Personal data in the text is refused unless `piiDecision` says to remove it or keep it in the private case.',
  respondInput.omit({ complaintId: true, idempotencyKey: true }).strict(),
  respondToComplaint,
  true,
);

export const changeStatus = writeOp(
  'setComplaintStatus',
  '/complaints/{number}/status',
  'Start progress, close with a reason, or reopen',
  'The lifecycle of the board: a move the complaint cannot take now is refused (403).',
  statusBody,
  setComplaintStatus,
  true,
);

export const assign = writeOp(
  'assignComplaint',
  '/complaints/{number}/assignment',
  'Assign to a person, a team, or both',
  'Both empty (or null) unassigns.',
  assignInput.omit({ complaintId: true }).strict(),
  assignComplaint,
  false,
);

export const prioritize = writeOp(
  'setComplaintPriority',
  '/complaints/{number}/priority',
  'Set the priority',
  'The SLA clock is read again from the new priority’s policy.',
  setPriorityInput.omit({ complaintId: true }).strict(),
  setComplaintPriority,
  false,
);

export const note = writeOp(
  'addInternalNote',
  '/complaints/{number}/notes',
  'Internal note',
  'Staff-only: never shown to members.',
  noteInput.omit({ complaintId: true, idempotencyKey: true }).strict(),
  addInternalNote,
  true,
);

export const complaintOperations = [listComplaints, getComplaint, getPrivateCase, getInternalNotes, listComplaintEvents, respond, changeStatus, assign, prioritize, note];
