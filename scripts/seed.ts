// `npm run db:seed`: adds a demo community to this database, even if it already has data.
// `npm run db:seed -- --demo retailer` builds the shop chain instead of the club.
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { type DemoKind, DEMOS, seedDemo } from '@/lib/demo/seed';

const at = process.argv.indexOf('--demo');
const kind = (at >= 0 ? process.argv[at + 1] : 'club') as DemoKind;
if (!Object.hasOwn(DEMOS, kind)) {
  console.error(`Unknown demo "${kind}": use ${Object.keys(DEMOS).join(' or ')}.`);
  process.exit(1);
}
await migrateDatabase();
const { seeded } = await seedDemo(getDb(), { force: process.argv.includes('--force'), profile: DEMOS[kind] });
console.log(seeded ? `Demo community (${kind}) is in place.` : 'The database already has data; nothing changed (use --force).');
await closeDb();
