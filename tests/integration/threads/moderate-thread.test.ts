import { describe, expect, it } from 'vitest';
import { Forbidden } from '@/lib/errors';
import { moderateThread } from '@/lib/threads/moderate-thread';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { auditCount } from '../factories';
import { member, thread } from './fixtures';

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
});
