import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { Conflict } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { flagField } from './fields';
import { auditTarget, entryIdField, findEntry, listKindField, lockList, nameTaken, tableOf } from './lists';

const input = z.object({ list: listKindField, id: entryIdField, archived: flagField });

/**
 * Archiving takes an entry off the filing form and the assignment menus; the complaints already
 * filed under it keep it. Bringing it back needs its name to be free again.
 */
export async function setListEntryArchived({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { list, id, archived } = parseInput(input, raw);
  const t = tableOf(list);
  await getDb().transaction(async (tx) => {
    await lockList(tx, list);
    const before = await findEntry(tx, list, id);
    if (before.archived === archived) return;
    if (!archived && (await nameTaken(tx, list, before.name, id))) throw new Conflict('complaintSettings.errors.nameTakenRestore');
    await tx.update(t).set({ archived }).where(eq(t.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `complaint_settings.${list}_${archived ? 'archive' : 'unarchive'}`,
      targetType: auditTarget(list),
      targetId: id,
      after: { name: before.name, archived },
    });
  });
}
