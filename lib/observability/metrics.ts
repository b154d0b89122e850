import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { pageCache } from '@/lib/cache/store';

/**
 * The process's Prometheus metrics. server.ts and the Next bundle each load this module: the registry
 * lives on globalThis so that both count into one set, and /api/metrics shows it whole.
 */
function create() {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    requestDuration: new Histogram({
      name: 'tertulia_http_request_duration_seconds',
      help: 'HTTP request latency by route pattern, method and status',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    mailSent: new Counter({ name: 'tertulia_mail_sent_total', help: 'Outbox messages the SMTP server accepted', registers }),
    mailFailed: new Counter({
      name: 'tertulia_mail_failed_total',
      help: 'Outbox send attempts that failed, by outcome (retry later, or failed for good)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    mailBacklog: new Gauge({ name: 'tertulia_mail_outbox_backlog', help: 'Outbox messages pending or being sent', registers }),
    mailOldestDueSeconds: new Gauge({ name: 'tertulia_mail_outbox_oldest_due_seconds', help: 'How long the oldest due message has waited', registers }),
    jobRuns: new Counter({ name: 'tertulia_job_runs_total', help: 'Periodic job runs by job and outcome', labelNames: ['job', 'outcome'] as const, registers }),
    jobDuration: new Histogram({
      name: 'tertulia_job_duration_seconds',
      help: 'Periodic job run time',
      labelNames: ['job'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      registers,
    }),
    sockets: new Gauge({ name: 'tertulia_realtime_connected_sockets', help: 'Sockets connected to this process', registers }),
    realtimeListening: new Gauge({ name: 'tertulia_realtime_adapter_listening', help: '1 when the PostgreSQL adapter is listening (or not needed), 0 when it is not', registers }),
    pageCache: new Gauge({
      name: 'tertulia_page_cache',
      help: 'The shared page cache (docs/decisions/0010-page-cache.md): entries, limit, hits, misses, bypassed reads, invalidations, evictions, listening (1/0)',
      labelNames: ['stat'] as const,
      registers,
      collect() {
        const { hitRate: _, listening, ...counts } = pageCache().stats();
        for (const [stat, value] of Object.entries(counts)) this.set({ stat }, value);
        this.set({ stat: 'listening' }, listening ? 1 : 0);
      },
    }),
    rateLimitRefusals: new Counter({ name: 'tertulia_rate_limit_refusals_total', help: 'Actions refused by a rate limit, by rule', labelNames: ['rule'] as const, registers }),
  };
}

const g = globalThis as unknown as { __tertuliaMetrics?: ReturnType<typeof create> };

export function metrics(): ReturnType<typeof create> {
  g.__tertuliaMetrics ??= create();
  return g.__tertuliaMetrics;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A path as a bounded label: ids, numbers and tokens become placeholders, static files one bucket. */
export function routeOf(url: string): string {
  const path = url.split('?')[0] ?? '/';
  if (path.startsWith('/_next/')) return '/_next/*';
  if (path.startsWith('/media/')) return '/media/*';
  const segments = path.split('/').slice(0, 6).map((s) => s.replace(UUID, ':id').replace(/^\d+$/, ':n').replace(/^[A-Za-z0-9_-]{24,}$/, ':token'));
  return segments.join('/') || '/';
}
