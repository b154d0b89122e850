import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { responseTemplates } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { findTemplate, templateIdField } from './template-fields';

const input = z.object({ id: templateIdField });

/** Gone from the staff's menu; the audit entry keeps its last text. */
export const deleteResponseTemplate = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.deleteTemplate',
  input,
  load: (db, { id }) => findTemplate(db, id),
  run: async ({ tx }, { id }) => {
    await tx.delete(responseTemplates).where(eq(responseTemplates.id, id));
  },
  audit: (_, { id }, before) => ({ action: 'complaint_settings.template_delete', targetType: 'response_template', targetId: id, before: { title: before.title, bodyMd: before.bodyMd } }),
});
