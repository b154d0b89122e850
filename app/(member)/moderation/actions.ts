'use server';

import { submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { appealDecision } from '@/lib/moderation/appeal';
import { appealSanction } from '@/lib/moderation/appeal-sanction';
import { reportContent } from '@/lib/moderation/report';

export async function reportAction(_: FormState, formData: FormData) {
  return submitForm(formData, reportContent);
}

export async function appealAction(_: FormState, formData: FormData) {
  return submitForm(formData, appealDecision, { refresh: true });
}

/** From /moderation or, for a suspended or banned member who may not reach member pages, from /account-status. */
export async function appealSanctionAction(_: FormState, formData: FormData) {
  return submitForm(formData, appealSanction, { anyStanding: true, refresh: true });
}
