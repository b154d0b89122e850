import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { announcements, users } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown/render';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { defineVerb, Replayed } from '@/lib/verb';
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

/** A double submit (same idempotency key) gets back the announcement the first one created. */
export const publishAnnouncement = defineVerb({
  name: 'announcements.publish',
  input,
  policy: (actor) => refusal(actor, 'publish:announcement'),
  replay: async (db, { idempotencyKey }, actor) => {
    if (!idempotencyKey) return undefined;
    const [first] = await db
      .select({ id: announcements.id })
      .from(announcements)
      .where(and(eq(announcements.authorId, actor.id), eq(announcements.idempotencyKey, idempotencyKey)))
      .limit(1);
    return first ? { id: first.id, created: false } : undefined;
  },
  run: async (ctx, data) => {
    const [row] = await ctx.tx
      .insert(announcements)
      .values({
        title: data.title,
        bodyMd: data.bodyMd,
        bodyHtml: renderMarkdown(data.bodyMd),
        authorId: ctx.actor.id,
        pinned: data.pinned,
        idempotencyKey: data.idempotencyKey ?? null,
      })
      .onConflictDoNothing({ target: [announcements.authorId, announcements.idempotencyKey] })
      .returning({ id: announcements.id });
    if (!row) throw new Replayed();
    const members = await ctx.tx.select({ id: users.id }).from(users).where(eq(users.status, 'active'));
    await ctx.notify(members.map((m) => ({ userId: m.id, kind: 'announcement' as const, actorId: ctx.actor.id, announcementId: row.id })));
    ctx.publish(rooms.announcements, 'announcement:published', { id: row.id });
    return { id: row.id, created: true };
  },
  audit: ({ id }, { title, pinned }) => ({ action: 'announcement.publish', targetType: 'announcement', targetId: id, after: { title, pinned } }),
});
