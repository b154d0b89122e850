'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireMember } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { notificationTarget } from '@/lib/notifications/queries';

/** Following a notification reads it. The target is looked up again here, never taken from the form. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireMember();
  const id = String(formData.get('id') ?? '');
  // Someone else's or a malformed id: nothing to mark, and nowhere to go but back to the list.
  await markNotificationRead({ actor, input: { id } }).catch((e: unknown) => {
    if (!(e instanceof DomainError)) throw e;
  });
  revalidatePath('/', 'layout');
  redirect((await notificationTarget(actor, id)) ?? '/notifications');
}

export async function markAllNotificationsReadAction(): Promise<void> {
  const actor = await requireMember();
  await markAllNotificationsRead({ actor });
  revalidatePath('/', 'layout');
}
