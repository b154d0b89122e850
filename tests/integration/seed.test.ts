import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communitySettings, groupMembers, groups, posts, threads, users } from '@/db/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo/accounts';
import { databaseIsEmpty, seedDemo } from '@/lib/demo/seed';
import { authenticate } from '@/lib/auth/authenticate';

async function counts() {
  const db = getDb();
  const n = async (t: Parameters<ReturnType<typeof db.select>['from']>[0]) => (await db.select({ n: count() }).from(t))[0]!.n;
  return { users: await n(users), groups: await n(groups), members: await n(groupMembers), threads: await n(threads), posts: await n(posts), settings: await n(communitySettings) };
}

describe('demo seed', () => {
  it('creates Club Deportivo Ribera on an empty database', async () => {
    expect(await databaseIsEmpty(getDb())).toBe(true);
    expect(await seedDemo(getDb())).toEqual({ seeded: true });
    const c = await counts();
    expect(c.users).toBe(33);
    expect(c.groups).toBe(4);
    expect(c.settings).toBe(1);
    expect(c.threads).toBeGreaterThanOrEqual(4);
    const names = (await getDb().select({ name: groups.name }).from(groups)).map((g) => g.name).sort();
    expect(names).toEqual(['Fútbol', 'Gimnasio', 'Sociedad', 'Torneos']);
    for (const email of Object.values(DEMO_ACCOUNTS)) {
      await expect(authenticate({ email, password: DEMO_PASSWORD, ip: 'seed' })).resolves.toBeDefined();
    }
  });

  it('leaves a database with data alone, and adds nothing twice when forced', async () => {
    const before = await counts();
    expect(await seedDemo(getDb())).toEqual({ seeded: false });
    expect(await seedDemo(getDb(), { force: true })).toEqual({ seeded: true });
    expect(await counts()).toEqual(before);
  });
});
