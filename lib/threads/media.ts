import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { attachments, groupMembers, groups, posts, threads } from '@/db/schema';
import { canSeePostImage } from '@/lib/policy/visibility';
import { registerMedia } from '@/lib/uploads/read';

// A post's image is seen by whoever may read the post, and by nobody else.
registerMedia('posts', async (actor, storageKey) => {
  if (!actor) return false;
  const inGroups = await getDb()
    .select({ visibility: groups.visibility, myRole: groupMembers.role })
    .from(attachments)
    .innerJoin(posts, eq(posts.id, attachments.postId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(groups, eq(groups.id, threads.groupId))
    .leftJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, actor.id)))
    .where(eq(attachments.storageKey, storageKey))
    .limit(20);
  return canSeePostImage(actor, inGroups);
});
