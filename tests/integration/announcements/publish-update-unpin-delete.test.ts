import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { announcements, auditLog } from '@/db/schema';
import { deleteAnnouncement } from '@/lib/announcements/delete';
import { publishAnnouncement } from '@/lib/announcements/publish';
import { getAnnouncement, listAnnouncements } from '@/lib/announcements/queries';
import { unpinAnnouncement } from '@/lib/announcements/unpin';
import { updateAnnouncement } from '@/lib/announcements/update';
import { Forbidden, Invalid } from '@/lib/errors';
import { actorOf, auditCount, createUser } from '../factories';

const count = async () => (await getDb().select().from(announcements)).length;
const draft = { title: 'Asamblea general', bodyMd: 'El **jueves** a las 19:00 en el salón social.' };

describe('announcements', () => {
  it('lets staff publish: pinned, rendered Markdown, audited, signed with name and title', async () => {
    const staff = actorOf(await createUser('staff', { displayName: 'Laura Gil', staffTitle: 'Secretaria del club' }));
    const member = actorOf(await createUser('member'));
    const audits = await auditCount();
    const { id, created } = await publishAnnouncement({ actor: staff, input: { ...draft, idempotencyKey: 'key-aaaaaaaa' } });
    expect(created).toBe(true);
    const [row] = await getDb().select().from(announcements).where(eq(announcements.id, id));
    expect(row).toMatchObject({ pinned: true, authorId: staff.id, bodyHtml: '<p>El <strong>jueves</strong> a las 19:00 en el salón social.</p>\n' });
    expect(await auditCount()).toBe(audits + 1);

    const [seen] = await listAnnouncements(member);
    expect(seen).toMatchObject({ id, title: draft.title, authorName: 'Laura Gil', authorTitle: 'Secretaria del club', canChange: false });
    expect(await getAnnouncement(member, id)).toMatchObject({ bodyMd: null });
    expect(await getAnnouncement(staff, id)).toMatchObject({ bodyMd: draft.bodyMd, canChange: true });
  });

  it('refuses members and writes nothing', async () => {
    const member = actorOf(await createUser('member'));
    const [before, audits] = [await count(), await auditCount()];
    await expect(publishAnnouncement({ actor: member, input: draft })).rejects.toBeInstanceOf(Forbidden);
    expect(await count()).toBe(before);
    expect(await auditCount()).toBe(audits);
  });

  it('returns the first announcement on a double submit', async () => {
    const staff = actorOf(await createUser('staff'));
    const other = actorOf(await createUser('staff'));
    const input = { ...draft, idempotencyKey: 'double-click-1' };
    const before = await count();
    const [a, b] = await Promise.all([publishAnnouncement({ actor: staff, input }), publishAnnouncement({ actor: staff, input })]);
    expect(a.id).toBe(b.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    // The key belongs to its author: someone else using the same one publishes their own.
    const c = await publishAnnouncement({ actor: other, input });
    expect(c.id).not.toBe(a.id);
    expect(await count()).toBe(before + 2);
  });

  it('gives field errors and keeps nothing', async () => {
    const staff = actorOf(await createUser('staff'));
    const before = await count();
    const attempt = publishAnnouncement({ actor: staff, input: { title: '  ', bodyMd: 'x'.repeat(20_001) } });
    await expect(attempt).rejects.toBeInstanceOf(Invalid);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { title: ['errors.required'], bodyMd: ['errors.tooLong'] } });
    await expect(publishAnnouncement({ actor: staff, input: { title: 'x'.repeat(161), bodyMd: 'ok' } })).rejects.toMatchObject({
      fieldErrors: { title: ['errors.tooLong'] },
    });
    expect(await count()).toBe(before);
  });

  it('lets the author (or a manager) edit, unpin and delete, and nobody else', async () => {
    const author = actorOf(await createUser('staff'));
    const colleague = actorOf(await createUser('staff'));
    const manager = actorOf(await createUser('manager'));
    const member = actorOf(await createUser('member'));
    const { id } = await publishAnnouncement({ actor: author, input: draft });

    for (const actor of [colleague, member]) {
      await expect(updateAnnouncement({ actor, input: { id, title: 'Otro', bodyMd: 'Otro' } })).rejects.toBeInstanceOf(Forbidden);
      await expect(unpinAnnouncement({ actor, input: { id } })).rejects.toBeInstanceOf(Forbidden);
      await expect(deleteAnnouncement({ actor, input: { id } })).rejects.toBeInstanceOf(Forbidden);
    }
    expect(await getAnnouncement(author, id)).toMatchObject({ title: draft.title, pinned: true });

    await updateAnnouncement({ actor: author, input: { id, title: 'Asamblea aplazada', bodyMd: 'Nueva fecha: _martes_.' } });
    expect(await getAnnouncement(author, id)).toMatchObject({ title: 'Asamblea aplazada', bodyHtml: '<p>Nueva fecha: <em>martes</em>.</p>\n' });
    await expect(updateAnnouncement({ actor: author, input: { id, title: '', bodyMd: 'x' } })).rejects.toMatchObject({ fieldErrors: { title: ['errors.required'] } });

    await unpinAnnouncement({ actor: manager, input: { id } });
    expect(await getAnnouncement(author, id)).toMatchObject({ pinned: false });

    await deleteAnnouncement({ actor: author, input: { id } });
    expect(await getAnnouncement(author, id)).toBeNull();
    const actions = (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, id))).map((r) => r.action);
    expect(actions.sort()).toEqual(['announcement.delete', 'announcement.publish', 'announcement.unpin', 'announcement.update']);
  });

  it('lists pinned announcements first, newest first', async () => {
    const staff = actorOf(await createUser('staff'));
    const old = await publishAnnouncement({ actor: staff, input: { ...draft, title: 'Antiguo fijado' } });
    const loose = await publishAnnouncement({ actor: staff, input: { ...draft, title: 'Suelto', pinned: false } });
    const recent = await publishAnnouncement({ actor: staff, input: { ...draft, title: 'Reciente fijado' } });
    const ids = (await listAnnouncements(staff, { limit: 50 })).map((a) => a.id);
    expect(ids.indexOf(recent.id)).toBeLessThan(ids.indexOf(old.id));
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(loose.id));
  });
});
