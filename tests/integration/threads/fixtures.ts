import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { type notifications, type posts, type threads } from '@/db/schema';
import { createThread } from '@/lib/threads/create-thread';
import { key } from '../community-fixtures';
import { actorOf, createUser } from '../factories';

export const member = async (extra = {}) => actorOf(await createUser('member', extra));
export const count = async (table: typeof posts | typeof threads | typeof notifications) => (await getDb().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

export async function thread(groupId: string, author: Awaited<ReturnType<typeof member>>, extra = {}) {
  return createThread({ actor: author, input: { groupId, title: 'Horario de entrenamientos', body: 'Primer mensaje', idempotencyKey: key(), ...extra } });
}
