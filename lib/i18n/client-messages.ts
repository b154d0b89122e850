import type { Locale } from './config';
import { MESSAGES, type Messages } from './messages';

type Namespace = keyof Messages;

// What every page's client components may need: the language switcher, shared errors, the shell.
const ROOT = ['locale', 'errors', 'shell'] as const satisfies readonly Namespace[];
// The shell of signed-in pages: the bell and the sign-out buttons.
const SIGNED_IN = [...ROOT, 'notifications', 'settings'] as const satisfies readonly Namespace[];

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
  auth: [...ROOT, 'auth', 'join', 'unsubscribe'],
  // A suspended or banned member's landing page, where they may appeal the sanction.
  standing: [...ROOT, 'moderation'],
  member: [...SIGNED_IN, 'groups', 'threads', 'moderation', 'notificationSettings', 'threadFollow'],
  board: [...SIGNED_IN, 'complaints', 'threads', 'moderation'],
  staff: [...SIGNED_IN, 'staff', 'roles', 'inbox', 'complaints', 'announcements', 'moderation'],
  admin: [...SIGNED_IN, 'admin', 'roles', 'complaintSettings', 'complaints', 'groups', 'moderation', 'mailOutbox', 'dashboard', 'inbox'],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

const picked = new Map<string, Partial<Messages>>();

/** The messages of an area in one language; built once per process, the files never change at runtime. */
export function clientMessages(area: ClientArea, locale: Locale): Partial<Messages> {
  const key = `${area}:${locale}`;
  let out = picked.get(key);
  if (!out) {
    const all = MESSAGES[locale];
    out = Object.fromEntries([...new Set(CLIENT_NAMESPACES[area])].map((ns) => [ns, all[ns]])) as Partial<Messages>;
    picked.set(key, out);
  }
  return out;
}
