import { describe, expect, it } from 'vitest';
import { AccountBlocked, authenticate } from '@/lib/auth/authenticate';
import { isActive } from '@/lib/policy';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { signOutEverywhere } from '@/lib/auth/sign-out-everywhere';
import { Forbidden, Invalid } from '@/lib/errors';
import { setMemberRole } from '@/lib/members/set-role';
import { sanctionMember } from '@/lib/moderation/sanction';
import { identify } from '@/lib/realtime/handshake';
import { encode } from 'next-auth/jwt';
import type { SessionClaims } from '@/lib/auth/session-user';
import { actorOf, auditCount, createUser, PASSWORD, reload, sessionOf } from '../factories';

async function cookieFor(session: SessionClaims) {
  const token = await encode({ token: { uid: session.userId, sv: session.sessionVersion, sid: session.sessionId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

describe('account status and sessions', () => {
  it('a ban takes effect on the very next request and socket handshake', async () => {
    const manager = actorOf(await createUser('manager'));
    const member = await createUser('member');
    const session = await sessionOf(member);
    const cookie = await cookieFor(session);
    expect(await resolveSessionUser(session)).toMatchObject({ id: member.id });
    expect(await identify(cookie)).toEqual({ userId: member.id, role: 'member', sessionVersion: member.sessionVersion, sessionId: session.sessionId });

    await sanctionMember({ actor: manager, input: { userId: member.id, kind: 'ban', reason: 'Insultos reiterados', appealable: 'false' } });

    expect(await resolveSessionUser(session)).toBeNull();
    expect(await identify(cookie)).toBeNull();
    await expect(authenticate({ email: member.email, password: PASSWORD, ip: 'st-1' })).rejects.toBeInstanceOf(AccountBlocked);
  });

  it('a suspension says until when, and a new sign-in during it is refused', async () => {
    const manager = actorOf(await createUser('manager'));
    const member = await createUser('member');
    await sanctionMember({ actor: manager, input: { userId: member.id, kind: 'suspension', reason: 'Spam', days: 3, appealable: 'false' } });
    const after = await reload(member.id);
    expect(isActive(after)).toBe(false);
    expect(after.statusUntil!.getTime()).toBeGreaterThan(Date.now() + 2.9 * 86_400_000);
    const attempt = authenticate({ email: member.email, password: PASSWORD, ip: 'st-2' });
    await expect(attempt).rejects.toMatchObject({ accountStatus: 'suspended' });
  });

  it('needs a reason for a sanction, and refuses staff and self-sanctions without writing anything', async () => {
    const manager = await createUser('manager');
    const staff = actorOf(await createUser('staff'));
    const member = await createUser('member');
    const audits = await auditCount();
    await expect(sanctionMember({ actor: actorOf(manager), input: { userId: member.id, kind: 'ban', appealable: 'false' } })).rejects.toBeInstanceOf(Invalid);
    await expect(sanctionMember({ actor: staff, input: { userId: member.id, kind: 'ban', reason: 'x', appealable: 'false' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(sanctionMember({ actor: actorOf(manager), input: { userId: manager.id, kind: 'ban', reason: 'x', appealable: 'false' } })).rejects.toBeInstanceOf(Forbidden);
    expect((await reload(member.id)).status).toBe('active');
    expect(await auditCount()).toBe(audits);
  });

  it('a role change counts from the next request', async () => {
    const manager = actorOf(await createUser('manager'));
    const member = await createUser('member');
    await setMemberRole({ actor: manager, input: { userId: member.id, role: 'staff', staffTitle: 'Atención al socio' } });
    expect(await resolveSessionUser(await sessionOf(member))).toMatchObject({
      role: 'staff',
      staffTitle: 'Atención al socio',
    });
  });

  it('"sign out on all devices" ends every existing session', async () => {
    const member = await createUser('member');
    const session = await sessionOf(member);
    const cookie = await cookieFor(session);
    await signOutEverywhere({ actor: actorOf(member), input: {} });
    expect(await resolveSessionUser(session)).toBeNull();
    expect(await identify(cookie)).toBeNull();
    // A fresh sign-in works and carries the new version.
    const fresh = await authenticate({ email: member.email, password: PASSWORD, ip: 'st-3' });
    expect(fresh.sessionVersion).toBe(member.sessionVersion + 1);
  });
});
