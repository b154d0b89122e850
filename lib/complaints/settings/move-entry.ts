import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { directionField } from './fields';
import { auditTarget, entryIdField, listKindField, lockList, orderedEntries, tableOf } from './lists';
import { moveStep } from './order';

const input = z.object({ list: listKindField, id: entryIdField, direction: directionField });

/** One step up or down among the entries shown with it (active ones among active ones). */
export async function moveListEntry({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { list, id, direction } = parseInput(input, raw);
  const t = tableOf(list);
  return getDb().transaction(async (tx) => {
    await lockList(tx, list);
    const rows = await orderedEntries(tx, list);
    const entry = rows.find((r) => r.id === id);
    if (!entry) throw new NotFound();
    const changes = moveStep(rows, id, direction, (a, b) => a.archived === b.archived);
    if (changes.length === 0) return { moved: false };
    for (const c of changes) await tx.update(t).set({ position: c.position }).where(eq(t.id, c.id));
    await recordAudit(tx, { actorId: actor.id, action: `complaint_settings.${list}_move`, targetType: auditTarget(list), targetId: id, after: { name: entry.name, direction } });
    return { moved: true };
  });
}
