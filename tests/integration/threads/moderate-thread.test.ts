import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, moderationActions, reports, reviewItems, threads } from '@/db/schema';
import { Forbidden } from '@/lib/errors';
import { lockThread } from '@/lib/moderation/lock';
import { reportContent } from '@/lib/moderation/report';
import { moderateThread } from '@/lib/threads/moderate-thread';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { actorOf, auditCount, createUser } from '../factories';
import { member, thread } from './fixtures';

const flagsOf = async (threadId: string) => (await getDb().select({ pinned: threads.pinned, locked: threads.locked }).from(threads).where(eq(threads.id, threadId)))[0]!;

describe('pinning and locking a thread', () => {
  it('a locked thread takes replies only from moderators', async () => {
    const [ana, mod] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [mod, 'moderator']]);
    const t = await thread(group.id, ana);
    await expect(moderateThread({ actor: ana, input: { threadId: t.id, locked: true } })).rejects.toBeInstanceOf(Forbidden);
    const audits = await auditCount();
    await moderateThread({ actor: mod, input: { threadId: t.id, locked: true, pinned: true } });
    expect(await auditCount()).toBe(audits + 1);
    const err = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'hola', idempotencyKey: key() } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Forbidden);
    expect((err as Error).message).toBe('threads.errors.locked');
    await replyToThread({ actor: mod, input: { threadId: t.id, body: 'Cerramos el hilo', idempotencyKey: key() } });
  });

  // Before the frame checked standing, a silenced moderator was refused with a bare "forbidden": the
  // group rule failed on the silence without saying so.
  it('a silenced moderator is told the account is read-only and until when, and nothing changes', async () => {
    const until = new Date(Date.now() + 3 * 86_400_000);
    const [ana, mod] = [await member(), await member({ status: 'silenced', statusUntil: until, statusReason: 'Tono' })];
    const group = await createGroup('open', [[ana, 'member'], [mod, 'moderator']]);
    const t = await thread(group.id, ana);
    const refused = await moderateThread({ actor: mod, input: { threadId: t.id, locked: true } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Forbidden);
    expect(refused).toMatchObject({ message: 'moderation.errors.silencedUntil', values: { until: until.getTime() } });
    expect(await flagsOf(t.id)).toEqual({ pinned: false, locked: false });
  });

  it('from the moderation queue, the same lock is recorded as a decision that closes the item and settles its reports', async () => {
    const [ana, luis] = [await member(), await member()];
    const laura = actorOf(await createUser('staff'));
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana);
    await reportContent({ actor: luis, input: { targetType: 'thread', targetId: t.id, reason: 'off_topic' } });
    const { action } = await lockThread({ actor: laura, input: { threadId: t.id, locked: 'true', note: 'Se está yendo de tono' } });
    expect(action).toMatchObject({ action: 'lock', targetType: 'thread', targetId: t.id, note: 'Se está yendo de tono' });
    expect(await flagsOf(t.id)).toEqual({ pinned: false, locked: true });
    const [item] = await getDb().select().from(reviewItems).where(and(eq(reviewItems.targetType, 'thread'), eq(reviewItems.targetId, t.id)));
    expect(item).toMatchObject({ outcome: 'lock', closedBy: laura.id });
    expect((await getDb().select().from(moderationActions).where(eq(moderationActions.id, action.id)))[0]!.reviewItemId).toBe(item!.id);
    expect((await getDb().select({ status: reports.status }).from(reports).where(eq(reports.targetId, t.id))).map((r) => r.status)).toEqual(['upheld']);
    expect((await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, t.id))).map((a) => a.action)).toEqual(['moderation.lock']);
    const err = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'hola', idempotencyKey: key() } }).catch((e: unknown) => e);
    expect((err as Error).message).toBe('threads.errors.locked');
    // Opened again from the queue, with nothing left to settle.
    await lockThread({ actor: laura, input: { threadId: t.id, locked: '' } });
    expect(await flagsOf(t.id)).toEqual({ pinned: false, locked: false });
  });
});
