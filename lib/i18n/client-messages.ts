import compile from 'icu-minify/compile';
import type { CompiledMessage } from 'icu-minify/format';
import type { Locale } from './config';
import { MESSAGES, type Messages } from './messages';

type Namespace = keyof Messages;

/** A namespace of compiled messages, as the browser's IntlProvider (components/i18n/intl.tsx) takes them; leaves are compiled messages. */
export interface CompiledMessages {
  [key: string]: CompiledMessage | CompiledMessages;
}

// What every page's client components may need: the language switcher, shared errors, the shell.
const ROOT = ['locale', 'errors', 'shell'] as const satisfies readonly Namespace[];
// The shell of signed-in pages: the bell, the sign-out buttons and the live notice of a sanction.
const SIGNED_IN = [...ROOT, 'notifications', 'settings', 'account'] as const satisfies readonly Namespace[];

/**
 * The message namespaces each part of the app hands to the browser. Server components translate on
 * the server and need none of this; client components read only these. Sending every namespace to
 * every page made the messages (~46 KB of JSON) the largest part of each page's HTML and flight data.
 * Form errors come back from server actions as keys and are translated in the browser, so an area
 * lists every namespace whose keys its actions may return. tests/unit/client-messages.test.ts checks
 * that each client component's `useTranslations` namespace is listed for the areas that render it.
 */
export const CLIENT_NAMESPACES = {
  root: ROOT,
  auth: [...ROOT, 'auth', 'join', 'unsubscribe', 'signInLock', 'account', 'sso', 'twoFactor'],
  // A suspended or banned member's landing page, where they may appeal the sanction.
  standing: [...ROOT, 'moderation'],
  // The terms interstitial (/terms): a signed-in person accepts the current versions before going on.
  terms: [...ROOT, 'privacy'],
  member: [...SIGNED_IN, 'groups', 'contentEn', 'threads', 'moderation', 'notificationSettings', 'threadFollow', 'editor', 'profiles', 'pollVote', 'privacy', 'twoFactor', 'replyByMail'],
  board: [...SIGNED_IN, 'complaints', 'threads', 'moderation', 'editor', 'replyByMail'],
  staff: [...SIGNED_IN, 'staff', 'roles', 'inbox', 'complaints', 'announcements', 'moderation', 'atRisk', 'editor', 'privacy'],
  admin: [...SIGNED_IN, 'admin', 'contentEn', 'roles', 'complaintSettings', 'complaints', 'groups', 'moderation', 'mailOutbox', 'dashboard', 'inbox', 'atRisk', 'memberList', 'privacy', 'roster', 'twoFactor', 'integrations', 'webhooks'],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

// The named date and time styles ("{until, date, long}") as intl-messageformat defines them, which
// is what next-intl formats them with on the server; icu-minify's runtime only knows option objects.
const STYLES: Record<'date' | 'time', Record<string, Intl.DateTimeFormatOptions>> = {
  date: {
    short: { month: 'numeric', day: 'numeric', year: '2-digit' },
    medium: { month: 'short', day: 'numeric', year: 'numeric' },
    long: { month: 'long', day: 'numeric', year: 'numeric' },
    full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  },
  time: {
    short: { hour: 'numeric', minute: 'numeric' },
    medium: { hour: 'numeric', minute: 'numeric', second: 'numeric' },
    long: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
    full: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  },
};
const TYPE_DATE = 5;
const TYPE_TIME = 6;

/** Replaces named date/time styles by their options, everywhere in a compiled message (plural and select branches too). */
function resolveStyles(node: unknown): unknown {
  if (Array.isArray(node)) {
    const [name, type, style] = node as unknown[];
    if ((type === TYPE_DATE || type === TYPE_TIME) && typeof style === 'string') {
      const options = STYLES[type === TYPE_DATE ? 'date' : 'time'][style];
      if (!options) throw new Error(`Unknown ${type === TYPE_DATE ? 'date' : 'time'} style "${style}"`);
      return [name, type, options];
    }
    return node.map(resolveStyles);
  }
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolveStyles(v)]));
  return node;
}

/** ICU messages compiled here so that the browser needs no message parser (components/i18n/intl.tsx). */
function compileAll(messages: object): CompiledMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? (resolveStyles(compile(value)) as CompiledMessage) : compileAll(value as object)]),
  );
}

const picked = new Map<string, CompiledMessages>();

/** The compiled messages of an area in one language; built once per process, the files never change at runtime. */
export function clientMessages(area: ClientArea, locale: Locale): CompiledMessages {
  const key = `${area}:${locale}`;
  let out = picked.get(key);
  if (!out) {
    const all = MESSAGES[locale];
    out = compileAll(Object.fromEntries([...new Set(CLIENT_NAMESPACES[area])].map((ns) => [ns, all[ns]])));
    picked.set(key, out);
  }
  return out;
}
