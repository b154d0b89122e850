'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

const SELECT = 'min-h-11 rounded-md border border-zinc-400 bg-white px-3';

export interface MemberControlActions {
  /** Suspends or bans through the one sanction verb. */
  setStatus: FormAction;
  setRole: FormAction;
}

export function MemberControls({ userId, role, staffTitle, actions }: { userId: string; role: string; staffTitle: string | null; actions: MemberControlActions }) {
  const t = useTranslations('admin.members');
  const roles = useTranslations('roles');
  const tl = useTranslations('memberList');
  const [statusState, statusAction] = useActionState(actions.setStatus, IDLE);
  const [roleState, roleAction] = useActionState(actions.setRole, IDLE);
  const s = useFormErrors(statusState);
  const r = useFormErrors(roleState);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={statusAction} className="flex flex-col gap-2" noValidate>
        <input type="hidden" name="userId" value={userId} />
        {statusState.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
        {s.message && !statusState.fieldErrors ? <Alert tone="error">{s.message}</Alert> : null}
        <label htmlFor={`status-${userId}`} className="text-sm font-medium">
          {tl('newMeasure')}
        </label>
        {/* A measure to take, not the current status (shown above the form); reinstating is lifting the sanction, below. */}
        <select id={`status-${userId}`} name="kind" defaultValue={s.value('kind') ?? 'suspension'} className={SELECT}>
          <option value="suspension">{tl('measures.suspension')}</option>
          <option value="ban">{tl('measures.ban')}</option>
        </select>
        <Field name="days" id={`days-${userId}`} type="number" min={1} max={365} label={t('suspendDays')} defaultValue={s.value('days') ?? '7'} errors={s.errors('days')} />
        <Field name="reason" id={`reason-${userId}`} label={t('reason')} defaultValue={s.value('reason')} errors={s.errors('reason')} />
        <div>
          <SubmitButton variant="danger" pendingLabel={t('pending')}>
            {tl('applyMeasure')}
          </SubmitButton>
        </div>
      </form>
      <form action={roleAction} className="flex flex-col gap-2" noValidate>
        <input type="hidden" name="userId" value={userId} />
        {roleState.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
        {r.message && !roleState.fieldErrors ? <Alert tone="error">{r.message}</Alert> : null}
        <label htmlFor={`role-${userId}`} className="text-sm font-medium">
          {t('role')}
        </label>
        <select id={`role-${userId}`} name="role" defaultValue={r.value('role') ?? role} className={SELECT}>
          {(['member', 'staff', 'manager'] as const).map((x) => (
            <option key={x} value={x}>
              {roles(x)}
            </option>
          ))}
        </select>
        <Field name="staffTitle" id={`title-${userId}`} label={t('staffTitle')} hint={t('staffTitleHint')} defaultValue={r.value('staffTitle') ?? staffTitle ?? ''} errors={r.errors('staffTitle')} />
        <div>
          <SubmitButton variant="secondary" pendingLabel={t('pending')}>
            {t('applyRole')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
