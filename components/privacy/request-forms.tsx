'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { type SelectOption, SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FormAction } from '@/lib/forms/state';
import { PrivacyForm } from './privacy-form';

const MAX_DETAILS = 4_000;

function useKinds(kinds: readonly string[]): SelectOption[] {
  const t = useTranslations('privacy.kinds');
  return kinds.map((value) => ({ value, label: t(value) }));
}

/** The member's own "make a request" form. */
export function MemberRequestForm({ action, idempotencyKey, kinds }: { action: FormAction; idempotencyKey: string; kinds: readonly string[] }) {
  const t = useTranslations('privacy.request');
  const options = useKinds(kinds);
  return (
    <PrivacyForm action={action} intent="open" hidden={{ idempotencyKey }} done="request.sent" submit="request.send" pending="request.sending">
      {({ errors, value }) => (
        <>
          <SelectField id="request-kind" name="kind" label={t('kind')} options={options} defaultValue={value('kind') ?? 'access'} errors={errors('kind')} />
          <TextareaField id="request-details" name="details" label={t('details')} hint={t('detailsHint')} rows={4} maxLength={MAX_DETAILS} defaultValue={value('details')} errors={errors('details')} />
        </>
      )}
    </PrivacyForm>
  );
}

/** Staff enter one that came by letter: whose it is, what it asks, the day it arrived. */
export function LetterRequestForm({ action, idempotencyKey, kinds, today }: { action: FormAction; idempotencyKey: string; kinds: readonly string[]; today: string }) {
  const t = useTranslations('privacy.desk.letter');
  const options = useKinds(kinds);
  return (
    <PrivacyForm action={action} intent="enter" hidden={{ idempotencyKey }} done="desk.letter.entered" submit="desk.letter.enter" pending="desk.letter.entering">
      {({ errors, value }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="letter-email" name="email" type="email" autoComplete="off" label={t('email')} defaultValue={value('email')} errors={errors('email')} required />
          <SelectField id="letter-kind" name="kind" label={t('kind')} options={options} defaultValue={value('kind') ?? 'access'} errors={errors('kind')} />
          <Field id="letter-received" name="receivedOn" type="date" max={today} label={t('receivedOn')} defaultValue={value('receivedOn') ?? today} errors={errors('receivedOn')} required />
          <div className="sm:col-span-2">
            <TextareaField id="letter-details" name="details" label={t('details')} rows={3} maxLength={MAX_DETAILS} defaultValue={value('details')} errors={errors('details')} />
          </div>
        </div>
      )}
    </PrivacyForm>
  );
}

export function AssignForm({ action, requestId, managers, assigneeId }: { action: FormAction; requestId: string; managers: SelectOption[]; assigneeId: string | null }) {
  const t = useTranslations('privacy.desk.detail');
  return (
    <PrivacyForm action={action} intent="assign" hidden={{ requestId }} done="desk.detail.assigned" submit="desk.detail.assign" pending="desk.detail.assigning" variant="secondary">
      {({ errors, value }) => (
        <SelectField id="assignee" name="assigneeId" label={t('assignee')} options={[{ value: '', label: t('nobody') }, ...managers]} defaultValue={value('assigneeId') ?? assigneeId ?? ''} errors={errors('assigneeId')} />
      )}
    </PrivacyForm>
  );
}

export function ResolveForm({ action, requestId, outcomes }: { action: FormAction; requestId: string; outcomes: readonly string[] }) {
  const t = useTranslations('privacy.desk.detail');
  const options = outcomes.map((value) => ({ value, label: t(`outcomes.${value}`) }));
  return (
    <PrivacyForm action={action} intent="resolve" hidden={{ requestId }} done="desk.detail.resolved" submit="desk.detail.resolve" pending="desk.detail.resolving">
      {({ errors, value }) => (
        <>
          <SelectField id="outcome" name="outcome" label={t('outcome')} options={options} defaultValue={value('outcome') ?? 'resolved'} errors={errors('outcome')} />
          <TextareaField id="resolution" name="resolution" label={t('resolution')} hint={t('resolutionHint')} rows={4} maxLength={MAX_DETAILS} defaultValue={value('resolution')} errors={errors('resolution')} required />
        </>
      )}
    </PrivacyForm>
  );
}
