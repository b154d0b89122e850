import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { groupMembers, users } from '@/db/schema';
import { can, isActive } from '@/lib/policy';
import { type GroupVisibility } from '@/lib/policy/groups';

const MENTION = /@([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*(?:[ \u00A0][\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,3})/gu;

/** Every run of one to four words after an `@`, lower-cased: the names the person may have meant. */
export function mentionCandidates(source: string): string[] {
  const out = new Set<string>();
  for (const match of source.matchAll(MENTION)) {
    const words = match[1]!.split(/[ \u00A0]/);
    for (let n = 1; n <= words.length; n++) out.add(words.slice(0, n).join(' ').replace(/[.,;:!?]+$/, '').toLowerCase());
  }
  return [...out].filter((c) => c.length >= 2).slice(0, 200);
}

export interface Mentioned {
  id: string;
  displayName: string;
}

/**
 * The people a post names who may read it: a mention never tells someone outside a private group
 * that the conversation exists.
 */
export async function resolveMentions(db: Executor, source: string, group: { id: string; visibility: GroupVisibility }): Promise<Mentioned[]> {
  const candidates = mentionCandidates(source);
  if (candidates.length === 0) return [];
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, status: users.status, statusUntil: users.statusUntil, myRole: groupMembers.role })
    .from(users)
    .leftJoin(groupMembers, and(eq(groupMembers.userId, users.id), eq(groupMembers.groupId, group.id)))
    .where(and(inArray(sql`lower(${users.displayName})`, candidates), isNull(users.erasedAt)))
    .limit(50);
  return rows
    .filter((u) => isActive(u) && can({ ...u, statusReason: null }, 'read:group', { visibility: group.visibility, myRole: u.myRole }))
    .map(({ id, displayName }) => ({ id, displayName }));
}
