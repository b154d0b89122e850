import { and, inArray, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { privacyRequestEvents, privacyRequests } from '@/db/schema';
import { managerIds } from '@/lib/complaints/jobs/sla-sweep';
import { definePublicVerb } from '@/lib/verb';
import { LIVE_STATUSES } from './clock';

const BATCH = 100;

/**
 * Requests past their one-month deadline alert every manager, once per request: an event on the
 * request, a notification each (bell and e-mail). The desk's badge counts them until they are answered.
 * Rows are claimed with SKIP LOCKED, so two processes never alert twice.
 */
const sweep = definePublicVerb({
  name: 'privacy.overdueSweep',
  input: z.object({ now: z.date() }),
  load: (db, { now }) =>
    db
      .select({ id: privacyRequests.id })
      .from(privacyRequests)
      .where(and(inArray(privacyRequests.status, [...LIVE_STATUSES]), lte(privacyRequests.dueAt, now), isNull(privacyRequests.overdueNotifiedAt)))
      .orderBy(privacyRequests.dueAt)
      .limit(BATCH)
      .for('update', { skipLocked: true }),
  run: async (ctx, { now }, rows) => {
    if (rows.length === 0) return { alerted: 0 };
    const ids = rows.map((r) => r.id);
    await ctx.tx.update(privacyRequests).set({ overdueNotifiedAt: now }).where(inArray(privacyRequests.id, ids));
    await ctx.tx.insert(privacyRequestEvents).values(ids.map((requestId) => ({ requestId, kind: 'overdue' as const, createdAt: now })));
    const managers = await managerIds(ctx.tx);
    // One notice per manager and sweep, however many requests went late at once.
    await ctx.notify(managers.map((userId) => ({ userId, kind: 'privacy_request_overdue' as const, createdAt: now })));
    return { alerted: ids.length };
  },
});

export const sweepPrivacyOverdue = (now = new Date()) => sweep({ actor: null, input: { now } });
