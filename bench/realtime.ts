// Realtime: one reply delivered to 1,000 sockets in the thread's room (on one app process, or split
// across two on the same PostgreSQL, where the other process learns of it through the adapter), and
// what 5,000 idle connected sockets cost the server in memory.
import { io, type Socket } from 'socket.io-client';
import { actionHeaders, actionSucceeded, formActionBody } from './actions';
import { percentile } from './cannon';
import { rssMb } from './proc';

export interface FanOut {
  sockets: number;
  processes: number;
  posts: number;
  /** From sending the reply to its arrival on each socket, ms. */
  deliveryP50Ms: number;
  deliveryP99Ms: number;
  deliveryMaxMs: number;
  /** The same, for the sockets connected to the process that did not take the reply. */
  otherProcessP50Ms: number | null;
  otherProcessP99Ms: number | null;
  /** Deliveries that did not arrive within the wait (10 s). */
  missed: number;
  /** The reply's own HTTP answer time (the write, then the publish), ms. */
  replyP50Ms: number;
}

export interface IdleSockets {
  sockets: number;
  processes: number;
  connectSeconds: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** Server memory per connected socket, KB. */
  perSocketKb: number;
}

const CONNECT_BATCH = 100;

/** `n` sockets, round-robin over the app processes and the members' cookies, connected in batches. */
async function connectMany(bases: string[], cookies: string[], n: number): Promise<{ socket: Socket; base: number }[]> {
  const out: { socket: Socket; base: number }[] = [];
  for (let i = 0; i < n; i += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, n - i) }, (_, k) => {
      const index = i + k;
      const baseIndex = index % bases.length;
      const base = bases[baseIndex]!;
      const socket = io(base, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: { cookie: cookies[index % cookies.length]!, origin: base },
      });
      return new Promise<{ socket: Socket; base: number }>((resolve, reject) => {
        socket.once('connect', () => resolve({ socket, base: baseIndex }));
        socket.once('connect_error', (e) => reject(new Error(`socket ${index} could not connect: ${e.message}`)));
      });
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

const closeAll = (sockets: { socket: Socket }[]) => {
  for (const { socket } of sockets) socket.disconnect();
};

/**
 * `n` sockets join the thread's room; then `posts` replies, one at a time, are sent to the first app
 * process, and each socket's `post:created` is timed from the moment the reply was sent.
 */
export async function fanOut(o: {
  bases: string[];
  cookies: string[];
  n: number;
  posts: number;
  threadId: string;
  threadPath: string;
  replyAction: string;
  /** Members who take turns replying (posting is rate limited per member). */
  replyCookies: string[];
}): Promise<FanOut> {
  const sockets = await connectMany(o.bases, o.cookies, o.n);
  try {
    const room = `thread:${o.threadId}`;
    await Promise.all(
      sockets.map(
        ({ socket }) =>
          new Promise<void>((resolve, reject) =>
            socket.emit('room:join', room, (answer: { ok: boolean }) => (answer.ok ? resolve() : reject(new Error(`a socket may not join ${room}: is the member in the thread's group?`)))),
          ),
      ),
    );
    const all: number[] = [];
    const other: number[] = [];
    const replyTimes: number[] = [];
    let missed = 0;
    for (let p = 0; p < o.posts; p++) {
      const { body, contentType } = await formActionBody({ threadId: o.threadId, body: `Entrega en directo ${p}: ${Date.now()}`, quotedPostId: '', idempotencyKey: crypto.randomUUID() });
      let received = 0;
      let done: () => void = () => {};
      const allIn = new Promise<void>((resolve) => (done = resolve));
      const sent = performance.now();
      const listeners = sockets.map(({ socket, base }) => {
        const listener = () => {
          const ms = performance.now() - sent;
          all.push(ms);
          if (base !== 0) other.push(ms);
          if (++received === sockets.length) done();
        };
        socket.once('post:created', listener);
        return () => socket.off('post:created', listener);
      });
      const res = await fetch(o.bases[0] + o.threadPath, { method: 'POST', headers: actionHeaders(o.bases[0]!, o.replyAction, o.replyCookies[p % o.replyCookies.length]!, contentType), body: new Uint8Array(body) });
      replyTimes.push(performance.now() - sent);
      const answer = await res.text();
      if (!actionSucceeded(res.status, answer)) throw new Error(`the reply was refused (HTTP ${res.status}): ${answer.slice(0, 300)}`);
      await Promise.race([allIn, new Promise((r) => setTimeout(r, 10_000))]);
      missed += sockets.length - received;
      for (const off of listeners) off();
      // Spaced out, so each post is measured on its own rather than queued behind the previous one.
      await new Promise((r) => setTimeout(r, 200));
    }
    return {
      sockets: sockets.length,
      processes: o.bases.length,
      posts: o.posts,
      deliveryP50Ms: percentile(all, 50),
      deliveryP99Ms: percentile(all, 99),
      deliveryMaxMs: Math.max(...all),
      otherProcessP50Ms: o.bases.length > 1 ? percentile(other, 50) : null,
      otherProcessP99Ms: o.bases.length > 1 ? percentile(other, 99) : null,
      missed,
      replyP50Ms: percentile(replyTimes, 50),
    };
  } finally {
    closeAll(sockets);
  }
}

/** Server memory before and after `n` sockets connect and sit idle for a few seconds. */
export async function idleSockets(o: { bases: string[]; cookies: string[]; n: number; pids: number[] }): Promise<IdleSockets> {
  const rssBeforeMb = rssMb(o.pids);
  const started = performance.now();
  const sockets = await connectMany(o.bases, o.cookies, o.n);
  const connectSeconds = (performance.now() - started) / 1000;
  try {
    // Presence broadcasts settle (debounced) and the servers' allocations with them.
    await new Promise((r) => setTimeout(r, 5000));
    const rssAfterMb = rssMb(o.pids);
    return {
      sockets: sockets.length,
      processes: o.bases.length,
      connectSeconds,
      rssBeforeMb,
      rssAfterMb,
      perSocketKb: ((rssAfterMb - rssBeforeMb) * 1024) / sockets.length,
    };
  } finally {
    closeAll(sockets);
  }
}
