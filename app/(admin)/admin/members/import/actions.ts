'use server';

import { callVerb, submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { commitRoster } from '@/lib/roster/commit';
import { mapRosterColumns } from '@/lib/roster/map';
import { uploadRoster } from '@/lib/roster/upload';

export async function uploadRosterAction(_: FormState, formData: FormData) {
  return submitForm(formData, uploadRoster, { role: 'manager', files: ['file'] });
}

export async function mapRosterAction(_: FormState, formData: FormData) {
  return submitForm(formData, mapRosterColumns, { role: 'manager', refresh: true });
}

export async function commitRosterAction(importId: string) {
  return callVerb(commitRoster, { importId }, { role: 'manager', refresh: true });
}
