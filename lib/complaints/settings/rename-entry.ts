import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { assertNameFree, auditTarget, entryIdField, findEntry, listKindField, lockList, nameField, tableOf } from './lists';

const input = z.object({ list: listKindField, id: entryIdField, name: nameField });

/** Complaints filed under the old name show the new one: they point at the entry, not the text. */
export const renameListEntry = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.renameEntry',
  input,
  load: async (db, { list, id }) => {
    await lockList(db, list);
    return findEntry(db, list, id);
  },
  run: async ({ tx }, { list, id, name }, before) => {
    if (before.name === name) return { renamed: false };
    // An archived entry may share a name with an active one; it must be renamed before coming back.
    if (!before.archived) await assertNameFree(tx, list, name, id);
    const t = tableOf(list);
    await tx.update(t).set({ name }).where(eq(t.id, id));
    return { renamed: true };
  },
  audit: ({ renamed }, { list, id, name }, before) => (renamed ? { action: `complaint_settings.${list}_rename`, targetType: auditTarget(list), targetId: id, before: { name: before.name }, after: { name } } : null),
});
