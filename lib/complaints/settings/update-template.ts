import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { responseTemplates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { findTemplate, templateFields, templateIdField } from './template-fields';

const input = z.object({ id: templateIdField, ...templateFields });

/** Replies already sent keep their text; only the next reply started from the template changes. */
export async function updateResponseTemplate({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { id, title, bodyMd } = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const before = await findTemplate(tx, id);
    if (before.title === title && before.bodyMd === bodyMd) return;
    await tx.update(responseTemplates).set({ title, bodyMd }).where(eq(responseTemplates.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'complaint_settings.template_update',
      targetType: 'response_template',
      targetId: id,
      before: { title: before.title, bodyMd: before.bodyMd },
      after: { title, bodyMd },
    });
  });
}
