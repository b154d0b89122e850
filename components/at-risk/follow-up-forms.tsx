'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { type SelectOption, SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FormAction } from '@/lib/forms/state';
import { AtRiskForm } from './at-risk-form';

const MAX_NOTE = 2_000;

function useChoices(group: 'channels' | 'outcomes' | 'valueBands', values: readonly string[]): SelectOption[] {
  const t = useTranslations('atRisk');
  return values.map((value) => ({ value, label: t(`${group}.${value}`) }));
}

interface Common {
  action: FormAction;
  idempotencyKey: string;
}

export function OpenFollowUpForm({
  action,
  idempotencyKey,
  memberId,
  channels,
  people,
  me,
  defaultDue,
  minDue,
  complaints,
}: Common & { memberId: string; channels: readonly string[]; people: SelectOption[]; me: string; defaultDue: string; minDue: string; complaints: SelectOption[] }) {
  const t = useTranslations('atRisk.followUp');
  const channelOptions = useChoices('channels', channels);
  const id = (f: string) => `open-${f}-${memberId}`;
  return (
    <AtRiskForm action={action} intent="open" hidden={{ memberId, idempotencyKey }} done="followUp.opened" submit="followUp.open" pending="followUp.opening">
      {({ errors, value }) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField id={id('assignee')} name="assigneeId" label={t('assignee')} options={people} defaultValue={value('assigneeId') ?? me} errors={errors('assigneeId')} />
          <SelectField id={id('channel')} name="channel" label={t('channel')} options={channelOptions} defaultValue={value('channel') ?? 'call'} errors={errors('channel')} />
          <Field id={id('due')} name="dueAt" type="date" label={t('dueAt')} min={minDue} defaultValue={value('dueAt') ?? defaultDue} errors={errors('dueAt')} required />
          <SelectField id={id('complaint')} name="complaintId" label={t('complaint')} options={[{ value: '', label: t('noComplaint') }, ...complaints]} defaultValue={value('complaintId') ?? ''} errors={errors('complaintId')} />
          <div className="sm:col-span-2">
            <TextareaField id={id('note')} name="note" label={t('note')} rows={2} maxLength={MAX_NOTE} defaultValue={value('note')} errors={errors('note')} />
          </div>
        </div>
      )}
    </AtRiskForm>
  );
}

export function LogFollowUpForm({ action, idempotencyKey, followUpId, channels, channel }: Common & { followUpId: string; channels: readonly string[]; channel: string }) {
  const t = useTranslations('atRisk.followUp');
  const channelOptions = useChoices('channels', channels);
  const id = (f: string) => `log-${f}-${followUpId}`;
  return (
    <AtRiskForm action={action} intent="log" hidden={{ followUpId, idempotencyKey }} done="followUp.logged" submit="followUp.log" pending="followUp.logging">
      {({ errors, value }) => (
        <>
          <SelectField id={id('channel')} name="channel" label={t('channel')} options={channelOptions} defaultValue={value('channel') ?? channel} errors={errors('channel')} />
          <TextareaField id={id('note')} name="note" label={t('logNote')} rows={3} maxLength={MAX_NOTE} required defaultValue={value('note')} errors={errors('note')} />
        </>
      )}
    </AtRiskForm>
  );
}

export function CloseFollowUpForm({ action, idempotencyKey, followUpId, outcomes }: Common & { followUpId: string; outcomes: readonly string[] }) {
  const t = useTranslations('atRisk.followUp');
  const outcomeOptions = useChoices('outcomes', outcomes);
  const id = (f: string) => `close-${f}-${followUpId}`;
  return (
    <AtRiskForm action={action} intent="close" hidden={{ followUpId, idempotencyKey }} done="followUp.closedDone" submit="followUp.close" pending="followUp.closing">
      {({ errors, value }) => (
        <>
          <SelectField id={id('outcome')} name="outcome" label={t('outcome')} options={outcomeOptions} defaultValue={value('outcome') ?? 'stayed'} errors={errors('outcome')} />
          <TextareaField id={id('note')} name="note" label={t('closeNote')} rows={2} maxLength={MAX_NOTE} defaultValue={value('note')} errors={errors('note')} />
        </>
      )}
    </AtRiskForm>
  );
}

export function ValueBandForm({ action, userId, bands, band }: { action: FormAction; userId: string; bands: readonly string[]; band: string | null }) {
  const t = useTranslations('atRisk');
  const options = [{ value: '', label: t('noValueBand') }, ...useChoices('valueBands', bands)];
  return (
    <AtRiskForm action={action} intent="valueBand" hidden={{ userId }} done="valueBand.saved" submit="valueBand.save" pending="valueBand.saving">
      {({ errors, value }) => <SelectField id={`band-${userId}`} name="band" label={t('valueBand.label')} options={options} defaultValue={value('band') ?? band ?? ''} errors={errors('band')} />}
    </AtRiskForm>
  );
}
