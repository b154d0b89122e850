'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser, requireMember } from '@/lib/auth/session';
import { Forbidden } from '@/lib/errors';
import type { FormState } from '@/lib/forms/state';
import { formObject, runAction } from '@/lib/forms/run-action';
import { appealDecision } from '@/lib/moderation/appeal';
import { appealSanction } from '@/lib/moderation/appeal-sanction';
import { reportContent } from '@/lib/moderation/report';

/** The form names its target as "type:id" (one radio per thing the member may mean: the post or its author). */
export async function reportAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const { target = '', ...rest } = formObject(formData);
  const at = target.indexOf(':');
  return runAction(formData, () => reportContent({ actor, input: { ...rest, targetType: target.slice(0, at), targetId: target.slice(at + 1) } as never }));
}

export async function appealAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const state = await runAction(formData, () => appealDecision({ actor, input: formObject(formData) as never }));
  if (state.status === 'ok') revalidatePath('/moderation', 'layout');
  return state;
}

/** From /moderation or, for a suspended or banned member who may not reach member pages, from /account-status. */
export async function appealSanctionAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(formData, async () => {
    const actor = await getCurrentUser();
    if (!actor) throw new Forbidden();
    return appealSanction({ actor, input: formObject(formData) as never });
  });
  if (state.status === 'ok') {
    revalidatePath('/moderation');
    revalidatePath('/account-status');
  }
  return state;
}
