import { Forbidden } from '@/lib/errors';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { announcements } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';

import { canChangeAnnouncement } from './policy';

/** For the verbs that change one announcement: locked for the transaction, and only if the actor may. */
export async function loadForChange(tx: Executor, actor: Actor, id: string) {
  const [row] = await tx.select().from(announcements).where(eq(announcements.id, id)).limit(1).for('update');
  if (!row) throw new NotFound();
  if (!(canChangeAnnouncement(actor, row))) throw new Forbidden();
  return row;
}
