import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { wakeMailWorker } from './wake';

const input = z.object({ id: z.uuid('errors.invalidField') });

/**
 * A manager sends a failed or waiting message again now, with a fresh set of attempts (the server may
 * have been fixed). A sent or in-flight message is left alone.
 */
export async function retryMail({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'view:mail_outbox');
  const { id } = parseInput(input, raw);
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(mailOutbox)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), leaseUntil: null })
      .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, ['pending', 'failed'])))
      .returning({ id: mailOutbox.id, lastError: mailOutbox.lastError });
    if (!row) {
      const [exists] = await tx.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.id, id));
      throw exists ? new Conflict('mailOutbox.errors.notRetryable') : new NotFound();
    }
    await recordAudit(tx, { actorId: actor.id, action: 'mail.retry', targetType: 'mail_outbox', targetId: id, before: { lastError: row.lastError } });
  });
  wakeMailWorker();
}
