import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's DATA_DIR, where mail is written as .eml files when no SMTP server is set. */
    dataDir: string;
    /** The port of the server's inbound SMTP listener (replies by e-mail, domain respuestas.test). */
    inboundSmtpPort: number;
  }
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const STARTUP_TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function tail(file: string, lines = 60): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server output)';
  }
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let exited: string | null = null;
  child.once('exit', (code, signal) => (exited = `code ${code} signal ${signal}`));
  while (Date.now() < deadline) {
    if (exited) {
      await new Promise((r) => setTimeout(r, 300)); // let the last output reach the log file
      throw new Error(`The e2e server died during startup (${exited}). Output (${logFile}):\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The e2e server did not answer /api/health with 200 within ${STARTUP_TIMEOUT_MS / 1000} s. Output (${logFile}):\n${tail(logFile)}`);
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** One production server with a fresh embedded database (and the demo community) for the whole e2e run. */
export default async function setup({ provide }: Pick<TestProject, 'provide'>) {
  // While developing: point the tests at a server you already run (`E2E_BASE_URL=http://localhost:3050`).
  if (process.env.E2E_BASE_URL) {
    provide('baseURL', process.env.E2E_BASE_URL);
    provide('dataDir', process.env.E2E_DATA_DIR ?? '');
    provide('inboundSmtpPort', Number(process.env.E2E_INBOUND_SMTP_PORT ?? 2525));
    return () => undefined;
  }
  const started = Date.now();
  // The build script works with paths relative to the project root.
  if (path.resolve(process.cwd()) !== ROOT) process.chdir(ROOT);
  const { ensureBuild } = (await import('../../scripts/build-if-stale.mjs' as string)) as { ensureBuild: (o?: { quiet?: boolean }) => boolean };
  const built = ensureBuild({ quiet: false });
  if (built) console.log(`[e2e] production build done in ${Math.round((Date.now() - started) / 1000)} s`);

  mkdirSync(ARTIFACTS, { recursive: true });
  // Failure pictures from an earlier run would only mislead.
  for (const f of readdirSync(ARTIFACTS)) if (/^(FAILED|AXE)-.*\.png$/.test(f)) rmSync(path.join(ARTIFACTS, f), { force: true });
  const { url, teardown, dataDir, inboundSmtpPort } = await startAppServer();
  console.log(`[e2e] server ready at ${url} in ${Math.round((Date.now() - started) / 1000)} s (log: tests/artifacts/e2e-server.log)`);
  provide('baseURL', url);
  provide('dataDir', dataDir);
  provide('inboundSmtpPort', inboundSmtpPort);
  return teardown;
}

/**
 * A production server (already built) on a fresh embedded database with the demo community. The run's
 * own server has no extra settings; a test file that needs other ones (single sign-on) starts its own
 * with `extraEnv`, on `port` when it must know the address first.
 */
export async function startAppServer({ extraEnv = {}, port: chosen, logName = 'e2e-server' }: { extraEnv?: Record<string, string>; port?: number; logName?: string } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const port = chosen ?? (await freePort());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tertulia-e2e-data-'));
  const url = `http://localhost:${port}`;
  const inboundSmtpPort = await freePort();
  const logFile = path.join(ARTIFACTS, `${logName}.log`);
  const log = createWriteStream(logFile);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    DATA_DIR: dataDir,
    APP_URL: url,
    SEED_DEMO: 'true',
    // An erasure runs seconds after it is asked for, not 14 days (tests/e2e/privacy.test.ts).
    ERASURE_GRACE_SECONDS: '6',
    // The webhook journey's receiver listens on loopback; replies by e-mail come in on their own port.
    WEBHOOKS_ALLOW_PRIVATE_NETWORK: 'true',
    WEBHOOKS_INTERVAL_MS: '1000',
    INBOUND_SMTP_PORT: String(inboundSmtpPort),
    INBOUND_SMTP_HOST: '127.0.0.1',
    INBOUND_MAIL_DOMAIN: 'respuestas.test',
  };
  // Embedded PGlite in the temp folder, whatever the developer's shell says.
  for (const key of ['DATABASE_URL', 'PGLITE_DATA_DIR', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'HOST', 'SMTP_URL', 'TRUST_PROXY']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('OIDC_')) delete env[key];
  Object.assign(env, extraEnv);

  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // Should vitest itself be stopped before the teardown runs, the server goes with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);

  const teardown = async () => {
    await stopServer(child);
    process.off('exit', orphanGuard);
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, logFile);
  } catch (e) {
    await teardown();
    throw e;
  }
  return { url, teardown, dataDir, inboundSmtpPort };
}

export { freePort };
