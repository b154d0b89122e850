import { createServer } from 'node:http';
import next from 'next';
import { closeDb, databaseMode, DatabaseLockedError, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { startCacheBus } from '@/lib/cache/bus';
import { CLIENT_IP_HEADER } from '@/lib/auth/client-ip';
import { watchDatabase } from '@/lib/availability/database-watch';
import { admit } from '@/lib/availability/gate';
import { databaseIsEmpty, DEMOS, hasDemoAccounts, seedDemo } from '@/lib/demo/seed';
import { EnvError, getEnv } from '@/lib/env';
import { startInboundSmtp } from '@/lib/inbound/server';
import { startJobs } from '@/lib/jobs/schedule';
import { logger } from '@/lib/logging/logger';
import { startBanner } from '@/lib/logging/start-banner';
import { metrics, routeOf } from '@/lib/observability/metrics';
import { attachRealtime } from '@/lib/realtime/server';
import { refuseAuthFlood } from '@/lib/security/auth-gate';
import { transportHeaders } from '@/lib/security/headers';
import '@/lib/registrations';

function fail(message: string): never {
  console.error(`\nTertulia cannot start.\n${message}\n`);
  process.exit(1);
}

async function main() {
  let env;
  try {
    env = getEnv();
  } catch (e) {
    if (e instanceof EnvError) fail(e.message);
    throw e;
  }
  // next-auth, inside the Next bundle, reads these from the process environment.
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_URL = env.APP_URL;

  const started = Date.now();
  try {
    getDb();
  } catch (e) {
    if (e instanceof DatabaseLockedError) fail(e.message);
    throw e;
  }
  await migrateDatabase();
  // Pages share what every reader sees alike once this process hears every change (docs/decisions/0010-page-cache.md).
  await Promise.race([startCacheBus(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  if (env.SEED_DEMO && (await databaseIsEmpty(getDb()))) {
    // DEMO=retailer starts the shop chain instead of the club.
    const profile = DEMOS[env.DEMO];
    await seedDemo(getDb(), { profile });
    logger.info(`demo community "${profile.settings.name}" created`);
  }
  const demo = await hasDemoAccounts(getDb());

  const dev = env.NODE_ENV !== 'production';
  const trustProxy = env.TRUST_PROXY;
  const headers = transportHeaders(env.APP_URL);
  const httpServer = createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    // Whatever the client claims, the address is the socket's, unless a trusted proxy is in front.
    const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
    const clientIp = forwarded || req.socket.remoteAddress || 'unknown';
    req.headers[CLIENT_IP_HEADER] = clientIp;
    const observe = metrics().requestDuration.startTimer();
    res.once('finish', () => observe({ route: routeOf(req.url ?? '/'), method: req.method ?? 'GET', status: String(res.statusCode) }));
    if (refuseAuthFlood(req, res, clientIp, env.APP_URL)) return;
    admit(req, res)
      .then((admitted) => admitted && handle(admitted, res))
      .catch((e: Error) => {
        logger.error({ err: e.message }, 'request failed before Next');
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  const app = next({ dev, hostname: env.HOST ?? 'localhost', port: env.PORT, httpServer });
  const handle = app.getRequestHandler();
  await app.prepare();
  const realtime = attachRealtime(httpServer);
  const stopJobs = startJobs(env.JOBS_INTERVAL_MS);
  const stopWatch = watchDatabase();
  // Replies by e-mail: only when both the port and the reply domain are configured.
  const inbound = env.INBOUND_SMTP_PORT !== undefined && env.INBOUND_MAIL_DOMAIN ? await startInboundSmtp({ port: env.INBOUND_SMTP_PORT, host: env.INBOUND_SMTP_HOST }) : null;

  // Node's default backlog (511) overflowed under a flood of 1,000 sign-ins: members' connections then
  // waited for the kernel's SYN retries (1 s, 3 s…) behind the flood's, though the flood was refused at once.
  httpServer.listen({ port: env.PORT, host: env.HOST, backlog: 4096 }, () => {
    logger.info(
      { port: env.PORT, database: databaseMode(), dev, startupMs: Date.now() - started },
      `Tertulia is listening on ${env.APP_URL}`,
    );
    if (process.stdout.isTTY) console.log(startBanner(env.APP_URL, demo, Date.now() - started));
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopJobs();
    stopWatch();
    await inbound?.close().catch(() => undefined);
    await realtime.close().catch(() => undefined);
    await closeDb().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
