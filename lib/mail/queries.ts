import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox, mailStatusEnum, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';

export const OUTBOX_PAGE = 50;
export const MAIL_STATUSES = mailStatusEnum.enumValues;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface OutboxItem {
  id: string;
  recipientName: string;
  recipientEmail: string;
  category: string;
  digest: boolean;
  status: MailStatus;
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
  retryable: boolean;
}

/** The manager's view of the outbox, newest first, 50 at a time; the cursor is the last id shown. */
export async function listOutbox(actor: Actor, opts: { status?: string | null; cursor?: string | null } = {}): Promise<{ items: OutboxItem[]; nextCursor: string | null }> {
  if (!can(actor, 'view:mail_outbox')) throw new Forbidden();
  const status = MAIL_STATUSES.find((s) => s === opts.status);
  const rows = await getDb()
    .select({
      id: mailOutbox.id,
      // Someone who is not a member (an invitation, a join request) is named by their address.
      recipientName: sql<string>`coalesce(${users.displayName}, ${mailOutbox.toAddress})`,
      recipientEmail: sql<string>`coalesce(${users.email}, ${mailOutbox.toAddress})`,
      category: mailOutbox.category,
      digestDay: mailOutbox.digestDay,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      sentAt: mailOutbox.sentAt,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .leftJoin(users, eq(users.id, mailOutbox.userId))
    .where(
      and(
        status ? eq(mailOutbox.status, status) : undefined,
        opts.cursor && isUuid(opts.cursor)
          ? sql`(${mailOutbox.createdAt}, ${mailOutbox.id}) < (select c.created_at, c.id from ${mailOutbox} c where c.id = ${opts.cursor})`
          : undefined,
      ),
    )
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE + 1);
  const items = rows.slice(0, OUTBOX_PAGE).map(({ digestDay, ...r }) => ({ ...r, digest: digestDay !== null, retryable: r.status === 'failed' || r.status === 'pending' }));
  return { items, nextCursor: rows.length > OUTBOX_PAGE ? items[items.length - 1]!.id : null };
}
