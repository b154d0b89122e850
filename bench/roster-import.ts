// How long a roster of 10,000 rows takes from upload to the last batch committed, on this machine:
// reading the file, the dry run, and the background commit (roster rows, invitations, outbox mails,
// updates of existing members). Not a test: the figure goes in the closing note.
//   npx tsx bench/roster-import.ts                  (embedded PGlite, in a fresh temporary folder)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/roster-import.ts   (a throwaway database on that server)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROWS = Number(process.env.ROWS ?? 10_000);
const EXISTING = Math.round(ROWS / 10);

const admin = process.env.BENCH_DATABASE_URL;
const dir = mkdtempSync(path.join(tmpdir(), 'tertulia-roster-bench-'));
const dbName = `roster_bench_${randomBytes(4).toString('hex')}`;
process.env.LOG_LEVEL = 'silent';
process.env.NEXTAUTH_SECRET = 'roster-bench-secret-not-for-production';
process.env.DATA_DIR = dir;
if (admin) {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${dbName}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = path.join(dir, 'pglite');
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

try {
  const { migrateDatabase } = await import('@/db/migrate');
  const { getDb } = await import('@/db/client');
  const { groups, users } = await import('@/db/schema');
  const { uploadRoster } = await import('@/lib/roster/upload');
  const { rosterImportReport } = await import('@/lib/roster/queries');
  const { commitRoster } = await import('@/lib/roster/commit');
  const { runRosterImports } = await import('@/lib/roster/run');
  await migrateDatabase();
  const db = getDb();
  const [boss] = await db.insert(users).values({ email: 'manager@bench.example', displayName: 'Bench Manager', passwordHash: 'x', role: 'manager' }).returning();
  const actor = { id: boss!.id, role: boss!.role, status: boss!.status, statusUntil: null, statusReason: null };
  await db.insert(groups).values([
    { slug: 'trucos-iphone', name: 'Trucos para tu iPhone' },
    { slug: 'android', name: 'Android' },
    { slug: 'ofertas', name: 'Ofertas de la tienda' },
  ]);
  // A tenth of the file are customers who already have an account: their rows are updates.
  for (let i = 0; i < EXISTING; i += 1000) {
    await db.insert(users).values(Array.from({ length: Math.min(1000, EXISTING - i) }, (_, j) => ({ email: `cliente${i + j}@bench.example`, displayName: `Cliente ${i + j}`, passwordHash: 'x' })));
  }
  const GROUPS = ['Trucos para tu iPhone', 'Android', 'Ofertas de la tienda', 'Android|Ofertas de la tienda'];
  const lines = ['Nombre;Correo electrónico;Nº de cliente;Idioma;Grupos;Cliente desde;Fecha de nacimiento'];
  for (let i = 0; i < ROWS; i++) {
    // One row in a hundred has an address that cannot be: refused, as real files have.
    const email = i % 100 === 99 ? `cliente${i}-sin-arroba` : `cliente${i}@bench.example`;
    lines.push(`Cliente Número ${i};${email};C${String(i).padStart(6, '0')};${i % 5 === 0 ? 'en' : 'es'};${GROUPS[i % GROUPS.length]};${1 + (i % 28)}/${1 + (i % 12)}/${2000 + (i % 25)};`);
  }
  const csv = `${lines.join('\r\n')}\r\n`;
  const bytes = new Uint8Array(Buffer.from(csv, 'latin1'));

  let t = performance.now();
  const { importId } = await uploadRoster({ actor, input: { file: [bytes], fileName: 'clientes.csv' } });
  const read = seconds(t);
  t = performance.now();
  const dry = await rosterImportReport(actor, importId);
  const dryRun = seconds(t);
  t = performance.now();
  await commitRoster({ actor, input: { importId } });
  const batches = await runRosterImports();
  const commit = seconds(t);
  const done = await rosterImportReport(actor, importId);
  console.log(
    JSON.stringify(
      { database: admin ? 'postgresql' : 'pglite', rows: ROWS, bytes: bytes.byteLength, readSeconds: Number(read), dryRunSeconds: Number(dryRun), commitSeconds: Number(commit), batches, dryRun: dry.counts, done: done.counts },
      null,
      2,
    ),
  );
} finally {
  if (admin) {
    const { getPgPool } = await import('@/db/client');
    await getPgPool()?.end();
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`drop database if exists ${dbName}`);
    await c.end();
  }
  rmSync(dir, { recursive: true, force: true });
}
