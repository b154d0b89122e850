'use server';

import { revalidatePath } from 'next/cache';
import { addTeamMember } from '@/lib/complaints/settings/add-team-member';
import { applySlaPreset } from '@/lib/complaints/settings/apply-sla-preset';
import { setListEntryArchived } from '@/lib/complaints/settings/archive-entry';
import { createListEntry } from '@/lib/complaints/settings/create-entry';
import { createResponseTemplate } from '@/lib/complaints/settings/create-template';
import { deleteResponseTemplate } from '@/lib/complaints/settings/delete-template';
import { moveListEntry } from '@/lib/complaints/settings/move-entry';
import { moveResponseTemplate } from '@/lib/complaints/settings/move-template';
import { removeTeamMember } from '@/lib/complaints/settings/remove-team-member';
import { renameListEntry } from '@/lib/complaints/settings/rename-entry';
import { updateBoardSettings } from '@/lib/complaints/settings/update-board';
import { updateSlaPolicy } from '@/lib/complaints/settings/update-sla';
import { updateResponseTemplate } from '@/lib/complaints/settings/update-template';
import type { FormState } from '@/lib/forms/state';
import { type FormVerb, submitIntent } from '@/lib/forms/submit';

// Each form on the settings pages names its verb; the verb checks everything else.
const VERBS = {
  createEntry: createListEntry,
  renameEntry: renameListEntry,
  moveEntry: moveListEntry,
  archiveEntry: setListEntryArchived,
  addTeamMember,
  removeTeamMember,
  updateSla: updateSlaPolicy,
  applySlaPreset,
  updateBoard: updateBoardSettings,
  createTemplate: createResponseTemplate,
  updateTemplate: updateResponseTemplate,
  deleteTemplate: deleteResponseTemplate,
  moveTemplate: moveResponseTemplate,
} satisfies Record<string, FormVerb<unknown>>;

export type SettingsIntent = keyof typeof VERBS;

export async function complaintSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await submitIntent(formData, VERBS, { role: 'manager' });
  // Whether the board is public decides what visitors see on every page's navigation.
  revalidatePath(formData.get('$intent') === 'updateBoard' ? '/' : '/admin/complaints', 'layout');
  return state;
}
