import path from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { getPgPool, getPglite } from './client';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
// Any constant shared by every process: it serialises migrations when several start at once.
const MIGRATION_LOCK = 7_246_011;

export async function migrateDatabase(): Promise<void> {
  const pool = getPgPool();
  if (pool) {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
    return;
  }
  const lite = getPglite();
  if (!lite) throw new Error('No database handle');
  await migratePglite(drizzlePglite(lite), { migrationsFolder });
}
