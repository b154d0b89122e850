import { Forbidden } from '@/lib/errors';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { communitySettings, groupMembers, groups } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { canWrite, hasRole, type Actor } from '@/lib/policy';
import type { Executor } from '@/db/client';
import { parseInput } from '@/lib/verb';
import { groupFields } from './fields';
import { freeSlug } from './slug';

const input = z.object(groupFields);

export type CreateGroupInput = z.input<typeof input>;

/** The manager's choice (community_settings.members_create_groups); off until they turn it on. */
export async function membersMayCreateGroups(db: Executor = getDb()): Promise<boolean> {
  const [settings] = await db.select({ allowed: communitySettings.membersCreateGroups }).from(communitySettings).where(eq(communitySettings.id, 1));
  return settings?.allowed ?? false;
}

/** Staff and managers always; members when the manager has allowed it. */
export async function mayCreateGroups(actor: Actor, db: Executor = getDb()): Promise<boolean> {
  if (!canWrite(actor)) return false;
  return hasRole(actor, 'staff') || membersMayCreateGroups(db);
}

/** The creator becomes the group's first owner. */
export async function createGroup({ actor, input: raw }: { actor: Actor; input: CreateGroupInput }) {
  if (!(await mayCreateGroups(actor))) throw new Forbidden();
  const data = parseInput(input, raw);
  return getDb().transaction(async (tx) => {
    // Another group may take the same slug between looking and writing: then look again.
    for (;;) {
      const slug = await freeSlug(tx, data.name);
      const [group] = await tx
        .insert(groups)
        .values({ ...data, slug, memberCount: 1, createdBy: actor.id })
        .onConflictDoNothing({ target: groups.slug })
        .returning({ id: groups.id, slug: groups.slug });
      if (!group) continue;
      await tx.insert(groupMembers).values({ groupId: group.id, userId: actor.id, role: 'owner' });
      if (hasRole(actor, 'staff')) {
        await recordAudit(tx, { actorId: actor.id, action: 'group.create', targetType: 'group', targetId: group.id, after: { ...data, slug } });
      }
      return group;
    }
  });
}
