'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/session';
import { isActive } from '@/lib/policy';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { setLocale } from '@/lib/members/set-locale';

export async function switchLocale(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  const user = await getCurrentUser();
  if (user && isActive(user)) await setLocale({ actor: user, input: { locale } });
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 86_400, httpOnly: true });
  revalidatePath('/', 'layout');
}
