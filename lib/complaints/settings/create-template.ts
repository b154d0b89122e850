import { max } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { responseTemplates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { idempotencyKeyField } from './fields';
import { createdWithKey } from './idempotency';
import { lockList } from './lists';
import { templateFields } from './template-fields';

const input = z.object({ ...templateFields, idempotencyKey: idempotencyKeyField });

const ACTION = 'complaint_settings.template_create';

/** A reply staff can start from, placed last. A double submit creates it once. */
export async function createResponseTemplate({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { title, bodyMd, idempotencyKey } = parseInput(input, raw);
  return getDb().transaction(async (tx) => {
    await lockList(tx, 'template');
    const earlier = await createdWithKey(tx, actor.id, ACTION, idempotencyKey);
    if (earlier) return { id: earlier, created: false };
    const [last] = await tx.select({ position: max(responseTemplates.position) }).from(responseTemplates);
    const position = last?.position == null ? 0 : last.position + 1;
    const [row] = await tx.insert(responseTemplates).values({ title, bodyMd, position, createdBy: actor.id }).returning({ id: responseTemplates.id });
    await recordAudit(tx, { actorId: actor.id, action: ACTION, targetType: 'response_template', targetId: row!.id, after: { title, idempotencyKey: idempotencyKey ?? null } });
    return { id: row!.id, created: true };
  });
}
