/**
 * How a refused sign-in of a kept-out account travels from authorize() to the sign-in form, which has
 * only next-auth's error string: `banned` or `suspended:<iso date>`, then `|` and the reason. Pure, so
 * the browser parses with the same code that writes it.
 */
export interface Blocked {
  accountStatus: 'suspended' | 'banned';
  until: Date | null;
  reason: string | null;
}

export function blockedCode({ accountStatus, until, reason }: Blocked): string {
  const head = accountStatus === 'banned' ? 'banned' : `suspended:${until?.toISOString() ?? ''}`;
  return reason ? `${head}|${encodeURIComponent(reason)}` : head;
}

export function parseBlocked(code: string): Blocked | null {
  const [head = '', reason] = code.split('|', 2);
  const decoded = reason === undefined ? null : safeDecode(reason);
  if (head === 'banned') return { accountStatus: 'banned', until: null, reason: decoded };
  if (!head.startsWith('suspended:')) return null;
  const until = new Date(head.slice('suspended:'.length));
  return { accountStatus: 'suspended', until: Number.isNaN(until.getTime()) ? null : until, reason: decoded };
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
