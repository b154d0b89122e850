import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { joinRequests, mailOutbox } from '@/db/schema';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { createInvitation } from '@/lib/invitations/create';
import { decideJoinRequest } from '@/lib/join-requests/decide';
import { submitJoinRequest } from '@/lib/join-requests/submit';
import { claimMail, LEASE_MS, runMailWorker } from '@/lib/mail/outbox';
import { listOutbox } from '@/lib/mail/queries';
import { actorOf, createUser } from '../factories';
import { startSmtpSink } from '../smtp-sink';

const sink = await startSmtpSink();
const later = (ms: number) => () => new Date(Date.now() + ms);

beforeEach(async () => {
  sink.broken = false;
  sink.delayMs = 0;
  sink.received.length = 0;
  await getDb().delete(mailOutbox);
});

describe('every e-mail goes through the outbox', () => {
  it('queues reset, invitation and join-request mails with their cause while SMTP refuses, and sends them once it is back', async () => {
    sink.broken = true;
    const manager = actorOf(await createUser('manager'));
    const member = await createUser('member', { displayName: 'Olga Outbox' });
    // Whatever SMTP is doing, the person is told the link is on its way: the verbs succeed.
    await expect(requestPasswordReset({ actor: null, input: { email: member.email, ip: 'fo-1' } })).resolves.toBeUndefined();
    await createInvitation({ actor: manager, input: { email: 'invitada@test.example' } });
    await submitJoinRequest({ actor: null, input: { email: 'rechazo@test.example', displayName: 'Rita Rechazo', membershipNumber: 'R-54321', message: 'Hola', password: 'contraseña de rita', locale: 'en', ip: 'fo-2' } });
    const [request] = await getDb().select({ id: joinRequests.id }).from(joinRequests).where(eq(joinRequests.email, 'rechazo@test.example'));
    await decideJoinRequest({ actor: manager, input: { requestId: request!.id, decision: 'reject', note: 'Faltan datos' } });

    expect(await runMailWorker()).toMatchObject({ sent: 0, other: 3 });
    const { items } = await listOutbox(manager);
    expect(items.map((m) => [m.category, m.status]).sort()).toEqual([
      ['invitation', 'pending'],
      ['join_rejected', 'pending'],
      ['password_reset', 'pending'],
    ]);
    expect(items.map((m) => m.recipientEmail).sort()).toEqual(['invitada@test.example', member.email, 'rechazo@test.example'].sort());
    expect(items.every((m) => m.lastError?.includes('451'))).toBe(true);
    // The reset link travels sealed: the table never holds it in the clear.
    const rows = await getDb().select().from(mailOutbox);
    expect(rows.every((r) => r.sealedValues && !r.sealedValues.includes('reset'))).toBe(true);

    sink.broken = false;
    expect(await runMailWorker(later(60 * 60_000))).toMatchObject({ sent: 3 });
    const to = (address: string) => sink.received.filter((m) => m.to.includes(address));
    expect(to(member.email)).toHaveLength(1);
    expect(to(member.email)[0]!.raw.replace(/=\r?\n/g, '')).toMatch(/reset-password\/[A-Za-z0-9_-]{40,}/);
    expect(to('invitada@test.example')[0]!.raw.replace(/=\r?\n/g, '')).toMatch(/\/join\//);
    expect(to('rechazo@test.example')[0]!.raw).toMatch(/Faltan datos/);
    expect(await runMailWorker(later(2 * 60 * 60_000))).toMatchObject({ sent: 0, other: 0 });
  });
});

describe('the mail lease', () => {
  async function queueResets(n: number) {
    for (let i = 0; i < n; i++) {
      const user = await createUser('member');
      await requestPasswordReset({ actor: null, input: { email: user.email, ip: `fl-${i}-${user.id.slice(0, 6)}` } });
    }
  }

  it('is renewed while a slow server works through a batch, so a second process never sends the same message', async () => {
    await queueResets(4);
    sink.delayMs = 600;
    // Each message takes longer than the whole lease: without renewal the second worker would take them over.
    const leaseMs = 450;
    const first = runMailWorker(undefined, leaseMs);
    await new Promise((r) => setTimeout(r, 100));
    const second = (async () => {
      let sent = 0;
      for (let i = 0; i < 12; i++) {
        sent += (await runMailWorker(undefined, leaseMs)).sent;
        await new Promise((r) => setTimeout(r, 200));
      }
      return sent;
    })();
    const [a, b] = await Promise.all([first, second]);
    expect(a.sent + b).toBe(4);
    const ids = sink.received.map((m) => m.messageId);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('of a process that died runs out within a minute, so its mails go out', async () => {
    await queueResets(3);
    const claimed = await claimMail(new Date());
    expect(claimed).toHaveLength(3);
    // The claimer is gone; a minute later another process takes them.
    expect(LEASE_MS).toBeLessThanOrEqual(60_000);
    expect(await claimMail(new Date(Date.now() + 30_000))).toHaveLength(0);
    const again = await claimMail(new Date(Date.now() + 60_000));
    expect(again.map((r) => r.id).sort()).toEqual(claimed.map((r) => r.id).sort());
  });
});
