import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { mailOutbox } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { wakeMailWorker } from './wake';

/**
 * A manager sends a failed or waiting message again now, with a fresh set of attempts (the server may
 * have been fixed). A sent or in-flight message is left alone.
 */
export const retryMail = defineVerb({
  name: 'mail.retry',
  input: z.object({ id: z.uuid('errors.invalidField') }),
  policy: (actor) => refusal(actor, 'view:mail_outbox'),
  run: async (ctx, { id }) => {
    const [row] = await ctx.tx
      .update(mailOutbox)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: ctx.now, leaseUntil: null })
      .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, ['pending', 'failed'])))
      .returning({ id: mailOutbox.id, lastError: mailOutbox.lastError });
    if (!row) {
      const [exists] = await ctx.tx.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.id, id));
      throw exists ? new Conflict('mailOutbox.errors.notRetryable') : new NotFound();
    }
    ctx.afterCommit(wakeMailWorker);
    return row;
  },
  audit: (row) => ({ action: 'mail.retry', targetType: 'mail_outbox', targetId: row.id, before: { lastError: row.lastError } }),
});
