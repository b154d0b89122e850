import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaintBranches, complaintCategories, complaintPhotos, complaints, notifications, users } from '@/db/schema';
import { fileComplaint } from '@/lib/complaints/file';
import { getComplaintView } from '@/lib/complaints/queries';
import { Forbidden, Invalid, RateLimited } from '@/lib/errors';
import { RULES } from '@/lib/security/rate-limit';
import { getStorage } from '@/lib/uploads/storage';
import { actorOf, createUser } from '../factories';
import { complaintLists, complaintRow, eventsOf, fileOne, key, type Lists, member, png, staffer } from '../complaint-fixtures';

let lists: Lists;
beforeAll(async () => {
  lists = await complaintLists();
});

const filedBy = async (authorId: string) => getDb().select().from(complaints).where(eq(complaints.authorId, authorId));

describe('fileComplaint: the personal-data guard', () => {
  const cases = [
    { kind: 'phone', field: 'body', value: '+34 628 101 218', masked: '+•• ••• ••• •18', text: 'Llamadme al +34 628 101 218 y os cuento lo que pasó en recepción.' },
    { kind: 'dni', field: 'title', value: '12345678Z', masked: '•••4567••', text: 'Mi DNI 12345678Z no aparece' },
    { kind: 'iban', field: 'body', value: 'ES91 2100 0418 4502 0005 1332', masked: 'ES•• •••• •••• •••• •••• 1332', text: 'Me cobraron dos veces en ES91 2100 0418 4502 0005 1332 este mes.' },
    { kind: 'email', field: 'title', value: 'maria.lopez@gmail.com', masked: 'm•••@•••.com', text: 'Escribid a maria.lopez@gmail.com' },
  ] as const;

  for (const c of cases) {
    it(`refuses a ${c.kind} in the ${c.field} without the author's decision, saying what and where, and writes nothing`, async () => {
      const ana = await member();
      const input = { title: 'Las duchas no calientan', body: 'Desde hace una semana el agua sale fría.', [c.field]: c.text };
      const err = await fileOne(ana, lists, input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Invalid);
      expect(err).toMatchObject({
        message: 'complaints.errors.personalDataFound',
        fieldErrors: { [c.field]: ['complaints.errors.personalData'] },
        details: { pii: [{ field: c.field, kind: c.kind, masked: c.masked }], privateCaseAvailable: true },
      });
      // The masked value is all the form gets back: never the data itself.
      expect(JSON.stringify((err as Invalid).details)).not.toContain(c.value);
      expect(await filedBy(ana.id)).toEqual([]);
    });
  }

  it("with 'remove', publishes the text with the data taken out and keeps it nowhere", async () => {
    const ana = await member();
    const { id } = await fileOne(ana, lists, { title: 'Mi DNI 12345678Z no aparece', body: 'Llamadme al +34 628 101 218 y os cuento lo que pasó en recepción.', piiDecision: 'remove' });
    const row = await complaintRow(id);
    expect(row.title).toBe('Mi DNI […] no aparece');
    expect(row.bodyMd).toBe('Llamadme al […] y os cuento lo que pasó en recepción.');
    expect(row.bodyHtml).toContain('[…]');
    expect(row.continuedPrivately).toBe(false);
    const events = await eventsOf(id);
    expect(events.map((e) => e.kind)).toEqual(['created']);
    expect(JSON.stringify(events)).not.toContain('628');
  });

  it("with 'keep_private', masks the public text and keeps the original in the private case, for the author and staff only", async () => {
    const ana = await member('Ana');
    const bea = await member('Bea');
    const laura = await staffer();
    const body = 'Me cobraron dos veces en ES91 2100 0418 4502 0005 1332 este mes.';
    const { id, number } = await fileOne(ana, lists, { title: 'Cobro doble en la cuota', body, piiDecision: 'keep_private' });

    const row = await complaintRow(id);
    expect(row.bodyMd).toBe('Me cobraron dos veces en ES•• •••• •••• •••• •••• 1332 este mes.');
    expect(row.bodyHtml).not.toContain('0418');
    expect(row.continuedPrivately).toBe(true);
    const events = await eventsOf(id);
    expect(events.map((e) => [e.kind, e.visibility])).toEqual([
      ['created', 'public'],
      ['private_message', 'private'],
      ['continued_privately', 'public'],
    ]);
    expect(events[1]).toMatchObject({ actorId: ana.id, data: { fromGuard: true } });
    expect(events[1]!.bodyMd).toContain(body);
    expect(events[1]!.bodyMd).toContain('Cobro doble en la cuota');

    const privateIn = async (viewer: typeof ana) => (await getComplaintView(viewer, number, false))!.timeline.filter((e) => e.visibility === 'private');
    expect(await privateIn(bea)).toEqual([]);
    expect(JSON.stringify(await getComplaintView(bea, number, false))).not.toContain('0418');
    expect((await getComplaintView(bea, number, false))!.timeline.map((e) => e.kind)).toEqual(['created', 'continued_privately']);
    for (const viewer of [ana, laura]) {
      const seen = await privateIn(viewer);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.bodyHtml).toContain('ES91 2100 0418 4502 0005 1332');
    }
  });

  it('refuses an unknown decision as an invalid field', async () => {
    const ana = await member();
    await expect(fileOne(ana, lists, { piiDecision: 'publish' as never })).rejects.toMatchObject({ fieldErrors: { piiDecision: ['errors.invalidField'] } });
    expect(await filedBy(ana.id)).toEqual([]);
  });
});

