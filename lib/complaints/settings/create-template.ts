import { max } from 'drizzle-orm';
import { z } from 'zod';
import { responseTemplates } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { idempotencyKeyField } from './fields';
import { createdWithKey } from './idempotency';
import { lockList } from './lists';
import { templateFields } from './template-fields';

const input = z.object({ ...templateFields, idempotencyKey: idempotencyKeyField });

const ACTION = 'complaint_settings.template_create';

/** A reply staff can start from, placed last. A double submit creates it once. */
export const createResponseTemplate = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.createTemplate',
  input,
  // The list's lock first: a second submission waits for the first and then finds what it created.
  load: (db) => lockList(db, 'template'),
  replay: async (db, { idempotencyKey }, actor) => {
    const earlier = await createdWithKey(db, actor.id, ACTION, idempotencyKey);
    return earlier ? { id: earlier, created: false } : undefined;
  },
  run: async ({ tx, actor }, { title, bodyMd, titleEn, bodyMdEn }) => {
    const [last] = await tx.select({ position: max(responseTemplates.position) }).from(responseTemplates);
    const position = last?.position == null ? 0 : last.position + 1;
    const [row] = await tx.insert(responseTemplates).values({ title, bodyMd, titleEn, bodyMdEn, position, createdBy: actor.id }).returning({ id: responseTemplates.id });
    return { id: row!.id, created: true };
  },
  audit: ({ id }, { title, idempotencyKey }) => ({ action: ACTION, targetType: 'response_template', targetId: id, after: { title, idempotencyKey: idempotencyKey ?? null } }),
});
