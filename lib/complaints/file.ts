import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaintFollowers, complaintPhotos, complaints } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import { renderMarkdown } from '@/lib/markdown/render';
import { consume } from '@/lib/security/rate-limit';
import { parseInput } from '@/lib/verb';
import { announceComplaintChange } from './announce';
import { applyChange, type EventRow } from './apply';
import { complaintBodyField, idempotencyKeyField, photosField, piiDecisionField, titleField, uuidField } from './fields';
import { notifyEvent } from './notify';
import { storeComplaintPhotos } from './photos';
import { guardPersonalData } from './pii-guard';
import { continuePrivately } from './private-case';
import { nextDueAt, resolutionDueAt } from './sla';
import { loadSlaPolicy } from './sla-policy';
import { assertStanding } from '@/lib/policy';

const input = z.object({
  title: titleField,
  body: complaintBodyField,
  categoryId: uuidField,
  branchId: uuidField,
  photos: photosField,
  piiDecision: piiDecisionField,
  idempotencyKey: idempotencyKeyField,
});

export type FileComplaintInput = z.input<typeof input>;

const byKey = async (authorId: string, key: string) =>
  (await getDb().select({ id: complaints.id, number: complaints.number }).from(complaints).where(and(eq(complaints.authorId, authorId), eq(complaints.idempotencyKey, key))).limit(1))[0];

async function requireActive(tx: Tx | Db, table: typeof complaintCategories | typeof complaintBranches, id: string, field: string) {
  const [row] = await tx.select({ archived: table.archived }).from(table).where(eq(table.id, id)).limit(1);
  if (!row || row.archived) throw new Invalid({ [field]: ['complaints.errors.optionGone'] });
}

/**
 * A member files a complaint. Personal data never reaches the public text without the author's
 * decision (see pii-guard.ts); what they keep goes whole into the private case. A repeated submit
 * returns the complaint the first one filed.
 */
export async function fileComplaint({ actor, input: raw }: { actor: Actor; input: FileComplaintInput }): Promise<{ id: string; number: number }> {
  assertStanding(actor, 'write');
  assertCan(actor, 'file:complaint');
  const data = parseInput(input, raw);
  const existing = await byKey(actor.id, data.idempotencyKey);
  if (existing) return existing;
  const guarded = guardPersonalData({ title: data.title, body: data.body }, data.piiDecision, true);
  // Checked before the filing counts against the hourly limit and before photos are stored; checked
  // again inside the transaction for an option archived in between.
  await requireActive(getDb(), complaintCategories, data.categoryId, 'categoryId');
  await requireActive(getDb(), complaintBranches, data.branchId, 'branchId');
  await consume('complaint', actor.id);
  const photos = await storeComplaintPhotos(data.photos);
  const now = new Date();

  const written = await getDb().transaction(async (tx) => {
    await requireActive(tx, complaintCategories, data.categoryId, 'categoryId');
    await requireActive(tx, complaintBranches, data.branchId, 'branchId');
    const policy = await loadSlaPolicy(tx, 'normal');
    const [inserted] = await tx
      .insert(complaints)
      .values({
        authorId: actor.id,
        title: guarded.public.title,
        bodyMd: guarded.public.body,
        bodyHtml: renderMarkdown(guarded.public.body),
        categoryId: data.categoryId,
        branchId: data.branchId,
        createdAt: now,
        nextDueAt: nextDueAt(policy, { status: 'open', createdAt: now, firstResponseAt: null, lastStaffUpdateAt: null }),
        resolutionDueAt: resolutionDueAt(policy, now),
        followerCount: 1,
        idempotencyKey: data.idempotencyKey,
      })
      .onConflictDoNothing({ target: [complaints.authorId, complaints.idempotencyKey] })
      .returning();
    if (!inserted) return null;
    if (photos.length > 0) await tx.insert(complaintPhotos).values(photos.map((p) => ({ ...p, complaintId: inserted.id })));
    // The author hears about every step without asking.
    await tx.insert(complaintFollowers).values({ complaintId: inserted.id, userId: actor.id });
    const created = await applyChange(tx, inserted, { actorId: actor.id, party: 'author', event: { kind: 'created', data: { priority: 'normal' } }, now });
    const events: EventRow[] = [created!.event];
    if (guarded.kept) events.push(...(await continuePrivately(tx, created!.complaint, actor.id, `**${guarded.kept.title}**\n\n${guarded.kept.body}`, { fromGuard: true }, now)));
    const notified = await notifyEvent(tx, created!.complaint, created!.event);
    return { complaint: created!.complaint, events, notified };
  });
  if (!written) return (await byKey(actor.id, data.idempotencyKey))!;
  announceComplaintChange(written.complaint.id, written.events, written.notified);
  return { id: written.complaint.id, number: written.complaint.number };
}
