import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { disconnectUser } from '@/lib/realtime/publish';
import type { Actor } from '@/lib/policy';

/** Every session token carries the version; raising it ends them all, on every device. */
export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.id));
    await recordAudit(tx, { actorId: actor.id, action: 'account.sign_out_everywhere', targetType: 'user', targetId: actor.id });
  });
  disconnectUser(actor.id);
}
