import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { Conflict } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { flagField } from '../fields';
import { auditTarget, entryIdField, findEntry, listKindField, lockList, nameTaken, tableOf } from './lists';

const input = z.object({ list: listKindField, id: entryIdField, archived: flagField });

/**
 * Archiving takes an entry off the filing form and the assignment menus; the complaints already
 * filed under it keep it. Bringing it back needs its name to be free again.
 */
export const setListEntryArchived = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.archiveEntry',
  input,
  load: async (db, { list, id }) => {
    await lockList(db, list);
    return findEntry(db, list, id);
  },
  run: async ({ tx }, { list, id, archived }, before) => {
    if (before.archived === archived) return { changed: false };
    if (!archived && (await nameTaken(tx, list, before.name, id))) throw new Conflict('complaintSettings.errors.nameTakenRestore');
    const t = tableOf(list);
    await tx.update(t).set({ archived }).where(eq(t.id, id));
    return { changed: true };
  },
  audit: ({ changed }, { list, id, archived }, before) =>
    changed ? { action: `complaint_settings.${list}_${archived ? 'archive' : 'unarchive'}`, targetType: auditTarget(list), targetId: id, after: { name: before.name, archived } } : null,
});
