import { readdirSync, existsSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { joinRequests, users } from '@/db/schema';
import { authenticate } from '@/lib/auth/authenticate';
import { Conflict, Forbidden, Invalid } from '@/lib/errors';
import { decideJoinRequest } from '@/lib/join-requests/decide';
import { listPendingJoinRequests } from '@/lib/join-requests/queries';
import { submitJoinRequest } from '@/lib/join-requests/submit';
import { runMailWorker } from '@/lib/mail/outbox';
import { mailDir } from '@/lib/mail/transport';
import { actorOf, createUser, PASSWORD } from '../factories';

const request = (email: string) => ({
  email,
  displayName: 'Pedro Solicitante',
  membershipNumber: 'R-12345',
  message: 'Soy socio desde 2010',
  password: 'contraseña de pedro',
  locale: 'es' as const,
});

// Mail goes through the outbox: what the worker has written out as .eml files so far.
const mails = async () => {
  await runMailWorker();
  return existsSync(mailDir()) ? readdirSync(mailDir()).length : 0;
};

describe('join requests', () => {
  it('are approved by staff, which creates the account with the chosen password', async () => {
    const staff = actorOf(await createUser('staff'));
    await submitJoinRequest({ actor: null, input: { ...request('pedro@test.example'), ip: 'jr-1' } });
    const [pending] = (await listPendingJoinRequests(staff)).filter((r) => r.email === 'pedro@test.example');
    expect(pending).toMatchObject({ displayName: 'Pedro Solicitante', membershipNumber: 'R-12345' });

    const sent = await mails();
    const { userId } = await decideJoinRequest({ actor: staff, input: { requestId: pending!.id, decision: 'approve' } });
    expect(await mails()).toBe(sent + 1);
    const [user] = await getDb().select().from(users).where(eq(users.id, userId!));
    expect(user).toMatchObject({ email: 'pedro@test.example', membershipNumber: 'R-12345', role: 'member' });
    expect(await authenticate({ email: 'pedro@test.example', password: 'contraseña de pedro', ip: 'jr-1' })).toMatchObject({ id: userId });
  });

  it('are decided once: a second decision is refused', async () => {
    const staff = actorOf(await createUser('staff'));
    await submitJoinRequest({ actor: null, input: { ...request('dos@test.example'), ip: 'jr-2' } });
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.email, 'dos@test.example'));
    await decideJoinRequest({ actor: staff, input: { requestId: row!.id, decision: 'reject', note: 'No consta como socio' } });
    await expect(decideJoinRequest({ actor: staff, input: { requestId: row!.id, decision: 'approve' } })).rejects.toBeInstanceOf(Conflict);
    expect(await getDb().select().from(users).where(eq(users.email, 'dos@test.example'))).toHaveLength(0);
  });

  it('keep one pending row when the same request is sent twice', async () => {
    await submitJoinRequest({ actor: null, input: { ...request('doble@test.example'), ip: 'jr-3' } });
    await submitJoinRequest({ actor: null, input: { ...request('doble@test.example'), ip: 'jr-3' } });
    expect(await getDb().select().from(joinRequests).where(eq(joinRequests.email, 'doble@test.example'))).toHaveLength(1);
  });

  it('do not reveal that an address is already a member, and e-mail that member instead', async () => {
    const member = await createUser('member');
    const sent = await mails();
    await expect(submitJoinRequest({ actor: null, input: { ...request(member.email), ip: 'jr-4' } })).resolves.toBeUndefined();
    expect(await getDb().select().from(joinRequests).where(eq(joinRequests.email, member.email))).toHaveLength(0);
    expect(await mails()).toBe(sent + 1);
    expect(await authenticate({ email: member.email, password: PASSWORD, ip: 'jr-4' })).toMatchObject({ id: member.id });
  });

  it('ask for the membership number when the club requires it', async () => {
    await expect(submitJoinRequest({ actor: null, input: { ...request('sinnumero@test.example'), membershipNumber: '', ip: 'jr-5' } })).rejects.toMatchObject({
      fieldErrors: { membershipNumber: ['errors.required'] },
    });
  });

  it('can be decided only by staff', async () => {
    const member = actorOf(await createUser('member'));
    await submitJoinRequest({ actor: null, input: { ...request('tres@test.example'), ip: 'jr-6' } });
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.email, 'tres@test.example'));
    await expect(decideJoinRequest({ actor: member, input: { requestId: row!.id, decision: 'approve' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(listPendingJoinRequests(member)).rejects.toBeInstanceOf(Forbidden);
    await expect(decideJoinRequest({ actor: actorOf(await createUser('staff')), input: { requestId: 'nope', decision: 'approve' } })).rejects.toBeInstanceOf(Invalid);
    const [still] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, row!.id));
    expect(still!.status).toBe('pending');
  });
});
