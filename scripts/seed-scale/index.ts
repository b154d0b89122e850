// `npm run seed:scale -- --size <small|medium|full> [--force]`: a large community in the PostgreSQL
// database named by DATABASE_URL, for `npm run bench`. Full size: 100,000 members (the last 33 are 3
// managers and 30 staff), 500 groups, 50,000 threads, 1,000,000 posts, ~500,000 reactions, ~500,000
// readings, ~200,000 notifications; and the complaint board: 100,000 complaints (medium 20,000, small
// 2,000) with ~1,100,000 timeline events, "me too"s, followers, ratings, incidents and notifications.
// `npm run seed:scale -- --check` loads nothing: it checks the complaints against ADR 0004's rules
// (20 s to a minute at full size, so the load leaves it to be asked for).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { factsTriggersSql, REFILL_FACTS_SQL } from '@/lib/complaints/metrics/facts';
import { checkComplaints } from './check-complaints';
import { COMMUNITY_PHASES, type Phase, scaleOf, type SeedContext, SIZES, type SizeName, WORKERS } from './community';
import { COMPLAINT_PHASES } from './complaints';
import { BIG_THREAD_ID, BIG_THREAD_REPLIES, SCALE_PASSWORD, scaleEmail, scaleId } from './ids';

// Complaints and their events come after the community so they can point at its members.
const PHASES: Phase[] = [...COMMUNITY_PHASES, ...COMPLAINT_PHASES];

// Secondary indexes of the big tables are dropped for the load and built once at the end: one sort
// per index instead of a million insertions into it (the GIN search indexes above all).
const REBUILT_INDEX_TABLES = ['posts', 'threads', 'notifications', 'complaints', 'complaint_events', 'complaint_me_too', 'complaint_followers'];

function fail(message: string): never {
  console.error(`\nseed:scale: ${message}\n`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'full' },
    force: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});
if (!(args.size in SIZES)) fail(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
const size = args.size as SizeName;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) fail('DATABASE_URL is required: the scale community is loaded into PostgreSQL, never into the embedded database.');
// The app's database module insists on a session secret with PostgreSQL; the seed signs nothing.
process.env.NEXTAUTH_SECRET ??= 'seed-scale-does-not-sign-sessions-0123456789';

// Imported after the environment is complete: db/client reads it on first use.
const { closeDb, getDb } = await import('@/db/client');
const { migrateDatabase } = await import('@/db/migrate');
const { DEMO_ACCOUNTS } = await import('@/lib/demo/accounts');
const { seedDemo } = await import('@/lib/demo/seed');

const timings: { step: string; rows: number | null; seconds: number }[] = [];
async function timed<T extends number | void>(step: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const seconds = (performance.now() - started) / 1000;
  timings.push({ step, rows: typeof result === 'number' ? result : null, seconds });
  const rows = typeof result === 'number' ? `${result.toLocaleString('en')} rows` : '';
  console.log(`  ${step.padEnd(34)} ${rows.padStart(16)} ${seconds.toFixed(1).padStart(7)} s`);
  return result;
}

// A bulk load can be redone from scratch, so it does not wait for each commit to reach the disk;
// index builds and the plan's sorts get memory enough to stay off the disk.
const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: WORKERS,
  options: '-c synchronous_commit=off -c maintenance_work_mem=512MB -c work_mem=64MB',
});

if (args.check) {
  console.log(`Complaint checks (ADR 0004) on ${new URL(databaseUrl).pathname.slice(1)}`);
  const broken = await checkComplaints(pool).finally(() => pool.end());
  if (broken) console.error(`\nseed:scale: complaint rules broken: ${broken} (above).`);
  process.exit(broken ? 1 : 0);
}

