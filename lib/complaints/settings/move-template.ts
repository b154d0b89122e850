import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { responseTemplates } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { directionField } from './fields';
import { lockList } from './lists';
import { moveStep } from './order';
import { TEMPLATE_ORDER, templateIdField } from './template-fields';

const input = z.object({ id: templateIdField, direction: directionField });

/** Staff see templates in this order, so the most used can go first. */
export const moveResponseTemplate = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.moveTemplate',
  input,
  load: async (db, { id }) => {
    await lockList(db, 'template');
    const rows = await db
      .select({ id: responseTemplates.id, position: responseTemplates.position, title: responseTemplates.title })
      .from(responseTemplates)
      .orderBy(...TEMPLATE_ORDER);
    const entry = rows.find((r) => r.id === id);
    if (!entry) throw new NotFound();
    return { rows, entry };
  },
  run: async ({ tx }, { id, direction }, { rows }) => {
    const changes = moveStep(rows, id, direction);
    for (const c of changes) await tx.update(responseTemplates).set({ position: c.position }).where(eq(responseTemplates.id, c.id));
    return { moved: changes.length > 0 };
  },
  audit: ({ moved }, { id, direction }, { entry }) => (moved ? { action: 'complaint_settings.template_move', targetType: 'response_template', targetId: id, after: { title: entry.title, direction } } : null),
});
