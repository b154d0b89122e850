import { z } from 'zod';
import { getDb } from '@/db/client';
import { communitySettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { checkboxField } from './fields';
import { getBoardSettings } from './queries';

export const CONFIRMATION_DAYS = { min: 1, max: 30 } as const;
const DAYS = 'complaintSettings.errors.confirmationDays';

const input = z.object({
  boardPublic: checkboxField,
  confirmationDays: z.coerce.number(DAYS).int(DAYS).min(CONFIRMATION_DAYS.min, DAYS).max(CONFIRMATION_DAYS.max, DAYS),
});

/** Whether visitors may read the board, and how long a member has to confirm a proposed solution. */
export async function updateBoardSettings({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const data = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const before = await getBoardSettings(tx);
    const set = { ...data, updatedAt: new Date(), updatedBy: actor.id };
    await tx.insert(communitySettings).values({ id: 1, name: 'Tertulia', ...set }).onConflictDoUpdate({ target: communitySettings.id, set });
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.board_update', targetType: 'community', targetId: '1', before, after: data });
  });
  return data;
}
