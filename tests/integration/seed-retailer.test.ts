import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { communitySettings, complaintBranches, complaintCategories, complaintRatings, complaints, groups, staffTeams, threads, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { DEMO_PASSWORD } from '@/lib/demo/accounts';
import { RETAILER, RETAILER_ACCOUNTS } from '@/lib/demo/retailer';
import { databaseIsEmpty, hasDemoAccounts, seedDemo } from '@/lib/demo/seed';

const n = async (t: Parameters<ReturnType<ReturnType<typeof getDb>['select']>['from']>[0]) => (await getDb().select({ n: count() }).from(t))[0]!.n;

describe('retailer demo seed', () => {
  it('creates the shop chain on an empty database: shops as branches, its groups, staff per shop, complaints answered and rated', async () => {
    expect(await databaseIsEmpty(getDb())).toBe(true);
    expect(await seedDemo(getDb(), { profile: RETAILER })).toEqual({ seeded: true });
    expect(await hasDemoAccounts(getDb())).toBe(true);
    const [settings] = await getDb().select().from(communitySettings);
    expect(settings!.name).toBe('MóvilPlaza');
    expect((await getDb().select({ name: groups.name }).from(groups)).map((g) => g.name).sort()).toEqual(['Android', 'Club de probadores', 'Ofertas de la tienda', 'Trucos para tu iPhone']);
    const categories = (await getDb().select({ name: complaintCategories.name }).from(complaintCategories)).map((c) => c.name);
    expect(categories).toEqual(expect.arrayContaining(['Reparaciones', 'Facturación', 'Cobertura']));
    expect((await getDb().select({ name: complaintBranches.name }).from(complaintBranches)).map((b) => b.name)).toEqual(expect.arrayContaining(['Tienda Gran Vía', 'Tienda Nervión', 'Tienda Ruzafa']));
    expect(await n(staffTeams)).toBe(3);
    expect(await getDb().select().from(users).where(eq(users.role, 'staff'))).toHaveLength(3);
    expect(await n(threads)).toBeGreaterThanOrEqual(5);
    // The same variety as the club: every story filed, some resolved and rated, one closed, some waiting.
    const statuses = (await getDb().select({ status: complaints.status }).from(complaints)).map((c) => c.status);
    expect(statuses).toHaveLength(RETAILER.stories.length);
    expect(new Set(statuses).size).toBeGreaterThanOrEqual(3);
    expect(await n(complaintRatings)).toBeGreaterThanOrEqual(3);
    for (const email of Object.values(RETAILER_ACCOUNTS)) {
      await expect(authenticate({ email, password: DEMO_PASSWORD, ip: 'seed-retailer' })).resolves.toBeDefined();
    }
    // Run again (forced): nothing new.
    const before = await n(users);
    await seedDemo(getDb(), { force: true, profile: RETAILER, complaints: false });
    expect(await n(users)).toBe(before);
  });
});
