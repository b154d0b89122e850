import { cookies } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { isLocale, type Locale, LOCALE_COOKIE } from './config';

/** The member's own choice, else the visitor's cookie, else the community's default language. */
export const resolveLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser();
  if (user?.locale) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return (await getBrand()).defaultLocale;
});
