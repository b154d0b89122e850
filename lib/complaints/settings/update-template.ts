import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { responseTemplates } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { findTemplate, templateFields, templateIdField } from './template-fields';

const input = z.object({ id: templateIdField, ...templateFields });

/** Replies already sent keep their text; only the next reply started from the template changes. */
export const updateResponseTemplate = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.updateTemplate',
  input,
  load: (db, { id }) => findTemplate(db, id),
  run: async ({ tx }, { id, ...text }, before) => {
    const same = (Object.keys(text) as (keyof typeof text)[]).every((k) => before[k] === text[k]);
    if (same) return { updated: false };
    await tx.update(responseTemplates).set(text).where(eq(responseTemplates.id, id));
    return { updated: true };
  },
  audit: ({ updated }, { id, ...text }, before) =>
    updated
      ? {
          action: 'complaint_settings.template_update',
          targetType: 'response_template',
          targetId: id,
          before: { title: before.title, bodyMd: before.bodyMd, titleEn: before.titleEn, bodyMdEn: before.bodyMdEn },
          after: text,
        }
      : null,
});
