'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteAnnouncement } from '@/lib/announcements/delete';
import { publishAnnouncement } from '@/lib/announcements/publish';
import { unpinAnnouncement } from '@/lib/announcements/unpin';
import { updateAnnouncement } from '@/lib/announcements/update';
import { requirePermission } from '@/lib/auth/session';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';

const LIST = '/staff/announcements';

function refresh() {
  revalidatePath(LIST);
  revalidatePath('/');
}

export async function publishAnnouncementAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('publish:announcement');
  // An unticked checkbox sends nothing, which the verb would read as "pinned by default".
  const input = { ...formObject(formData), pinned: formData.get('pinned') === 'on' };
  const state = await runAction(formData, () => publishAnnouncement({ actor, input: input as never }));
  if (state.status === 'ok') refresh();
  return state;
}

export async function updateAnnouncementAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePermission('publish:announcement');
  const state = await runAction(formData, () => updateAnnouncement({ actor, input: formObject(formData) as never }));
  if (state.status !== 'ok') return state;
  refresh();
  redirect(LIST);
}

export async function unpinAnnouncementAction(formData: FormData): Promise<void> {
  const actor = await requirePermission('publish:announcement');
  await unpinAnnouncement({ actor, input: { id: String(formData.get('id')) } });
  refresh();
}

export async function deleteAnnouncementAction(formData: FormData): Promise<void> {
  const actor = await requirePermission('publish:announcement');
  await deleteAnnouncement({ actor, input: { id: String(formData.get('id')) } });
  refresh();
}
