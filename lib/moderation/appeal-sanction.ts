import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { appeals, sanctions } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { announceNotifications } from '@/lib/notifications/write';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, refuse } from './act';
import { appealBodyField } from './fields';
import { stillStands } from './lift-sanction';
import { sanctionAppealRefusal } from './policy';
import { tellModerators } from './staff-notice';

const input = z.object({ sanctionId: uuidField, body: appealBodyField });

export type AppealSanctionInput = z.input<typeof input>;

/**
 * The sanctioned member asks once for a sanction still in force to be looked at again, even while
 * suspended or banned; a manager other than the one who imposed it decides.
 */
export async function appealSanction({ actor, input: raw }: { actor: Actor; input: AppealSanctionInput }) {
  const data = parseInput(input, raw);
  const { appeal, notified } = await getDb().transaction(async (tx) => {
    const [sanction] = await tx.select().from(sanctions).where(eq(sanctions.id, data.sanctionId)).for('update').limit(1);
    if (!sanction) throw new NotFound();
    const refusal = sanctionAppealRefusal(actor, sanction);
    if (refusal) refuse(refusal, 'appeal', 'user');
    if (!stillStands(sanction)) throw new Conflict('moderation.errors.notAppealable');
    const [appeal] = await tx.insert(appeals).values({ sanctionId: sanction.id, appellantId: actor.id, body: data.body }).onConflictDoNothing().returning();
    if (!appeal) throw new Conflict('moderation.errors.alreadyAppealed');
    return { appeal, notified: await tellModerators(tx, actor.id, ['manager']) };
  });
  announceNotifications(notified);
  announceQueue();
  return appeal;
}
