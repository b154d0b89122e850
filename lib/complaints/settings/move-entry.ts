import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { NotFound } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { directionField } from './fields';
import { auditTarget, entryIdField, listKindField, lockList, orderedEntries, tableOf } from './lists';
import { moveStep } from './order';

const input = z.object({ list: listKindField, id: entryIdField, direction: directionField });

/** One step up or down among the entries shown with it (active ones among active ones). */
export const moveListEntry = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.moveEntry',
  input,
  load: async (db, { list, id }) => {
    await lockList(db, list);
    const rows = await orderedEntries(db, list);
    const entry = rows.find((r) => r.id === id);
    if (!entry) throw new NotFound();
    return { rows, entry };
  },
  run: async ({ tx }, { list, id, direction }, { rows }) => {
    const changes = moveStep(rows, id, direction, (a, b) => a.archived === b.archived);
    const t = tableOf(list);
    for (const c of changes) await tx.update(t).set({ position: c.position }).where(eq(t.id, c.id));
    return { moved: changes.length > 0 };
  },
  audit: ({ moved }, { list, id, direction }, { entry }) => (moved ? { action: `complaint_settings.${list}_move`, targetType: auditTarget(list), targetId: id, after: { name: entry.name, direction } } : null),
});
