import { createThread } from '@/lib/threads/create-thread';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { member } from '../complaint-fixtures';

/** Two members in a group and a thread where one insults the other: what moderation starts from. */
export async function conversation(visibility: 'open' | 'private' = 'open') {
  const [ana, luis] = [await member('Ana'), await member('Luis')];
  const group = await createGroup(visibility, [[ana, 'member'], [luis, 'member']]);
  const thread = await createThread({ actor: ana, input: { groupId: group.id, title: 'Partido del sábado', body: '¿Quién viene?', idempotencyKey: key() } });
  const insult = await replyToThread({ actor: luis, input: { threadId: thread.id, body: 'Eres una inútil, no sabes ni jugar', idempotencyKey: key() } });
  return { ana, luis, group, thread, insult };
}
