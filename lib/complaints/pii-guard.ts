import { Invalid } from '@/lib/errors';
import { detectPii, maskPii, maskValue, type PiiKind, removePii } from '@/lib/pii';
import type { PiiDecision } from './fields';

/** What the form shows the author: where, what kind, and the value already masked. */
export interface PiiHit {
  field: string;
  kind: PiiKind;
  masked: string;
}

export interface Guarded<F extends string> {
  /** The text that may go public. */
  public: Record<F, string>;
  /** The original text, for the private case, when the author kept data there. */
  kept: Record<F, string> | null;
}

// Language-neutral so the same public text reads well for every member.
export const REMOVED = '[…]';

/**
 * Nothing with personal data becomes public without the author deciding what happens to it.
 * Without a decision the guard refuses with what it found; `keep_private` is offered only where
 * the writer has a private case to keep it in (the complaint's author and staff).
 */
export function guardPersonalData<F extends string>(texts: Record<F, string>, decision: PiiDecision | null, privateCaseAvailable: boolean): Guarded<F> {
  const fields = Object.keys(texts) as F[];
  const found = fields.map((field) => ({ field, findings: detectPii(texts[field]) }));
  const hits: PiiHit[] = found.flatMap(({ field, findings }) => findings.map((f) => ({ field, kind: f.kind, masked: maskValue(f.kind, f.reads) })));
  if (hits.length === 0) return { public: texts, kept: null };
  const usable = decision === 'remove' || (decision === 'keep_private' && privateCaseAvailable);
  if (!usable) {
    const fieldErrors = Object.fromEntries(found.filter((f) => f.findings.length > 0).map((f) => [f.field, ['complaints.errors.personalData']]));
    throw new Invalid(fieldErrors, 'complaints.errors.personalDataFound', { pii: hits, privateCaseAvailable });
  }
  const out = {} as Record<F, string>;
  for (const { field, findings } of found) out[field] = decision === 'remove' ? removePii(texts[field], findings, REMOVED) : maskPii(texts[field], findings);
  return { public: out, kept: decision === 'keep_private' ? texts : null };
}