describe('fileComplaint: the form', () => {
  it('refuses an archived or unknown category or branch on its field, writing nothing', async () => {
    const ana = await member();
    const [oldCategory] = await getDb().insert(complaintCategories).values({ name: 'Cafetería (antigua)', archived: true }).returning();
    const [oldBranch] = await getDb().insert(complaintBranches).values({ name: 'Sede vieja', archived: true }).returning();
    await expect(fileOne(ana, { ...lists, categoryId: oldCategory!.id })).rejects.toMatchObject({ fieldErrors: { categoryId: ['complaints.errors.optionGone'] } });
    await expect(fileOne(ana, { ...lists, branchId: oldBranch!.id })).rejects.toMatchObject({ fieldErrors: { branchId: ['complaints.errors.optionGone'] } });
    await expect(fileOne(ana, { ...lists, branchId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ fieldErrors: { branchId: ['complaints.errors.optionGone'] } });
    await expect(fileOne(ana, { ...lists, categoryId: 'not-a-uuid' })).rejects.toMatchObject({ fieldErrors: { categoryId: ['errors.invalidField'] } });
    await expect(fileOne(ana, lists, { title: 'Frío', body: 'Corto' })).rejects.toMatchObject({
      fieldErrors: { title: ['complaints.errors.titleTooShort'], body: ['complaints.errors.bodyTooShort'] },
    });
    expect(await filedBy(ana.id)).toEqual([]);
  });

  it('files once for a double submit with the same idempotency key, one after the other or at once', async () => {
    const ana = await member();
    const idempotencyKey = key();
    const first = await fileOne(ana, lists, { idempotencyKey });
    const again = await fileOne(ana, lists, { idempotencyKey, title: 'Otro título distinto' });
    expect(again).toEqual(first);
    const racing = key();
    const [a, b] = await Promise.all([fileOne(ana, lists, { idempotencyKey: racing }), fileOne(ana, lists, { idempotencyKey: racing })]);
    expect(a).toEqual(b);
    expect((await filedBy(ana.id)).map((c) => c.id).sort()).toEqual([first.id, a.id].sort());
    expect((await eventsOf(first.id)).map((e) => e.kind)).toEqual(['created']);
    expect((await eventsOf(a.id)).map((e) => e.kind)).toEqual(['created']);
  });

  it(`stops a member after ${RULES.complaint.points} complaints in an hour`, async () => {
    const ana = await member();
    for (let i = 0; i < RULES.complaint.points; i++) await fileOne(ana, lists);
    await expect(fileOne(ana, lists)).rejects.toBeInstanceOf(RateLimited);
    expect(await filedBy(ana.id)).toHaveLength(RULES.complaint.points);
    // Refused filings (a retired category) do not count against the hour.
    const bea = await member();
    const [retired] = await getDb().insert(complaintCategories).values({ name: 'Retirada', archived: true }).returning();
    for (let i = 0; i < RULES.complaint.points; i++) await expect(fileOne(bea, { ...lists, categoryId: retired!.id })).rejects.toBeInstanceOf(Invalid);
    for (let i = 0; i < RULES.complaint.points; i++) await fileOne(bea, lists);
    // Another member is not held back by her.
    await fileOne(await member(), lists);
  });

  it('refuses members who may not file: suspended or banned', async () => {
    const banned = actorOf(await createUser('member', { status: 'banned' }));
    await expect(fileOne(banned, lists)).rejects.toBeInstanceOf(Forbidden);
    expect(await filedBy(banned.id)).toEqual([]);
  });

  it('refuses bytes that are not an image on the photos field, writing nothing', async () => {
    const ana = await member();
    const fake = new Uint8Array(crypto.getRandomValues(new Uint8Array(2048)));
    await expect(fileOne(ana, lists, { photos: [fake] })).rejects.toMatchObject({ fieldErrors: { photos: ['errors.imageNotImage'] } });
    await expect(fileOne(ana, lists, { photos: [await png(), fake] })).rejects.toBeInstanceOf(Invalid);
    expect(await filedBy(ana.id)).toEqual([]);
    expect(await getDb().select().from(complaintPhotos).innerJoin(complaints, eq(complaints.id, complaintPhotos.complaintId)).where(eq(complaints.authorId, ana.id))).toEqual([]);
    await expect(fileOne(ana, lists, { photos: [1, 2, 3, 4, 5].map(() => new Uint8Array(1)) })).rejects.toMatchObject({ fieldErrors: { photos: ['complaints.errors.tooManyPhotos'] } });
  });

  it('stores a real photo re-encoded, and shows it on the complaint', async () => {
    const ana = await member();
    const { number } = await fileOne(ana, lists, { photos: [await png(64, 48)] });
    const view = await getComplaintView(ana, number, false);
    expect(view!.photos).toHaveLength(1);
    const photo = view!.photos[0]!;
    expect(photo).toMatchObject({ width: 64, height: 48 });
    expect(photo.url).toMatch(/^\/media\/complaints\/[0-9a-f]{32}\.webp$/);
    const stored = await getStorage().get(photo.url.replace('/media/', ''));
    expect(stored?.subarray(8, 12).toString()).toBe('WEBP');
  });

  it('tells every active staff member and manager about a new complaint, and not its author or other members', async () => {
    await staffer('Laura');
    await staffer('Marta', 'Directora', 'manager');
    const away = await createUser('staff', { status: 'banned' });
    const ana = await member();
    const bea = await member();
    const { id } = await fileOne(ana, lists);
    const told = await getDb().select().from(notifications).where(eq(notifications.complaintId, id));
    const staff = await getDb().select({ id: users.id }).from(users).where(and(inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')));
    expect(told.map((n) => n.userId).sort()).toEqual(staff.map((s) => s.id).sort());
    expect(new Set(told.map((n) => n.kind))).toEqual(new Set(['complaint_new']));
    const [created] = await eventsOf(id);
    expect(told.every((n) => n.complaintEventId === created!.id && n.actorId === ana.id)).toBe(true);
    expect(told.map((n) => n.userId)).not.toContain(away.id);
    expect(told.map((n) => n.userId)).not.toContain(bea.id);
    expect(told.map((n) => n.userId)).not.toContain(ana.id);
  });

  it('files with the normal priority, the author following, and the SLA clock from the policy', async () => {
    const ana = await member();
    const before = Date.now();
    const { id } = await fileComplaint({ actor: ana, input: { title: '  Ruido en la sala de pesas  ', body: 'La música está demasiado alta por las tardes, no se puede hablar.', ...lists, idempotencyKey: key() } });
    const row = await complaintRow(id);
    expect(row).toMatchObject({ title: 'Ruido en la sala de pesas', status: 'open', priority: 'normal', followerCount: 1, meTooCount: 0, reopenCount: 0 });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.nextDueAt!.getTime() - row.createdAt.getTime()).toBe(1440 * 60_000);
    expect(row.resolutionDueAt!.getTime() - row.createdAt.getTime()).toBe(10080 * 60_000);
    expect((await eventsOf(id))[0]).toMatchObject({ kind: 'created', fromStatus: null, toStatus: 'open', data: { priority: 'normal' }, actorId: ana.id });
  });
});
