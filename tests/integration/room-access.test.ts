import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { threads, users } from '@/db/schema';
import { authorizeRoom } from '@/lib/realtime/room-access';
import { createThread } from '@/lib/threads/create-thread';
import { createGroup, key } from './community-fixtures';
import { actorOf, createUser } from './factories';

const identity = (u: { id: string; role: 'member' | 'staff' | 'manager'; sessionVersion: number }) => ({ userId: u.id, role: u.role, sessionVersion: u.sessionVersion });

describe('socket room joins', () => {
  it('follow the group policy, reload the account, and report the room’s latest activity', async () => {
    const [ana, outsider] = [await createUser(), await createUser()];
    const secret = await createGroup('private', [[actorOf(ana), 'member']]);
    const t = await createThread({ actor: actorOf(ana), input: { groupId: secret.id, title: 'Reservas', body: 'Hola', idempotencyKey: key() } });
    const [row] = await getDb().select().from(threads).where(eq(threads.id, t.id));

    expect(await authorizeRoom(identity(ana), `thread:${t.id}`)).toEqual({ ok: true, latest: row!.lastPostAt.toISOString() });
    expect((await authorizeRoom(identity(ana), `group:${secret.id}`)).ok).toBe(true);
    for (const room of [`thread:${t.id}`, `group:${secret.id}`]) expect(await authorizeRoom(identity(outsider), room)).toEqual({ ok: false, latest: null });
    for (const room of ['staff', 'user:x', `thread:${t.id}; drop`, 42]) expect((await authorizeRoom(identity(ana), room)).ok).toBe(false);

    // Suspended since the handshake: the next join is refused.
    await getDb().update(users).set({ status: 'suspended', statusUntil: new Date(Date.now() + 86_400_000) }).where(eq(users.id, ana.id));
    expect((await authorizeRoom(identity(ana), `thread:${t.id}`)).ok).toBe(false);
  });
});
