import type { IncomingMessage, ServerResponse } from 'node:http';
import { earlyRefusal } from '@/lib/security/request-limits';
import { isFormPost, precheckForm, replayRequest } from '@/lib/security/form-precheck';
import { databaseDown } from './database-watch';
import { RETRY_SECONDS, refusalPage, refusalText, requestLocale, unavailablePage, unavailableText } from './pages';

const wantsHtml = (req: IncomingMessage) => (req.headers.accept ?? '').includes('text/html');

function answer(req: IncomingMessage, res: ServerResponse, status: number, html: string, text: string, headers: Record<string, string> = {}) {
  // The body the client may still be sending is not read: the connection closes after the answer.
  const body = wantsHtml(req) ? html : text;
  res.writeHead(status, { 'content-type': `${wantsHtml(req) ? 'text/html' : 'text/plain'}; charset=utf-8`, 'cache-control': 'no-store', connection: 'close', ...headers });
  res.end(body);
}

const ALWAYS_SERVED = /^\/(_next\/static\/|api\/health|api\/metrics|icon\.svg|favicon)/;

/**
 * What server.ts decides before Next sees a request: bad paths and oversized or malformed bodies are
 * refused with a clear message, and while the database is out of reach pages get the branded 503
 * page that reloads itself. Returns the request Next should handle, or null when it was answered.
 */
export async function admit(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const locale = requestLocale(req.headers);
  const refusal = earlyRefusal(req);
  if (refusal) {
    const limit = 'limit' in refusal ? refusal.limit : 0;
    answer(req, res, refusal.status, refusalPage(locale, refusal.reason, limit), refusalText(locale, refusal.reason, limit));
    return null;
  }
  if (databaseDown() && !ALWAYS_SERVED.test(req.url ?? '/')) {
    answer(req, res, 503, unavailablePage(locale), unavailableText(locale), { 'retry-after': String(RETRY_SECONDS) });
    return null;
  }
  if (!isFormPost(req)) return req;
  const checked = await precheckForm(req, Number(req.headers['content-length'] ?? 0));
  if (!checked.ok) {
    answer(req, res, checked.status, refusalPage(locale, checked.reason), refusalText(locale, checked.reason));
    return null;
  }
  return replayRequest(req, checked.body);
}
