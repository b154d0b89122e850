'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/forms/state';

/** Step 4: the commit. The button stays disabled while it is on its way; a second click queues nothing more. */
export function RosterCommit({ rows, commit }: { rows: number; commit: () => Promise<FormState> }) {
  const t = useTranslations('roster');
  const errorsT = useTranslations();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      {error ? <Alert tone="error">{errorsT(error)}</Alert> : null}
      <div>
        <Button
          type="button"
          disabled={pending}
          aria-disabled={pending}
          onClick={() =>
            start(async () => {
              const state = await commit();
              setError(state.status === 'error' ? (state.message ?? 'errors.invalid') : null);
            })
          }
        >
          {pending ? t('dryRun.committing') : t('dryRun.commit', { n: rows })}
        </Button>
      </div>
    </div>
  );
}
