import { refresh, revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { getCurrentUser, requireMember, requireRole } from '@/lib/auth/session';
import type { Actor, Role } from '@/lib/policy';
import type { FormInput } from '@/lib/verb';
import { formFiles } from './files';
import { formObject, runAction } from './run-action';
import type { FormState } from './state';

/** Any verb made by `defineVerb`: it takes the strings (and files) of a form and parses them itself. */
export type FormVerb<R> = (args: { actor: Actor; input: FormInput }) => Promise<R>;
/** A verb made by `definePublicVerb`, which someone without a session takes. */
export type PublicFormVerb<R> = (args: { actor: null; input: FormInput }) => Promise<R>;

export interface SubmitOptions {
  /** Who may post the form at all; a signed-in active member by default. The verb checks the rest. */
  role?: Role;
  /** A suspended or banned member may post it too (their own appeal, from /account-status); the verb's standing decides. */
  anyStanding?: boolean;
  /** File inputs whose bytes go to the verb. */
  files?: readonly string[];
  /** Fields only the server knows (the client's address, for a rate limit): they replace any the form sent. */
  server?: Readonly<Record<string, string>>;
  /** Re-render the current page for this viewer after success (pages that do not update themselves live). */
  refresh?: boolean;
  /** A path whose cached render is out of date after the action, success or not. */
  revalidate?: string;
}

async function actorFor(opts: SubmitOptions): Promise<Actor> {
  if (opts.anyStanding) return (await getCurrentUser()) ?? redirect('/sign-in');
  return opts.role ? requireRole(opts.role) : requireMember();
}

async function formInput(formData: FormData, opts: SubmitOptions): Promise<FormInput> {
  const input: Record<string, string | Uint8Array<ArrayBuffer>[]> = formObject(formData);
  for (const name of opts.files ?? []) input[name] = await formFiles(formData, name);
  return { ...input, ...opts.server };
}

async function finish<R>(state: FormState<R>, opts: SubmitOptions): Promise<FormState<R>> {
  if (state.status === 'ok' && opts.refresh) refresh();
  if (opts.revalidate) revalidatePath(opts.revalidate);
  return state;
}

/**
 * The one server-action style: who is asking, what the form sent, the verb, and the answer as the form
 * shows it (field errors next to the fields, the typed text kept).
 */
export async function submitForm<R>(formData: FormData, verb: FormVerb<R>, opts: SubmitOptions = {}): Promise<FormState<R>> {
  const actor = await actorFor(opts);
  const input = await formInput(formData, opts);
  return finish(await runAction(formData, () => verb({ actor, input })), opts);
}

/**
 * The same for the forms posted without a session (redeeming an invitation, asking to join, a password
 * reset, unsubscribing): no actor, and the request's address as `ip` for the verb's rate limit, set here
 * so that no form can choose it.
 */
export async function submitPublicForm<R>(formData: FormData, verb: PublicFormVerb<R>, opts: Pick<SubmitOptions, 'files' | 'server' | 'refresh' | 'revalidate'> = {}): Promise<FormState<R>> {
  const input = await formInput(formData, { ...opts, server: { ...opts.server, ip: clientIpFrom(await headers()) } });
  return finish(await runAction(formData, () => verb({ actor: null, input })), opts);
}

/** Pages with many small forms post to one action: each form names its verb in a hidden `$intent` field. */
export async function submitIntent(formData: FormData, verbs: Record<string, FormVerb<unknown>>, opts: SubmitOptions = {}): Promise<FormState> {
  const intent = String(formData.get('$intent'));
  const verb = Object.hasOwn(verbs, intent) ? verbs[intent] : undefined;
  if (!verb) return { status: 'error', message: 'errors.invalid' };
  return submitForm(formData, verb, opts);
}

/** Buttons that call an action with typed arguments: the same verb, the same answer. */
export async function callVerb<I, R>(verb: (args: { actor: Actor; input: I }) => Promise<R>, input: I, opts: SubmitOptions = {}): Promise<FormState<R>> {
  const actor = await actorFor(opts);
  return finish(await runAction(new FormData(), () => verb({ actor, input })), opts);
}
