import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { responseTemplates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { findTemplate, templateIdField } from './template-fields';

const input = z.object({ id: templateIdField });

/** Gone from the staff's menu; the audit entry keeps its last text. */
export async function deleteResponseTemplate({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { id } = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const before = await findTemplate(tx, id);
    await tx.delete(responseTemplates).where(eq(responseTemplates.id, id));
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.template_delete', targetType: 'response_template', targetId: id, before: { title: before.title, bodyMd: before.bodyMd } });
  });
}
