import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaintFollowers, complaintPhotos, complaints } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { renderMarkdown } from '@/lib/markdown/render';
import { refusal } from '@/lib/policy';
import { consume } from '@/lib/security/rate-limit';
import { defineVerb, Replayed } from '@/lib/verb';
import { applyChange } from './apply';
import { complaintBodyField, idempotencyKeyField, photosField, piiDecisionField, titleField, uuidField } from './fields';
import { storeComplaintPhotos } from './photos';
import { guardPersonalData } from './pii-guard';
import { continuePrivately } from './private-case';
import { recordEvents } from './record';
import { nextDueAt, resolutionDueAt } from './sla';
import { loadSlaPolicy } from './sla-policy';

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

const byKey = async (db: Executor, authorId: string, key: string) =>
  (await db.select({ id: complaints.id, number: complaints.number }).from(complaints).where(and(eq(complaints.authorId, authorId), eq(complaints.idempotencyKey, key))).limit(1))[0];

async function requireActive(db: Executor, table: typeof complaintCategories | typeof complaintBranches, id: string, field: string) {
  const [row] = await db.select({ archived: table.archived }).from(table).where(eq(table.id, id)).limit(1);
  if (!row || row.archived) throw new Invalid({ [field]: ['complaints.errors.optionGone'] });
}

const requireOptions = async (db: Executor, data: { categoryId: string; branchId: string }) => {
  await requireActive(db, complaintCategories, data.categoryId, 'categoryId');
  await requireActive(db, complaintBranches, data.branchId, 'branchId');
};

/**
 * A member files a complaint. Personal data never reaches the public text without the author's
 * decision (see pii-guard.ts); what they keep goes whole into the private case. A repeated submit
 * returns the complaint the first one filed.
 */
export const fileComplaint = defineVerb({
  name: 'complaints.file',
  input,
  policy: (actor) => refusal(actor, 'file:complaint'),
  replay: (db, data, actor) => byKey(db, actor.id, data.idempotencyKey),
  prepare: async (data, _target, actor) => {
    const guarded = guardPersonalData({ title: data.title, body: data.body }, data.piiDecision, true);
    // Checked before the filing counts against the hourly limit and before photos are stored; checked
    // again inside the transaction for an option archived in between.
    await requireOptions(getDb(), data);
    await consume('complaint', actor.id);
    return { guarded, photos: await storeComplaintPhotos(data.photos) };
  },
  run: async (ctx, data, _target, { guarded, photos }) => {
    const { tx, actor, now } = ctx;
    await requireOptions(tx, data);
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
    // A twin with the same key got there first: the frame answers with its complaint.
    if (!inserted) throw new Replayed();
    if (photos.length > 0) await tx.insert(complaintPhotos).values(photos.map((p) => ({ ...p, complaintId: inserted.id })));
    // The author hears about every step without asking.
    await tx.insert(complaintFollowers).values({ complaintId: inserted.id, userId: actor.id });
    const created = (await applyChange(tx, inserted, { actorId: actor.id, party: 'author', event: { kind: 'created', data: { priority: 'normal' } }, now }))!;
    const kept = guarded.kept ? await continuePrivately(tx, created.complaint, actor.id, `**${guarded.kept.title}**\n\n${guarded.kept.body}`, { fromGuard: true }, now) : [];
    // Staff hear of the new complaint; its first private message tells them nothing more.
    await recordEvents(ctx, created.complaint, [created, ...kept], { notifies: (e) => e.kind === 'created' });
    return { id: inserted.id, number: inserted.number };
  },
});
