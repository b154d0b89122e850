import type { z } from 'zod';
import { type Executor, getDb, type Tx } from '@/db/client';
import { type AuditEntry, recordAudit } from '@/lib/audit/record';
import { settleCache } from '@/lib/cache/bus';
import { Forbidden, Invalid, type FieldErrors } from '@/lib/errors';
import { logger } from '@/lib/logging/logger';
import { announceNotifications, type NewNotification, writeNotifications } from '@/lib/notifications/write';
import { type Actor, assertCan, assertStanding, type Permission, type Refusal, type StandingNeeded, type TargetOf } from '@/lib/policy';
import type { EventName, EventPayload } from '@/lib/realtime/events';
import { publish } from '@/lib/realtime/publish';
import { webhooksQueuedIn } from '@/lib/webhooks/events';
import { wakeWebhookWorker } from '@/lib/webhooks/wake';

// Shared messages live under `errors.`, an area's own under `<area>.errors.` (its own message file).
const MESSAGE_KEY = /^([a-z][a-zA-Z]*\.)?errors\.[a-zA-Z]+$/;

/** zod parse that turns issues into field errors whose messages are i18n keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    const message = MESSAGE_KEY.test(issue.message) ? issue.message : 'errors.invalidField';
    (fieldErrors[field] ??= []).push(message);
  }
  throw new Invalid(fieldErrors);
}

/** What a form sends: text by field name, and the bytes of the files it carries. zod decides the rest. */
export type FormInput = Readonly<Record<string, string | Uint8Array<ArrayBuffer>[]>>;

/** How every verb is called, by a server action, a route handler, a socket handler, a job or a test. */
export interface VerbArgs<S extends z.ZodType, A extends Actor | null = Actor> {
  actor: A;
  input: z.input<S> | FormInput;
}

/** The actor is the verb's; a public verb names the person it acted for (the owner of a password-reset link). */
export type AuditRow = Omit<AuditEntry, 'actorId'> & { actorId?: string };

/** What a verb's own work may use: its transaction, and the steps the frame completes for it. */
export interface VerbContext<A extends Actor | null = Actor> {
  tx: Tx;
  actor: A;
  now: Date;
  /** Notifications, with their outbox and digest rows, in this transaction; the bells ring after commit. */
  notify(rows: NewNotification[]): Promise<NewNotification[]>;
  /** One audit row in this transaction (staff and manager actions; the verb's `audit` is the usual way). */
  audit(row: AuditRow): Promise<void>;
  /** Sent to open sockets after commit, never before: a rolled-back change is never announced. */
  publish<E extends EventName>(room: string, event: E, payload: EventPayload<E>): void;
  /** Anything else that must wait for the commit (a live update that reads committed rows). */
  afterCommit(fn: () => void | Promise<void>): void;
}

export interface VerbSpec<S extends z.ZodType, T, R, A extends Actor | null = Actor, P = undefined> {
  /** `area.verb`, for logs. */
  name: string;
  input: S;
  /** The standing the actor needs, checked first (default `write`; `active` for what a silenced member keeps). */
  standing?: StandingNeeded;
  /**
   * A permission that opens a whole part of the product to a role (complaint settings, incidents), checked
   * before the input is read: whoever lacks it gets a 403, never field errors about a form they may not send.
   */
  permission?: AreaPermission;
  /** Loads (and locks, `for update`) what the verb changes, inside the transaction. */
  load?: (db: Executor, data: z.output<S>, actor: A) => Promise<T>;
  /** The area's rule from lib/policy: `refusal(actor, 'permission', target)`. */
  policy?: (actor: A, target: T, data: z.output<S>, now: Date) => Refusal;
  /** A repeated idempotency key: the first result, whether it is found here or a concurrent twin wrote it. */
  replay?: (db: Executor, data: z.output<S>, actor: A) => Promise<R | undefined>;
  /**
   * Work that must not run inside a transaction: rate limits, image re-encoding, screening that reads
   * settings (PGlite has one connection, so a query outside the transaction would wait for it forever).
   * With it, load, policy and replay run just before it, without a lock, so a refusal costs no quota.
   */
  prepare?: (data: z.output<S>, target: T, actor: A) => Promise<P>;
  /** The verb's own work. Everything in it goes through `ctx.tx`, never `getDb()`. */
  run: (ctx: VerbContext<A>, data: z.output<S>, target: T, prepared: P) => Promise<R>;
  /** The audit row(s) of a staff or manager action, written in the same transaction. */
  audit?: (result: R, data: z.output<S>, target: T, actor: A) => AuditRow | AuditRow[] | null;
}

