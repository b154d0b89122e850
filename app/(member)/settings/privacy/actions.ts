'use server';

import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { cancelErasure, requestErasure } from '@/lib/privacy/erase';
import { requestDataExport } from '@/lib/privacy/export';

export async function requestExportAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitForm(formData, requestDataExport, { refresh: true });
}

export async function requestErasureAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitForm(formData, requestErasure, { refresh: true });
}

export async function cancelErasureAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitForm(formData, cancelErasure, { refresh: true });
}
