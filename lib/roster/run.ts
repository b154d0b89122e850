import { asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { rosterEntries, rosterImports, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { getEnv } from '@/lib/env';
import { addMembers } from '@/lib/groups/membership';
import { issueInvitations } from '@/lib/invitations/create';
import { queueInvitationMail } from '@/lib/invitations/mail';
import { logger } from '@/lib/logging/logger';
import { wakeMailWorker } from '@/lib/mail/wake';
import { judgeRow, repeatedRows, type Verdict } from './judge';
import { loadRosterState } from './state';

/** Rows per transaction: small enough that a batch commits in well under a second, large enough to keep the queries few. */
export const ROSTER_BATCH = 250;
/** How long an imported member's invitation stays valid. */
export const ROSTER_INVITATION_DAYS = 30;

type ImportRow = typeof rosterImports.$inferSelect;

// Next bundles app code apart from server.ts, where the job runs: globalThis is the one place both see.
const g = globalThis as unknown as { __tertuliaRosterWake?: () => void };

/** The running job registers how to wake it; without one (tests, build) the periodic run picks the import up. */
export function onRosterWake(wake: (() => void) | undefined): void {
  g.__tertuliaRosterWake = wake;
}

export function wakeRosterImports(): void {
  g.__tertuliaRosterWake?.();
}

/** The `created`-th invitation of an import leaves at its turn, ROSTER_MAILS_PER_MINUTE a minute from the commit. */
function turnOf(imp: ImportRow, created: number): Date {
  const start = imp.queuedAt ?? new Date();
  return new Date(start.getTime() + Math.floor(created / getEnv().ROSTER_MAILS_PER_MINUTE) * 60_000);
}

type NewPerson = Extract<Verdict, { kind: 'created' }>;
type Change = Extract<Verdict, { kind: 'updated' }>;

/**
 * The new people of a batch, in three statements: their invitations, their roster rows and their
 * invitation mails (signed by the brand, in the person's language or the community's), each leaving at its turn.
 */
async function createPeople(tx: Tx, list: NewPerson[], imp: ImportRow, createdBefore: number, now: Date): Promise<void> {
  if (list.length === 0) return;
  const expiresAt = new Date(now.getTime() + ROSTER_INVITATION_DAYS * 86_400_000);
  const issued = await issueInvitations(
    tx,
    list.map(({ person: p }) => ({ email: p.email, note: null, role: p.role, maxUses: 1, expiresAt, createdBy: imp.createdBy })),
  );
  await tx.insert(rosterEntries).values(list.map(({ person }, i) => ({ ...person, invitationId: issued[i]!.id, createdImportId: imp.id, importId: imp.id })));
  await queueInvitationMail.many(
    tx,
    list.map(({ person }, i) => ({ to: { address: person.email, locale: person.locale }, values: { code: issued[i]!.code, inviter: null }, notBefore: turnOf(imp, createdBefore + i) })),
  );
}

/**
 * What the file changes about people who are already known: their accounts, or their waiting roster
 * rows. Groups are added, never taken away: a member's own choices stay.
 */
async function update(tx: Tx, list: Change[], imp: ImportRow, now: Date): Promise<void> {
  const joins: { groupId: string; userId: string }[] = [];
  for (const { person: p, known: k, changes } of list) {
    const set = {
      ...(changes.includes('name') ? { displayName: p.displayName } : {}),
      ...(changes.includes('number') ? { membershipNumber: p.membershipNumber } : {}),
      ...(changes.includes('staffTitle') ? { staffTitle: p.staffTitle } : {}),
      ...(changes.includes('memberSince') ? { memberSince: p.memberSince } : {}),
      ...(changes.includes('birthDate') ? { birthDate: p.birthDate } : {}),
    };
    if (k.userId) {
      if (Object.keys(set).length > 0) await tx.update(users).set(set).where(eq(users.id, k.userId));
      for (const groupId of p.groupIds) if (!k.groupIds.includes(groupId)) joins.push({ groupId, userId: k.userId });
      continue;
    }
    const groupIds = [...new Set([...k.groupIds, ...p.groupIds])];
    await tx
      .update(rosterEntries)
      .set({ ...set, groupIds, importId: imp.id, updatedAt: now })
      .where(eq(rosterEntries.email, p.email));
  }
  await addMembers(tx, joins, imp.createdBy);
}

/** Runs `work` in a savepoint: true when it committed, false (rolled back, logged without content) when it failed. */
async function attempt(tx: Tx, imp: ImportRow, line: number | null, work: (sp: Tx) => Promise<void>): Promise<boolean> {
  try {
    await tx.transaction(work);
    return true;
  } catch (e) {
    if (line !== null) logger.warn({ import: imp.id, line, err: e instanceof Error ? e.message.slice(0, 120) : 'error' }, 'roster row failed');
    return false;
  }
}

/**
 * One batch of one import, in the caller's transaction. The new people go in together, then the changes
 * together; should either fail, each of its rows goes in its own savepoint, so one failing row never
 * stops the others.
 */
async function runBatch(tx: Tx, imp: ImportRow): Promise<void> {
  const now = new Date();
  const from = imp.processed;
  const slice = imp.rows.slice(from, from + ROSTER_BATCH);
  const repeated = repeatedRows(imp.rows, imp.mapping);
  const state = await loadRosterState(tx, slice, imp.mapping);
  const counts = { created: imp.created, updated: imp.updated, unchanged: imp.unchanged, refused: imp.refused };
  const refusals = [...imp.refusals];
  const refuse = (line: number, reason: string) => {
    refusals.push({ line, reason });
    counts.refused++;
  };
  const verdicts = slice.map((row, i) => judgeRow(row, from + i, imp.mapping, imp.separator, repeated, state));
  const created = verdicts.filter((v): v is NewPerson => v.kind === 'created');
  if (await attempt(tx, imp, null, (sp) => createPeople(sp, created, imp, counts.created, now))) counts.created += created.length;
  else for (const v of created) (await attempt(tx, imp, v.line, (sp) => createPeople(sp, [v], imp, counts.created, now))) ? counts.created++ : refuse(v.line, 'failed');
  const updated = verdicts.filter((v): v is Change => v.kind === 'updated');
  if (await attempt(tx, imp, null, (sp) => update(sp, updated, imp, now))) counts.updated += updated.length;
  else for (const v of updated) (await attempt(tx, imp, v.line, (sp) => update(sp, [v], imp, now))) ? counts.updated++ : refuse(v.line, 'failed');
  for (const v of verdicts) {
    if (v.kind === 'refused') refuse(v.line, v.reason);
    else if (v.kind === 'unchanged') counts.unchanged++;
  }
  refusals.sort((a, b) => a.line - b.line);
  const processed = from + slice.length;
  const done = processed >= imp.rows.length;
  await tx
    .update(rosterImports)
    .set({ ...counts, refusals, processed, status: done ? 'done' : 'running', ...(done ? { finishedAt: now } : {}) })
    .where(eq(rosterImports.id, imp.id));
  if (done) {
    await recordAudit(tx, { actorId: imp.createdBy, action: 'roster.import_finished', targetType: 'roster_import', targetId: imp.id, after: { rows: imp.total, ...counts } });
  }
}

/**
 * The background commit: claims the oldest queued or running import (`SKIP LOCKED`, so two processes
 * never run one batch twice), runs one batch, commits, and goes on until none is left. A crash loses at
 * most the batch in hand, which the next run does again. Returns the number of batches run.
 */
export async function runRosterImports(): Promise<number> {
  let batches = 0;
  for (;;) {
    const ran = await getDb().transaction(async (tx) => {
      const [imp] = await tx
        .select()
        .from(rosterImports)
        .where(inArray(rosterImports.status, ['queued', 'running']))
        .orderBy(asc(rosterImports.queuedAt))
        .for('update', { skipLocked: true })
        .limit(1);
      if (!imp) return false;
      await runBatch(tx, imp);
      return true;
    });
    if (!ran) return batches;
    batches++;
    wakeMailWorker();
  }
}
