import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { expect } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, communitySettings, complaintBranches, complaintCategories, complaintEvents, complaints, notifications } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { decideAsAuthor, type AuthorDecisionInput } from '@/lib/complaints/author-decision';
import { fileComplaint, type FileComplaintInput } from '@/lib/complaints/file';
import { respondToComplaint, type Statement } from '@/lib/complaints/respond';
import { actorOf, createUser } from './factories';

export const key = () => randomUUID();

export type Lists = { categoryId: string; branchId: string };

/** A category and a branch to file under (the manager's lists are empty in a fresh database). */
export async function complaintLists(): Promise<Lists> {
  const [category] = await getDb().insert(complaintCategories).values({ name: `Instalaciones ${key().slice(0, 6)}` }).returning();
  const [branch] = await getDb().insert(complaintBranches).values({ name: `Piscina ${key().slice(0, 6)}` }).returning();
  return { categoryId: category!.id, branchId: branch!.id };
}

export async function fileOne(actor: Actor, lists: Lists, extra: Partial<FileComplaintInput> = {}) {
  return fileComplaint({
    actor,
    input: { title: 'Las duchas del vestuario no calientan', body: 'Desde hace una semana el agua de las duchas sale fría por la mañana.', ...lists, idempotencyKey: key(), ...extra },
  });
}

/** What most complaint tests start from: lists to file under, and Laura to answer for the company. */
export async function complaintScene() {
  return { lists: await complaintLists(), laura: await staffer('Laura', 'Atención al socio') };
}

/** A new complaint by a new member: filing is rate limited per person, so each test files as someone new. */
export async function freshComplaint(lists: Lists, extra: Partial<FileComplaintInput> = {}) {
  const author = await member('Ana');
  return { author, ...(await fileOne(author, lists, extra)) };
}

export const member = async (displayName = 'Socia') => actorOf(await createUser('member', { displayName }));
export const staffer = async (displayName = 'Laura', staffTitle = 'Atención al socio', role: 'staff' | 'manager' = 'staff') =>
  actorOf(await createUser(role, { displayName, staffTitle }));

/** A signed statement from staff: a reply, a progress update or a proposed solution. */
export const say = (actor: Actor, complaintId: string, statement: Statement, body = 'Lo sentimos mucho. Lo revisamos hoy mismo.') =>
  respondToComplaint({ actor, input: { complaintId, statement, body, idempotencyKey: key() } });

export const decide = (actor: Actor, complaintId: string, decision: AuthorDecisionInput['decision'], reason?: string) =>
  decideAsAuthor({ actor, input: { complaintId, decision, reason, idempotencyKey: key() } });

export async function complaintRow(id: string) {
  const [row] = await getDb().select().from(complaints).where(eq(complaints.id, id));
  return row!;
}

export async function eventsOf(id: string) {
  return getDb().select().from(complaintEvents).where(eq(complaintEvents.complaintId, id)).orderBy(asc(complaintEvents.id));
}

export async function noticesFor(complaintId: string, userId?: string) {
  return getDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.complaintId, complaintId), userId ? eq(notifications.userId, userId) : undefined))
    .orderBy(asc(notifications.complaintEventId));
}

/** What one person was told about one complaint, as sorted kinds (rows of one transaction share a time). */
export async function noticeKinds(complaintId: string, userId: string): Promise<string[]> {
  return (await noticesFor(complaintId, userId)).map((n) => n.kind).sort();
}

/** Test setup: move a complaint's clocks or columns where the verbs would only get with time. */
export async function setComplaint(id: string, cols: Partial<typeof complaints.$inferInsert>) {
  await getDb().update(complaints).set(cols).where(eq(complaints.id, id));
}

/** The single settings row, created when a test needs one. */
export async function settings(values: Partial<typeof communitySettings.$inferInsert>) {
  await getDb()
    .insert(communitySettings)
    .values({ id: 1, name: 'Club', ...values })
    .onConflictDoUpdate({ target: communitySettings.id, set: values });
}

/** Everything a refused action must leave as it was. */
export async function snapshot(id: string) {
  const [counts] = await getDb()
    .select({
      notifications: sql<number>`(select count(*)::int from ${notifications})`,
      audit: sql<number>`(select count(*)::int from ${auditLog})`,
    })
    .from(sql`(select 1) as one`);
  return { complaint: await complaintRow(id), events: await eventsOf(id), ...counts! };
}

/** Runs an action that must be refused with `error` (and `message`), checks nothing at all changed, and returns the error. */
export async function expectRefused<E extends Error>(ids: string | string[], action: () => Promise<unknown>, error: new (...args: never[]) => E, message?: string): Promise<E> {
  const list = Array.isArray(ids) ? ids : [ids];
  const before = await Promise.all(list.map(snapshot));
  const thrown = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(error);
  if (message) expect((thrown as E).message).toBe(message);
  expect(await Promise.all(list.map(snapshot))).toEqual(before);
  return thrown as E;
}

/**
 * The rule of decision 0004: every event that moves the status says from where to where, and the
 * chain of those events ends where the complaint is now.
 */
export async function expectStatusHistory(id: string) {
  const events = await eventsOf(id);
  let status: string | null = null;
  for (const e of events) {
    if (e.toStatus === null) {
      expect(e.fromStatus, `${e.kind} has a from without a to`).toBeNull();
      continue;
    }
    expect(e.fromStatus, `${e.kind} #${e.id}`).toBe(status);
    status = e.toStatus;
  }
  expect(status).toBe((await complaintRow(id)).status);
}

/** A small real image, made on the spot. */
export const png = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();

export const minutesFrom = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);
export const daysAgo = (days: number, from = new Date()) => new Date(from.getTime() - days * 86_400_000);
