'use server';

import { submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { createApiToken } from '@/lib/integrations/create';
import { revokeApiToken } from '@/lib/integrations/revoke';

const PATH = '/admin/integrations';

export async function createTokenAction(_: FormState, formData: FormData) {
  // One value per ticked box: the verb takes them as one list.
  const state = await submitForm(formData, createApiToken, { role: 'manager', revalidate: PATH, server: { scopes: formData.getAll('scopes').filter((v) => typeof v === 'string').join(',') } });
  return state.status === 'ok' && state.data ? { ...state, data: { token: state.data.token, name: state.data.name } } : { ...state, data: undefined };
}

export async function revokeTokenAction(_: FormState, formData: FormData) {
  return submitForm(formData, revokeApiToken, { role: 'manager', revalidate: PATH });
}
