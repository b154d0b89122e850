import { cookies } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/session';
import { isLocale, type Locale, LOCALE_COOKIE } from './config';

/** The member's own choice, else the visitor's cookie, else the community's default language (asked only then). */
export async function resolveLocale(communityDefault: () => Promise<Locale>): Promise<Locale> {
  const user = await getCurrentUser();
  if (user?.locale) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return communityDefault();
}
