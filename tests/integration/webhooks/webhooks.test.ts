import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, mailOutbox, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { Forbidden, Invalid } from '@/lib/errors';
import { unseal } from '@/lib/mail/sealed';
import { reportContent } from '@/lib/moderation/report';
import { sanctionMember } from '@/lib/moderation/sanction';
import { addressAllowed, checkWebhookUrl } from '@/lib/webhooks/address';
import { createWebhookEndpoint } from '@/lib/webhooks/create';
import { listDeliveries, listEndpoints } from '@/lib/webhooks/queries';
import { claimDeliveries, DISABLE_AFTER_MS, LEASE_MS, runWebhookWorker } from '@/lib/webhooks/queue';
import { resendWebhookDelivery } from '@/lib/webhooks/resend';
import { updateWebhookEndpoint } from '@/lib/webhooks/update';
import { complaintScene, decide, freshComplaint, key, say } from '../complaint-fixtures';
import { actorOf, createUser } from '../factories';
import { startReceiver } from './receiver';

// The tests' receivers listen on loopback: the allowance the environment gives a private network.
process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORK = 'true';
(globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;

const receiver = await startReceiver();
afterAll(() => receiver.close());

const later = (ms: number) => () => new Date(Date.now() + ms);
const manager = async () => actorOf(await createUser('manager'));

async function endpoint(events: string[], url = receiver.url) {
  const actor = await manager();
  const created = await createWebhookEndpoint({ actor, input: { url, description: 'CRM', events, idempotencyKey: key() } });
  return { actor, ...created };
}

const deliveries = (endpointId: string) => getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

beforeEach(async () => {
  receiver.received.length = 0;
  receiver.answers.length = 0;
  await getDb().delete(webhookEndpoints);
});

describe('registering an endpoint', () => {
  it('refuses anything but http(s), and addresses on a private network unless the environment allows it', async () => {
    const actor = await manager();
    const refused = async (url: string, reason: string) => {
      const e = await createWebhookEndpoint({ actor, input: { url, events: ['complaint.filed'], idempotencyKey: key() } }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(Invalid);
      expect((e as Invalid).fieldErrors.url).toEqual([reason]);
    };
    await refused('ftp://example.org/hook', 'webhooks.errors.urlScheme');
    await refused('file:///etc/passwd', 'webhooks.errors.urlScheme');
    await refused('http://user:pw@example.org/', 'webhooks.errors.urlInvalid');
    // With the allowance off, loopback, private, link-local (cloud metadata) and unique-local addresses are refused.
    for (const ip of ['127.0.0.1', '10.1.2.3', '192.168.0.10', '172.16.5.5', '169.254.169.254', '::1', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '100.64.0.1']) expect(addressAllowed(ip, false), ip).toBe(false);
    for (const ip of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) expect(addressAllowed(ip, false), ip).toBe(true);
    // Never, whatever the allowance: addresses that reach no single server.
    for (const ip of ['0.0.0.0', '255.255.255.255', '224.0.0.1']) expect(addressAllowed(ip, true), ip).toBe(false);
    expect(addressAllowed('127.0.0.1', true)).toBe(true);
    // The environment's allowance is read once: turn it off for this check, then back on.
    process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORK = 'false';
    (globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;
    try {
      await refused('http://127.0.0.1:9/hook', 'webhooks.errors.privateAddress');
      await refused('http://[::1]:9/hook', 'webhooks.errors.privateAddress');
      // A name that resolves to loopback is refused like the address itself.
      await refused('http://localhost:9/hook', 'webhooks.errors.privateAddress');
      expect(await checkWebhookUrl('http://10.0.0.1/x')).toBe('webhooks.errors.privateAddress');
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORK = 'true';
      (globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;
    }
    expect(await getDb().select().from(webhookEndpoints)).toEqual([]);
  });

  it('is for managers only, keeps the secret sealed, and a double submit registers one endpoint', async () => {
    const staff = actorOf(await createUser('staff'));
    await expect(createWebhookEndpoint({ actor: staff, input: { url: receiver.url, events: ['complaint.filed'], idempotencyKey: key() } })).rejects.toBeInstanceOf(Forbidden);
    const actor = await manager();
    const input = { url: receiver.url, description: 'CRM', events: ['complaint.filed', 'member.joined'], idempotencyKey: key() };
    const [a, b] = await Promise.all([createWebhookEndpoint({ actor, input }), createWebhookEndpoint({ actor, input })]);
    expect(a.id).toBe(b.id);
    expect(a.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const rows = await getDb().select().from(webhookEndpoints);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secret).not.toContain(a.secret.slice(6));
    expect(unseal(rows[0]!.secret).secret).toBe(a.secret);
    expect((await listEndpoints(actor))[0]).not.toHaveProperty('secret');
    expect(await getDb().select().from(auditLog).where(eq(auditLog.action, 'webhook.create'))).toHaveLength(1);
    // The form's checkboxes become the same list.
    const viaForm = await createWebhookEndpoint({ actor, input: { url: receiver.url, 'event:complaint.rated': 'on', 'event:post.reported': 'on', idempotencyKey: key() } });
    const [formRow] = await getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, viaForm.id));
    expect(formRow!.events.sort()).toEqual(['complaint.rated', 'post.reported']);
    await expect(createWebhookEndpoint({ actor, input: { url: receiver.url, idempotencyKey: key() } })).rejects.toMatchObject({ fieldErrors: { events: ['webhooks.errors.noEvents'] } });
  });
});

describe('the delivery queue', () => {
  it('sends a complaint event signed the Standard Webhooks way, verified by the reference library', async () => {
    const { secret, id } = await endpoint(['complaint.filed', 'complaint.answered', 'complaint.status_changed']);
    const { lists, laura } = await complaintScene();
    const filed = await freshComplaint(lists);
    await say(laura, filed.id, 'official_reply');
    expect(await runWebhookWorker()).toMatchObject({ delivered: 3, other: 0 });
    const types = receiver.received.map((r) => JSON.parse(r.body).type);
    expect(types.sort()).toEqual(['complaint.answered', 'complaint.filed', 'complaint.status_changed']);
    const wh = new Webhook(secret);
    for (const r of receiver.received) {
      const verified = wh.verify(r.body, r.headers as Record<string, string>) as { type: string; data: { complaint: { id: string } } };
      expect(verified.data.complaint.id).toBe(filed.id);
      expect(r.headers['webhook-signature']).toMatch(/^v1,/);
    }
    // A forged body fails verification.
    const first = receiver.received[0]!;
    expect(() => wh.verify(first.body.replace('complaint', 'complain'), first.headers as Record<string, string>)).toThrow();
    // Nothing private in the payload: no body of the reply, no author.
    expect(receiver.received.map((r) => r.body).join()).not.toContain('Lo sentimos');
    const page = await listDeliveries(await manager(), id);
    expect(page.items.every((d) => d.status === 'delivered' && d.responseStatus === 200 && d.attempts === 1)).toBe(true);
  });

  it('retries a receiver that answers 500, then times out, then 200: one delivery id, three attempts', async () => {
    const { id } = await endpoint(['member.joined']);
    const { createAccount } = await import('@/lib/members/create-account');
    await getDb().transaction((tx) => createAccount(tx, { email: `nuevo-${key()}@test.example`, displayName: 'Nuevo Socio', passwordHash: 'x', role: 'member', locale: 'es' }));
    receiver.answers.push(500, 'hang');
    expect(await runWebhookWorker({ timeoutMs: 500 })).toMatchObject({ delivered: 0, other: 1 });
    let [row] = await deliveries(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500 });
    // Not due yet: the backoff holds it.
    expect(await runWebhookWorker({ timeoutMs: 500 })).toMatchObject({ delivered: 0, other: 0 });
    expect(await runWebhookWorker({ now: later(60_000), timeoutMs: 500 })).toMatchObject({ delivered: 0, other: 1 });
    [row] = await deliveries(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 2, responseStatus: null });
    expect(row!.lastError).toMatch(/no answer within 500 ms/);
    expect(await runWebhookWorker({ now: later(10 * 60_000), timeoutMs: 500 })).toMatchObject({ delivered: 1, other: 0 });
    [row] = await deliveries(id);
    expect(row).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 200 });
    expect(receiver.received).toHaveLength(3);
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect([...ids]).toEqual([row!.id]);
    expect(JSON.parse(receiver.received[2]!.body).data.member.displayName).toBe('Nuevo Socio');
    // Every attempt is signed afresh with its own timestamp.
    expect(new Set(receiver.received.map((r) => r.headers['webhook-signature'])).size).toBe(3);
  });

  it('delivers again, with the same id, what a process killed during delivery held', async () => {
    const { id } = await endpoint(['complaint.filed']);
    const { lists } = await complaintScene();
    await freshComplaint(lists);
    // A worker claims the delivery and dies before recording anything: its lease is all that is left.
    const [claimed] = await claimDeliveries(new Date());
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1 });
    // While the lease lasts no other process takes it.
    expect(await runWebhookWorker()).toMatchObject({ delivered: 0, other: 0 });
    expect(await runWebhookWorker({ now: later(LEASE_MS + 1000) })).toMatchObject({ delivered: 1 });
    const [row] = await deliveries(id);
    expect(row).toMatchObject({ id: claimed!.id, status: 'delivered', attempts: 2 });
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([claimed!.id]);
    // Two workers at once never send one delivery twice.
    await freshComplaint(lists);
    const [a, b] = await Promise.all([runWebhookWorker(), runWebhookWorker()]);
    expect(a.delivered + b.delivered).toBe(1);
    expect(receiver.received).toHaveLength(2);
  });

  it('refuses at delivery an address that became private (DNS rebinding), and a refused change queues nothing', async () => {
    const { id, actor } = await endpoint(['complaint.filed']);
    const { lists } = await complaintScene();
    await freshComplaint(lists);
    process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORK = 'false';
    (globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;
    try {
      expect(await runWebhookWorker()).toMatchObject({ delivered: 0, other: 1 });
      // The name form goes through the delivery's own lookup.
      await getDb().update(webhookEndpoints).set({ url: receiver.url.replace('127.0.0.1', 'localhost') }).where(eq(webhookEndpoints.id, id));
      expect(await runWebhookWorker({ now: later(60_000) })).toMatchObject({ delivered: 0, other: 1 });
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORK = 'true';
      (globalThis as { __tertuliaEnv?: unknown }).__tertuliaEnv = undefined;
    }
    expect(receiver.received).toHaveLength(0);
    const [row] = await deliveries(id);
    expect(row!.lastError).toMatch(/private network/);
    // "Send again" after the fix: the same id goes out.
    await resendWebhookDelivery({ actor, input: { id: row!.id } });
    expect(await runWebhookWorker()).toMatchObject({ delivered: 1 });
    expect(receiver.received[0]!.headers['webhook-id']).toBe(row!.id);
    // A complaint filing that fails queues no delivery.
    const before = (await deliveries(id)).length;
    await expect(freshComplaint({ ...lists, categoryId: key() })).rejects.toThrow();
    expect(await deliveries(id)).toHaveLength(before);
  });

  it('turns off an endpoint that fails for three days, tells the managers, and keeps what waits', async () => {
    const { id, actor } = await endpoint(['complaint.filed']);
    const { lists } = await complaintScene();
    await freshComplaint(lists);
    await getDb().delete(mailOutbox);
    receiver.answers.push(...Array(10).fill(503));
    await runWebhookWorker();
    let [e] = await getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(e!.failingSince).not.toBeNull();
    expect(e!.disabledAt).toBeNull();
    await runWebhookWorker({ now: later(DISABLE_AFTER_MS + 60_000) });
    [e] = await getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(e).toMatchObject({ active: false });
    expect(e!.disabledAt).not.toBeNull();
    const told = await getDb().select().from(mailOutbox).where(eq(mailOutbox.category, 'webhook_disabled'));
    expect(told.length).toBeGreaterThanOrEqual(1);
    expect(told.some((m) => m.userId === actor.id)).toBe(true);
    // Off, nothing is claimed; the delivery waits. Turned on again, it goes out.
    receiver.answers.length = 0;
    expect(await runWebhookWorker({ now: later(DISABLE_AFTER_MS * 2) })).toMatchObject({ delivered: 0, other: 0 });
    await updateWebhookEndpoint({ actor, input: { id, url: receiver.url, events: ['complaint.filed'], active: true } });
    expect(await runWebhookWorker({ now: later(DISABLE_AFTER_MS * 2) })).toMatchObject({ delivered: 1 });
    [e] = await getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(e).toMatchObject({ active: true, disabledAt: null, failingSince: null });
  });

  it('sends member, moderation and solution events to the endpoints that chose them only', async () => {
    const all = await endpoint(['member.suspended', 'post.reported', 'complaint.solution_accepted', 'complaint.rated']);
    const none = await endpoint(['complaint.sla_breached']);
    const { lists, laura } = await complaintScene();
    const filed = await freshComplaint(lists);
    await say(laura, filed.id, 'official_reply');
    await say(laura, filed.id, 'propose_solution');
    await decide(filed.author, filed.id, 'accept_solution');
    const boss = await manager();
    const target = await createUser('member');
    await sanctionMember({ actor: boss, input: { userId: target.id, kind: 'suspension', reason: 'Insultos reiterados', days: 7, appealable: true } });
    await reportContent({ actor: filed.author, input: { targetType: 'profile', targetId: target.id, reason: 'abuse' } });
    await runWebhookWorker();
    const types = receiver.received.map((r) => JSON.parse(r.body).type).sort();
    expect(types).toEqual(['complaint.solution_accepted', 'member.suspended', 'post.reported']);
    expect(await deliveries(none.id)).toEqual([]);
    expect(await deliveries(all.id)).toHaveLength(3);
  });
});
