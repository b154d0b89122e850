import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Tx } from '@/db/client';
import { privacyRequestEvents, privacyRequests, type PrivacyRequestRow, users } from '@/db/schema';
import { Invalid, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { emailField, idempotencyKeyField, optionalText, uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';
import { isLive, LIVE_STATUSES, privacyDueAt } from './clock';

export const REQUEST_KINDS = ['access', 'erasure', 'rectification', 'objection'] as const;
export type PrivacyRequestKind = (typeof REQUEST_KINDS)[number];
export const MAX_DETAILS = 4_000;

type EventKind = (typeof privacyRequestEvents.$inferInsert)['kind'];

async function recordEvent(tx: Tx, requestId: string, kind: EventKind, actorId: string | null, now: Date, data?: Record<string, unknown>) {
  await tx.insert(privacyRequestEvents).values({ requestId, kind, actorId, data: data ?? null, createdAt: now });
}

const replayByKey = async (db: Executor, key: string, createdById: string) => {
  const [row] = await db
    .select()
    .from(privacyRequests)
    .where(and(eq(privacyRequests.idempotencyKey, key), eq(privacyRequests.createdById, createdById)))
    .limit(1);
  return row;
};

const kindField = z.enum(REQUEST_KINDS, 'privacy.errors.kind');
// A calendar day from a date field (the day the letter arrived), never later than today.
const receivedField = z
  .string('errors.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'privacy.errors.receivedOn')
  .transform((d) => new Date(`${d}T12:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() <= Date.now() + 86_400_000, 'privacy.errors.receivedOn');

const memberInput = z.object({ kind: kindField, details: optionalText(MAX_DETAILS), idempotencyKey: idempotencyKeyField });

/**
 * A member's own request, from their settings. The clock starts now. Also the entry point for the
 * export and erasure code of the same issue, which opens an `access` or `erasure` request for its run.
 */
/**
 * What a member asks for on their privacy page itself (a copy of their data, an erasure) is a request on
 * the desk too, opened in the same transaction, so staff see every request and its month in one place.
 * The key is the source row's id: one desk row per export or erasure, however often it is retried.
 */
export async function openSelfServiceRequest(tx: Tx, subjectId: string, kind: 'access' | 'erasure', sourceId: string, now: Date): Promise<void> {
  const [row] = await tx
    .insert(privacyRequests)
    .values({ subjectId, kind, source: 'member', receivedAt: now, dueAt: privacyDueAt(now), createdById: subjectId, idempotencyKey: `self:${sourceId}`, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: privacyRequests.id });
  if (row) await recordEvent(tx, row.id, 'opened', subjectId, now, { source: 'member', selfService: kind });
}

export type SelfServiceOutcome = 'accessDone' | 'erasureDone' | 'erasureWithdrawn';

/** The job has done it (or the member withdrew it): the member's live requests of that kind are answered, in `locale`. */
export async function settleSelfServiceRequests(tx: Tx, subjectId: string, kind: 'access' | 'erasure', outcome: SelfServiceOutcome, locale: Locale, now: Date): Promise<void> {
  const resolution = translatorFor(locale)(`privacy.request.selfService.${outcome}`);
  const settled = await tx
    .update(privacyRequests)
    .set({ status: 'resolved', resolution, resolvedAt: now })
    .where(and(eq(privacyRequests.subjectId, subjectId), eq(privacyRequests.kind, kind), inArray(privacyRequests.status, [...LIVE_STATUSES])))
    .returning({ id: privacyRequests.id, dueAt: privacyRequests.dueAt });
  for (const r of settled) await recordEvent(tx, r.id, 'resolved', null, now, { late: now > r.dueAt, selfService: kind });
}

export const openPrivacyRequest = defineVerb({
  name: 'privacy.openRequest',
  input: memberInput,
  standing: 'active',
  policy: (actor) => refusal(actor, 'request:privacy', { subjectId: actor.id }),
  replay: (db, data, actor) => replayByKey(db, data.idempotencyKey, actor.id),
  run: async (ctx, data) => {
    const [row] = await ctx.tx
      .insert(privacyRequests)
      .values({ subjectId: ctx.actor.id, kind: data.kind, source: 'member', details: data.details ?? '', receivedAt: ctx.now, dueAt: privacyDueAt(ctx.now), createdById: ctx.actor.id, idempotencyKey: data.idempotencyKey, createdAt: ctx.now })
      .returning();
    await recordEvent(ctx.tx, row!.id, 'opened', ctx.actor.id, ctx.now, { source: 'member' });
    return row!;
  },
});

const letterInput = z.object({
  email: emailField,
  kind: kindField,
  details: optionalText(MAX_DETAILS),
  receivedOn: receivedField,
  idempotencyKey: idempotencyKeyField,
});

/** A request that came by letter (or at the desk): staff name the member and the day it arrived, which starts the clock. */
export const enterPrivacyRequest = defineVerb({
  name: 'privacy.enterRequest',
  input: letterInput,
  permission: 'handle:privacy_request',
  replay: (db, data, actor) => replayByKey(db, data.idempotencyKey, actor.id),
  run: async (ctx, data) => {
    const [subject] = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).limit(1);
    if (!subject) throw new Invalid({ email: ['privacy.errors.noSuchMember'] });
    const [row] = await ctx.tx
      .insert(privacyRequests)
      .values({ subjectId: subject.id, kind: data.kind, source: 'letter', details: data.details ?? '', receivedAt: data.receivedOn, dueAt: privacyDueAt(data.receivedOn), createdById: ctx.actor.id, idempotencyKey: data.idempotencyKey, createdAt: ctx.now })
      .returning();
    await recordEvent(ctx.tx, row!.id, 'opened', ctx.actor.id, ctx.now, { source: 'letter' });
    return row!;
  },
  audit: (row) => ({ action: 'privacy.request_enter', targetType: 'privacy_request', targetId: row.id, after: { kind: row.kind, number: row.number } }),
});

async function lockRequest(db: Executor, id: string): Promise<PrivacyRequestRow> {
  const [row] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, id)).for('update').limit(1);
  if (!row) throw new NotFound();
  return row;
}

const optionalId = z.union([z.literal(''), z.null(), uuidField]).optional().transform((v) => v || null);

/** Who handles it (a manager; empty to take it back to the desk). Taking it on starts the work. */
export const assignPrivacyRequest = defineVerb({
  name: 'privacy.assignRequest',
  input: z.object({ requestId: uuidField, assigneeId: optionalId }),
  permission: 'handle:privacy_request',
  load: (db, data) => lockRequest(db, data.requestId),
  run: async (ctx, data, request) => {
    if (!isLive(request.status)) throw new Invalid({ _form: ['privacy.errors.finished'] });
    if (data.assigneeId) {
      const [person] = await ctx.tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, data.assigneeId), inArray(users.role, ['manager']), eq(users.status, 'active')))
        .limit(1);
      if (!person) throw new Invalid({ assigneeId: ['privacy.errors.assignee'] });
    }
    if (request.assigneeId === data.assigneeId) return request;
    const status = data.assigneeId ? 'in_progress' : request.status;
    const [row] = await ctx.tx.update(privacyRequests).set({ assigneeId: data.assigneeId, status }).where(eq(privacyRequests.id, request.id)).returning();
    await recordEvent(ctx.tx, request.id, 'assigned', ctx.actor.id, ctx.now, { assigneeId: data.assigneeId });
    return row!;
  },
  audit: (row, data, before) => (before.assigneeId === data.assigneeId ? null : { action: 'privacy.request_assign', targetType: 'privacy_request', targetId: row.id, before: { assigneeId: before.assigneeId }, after: { assigneeId: row.assigneeId } }),
});

export const OUTCOMES = ['resolved', 'rejected'] as const;

/** The answer: done (what was given, erased or corrected) or refused with the reason the person is told. Both need words. */
export const resolvePrivacyRequest = defineVerb({
  name: 'privacy.resolveRequest',
  input: z.object({
    requestId: uuidField,
    outcome: z.enum(OUTCOMES, 'errors.invalidField'),
    resolution: z.string('privacy.errors.resolution').trim().min(10, 'privacy.errors.resolution').max(MAX_DETAILS, 'errors.tooLong'),
  }),
  permission: 'handle:privacy_request',
  load: (db, data) => lockRequest(db, data.requestId),
  run: async (ctx, data, request) => {
    if (!isLive(request.status)) throw new Invalid({ _form: ['privacy.errors.finished'] });
    const [row] = await ctx.tx
      .update(privacyRequests)
      .set({ status: data.outcome, resolution: data.resolution, resolvedAt: ctx.now, resolvedById: ctx.actor.id, assigneeId: request.assigneeId ?? ctx.actor.id })
      .where(eq(privacyRequests.id, request.id))
      .returning();
    await recordEvent(ctx.tx, request.id, data.outcome, ctx.actor.id, ctx.now, { late: ctx.now > request.dueAt });
    return row!;
  },
  audit: (row, data, before) => ({ action: `privacy.request_${data.outcome === 'resolved' ? 'resolve' : 'reject'}`, targetType: 'privacy_request', targetId: row.id, before: { status: before.status }, after: { status: row.status } }),
});
