'use client';

import { ShieldAlert } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/forms/state';

interface Hit {
  field: string;
  kind: string;
  masked: string;
}

/**
 * What the personal-data guard found, and the author's two ways on: take it out, or keep it only in
 * the private case (masked in public). Each button submits the form again with that decision.
 */
export function PiiPanel({ state, pending }: { state: FormState; pending: boolean }) {
  const t = useTranslations('complaints.pii');
  const details = state.details as { pii?: Hit[]; privateCaseAvailable?: boolean } | undefined;
  if (!details?.pii?.length) return null;
  return (
    <section role="alert" aria-labelledby="pii-title" className="flex flex-col gap-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h2 id="pii-title" className="flex items-center gap-2 font-semibold">
        <ShieldAlert aria-hidden className="size-5" />
        {t('title')}
      </h2>
      <p className="text-sm">{t('intro')}</p>
      <ul className="list-disc pl-5 text-sm">
        {details.pii.map((hit, i) => (
          <li key={i}>
            {t(`kind.${hit.kind}`)}: <span className="font-mono">{hit.masked}</span> ({t(`field.${hit.field}`)})
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" name="piiDecision" value="remove" disabled={pending}>
          {t('remove')}
        </Button>
        {details.privateCaseAvailable ? (
          <Button type="submit" name="piiDecision" value="keep_private" variant="secondary" disabled={pending}>
            {t('keepPrivate')}
          </Button>
        ) : null}
      </div>
      <p className="text-sm">{details.privateCaseAvailable ? t('keepPrivateHint') : t('editHint')}</p>
    </section>
  );
}
