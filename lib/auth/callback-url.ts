import { getEnv } from '@/lib/env';
import { safeRedirectPath } from '@/lib/security/safe-redirect';

/** Where to go after signing in: a path on this site, never the sign-in page itself (a loop). */
export function safeCallbackUrl(value: unknown): string {
  const path = safeRedirectPath(value, getEnv().APP_URL);
  return path === '/sign-in' || path.startsWith('/sign-in?') || path.startsWith('/sign-in/') ? '/' : path;
}
