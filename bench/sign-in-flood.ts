// The flood figure of issue 20: pages served to a signed-in member while 1,000 bad sign-ins with
// unknown e-mails arrive at once, from one address and from many. Against a running demo server:
//   APP_URL=http://localhost:3000 npx tsx bench/sign-in-flood.ts [--attempts 1000]
// The many-address flood binds 127.0.0.2… as source addresses (loopback only).
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo/accounts';
import { percentile } from './cannon';
import { signInAttempt } from './sign-in-attempt';

const base = (process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const arg = process.argv.indexOf('--attempts');
const attempts = arg > 0 ? Number(process.argv[arg + 1]) : 1000;

async function pagesDuring(flood: Promise<unknown>, cookie: string) {
  const times: number[] = [];
  let done = false;
  void flood.finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    const res = await fetch(`${base}/groups`, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`the member's page answered ${res.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

async function run(label: string, sourceOf: (i: number) => string, cookie: string) {
  const started = performance.now();
  // A refused connection is an answer too (status 0): the flood's client sees it, members must not.
  const flood = Promise.all(
    Array.from({ length: attempts }, (_, i) =>
      signInAttempt(base, `flood-${label}-${i}@example.test`, 'not-the-password', { localAddress: sourceOf(i) }).catch(() => ({ status: 0 })),
    ),
  );
  const pages = await pagesDuring(flood, cookie);
  const answers = await flood;
  const seconds = (performance.now() - started) / 1000;
  const count = (s: number) => answers.filter((a) => a.status === s).length;
  return {
    flood: label,
    attempts,
    floodSeconds: +seconds.toFixed(2),
    answered429: count(429),
    answered401: count(401),
    connectionErrors: count(0),
    other: attempts - count(429) - count(401) - count(0),
    pagesServed: pages.length,
    pagesPerSecond: +(pages.length / seconds).toFixed(1),
    pageP50Ms: Math.round(percentile(pages, 50)),
    pageP99Ms: Math.round(percentile(pages, 99)),
    pageMaxMs: Math.round(Math.max(...pages)),
  };
}

const member = await signInAttempt(base, DEMO_ACCOUNTS.member, DEMO_PASSWORD);
if (!member.session) throw new Error(`the demo member could not sign in at ${base} (HTTP ${member.status})`);
const results = [
  await run('one-address', () => '127.0.0.2', member.session),
  // 250 addresses, four attempts each: under every per-address limit, so only the global budget and the
  // bounded hashing stand between the flood and the pages.
  await run('many-addresses', (i) => `127.0.${3 + Math.floor(i / 4 / 250)}.${1 + (Math.floor(i / 4) % 250)}`, member.session),
];
console.table(results);
