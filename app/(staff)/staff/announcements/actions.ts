'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteAnnouncement } from '@/lib/announcements/delete';
import { publishAnnouncement } from '@/lib/announcements/publish';
import { unpinAnnouncement } from '@/lib/announcements/unpin';
import { updateAnnouncement } from '@/lib/announcements/update';
import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';

const LIST = '/staff/announcements';
const STAFF = { role: 'staff' } as const;

/** The staff list and the home page show announcements. */
function revalidateReaders<S extends FormState>(state: S): S {
  if (state.status === 'ok') {
    revalidatePath(LIST);
    revalidatePath('/');
  }
  return state;
}

export async function publishAnnouncementAction(_: FormState, formData: FormData): Promise<FormState> {
  return revalidateReaders(await submitForm(formData, publishAnnouncement, STAFF));
}

export async function updateAnnouncementAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = revalidateReaders(await submitForm(formData, updateAnnouncement, STAFF));
  if (state.status !== 'ok') return state;
  redirect(LIST);
}

// Buttons of the list, shown only to whom may use them; a refusal (someone else deleted it first) leaves the list as it is now.
export async function unpinAnnouncementAction(formData: FormData): Promise<void> {
  revalidateReaders(await submitForm(formData, unpinAnnouncement, STAFF));
}

export async function deleteAnnouncementAction(formData: FormData): Promise<void> {
  revalidateReaders(await submitForm(formData, deleteAnnouncement, STAFF));
}
