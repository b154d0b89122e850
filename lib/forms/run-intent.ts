import type { Actor } from '@/lib/policy';
import { formObject, runAction } from './run-action';
import type { FormState } from './state';

export type IntentVerb = (args: { actor: Actor; input: never }) => Promise<unknown>;

/**
 * Pages with many small forms post to one action; each form names its verb in a hidden `$intent`
 * field and the verb checks everything else. An unknown intent changes nothing.
 */
export async function runIntent(formData: FormData, actor: Actor, verbs: Record<string, IntentVerb>): Promise<FormState> {
  const intent = String(formData.get('$intent'));
  const verb = Object.hasOwn(verbs, intent) ? verbs[intent] : undefined;
  if (!verb) return { status: 'error', message: 'errors.invalid' };
  return runAction(formData, () => verb({ actor, input: formObject(formData) as never }));
}
