import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { rosterImports } from '@/db/schema';
import { NotFound } from '@/lib/errors';

/** An import, locked for the change; one that does not exist is a 404 like any other. */
export async function lockImport(db: Executor, importId: string) {
  const [row] = await db.select().from(rosterImports).where(eq(rosterImports.id, importId)).for('update').limit(1);
  if (!row) throw new NotFound();
  return row;
}
