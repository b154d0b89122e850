import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { incidents } from '@/db/schema';
import { NotFound } from '@/lib/errors';

export type IncidentRow = typeof incidents.$inferSelect;

export async function lockIncident(tx: Executor, id: string) {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id)).for('update').limit(1);
  if (!row) throw new NotFound();
  return row;
}
