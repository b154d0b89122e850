'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { updateBrand } from '@/lib/brand/update';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { setMemberRole } from '@/lib/members/set-role';
import { setMemberStatus } from '@/lib/members/set-status';

export async function updateBrandAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('manager');
  const logo = formData.get('logo');
  const logoBytes = logo instanceof File && logo.size > 0 ? Buffer.from(await logo.arrayBuffer()) : null;
  const state = await runAction(formData, () => updateBrand({ actor, input: { ...formObject(formData), logo: logoBytes } as never }));
  // Every page carries the brand: the whole layout re-renders with the new one.
  if (state.status === 'ok') revalidatePath('/', 'layout');
  return state;
}

export async function setMemberStatusAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('manager');
  const state = await runAction(formData, () => setMemberStatus({ actor, input: formObject(formData) as never }));
  revalidatePath('/admin/members');
  return state;
}

export async function setMemberRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('manager');
  const state = await runAction(formData, () => setMemberRole({ actor, input: formObject(formData) as never }));
  revalidatePath('/admin/members');
  return state;
}
