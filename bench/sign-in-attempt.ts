// A credentials sign-in as the sign-in form sends it, over node:http so that it can leave from a
// chosen loopback address: on Linux every 127.x destination is reached from 127.0.0.1 unless the
// client binds another source, and the server's per-address limits would count it as localhost.
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(target: string, opts: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string }): Promise<Answer> {
  const u = new URL(target);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? 'GET', headers: opts.headers, localAddress: opts.localAddress }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const cookiesOf = (a: Answer) => ([a.headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]!);

/** One attempt; `origin` is the app's address (APP_URL), as a browser on the site sends it, or null for none. */
export async function signInAttempt(base: string, email: string, password: string, opts: { origin?: string | null; localAddress?: string } = {}): Promise<Answer & { session: string | null }> {
  const csrf = await send(`${base}/api/auth/csrf`, { localAddress: opts.localAddress });
  // A flood may be refused at its first step already; that refusal is the attempt's answer.
  if (csrf.status !== 200) return { ...csrf, session: null };
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const origin = opts.origin === undefined ? new URL(base).origin : opts.origin;
  const answer = await send(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    localAddress: opts.localAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; '), ...(origin ? { origin } : {}) },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: '/' }).toString(),
  });
  return { ...answer, session: cookiesOf(answer).find((c) => /next-auth\.session-token=/.test(c)) ?? null };
}
