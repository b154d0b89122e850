import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { Forbidden, Gone, Invalid } from '@/lib/errors';
import { createInvitation } from '@/lib/invitations/create';
import { findUsableInvitation, redeemInvitation } from '@/lib/invitations/redeem';
import { revokeInvitation } from '@/lib/invitations/revoke';
import { actorOf, auditCount, createUser } from '../factories';

const joiner = (email: string) => ({ email, displayName: 'Nueva Socia', password: 'una contraseña larga', locale: 'es' as const });

describe('join by invitation', () => {
  it('creates the account, spends the invitation and lets the person sign in', async () => {
    const staff = actorOf(await createUser('staff'));
    const { code } = await createInvitation({ actor: staff, input: {} });
    expect(await findUsableInvitation(code.toLowerCase())).toMatchObject({ role: 'member', email: null });

    const { userId } = await redeemInvitation({ actor: null, input: { code, ...joiner('nueva@test.example'), ip: 'it-1' } });
    const [user] = await getDb().select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ email: 'nueva@test.example', role: 'member', status: 'active' });
    expect(await authenticate({ email: 'NUEVA@test.example', password: 'una contraseña larga', ip: 'it-1' })).toMatchObject({ id: userId });
  });

  it('refuses a used invitation and changes nothing', async () => {
    const staff = actorOf(await createUser('staff'));
    const { code } = await createInvitation({ actor: staff, input: {} });
    await redeemInvitation({ actor: null, input: { code, ...joiner('primera@test.example'), ip: 'it-2' } });
    const before = (await getDb().select().from(users)).length;
    await expect(redeemInvitation({ actor: null, input: { code, ...joiner('segunda@test.example'), ip: 'it-2' } })).rejects.toThrow(Gone);
    await expect(findUsableInvitation(code)).rejects.toMatchObject({ message: 'join.invitation.used' });
    expect((await getDb().select().from(users)).length).toBe(before);
  });

  it('refuses an expired or revoked invitation', async () => {
    const staff = actorOf(await createUser('staff'));
    const expired = await createInvitation({ actor: staff, input: {} });
    await getDb().update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, expired.id));
    await expect(findUsableInvitation(expired.code)).rejects.toMatchObject({ message: 'join.invitation.expired' });

    const revoked = await createInvitation({ actor: staff, input: {} });
    await revokeInvitation({ actor: staff, input: { invitationId: revoked.id } });
    await expect(redeemInvitation({ actor: null, input: { code: revoked.code, ...joiner('revocada@test.example'), ip: 'it-3' } })).rejects.toMatchObject({
      message: 'join.invitation.revoked',
    });
  });

  it('binds a personal invitation to its e-mail address', async () => {
    const staff = actorOf(await createUser('staff'));
    const { code, maxUses } = await createInvitation({ actor: staff, input: { email: 'Persona@Test.example', maxUses: 10 } });
    expect(maxUses).toBe(1);
    const attempt = redeemInvitation({ actor: null, input: { code, ...joiner('otra@test.example'), ip: 'it-4' } });
    await expect(attempt).rejects.toBeInstanceOf(Invalid);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: ['errors.invitationEmail'] } });
    await expect(redeemInvitation({ actor: null, input: { code, ...joiner('persona@test.example'), ip: 'it-4' } })).resolves.toBeDefined();
  });

  it('gives field errors for bad input and keeps the invitation unused', async () => {
    const staff = actorOf(await createUser('staff'));
    const { code, id } = await createInvitation({ actor: staff, input: {} });
    const attempt = redeemInvitation({ actor: null, input: { code, email: 'no-es-correo', displayName: 'A', password: 'corta', locale: 'es', ip: 'it-5' } });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { email: ['errors.email'], displayName: ['errors.nameTooShort'], password: ['errors.passwordTooShort'] },
    });
    const [inv] = await getDb().select().from(invitations).where(eq(invitations.id, id));
    expect(inv!.uses).toBe(0);
  });

  it('lets only staff invite, and only managers invite staff; a refusal writes nothing', async () => {
    const member = actorOf(await createUser('member'));
    const staff = actorOf(await createUser('staff'));
    const manager = actorOf(await createUser('manager'));
    const audits = await auditCount();
    await expect(createInvitation({ actor: member, input: {} })).rejects.toBeInstanceOf(Forbidden);
    await expect(createInvitation({ actor: staff, input: { role: 'staff' } })).rejects.toBeInstanceOf(Forbidden);
    expect(await auditCount()).toBe(audits);
    const { code } = await createInvitation({ actor: manager, input: { role: 'staff' } });
    const { userId } = await redeemInvitation({ actor: null, input: { code, ...joiner('nuevo.staff@test.example'), ip: 'it-6' } });
    const [user] = await getDb().select().from(users).where(eq(users.id, userId));
    expect(user!.role).toBe('staff');
    expect(await auditCount()).toBe(audits + 2);
  });
});
