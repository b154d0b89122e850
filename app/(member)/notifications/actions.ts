'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireMember } from '@/lib/auth/session';
import { callVerb, submitForm } from '@/lib/forms/submit';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { notificationTarget } from '@/lib/notifications/queries';
import { getEnv } from '@/lib/env';
import { safeRedirectPath } from '@/lib/security/safe-redirect';

/** Following a notification reads it. The target is looked up again here, never taken from the form. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  // Someone else's or a malformed id is refused: nothing is marked, and the list is where it leads.
  await submitForm(formData, markNotificationRead);
  revalidatePath('/', 'layout');
  const target = await notificationTarget(await requireMember(), String(formData.get('id') ?? ''));
  redirect(safeRedirectPath(target, getEnv().APP_URL, '/notifications'));
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await callVerb(markAllNotificationsRead, {});
  revalidatePath('/', 'layout');
}
