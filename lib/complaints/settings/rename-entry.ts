import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { assertNameFree, auditTarget, entryIdField, findEntry, listKindField, lockList, nameEnField, nameField, tableOf } from './lists';

// A form that leaves the English name out keeps it (the team form has none).
const input = z.object({ list: listKindField, id: entryIdField, name: nameField, nameEn: nameEnField.optional() });

/** Complaints filed under the old name show the new one: they point at the entry, not the text. The English name is renamed here too. */
export const renameListEntry = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.renameEntry',
  input,
  load: async (db, { list, id }) => {
    await lockList(db, list);
    return findEntry(db, list, id);
  },
  run: async ({ tx }, { list, id, name, ...english }, before) => {
    const nameEn = english.nameEn ?? before.nameEn;
    if (before.name === name && before.nameEn === nameEn) return { renamed: false, nameEn };
    // An archived entry may share a name with an active one; it must be renamed before coming back.
    if (!before.archived && before.name !== name) await assertNameFree(tx, list, name, id);
    const t = tableOf(list);
    await tx.update(t).set({ name, nameEn }).where(eq(t.id, id));
    return { renamed: true, nameEn };
  },
  audit: ({ renamed, nameEn }, { list, id, name }, before) =>
    renamed ? { action: `complaint_settings.${list}_rename`, targetType: auditTarget(list), targetId: id, before: { name: before.name, nameEn: before.nameEn }, after: { name, nameEn } } : null,
});
