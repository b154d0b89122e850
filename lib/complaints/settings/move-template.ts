import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { responseTemplates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { directionField } from './fields';
import { lockList } from './lists';
import { moveStep } from './order';
import { TEMPLATE_ORDER, templateIdField } from './template-fields';

const input = z.object({ id: templateIdField, direction: directionField });

/** Staff see templates in this order, so the most used can go first. */
export async function moveResponseTemplate({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { id, direction } = parseInput(input, raw);
  return getDb().transaction(async (tx) => {
    await lockList(tx, 'template');
    const rows = await tx
      .select({ id: responseTemplates.id, position: responseTemplates.position, title: responseTemplates.title })
      .from(responseTemplates)
      .orderBy(...TEMPLATE_ORDER);
    const entry = rows.find((r) => r.id === id);
    if (!entry) throw new NotFound();
    const changes = moveStep(rows, id, direction);
    if (changes.length === 0) return { moved: false };
    for (const c of changes) await tx.update(responseTemplates).set({ position: c.position }).where(eq(responseTemplates.id, c.id));
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.template_move', targetType: 'response_template', targetId: id, after: { title: entry.title, direction } });
    return { moved: true };
  });
}
