'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useState } from 'react';
import { moderationAction } from '@/app/(staff)/staff/moderation/actions';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { SANCTION_KINDS, type SanctionKind } from '@/lib/policy/moderation';
import { ActionForm } from './action-form';
import { SelectField } from '@/components/ui/select-field';

/** Warn, silence, suspend or ban the author; the kinds a staff member may not give are refused with the reason. */
export function SanctionForm({ userId, name, manager }: { userId: string; name: string; manager: boolean }) {
  const t = useTranslations('moderation.sanction');
  const [kind, setKind] = useState<SanctionKind>('warning');
  const kinds = SANCTION_KINDS.filter((k) => manager || k === 'warning' || k === 'silence');
  const id = `sanction-${userId}`;
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md px-3 text-sm font-semibold text-zinc-800 hover:bg-zinc-100">{t('open', { name })}</summary>
      <div className="mt-2 rounded-md border border-zinc-300 bg-zinc-50 p-3">
        <ActionForm action={moderationAction} fields={{ $intent: 'sanction', userId }} submit={t('submit')} variant="danger" success={t('done')}>
          <SelectField id={`${id}-kind`} name="kind" label={t('kind')} value={kind} onChange={(e) => setKind(e.target.value as SanctionKind)} options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
          {kind === 'silence' || kind === 'suspension' ? <Field id={`${id}-days`} name="days" type="number" min={1} max={365} defaultValue="7" label={t('days')} /> : null}
          <TextareaField id={`${id}-reason`} name="reason" label={t('reason')} hint={t('reasonHint')} maxLength={500} />
        </ActionForm>
      </div>
    </details>
  );
}
