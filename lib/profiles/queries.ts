import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { groupMembers, groups, memberProfiles, posts, threads, users } from '@/db/schema';
import { knowableGroup, readableGroup } from '@/lib/groups/readable';
import { type Actor, can, type Role } from '@/lib/policy';
import { avatarUrl, initials } from './fields';

const RECENT_POSTS = 5;
const EXCERPT_CHARS = 180;

export interface ProfileDto {
  id: string;
  displayName: string;
  initials: string;
  avatarUrl: string | null;
  bio: string;
  role: Role;
  /** Staff sign with it ("Atención al socio"). */
  staffTitle: string | null;
  memberSince: Date;
  own: boolean;
  groups: { slug: string; name: string }[];
  recentPosts: { id: string; threadId: string; threadTitle: string; groupSlug: string; groupName: string; createdAt: Date; excerpt: string }[];
}

const uuid = z.uuid();

/** Cut at a space, so the excerpt ends on a whole word. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
  return `${flat.slice(0, cut > 0 ? cut : EXCERPT_CHARS)} …`;
}

/**
 * A member's profile as this reader may see it: the groups the reader may know of, and the latest
 * messages in groups the reader may read (never hidden, deleted or in a hidden thread). Null when there
 * is no such person, or the reader may not see members at all: the page answers 404 either way.
 */
export async function getProfile(actor: Actor, id: string): Promise<ProfileDto | null> {
  if (!uuid.safeParse(id).success || !can(actor, 'view:community')) return null;
  const db = getDb();
  const [person] = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, staffTitle: users.staffTitle, createdAt: users.createdAt, bio: memberProfiles.bio, avatarKey: memberProfiles.avatarKey })
    .from(users)
    .leftJoin(memberProfiles, eq(memberProfiles.userId, users.id))
    .where(eq(users.id, id))
    .limit(1);
  if (!person) return null;
  const [inGroups, recent] = await Promise.all([
    db
      .select({ slug: groups.slug, name: groups.name })
      .from(groups)
      .innerJoin(groupMembers, and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, id)))
      .where(knowableGroup(actor))
      .orderBy(groups.name),
    db
      .select({
        id: posts.id,
        threadId: threads.id,
        threadTitle: threads.title,
        groupSlug: groups.slug,
        groupName: groups.name,
        createdAt: posts.createdAt,
        text: sql<string>`left(tertulia_post_text(${posts.bodyHtml}), ${EXCERPT_CHARS * 2})`,
      })
      .from(posts)
      .innerJoin(threads, eq(threads.id, posts.threadId))
      .innerJoin(groups, eq(groups.id, threads.groupId))
      .where(and(eq(posts.authorId, id), isNull(posts.deletedAt), isNull(posts.hiddenReason), isNull(threads.hiddenReason), readableGroup(actor)))
      .orderBy(desc(posts.createdAt), desc(posts.id))
      .limit(RECENT_POSTS),
  ]);
  return {
    id: person.id,
    displayName: person.displayName,
    initials: initials(person.displayName),
    avatarUrl: avatarUrl(person.avatarKey),
    bio: person.bio ?? '',
    role: person.role,
    staffTitle: person.role === 'member' ? null : person.staffTitle,
    memberSince: person.createdAt,
    own: person.id === actor.id,
    groups: inGroups,
    recentPosts: recent.map(({ text, ...p }) => ({ ...p, excerpt: shorten(text) })),
  };
}

/** What the settings page fills its form with. */
export async function getOwnProfile(actor: Actor & { displayName: string }): Promise<{ bio: string; avatarUrl: string | null; initials: string }> {
  const [row] = await getDb().select({ bio: memberProfiles.bio, avatarKey: memberProfiles.avatarKey }).from(memberProfiles).where(eq(memberProfiles.userId, actor.id)).limit(1);
  return { bio: row?.bio ?? '', avatarUrl: avatarUrl(row?.avatarKey ?? null), initials: initials(actor.displayName) };
}