/** Thrown by a verb whose write met its own idempotency key already taken: the frame answers with the first result. */
export class Replayed extends Error {
  constructor() {
    super('replayed');
  }
}

/** The permissions that need no target. */
type AreaPermission = { [P in Permission]: [TargetOf<P>] extends [void] ? P : never }[Permission];

const UNIQUE_VIOLATION = '23505';
const isTwin = (e: unknown) => e instanceof Replayed || (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === UNIQUE_VIOLATION);

/**
 * The frame of every mutation: the actor's standing → zod parse → in one transaction: load and lock the
 * target → the area's policy → a repeated key returns the first result → the verb's own work, its
 * notifications and outbox rows and its audit row → after commit, the realtime events and the mailer.
 * A verb file keeps only what is its own.
 */
export function defineVerb<S extends z.ZodType, T = undefined, R = void, P = undefined>(spec: VerbSpec<S, T, R, Actor, P>): (args: VerbArgs<S>) => Promise<R> {
  return ({ actor, input }) => runVerb(spec, actor, input);
}

/** For the few verbs a person without an account takes (redeeming an invitation, asking to join, unsubscribing): no standing to check. */
export function definePublicVerb<S extends z.ZodType, T = undefined, R = void, P = undefined>(spec: VerbSpec<S, T, R, Actor | null, P>): (args: VerbArgs<S, Actor | null>) => Promise<R> {
  return ({ actor, input }) => runVerb({ ...spec, standing: 'any' }, actor, input);
}

/** Loads the target, applies the policy and looks for a first result with the same key. */
async function admit<S extends z.ZodType, T, R, A extends Actor | null, P>(spec: VerbSpec<S, T, R, A, P>, db: Executor, actor: A, data: z.output<S>, now: Date) {
  const target = (spec.load ? await spec.load(db, data, actor) : undefined) as T;
  const refused = spec.policy?.(actor, target, data, now);
  if (refused) {
    // The account id says who was refused (moderation reads these lines); never anything personal.
    logger.info({ verb: spec.name, refusal: refused, account: actor?.id ?? null }, 'verb refused');
    throw new Forbidden(refused);
  }
  const first = spec.replay ? await spec.replay(db, data, actor) : undefined;
  return { target, first };
}

async function runVerb<S extends z.ZodType, T, R, A extends Actor | null, P>(spec: VerbSpec<S, T, R, A, P>, actor: A, input: unknown): Promise<R> {
  if (actor) assertStanding(actor, spec.standing ?? 'write');
  if (spec.permission) assertCan(actor, spec.permission);
  const data = parseInput(spec.input, input);
  let before: { target: T; prepared: P } | undefined;
  if (spec.prepare) {
    const { target, first } = await admit(spec, getDb(), actor, data, new Date());
    if (first !== undefined) return first;
    before = { target, prepared: await spec.prepare(data, target, actor) };
  }
  const pending: (() => void | Promise<void>)[] = [];
  const notified: NewNotification[] = [];
  const attempt = () =>
    getDb().transaction(async (tx) => {
      const now = new Date();
      let target: T;
      if (before) target = before.target;
      else {
        const admitted = await admit(spec, tx, actor, data, now);
        if (admitted.first !== undefined) return admitted.first;
        target = admitted.target;
      }
      const ctx: VerbContext<A> = {
        tx,
        actor,
        now,
        notify: async (rows) => {
          const kept = await writeNotifications(tx, actor?.id ?? '', rows);
          notified.push(...kept);
          return kept;
        },
        audit: (row) => recordAudit(tx, { ...row, actorId: row.actorId ?? actor?.id ?? null, integrationId: actor?.integration?.id ?? null }),
        publish: (room, event, payload) => pending.push(() => publish(room, event, payload)),
        afterCommit: (fn) => pending.push(fn),
      };
      const result = await spec.run(ctx, data, target, before?.prepared as P);
      const rows = spec.audit?.(result, data, target, actor);
      for (const row of rows ? [rows].flat() : []) await ctx.audit(row);
      // An event of this change queued webhook deliveries (lib/webhooks/events.ts): they go out after commit.
      if (webhooksQueuedIn(tx)) ctx.afterCommit(wakeWebhookWorker);
      return result;
    });
  let result: R;
  try {
    result = await attempt();
  } catch (e) {
    // A concurrent twin with the same idempotency key committed first: its result is ours.
    if (!spec.replay || !isTwin(e)) throw e;
    const first = await spec.replay(getDb(), data, actor);
    if (first === undefined) throw e;
    return first;
  }
  // This process drops what the change made stale before anyone is told of it (docs/decisions/0010-page-cache.md).
  await settleCache();
  announceNotifications(notified);
  for (const fn of pending) await fn();
  return result;
}
