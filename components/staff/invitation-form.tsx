'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormAction, FormState } from '@/lib/forms/state';

const INITIAL: FormState<{ code: string }> = { status: 'idle' };

export function InvitationForm({ canInviteStaff, baseUrl, action: create }: { canInviteStaff: boolean; baseUrl: string; action: FormAction<{ code: string }> }) {
  const t = useTranslations('staff.invitations');
  const roles = useTranslations('roles');
  const [state, action] = useActionState(create, INITIAL);
  const { errors, message, value } = useFormErrors(state);
  const code = state.status === 'ok' ? state.data?.code : undefined;
  return (
    <div className="flex flex-col gap-4">
      {code ? (
        <Alert tone="success">
          <p className="font-semibold">{t('created')}</p>
          <p className="mt-1">
            {t('code')}: <code className="rounded bg-white px-1 font-mono text-base" data-testid="invitation-code">{code}</code>
          </p>
          <p className="mt-1 break-all">
            {t('link')}: <code className="font-mono" data-testid="invitation-link">{`${baseUrl}/join/${code}`}</code>
          </p>
          <p className="mt-1 text-xs">{t('shownOnce')}</p>
        </Alert>
      ) : null}
      {message && state.status === 'error' && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
        <Field name="email" type="email" label={t('email')} hint={t('emailHint')} defaultValue={value('email')} errors={errors('email')} />
        <Field name="note" label={t('note')} defaultValue={value('note')} errors={errors('note')} />
        <Field name="maxUses" type="number" min={1} max={500} label={t('maxUses')} defaultValue={value('maxUses') ?? '1'} errors={errors('maxUses')} />
        <Field name="expiresInDays" type="number" min={1} max={90} label={t('expiresInDays')} defaultValue={value('expiresInDays') ?? '14'} errors={errors('expiresInDays')} />
        {canInviteStaff ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="field-role" className="text-sm font-medium text-zinc-800">
              {t('role')}
            </label>
            <select id="field-role" name="role" defaultValue={value('role') ?? 'member'} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3">
              {(['member', 'staff', 'manager'] as const).map((r) => (
                <option key={r} value={r}>
                  {roles(r)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
