import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { assertNameFree, auditTarget, entryIdField, findEntry, listKindField, lockList, nameField, tableOf } from './lists';

const input = z.object({ list: listKindField, id: entryIdField, name: nameField });

/** Complaints filed under the old name show the new one: they point at the entry, not the text. */
export async function renameListEntry({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { list, id, name } = parseInput(input, raw);
  const t = tableOf(list);
  await getDb().transaction(async (tx) => {
    await lockList(tx, list);
    const before = await findEntry(tx, list, id);
    if (before.name === name) return;
    // An archived entry may share a name with an active one; it must be renamed before coming back.
    if (!before.archived) await assertNameFree(tx, list, name, id);
    await tx.update(t).set({ name }).where(eq(t.id, id));
    await recordAudit(tx, { actorId: actor.id, action: `complaint_settings.${list}_rename`, targetType: auditTarget(list), targetId: id, before: { name: before.name }, after: { name } });
  });
}
