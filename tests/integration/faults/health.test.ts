import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { GET as health } from '@/app/api/health/route';
import { GET as scrape } from '@/app/api/metrics/route';
import { requestPasswordReset } from '@/lib/auth/password-reset';
import { runMailWorker } from '@/lib/mail/outbox';
import { createUser } from '../factories';

describe('operators can see the state of the process', () => {
  it('reports database, realtime, the outbox backlog with its oldest due message, and job lag', async () => {
    await getDb().delete(mailOutbox);
    const user = await createUser('member');
    await requestPasswordReset({ actor: null, input: { email: user.email, ip: 'hl-1' } });
    await getDb().update(mailOutbox).set({ nextAttemptAt: new Date(Date.now() - 90_000) });
    const res = await health();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, database: { reachable: true }, realtime: { adapter: 'stopped', sockets: 0 }, mail: { backlog: 1 } });
    expect(body.mail.oldestDueSeconds).toBeGreaterThanOrEqual(89);
    expect(JSON.stringify(body)).not.toContain(user.email);
  });

  it('exposes Prometheus metrics only with the token from the environment', async () => {
    const { getEnv } = await import('@/lib/env');
    const env = getEnv();
    const request = (token?: string) => new Request('http://localhost/api/metrics', { headers: token ? { authorization: `Bearer ${token}` } : {} });
    Object.assign(env, { METRICS_TOKEN: undefined });
    expect((await scrape(request('anything'))).status).toBe(404);
    Object.assign(env, { METRICS_TOKEN: 'a-metrics-token-for-tests' });
    try {
      expect((await scrape(request())).status).toBe(401);
      expect((await scrape(request('a-metrics-token-for-tesTS'))).status).toBe(401);
      await runMailWorker();
      const res = await scrape(request('a-metrics-token-for-tests'));
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const name of ['tertulia_http_request_duration_seconds', 'tertulia_mail_sent_total', 'tertulia_mail_failed_total', 'tertulia_mail_outbox_backlog', 'tertulia_job_runs_total', 'tertulia_realtime_connected_sockets', 'tertulia_rate_limit_refusals_total'])
        expect(text).toContain(name);
      expect(text).toMatch(/tertulia_mail_sent_total 1/);
    } finally {
      Object.assign(env, { METRICS_TOKEN: undefined });
    }
  });
});
