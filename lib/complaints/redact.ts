import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { complaintEvents, complaints } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { renderMarkdown } from '@/lib/markdown/render';
import { refusal } from '@/lib/policy';
import { optionalOf } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { applyChange } from './apply';
import { uuidField } from './fields';
import { REMOVED } from './pii-guard';
import { recordEvents } from './record';
import { lockTarget } from './target';

const input = z.object({
  complaintId: uuidField,
  // The complaint itself, or one of its public comments and replies.
  eventId: optionalOf(z.coerce.number().int().positive()),
  fragment: z.string().trim().min(3, 'complaints.errors.fragment').max(500, 'errors.tooLong'),
  reason: z.string().trim().min(3, 'complaints.errors.reason').max(300, 'errors.tooLong'),
});

export type RedactInput = z.input<typeof input>;

const cut = (text: string, fragment: string) => text.split(fragment).join(REMOVED);

/**
 * Staff take a fragment out of public text (a phone number the guard could not know about). The
 * fragment itself is stored nowhere: the audit row says who, where and why, and how many places.
 */
export const redactFragment = defineVerb({
  name: 'complaints.redact',
  input,
  load: (db, data) => lockTarget(db, data.complaintId),
  policy: (actor, { facts }) => refusal(actor, 'manage:complaint', facts),
  run: async (ctx, data, { complaint: c }) => {
    const { tx, actor } = ctx;
    let places = 0;
    if (data.eventId === null) {
      places = c.title.split(data.fragment).length - 1 + c.bodyMd.split(data.fragment).length - 1;
      if (places > 0) {
        const bodyMd = cut(c.bodyMd, data.fragment);
        await tx.update(complaints).set({ title: cut(c.title, data.fragment), bodyMd, bodyHtml: renderMarkdown(bodyMd) }).where(eq(complaints.id, c.id));
      }
    } else {
      const [event] = await tx
        .select({ bodyMd: complaintEvents.bodyMd })
        .from(complaintEvents)
        .where(and(eq(complaintEvents.id, data.eventId), eq(complaintEvents.complaintId, c.id), eq(complaintEvents.visibility, 'public')))
        .limit(1);
      places = event?.bodyMd ? event.bodyMd.split(data.fragment).length - 1 : 0;
      if (places > 0) {
        const bodyMd = cut(event!.bodyMd!, data.fragment);
        await tx.update(complaintEvents).set({ bodyMd, bodyHtml: renderMarkdown(bodyMd) }).where(eq(complaintEvents.id, data.eventId));
      }
    }
    if (places === 0) throw new Invalid({ fragment: ['complaints.errors.fragmentNotFound'] });
    const redacted = await applyChange(tx, c, { actorId: actor.id, party: 'staff', event: { kind: 'redacted', data: { target: data.eventId ?? 'complaint', reason: data.reason, places } } });
    return recordEvents(ctx, c, [redacted], { audited: true });
  },
});
