'use server';

import { updateBrand } from '@/lib/brand/update';
import { submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { setMemberRole } from '@/lib/members/set-role';
import { sanctionMember } from '@/lib/moderation/sanction';

// Every page carries the brand: the whole page re-renders with the new one.
export async function updateBrandAction(_: FormState, formData: FormData) {
  return submitForm(formData, updateBrand, { role: 'manager', files: ['logo'], refresh: true });
}

/** Suspending or banning from the members page is the moderation sanction, administrative (no appeal). */
export async function sanctionMemberAction(_: FormState, formData: FormData) {
  return submitForm(formData, sanctionMember, { role: 'manager', server: { appealable: 'false' }, revalidate: '/admin/members' });
}

export async function setMemberRoleAction(_: FormState, formData: FormData) {
  return submitForm(formData, setMemberRole, { role: 'manager', revalidate: '/admin/members' });
}
