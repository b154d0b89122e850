'use server';

import { closeFollowUp } from '@/lib/at-risk/close-follow-up';
import { logFollowUp } from '@/lib/at-risk/log-follow-up';
import { openFollowUp } from '@/lib/at-risk/open-follow-up';
import { setValueBand } from '@/lib/at-risk/set-value-band';
import type { FormState } from '@/lib/forms/state';
import { type FormVerb, submitIntent } from '@/lib/forms/submit';

const VERBS: Record<string, FormVerb<unknown>> = { open: openFollowUp, log: logFollowUp, close: closeFollowUp, valueBand: setValueBand };

/** Every form of the members-at-risk page; the page re-renders for its viewer after each one. */
export async function atRiskAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitIntent(formData, VERBS, { role: 'staff', refresh: true });
}