/** A fresh machine has no scale database yet: create it through the server's maintenance database. */
async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
      console.log(`  created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

const started = performance.now();
try {
  console.log(`Scale seed (${size}) into ${new URL(databaseUrl).pathname.slice(1)}`);
  await ensureDatabase(databaseUrl);
  await timed('migrations', () => migrateDatabase());

  const existing = await pool.query('select 1 from users where id = $1', [scaleId('user', 1)]);
  if (existing.rowCount) {
    if (!args.force) fail('this database already has scale data. Run again with --force to empty every table and load it anew.');
    await timed('truncate (--force)', async () => {
      const { rows } = await pool.query<{ name: string }>("select quote_ident(tablename) as name from pg_tables where schemaname = 'public'");
      const client = await pool.connect();
      try {
        await client.query('begin');
        // The audit log refuses TRUNCATE by trigger, as evidence must; a benchmark database holds none.
        await client.query('alter table audit_log disable trigger audit_log_no_truncate');
        await client.query(`truncate ${rows.map((r) => r.name).join(', ')} cascade`);
        await client.query('alter table audit_log enable trigger audit_log_no_truncate');
        await client.query('commit');
      } catch (e) {
        await client.query('rollback');
        throw e;
      } finally {
        client.release();
      }
    });
  }

  await timed('demo community (lib/demo/seed.ts)', async () => void (await seedDemo(getDb(), { force: true, complaints: false })));
  const demo = await pool.query<{ email: string; id: string }>('select email, id from users where email = any($1)', [[DEMO_ACCOUNTS.manager, DEMO_ACCOUNTS.member]]);
  const idOf = (email: string) => demo.rows.find((r) => r.email === email)?.id ?? fail(`demo account ${email} is missing`);
  const ctx: SeedContext = {
    pool,
    scale: scaleOf(size),
    passwordHash: await hashPassword(SCALE_PASSWORD),
    managerId: idOf(DEMO_ACCOUNTS.manager),
    anaId: idOf(DEMO_ACCOUNTS.member),
  };

  // Index definitions are kept in the work schema while they are dropped, so that a load that crashed
  // (or was killed) before rebuilding them leaves the next run a way to rebuild them.
  const leftover = await pool
    .query<{ name: string; def: string }>('select name, def from scale_seed.dropped_indexes')
    .then((r) => r.rows)
    .catch(() => []);
  await pool.query('drop schema if exists scale_seed cascade; create schema scale_seed');
  const { rows: present } = await pool.query<{ name: string; def: string }>(
    `select quote_ident(indexname) as name, indexdef as def from pg_indexes
     where schemaname = 'public' and tablename = any($1)
       and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))`,
    [REBUILT_INDEX_TABLES],
  );
  const indexes = [...present, ...leftover.filter((l) => !present.some((p) => p.name === l.name))];
  await pool.query('create table scale_seed.dropped_indexes (name text primary key, def text not null)');
  for (const i of indexes) await pool.query('insert into scale_seed.dropped_indexes values ($1, $2)', [i.name, i.def]);
  if (present.length > 0) await timed(`drop ${present.length} indexes`, () => pool.query(`drop index ${present.map((i) => i.name).join(', ')}`).then(() => undefined));
  const failed: string[] = [];
  // complaint_facts is filled once at the end, from the rebuilt indexes: its triggers would recount
  // every complaint after each bulk statement, without the index they read.
  await pool.query(factsTriggersSql('disable'));
  try {
    for (const phase of PHASES) await timed(phase.table, () => phase.run(ctx));
  } finally {
    // Rebuilt even after a failed load, each on its own, so one that cannot be built stops no other.
    const queue = [...indexes];
    const builder = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const index = next;
        await timed(`index ${index.name}`, () => pool.query(index.def).then(() => undefined)).catch((e: Error) => failed.push(`${index.name}: ${e.message}`));
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, builder));
    // Even after a failed load: the triggers must not stay off.
    await timed('complaint_facts', async () => {
      await pool.query(REFILL_FACTS_SQL);
      await pool.query(factsTriggersSql('enable'));
      return (await pool.query<{ n: number }>('select count(*)::int as n from complaint_facts')).rows[0]!.n;
    });
  }
  if (failed.length > 0) fail(`these indexes could not be rebuilt (their definitions stay in scale_seed.dropped_indexes for the next run):\n  ${failed.join('\n  ')}`);
  await pool.query('drop schema scale_seed cascade');
  // Visibility map and statistics, so the first benchmark run meets the planner a real database has.
  await timed('vacuum analyze', () => pool.query('vacuum analyze').then(() => undefined));

  const { rows } = await pool.query<{ slug: string }>('select g.slug from threads t join groups g on g.id = t.group_id where t.id = $1', [BIG_THREAD_ID]);
  const total = (performance.now() - started) / 1000;
  console.log(`\nDone in ${total.toFixed(1)} s (${(total / 60).toFixed(1)} min).`);
  console.log(`Thread with ${BIG_THREAD_REPLIES.toLocaleString('en')} replies: /groups/${rows[0]?.slug}/${BIG_THREAD_ID}`);
  console.log(`Scale accounts: ${scaleEmail(1)} … ${scaleEmail(ctx.scale.users)}, password '${SCALE_PASSWORD}'.`);
  const firstStaff = ctx.scale.users - ctx.scale.staff;
  console.log(`Managers: ${scaleEmail(firstStaff - ctx.scale.managers + 1)} … ${scaleEmail(firstStaff)}; staff: ${scaleEmail(firstStaff + 1)} … ${scaleEmail(ctx.scale.users)}.`);
  console.log(`Demo accounts (${DEMO_ACCOUNTS.member} is in the 10 largest groups): password from lib/demo/accounts.ts.`);
} finally {
  await pool.end();
  await closeDb();
}
