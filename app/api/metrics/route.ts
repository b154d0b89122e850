import { timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { healthReport } from '@/lib/health';
import { metrics } from '@/lib/observability/metrics';

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Prometheus scrape: only with `Authorization: Bearer $METRICS_TOKEN`; without the variable it does not exist. */
export async function GET(request: Request) {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return new Response(null, { status: 404 });
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
  if (!same(given, token)) return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } });
  // The gauges (backlog, sockets, adapter) are read at scrape time.
  await healthReport();
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } });
}
