import { z } from 'zod';
import { defineVerb } from '@/lib/verb';
import { idempotencyKeyField } from './fields';
import { createdWithKey } from './idempotency';
import { assertNameFree, auditTarget, type ListKind, listKindField, lockList, nameEnField, nameField, nextPosition, tableOf } from './lists';

const input = z.object({ list: listKindField, name: nameField, nameEn: nameEnField, idempotencyKey: idempotencyKeyField });

const actionOf = (list: ListKind) => `complaint_settings.${list}_create`;

/** A new category, branch or team, offered at the end of its list. A double submit creates it once. */
export const createListEntry = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.createEntry',
  input,
  // The list's lock first: a second submission waits for the first and then finds what it created.
  load: (db, { list }) => lockList(db, list),
  replay: async (db, { list, idempotencyKey }, actor) => {
    const earlier = await createdWithKey(db, actor.id, actionOf(list), idempotencyKey);
    return earlier ? { id: earlier, created: false } : undefined;
  },
  run: async ({ tx }, { list, name, nameEn }) => {
    await assertNameFree(tx, list, name);
    const t = tableOf(list);
    const [row] = await tx.insert(t).values({ name, nameEn, position: await nextPosition(tx, list) }).returning({ id: t.id });
    return { id: row!.id, created: true };
  },
  audit: ({ id }, { list, name, nameEn, idempotencyKey }) => ({ action: actionOf(list), targetType: auditTarget(list), targetId: id, after: { name, nameEn, idempotencyKey: idempotencyKey ?? null } }),
});
