import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor, ROLES } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { disconnectUser } from '@/lib/realtime/publish';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';

const input = z.object({
  userId: z.uuid('errors.invalidField'),
  role: z.enum(ROLES, 'errors.invalidField'),
  // Staff sign their official answers with it: "Laura · Atención al socio".
  staffTitle: optionalText(60),
});

export async function setMemberRole({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  const data = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, data.userId)).for('update').limit(1);
    if (!target) throw new NotFound();
    assertCan(actor, 'set_role:user', target);
    const staffTitle = data.role === 'member' ? null : data.staffTitle;
    await tx.update(users).set({ role: data.role, staffTitle }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'account.set_role',
      targetType: 'user',
      targetId: target.id,
      before: { role: target.role, staffTitle: target.staffTitle },
      after: { role: data.role, staffTitle },
    });
  });
  // Open sockets joined rooms for the old role; they reconnect and are placed anew.
  disconnectUser(data.userId);
}
