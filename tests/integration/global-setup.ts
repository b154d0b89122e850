// Migrates one database for the whole integration run, and every test file starts from a copy of it:
// a PGlite image (initdb and fifteen migrations cost a new in-memory PGlite several seconds) or, on
// PostgreSQL, a template database that `CREATE DATABASE … TEMPLATE` copies.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { PGLITE_EXTENSIONS } from '@/db/client';
import { migrationsFolder } from '@/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding the migrated PGlite image, when the run uses PGlite. */
    pgliteImage: string;
    /** The migrated template database, when the run uses PostgreSQL. */
    templateDatabase: string;
  }
}

async function onServer(admin: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) {
    const name = `tertulia_template_${randomBytes(6).toString('hex')}`;
    await onServer(admin, `CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.end();
    }
    project.provide('templateDatabase', name);
    project.provide('pgliteImage', '');
    return () => onServer(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'tertulia-it-image-'));
  const lite = new PGlite('memory://', { extensions: PGLITE_EXTENSIONS });
  await migratePglite(drizzlePglite(lite), { migrationsFolder });
  const image = path.join(dir, 'migrated.tar');
  writeFileSync(image, Buffer.from(await (await lite.dumpDataDir('none')).arrayBuffer()));
  await lite.close();
  project.provide('pgliteImage', image);
  project.provide('templateDatabase', '');
  return async () => rmSync(dir, { recursive: true, force: true });
}
