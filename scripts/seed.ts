// `npm run db:seed`: adds the demo community to this database, even if it already has data.
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemo } from '@/lib/demo/seed';

await migrateDatabase();
const { seeded } = await seedDemo(getDb(), { force: process.argv.includes('--force') });
console.log(seeded ? 'Demo community is in place.' : 'The database already has data; nothing changed (use --force).');
await closeDb();
