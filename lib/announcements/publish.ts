import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { announcements, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { renderMarkdown } from '@/lib/markdown/render';
import { announceNotifications, writeNotifications } from '@/lib/notifications/write';
import { rooms } from '@/lib/realtime/io';
import { publish } from '@/lib/realtime/publish';
import { parseInput } from '@/lib/verb';
import { announcementFields } from './fields';

const input = z.object({
  ...announcementFields,
  // Pinned unless the form says otherwise: announcements exist to be seen.
  pinned: z
    .union([z.boolean(), z.enum(['on', 'true', 'false'])])
    .optional()
    .transform((v) => v === undefined || v === true || v === 'on' || v === 'true'),
  idempotencyKey: z.string().trim().min(8, 'errors.invalidField').max(100, 'errors.invalidField').optional(),
});

export type PublishAnnouncementInput = z.input<typeof input>;

/** A double submit (same idempotency key) gets back the announcement the first one created. */
export async function publishAnnouncement({ actor, input: raw }: { actor: Actor; input: PublishAnnouncementInput }) {
  assertCan(actor, 'publish:announcement');
  const data = parseInput(input, raw);
  const created = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(announcements)
      .values({
        title: data.title,
        bodyMd: data.bodyMd,
        bodyHtml: renderMarkdown(data.bodyMd),
        authorId: actor.id,
        pinned: data.pinned,
        idempotencyKey: data.idempotencyKey ?? null,
      })
      .onConflictDoNothing({ target: [announcements.authorId, announcements.idempotencyKey] })
      .returning({ id: announcements.id });
    if (!row) return null;
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'announcement.publish',
      targetType: 'announcement',
      targetId: row.id,
      after: { title: data.title, pinned: data.pinned },
    });
    const members = await tx.select({ id: users.id }).from(users).where(eq(users.status, 'active'));
    const notified = await writeNotifications(
      tx,
      actor.id,
      members.map((m) => ({ userId: m.id, kind: 'announcement' as const, actorId: actor.id, announcementId: row.id })),
    );
    return { ...row, notified };
  });
  if (created) {
    publish(rooms.announcements, 'announcement:published', { id: created.id });
    announceNotifications(created.notified);
    return { id: created.id, created: true };
  }
  const [existing] = await getDb()
    .select({ id: announcements.id })
    .from(announcements)
    .where(and(eq(announcements.authorId, actor.id), eq(announcements.idempotencyKey, data.idempotencyKey!)))
    .limit(1);
  return { id: existing!.id, created: false };
}
