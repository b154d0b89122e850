import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { idempotencyKeyField } from './fields';
import { createdWithKey } from './idempotency';
import { assertNameFree, auditTarget, listKindField, lockList, nameField, nextPosition, tableOf } from './lists';

const input = z.object({ list: listKindField, name: nameField, idempotencyKey: idempotencyKeyField });

/** A new category, branch or team, offered at the end of its list. A double submit creates it once. */
export async function createListEntry({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { list, name, idempotencyKey } = parseInput(input, raw);
  const action = `complaint_settings.${list}_create`;
  const t = tableOf(list);
  return getDb().transaction(async (tx) => {
    await lockList(tx, list);
    const earlier = await createdWithKey(tx, actor.id, action, idempotencyKey);
    if (earlier) return { id: earlier, created: false };
    await assertNameFree(tx, list, name);
    const [row] = await tx.insert(t).values({ name, position: await nextPosition(tx, list) }).returning({ id: t.id });
    await recordAudit(tx, { actorId: actor.id, action, targetType: auditTarget(list), targetId: row!.id, after: { name, idempotencyKey: idempotencyKey ?? null } });
    return { id: row!.id, created: true };
  });
}
