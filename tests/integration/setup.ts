// Each test file gets a database of its own, copied from the one the global setup migrated: an
// in-memory PGlite loaded from its image, or, when TEST_DATABASE_URL points at a PostgreSQL server,
// a new database created there from the template and dropped after.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';

const admin = process.env.TEST_DATABASE_URL;
const dataDir = mkdtempSync(path.join(tmpdir(), 'tertulia-it-'));
const dbName = `tertulia_test_${randomBytes(6).toString('hex')}`;

process.env.DATA_DIR = dataDir;
process.env.NEXTAUTH_SECRET = 'integration-tests-secret-not-for-production-use';
process.env.LOG_LEVEL = 'silent';
delete process.env.SMTP_URL;
if (admin) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${dbName} TEMPLATE ${inject('templateDatabase')}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = 'memory://';
  const { openPgliteImage } = await import('@/db/client');
  openPgliteImage(new Blob([readFileSync(inject('pgliteImage'))]));
}

beforeAll(async () => {
  // Already migrated: this proves the copy is current and costs one query.
  const { migrateDatabase } = await import('@/db/migrate');
  await migrateDatabase();
  // Every area's rooms, media guards and sign-in pass, as server.ts and the routes load them.
  await import('@/lib/registrations');
});

afterAll(async () => {
  const { closeDb } = await import('@/db/client');
  await closeDb();
  rmSync(dataDir, { recursive: true, force: true });
  if (admin) {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await client.end();
  }
});
