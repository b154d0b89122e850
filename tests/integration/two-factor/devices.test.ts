import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { userSessions } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { changePassword } from '@/lib/auth/change-password';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { signOutEverywhere } from '@/lib/auth/sign-out-everywhere';
import { listDevices } from '@/lib/devices/queries';
import { signOutDevice, signOutOtherDevices } from '@/lib/devices/sign-out';
import { Invalid, NotFound } from '@/lib/errors';
import { countQueries } from '@/db/client';
import { actorOf, createUser, PASSWORD, sessionOf } from '../factories';

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function twoDevices() {
  const row = await createUser('member');
  const laptop = await sessionOf(row, { userAgent: CHROME_WINDOWS, acceptLanguage: 'es-ES,es;q=0.9,en;q=0.8' });
  const phone = await sessionOf(row, { userAgent: SAFARI_IPHONE, acceptLanguage: 'en' });
  return { row, laptop, phone, me: (await resolveSessionUser(laptop))! };
}

describe('signed-in devices', () => {
  it('lists each device by browser, system and a place from its language only, this one first', async () => {
    const { me, laptop, phone } = await twoDevices();
    const devices = await listDevices(me, 'es');
    expect(devices.map((d) => [d.id, d.browser, d.os, d.place, d.current])).toEqual([
      [laptop.sessionId, 'Chrome 131', 'Windows', 'España', true],
      [phone.sessionId, 'Safari 17', 'iOS', 'inglés', false],
    ]);
    expect((await listDevices(me, 'en'))[0]!.place).toBe('Spain');
    // Nothing else about the request is kept.
    const [stored] = await getDb().select().from(userSessions).where(eq(userSessions.id, laptop.sessionId));
    expect(Object.keys(stored!).sort()).toEqual(['browser', 'createdAt', 'id', 'language', 'lastSeenAt', 'os', 'userId']);
  });

  it('costs one statement per request, and writes last seen at most every few minutes', async () => {
    const { laptop } = await twoDevices();
    const { queries } = await countQueries(() => resolveSessionUser(laptop));
    expect(queries).toBe(1);
    const old = new Date(Date.now() - 10 * 60_000);
    await getDb().update(userSessions).set({ lastSeenAt: old }).where(eq(userSessions.id, laptop.sessionId));
    await resolveSessionUser(laptop);
    const [seen] = await getDb().select().from(userSessions).where(eq(userSessions.id, laptop.sessionId));
    expect(seen!.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
    expect((await countQueries(() => resolveSessionUser(laptop))).queries).toBe(1);
  });

  it('signs out one device; another person’s device is not found and stays', async () => {
    const { row, laptop, phone } = await twoDevices();
    const stranger = await twoDevices();
    await expect(signOutDevice({ actor: actorOf(row), input: { sessionId: stranger.phone.sessionId } })).rejects.toBeInstanceOf(NotFound);
    expect(await resolveSessionUser(stranger.phone)).not.toBeNull();
    await signOutDevice({ actor: actorOf(row), input: { sessionId: phone.sessionId } });
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(laptop)).not.toBeNull();
  });

  it('signs out all the others, keeping this one', async () => {
    const { row, laptop, phone } = await twoDevices();
    const tablet = await sessionOf(row);
    expect(await signOutOtherDevices({ actor: actorOf(row), input: { currentSessionId: laptop.sessionId } })).toEqual({ ended: 2 });
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(tablet)).toBeNull();
    expect(await resolveSessionUser(laptop)).not.toBeNull();
  });

  it('a password change signs out every other device; a wrong current password changes nothing', async () => {
    const { row, laptop, phone } = await twoDevices();
    const refused = await changePassword({ actor: actorOf(row), input: { currentPassword: 'not it', password: 'una contraseña nueva', currentSessionId: laptop.sessionId } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).fieldErrors.currentPassword).toEqual(['twoFactor.errors.wrongPassword']);
    expect(await resolveSessionUser(phone)).not.toBeNull();

    await changePassword({ actor: actorOf(row), input: { currentPassword: PASSWORD, password: 'una contraseña nueva', currentSessionId: laptop.sessionId } });
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(laptop)).not.toBeNull();
    await expect(authenticate({ email: row.email, password: 'una contraseña nueva', ip: 'dv-1' })).resolves.toMatchObject({ id: row.id });
  });

  it('"sign out everywhere" ends every device, this one included', async () => {
    const { row, laptop, phone } = await twoDevices();
    await signOutEverywhere({ actor: actorOf(row), input: {} });
    expect(await resolveSessionUser(laptop)).toBeNull();
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await getDb().select().from(userSessions).where(eq(userSessions.userId, row.id))).toHaveLength(0);
  });

  it('a token without a device, or with one of another account, is no session', async () => {
    const { row, laptop } = await twoDevices();
    const other = await twoDevices();
    expect(await resolveSessionUser({ userId: row.id, sessionVersion: row.sessionVersion, sessionId: '' })).toBeNull();
    expect(await resolveSessionUser({ ...laptop, sessionId: other.laptop.sessionId })).toBeNull();
  });
});
