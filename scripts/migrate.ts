import { closeDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';

await migrateDatabase();
console.log('Migrations applied.');
await closeDb();
