'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/i18n/intl';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { InboxActionResult } from '@/lib/complaints/inbox-action';
import type { IncidentType } from '@/lib/complaints/incidents/fields';
import type { Priority } from '@/lib/complaints/sla';
import type { FormState } from '@/lib/forms/state';
import { SelectField, type SelectFieldProps, type SelectOption } from '@/components/ui/select-field';
import { useSelection } from './selection';

type State = FormState<InboxActionResult>;
type Attempt = State & { attempt: number };
const FIRST: Attempt = { status: 'idle', attempt: 0 };

const ACTIONS = ['assign', 'priority', 'start_progress', 'close', 'incident'] as const;
const CLOSE_REASONS = ['not_actionable', 'no_response'] as const;
const LEVELS = ['1', '2', '3'] as const;
// Two columns on a phone: a field spans both unless it pairs with another (incident type and level).
const WIDE = 'col-span-2 lg:col-span-1';
// The fields each action shows; an error on any other field is said in the message at the top.
const FIELDS: Record<string, readonly string[]> = { assign: ['assignTo'], priority: ['priority'], close: ['reason'], incident: ['title', 'type', 'level'], start_progress: [] };

export interface BulkBarProps {
  action: (state: State, formData: FormData) => Promise<State>;
  people: { id: string; name: string; title: string | null }[];
  teams: { id: string; name: string }[];
  priorities: readonly Priority[];
  incidentTypes: readonly IncidentType[];
}

function Outcome({ state, onDismiss }: { state: State; onDismiss: () => void }) {
  const t = useTranslations('inbox.bulk');
  const { message, errors } = useFormErrors(state);
  const shown = FIELDS[state.values?.action ?? ''] ?? [];
  const hidden = Object.keys(state.fieldErrors ?? {}).filter((f) => f !== 'action' && !shown.includes(f));
  const text =
    state.status === 'error'
      ? [message, ...hidden.flatMap((f) => errors(f) ?? [])].filter(Boolean).join(' ')
      : state.data?.action === 'incident'
        ? t('incidentCreated')
        : t('done', { count: state.data?.changed ?? 0 });
  return (
    <Alert tone={state.status === 'error' ? 'error' : 'success'}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          {text}{' '}
          {state.data?.action === 'incident' ? (
            <Link href={`/staff/incidents/${state.data.incidentId}`} className="font-semibold underline underline-offset-4">
              {t('openIncident')}
            </Link>
          ) : null}
        </p>
        <Button type="button" variant="ghost" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </div>
    </Alert>
  );
}

/**
 * What to do with the complaints ticked on the page. It appears once something is ticked and stays
 * in view at the bottom of the screen; the outcome stays until dismissed.
 */
export function BulkBar({ action, people, teams, priorities, incidentTypes }: BulkBarProps) {
  const t = useTranslations('inbox');
  const tc = useTranslations('complaints');
  const { selected, clear } = useSelection();
  // React resets a form after its action, and a select then falls back to the option it first had,
  // whatever was chosen since. A fresh form for each attempt starts from what was chosen instead.
  const [state, formAction] = useActionState(async (prev: Attempt, formData: FormData): Promise<Attempt> => {
    const next = await action(prev, formData);
    if (next.status === 'ok') clear();
    return { ...next, attempt: prev.attempt + 1 };
  }, FIRST);
  const [dismissed, setDismissed] = useState(0);
  const { errors, value } = useFormErrors(state);
  const [choice, setChoice] = useState<string>('assign');
  // A select that starts at "Choose…" and keeps what was chosen when the action is refused.
  const pick = (name: string, label: string, options: SelectOption[], more: { groups?: SelectFieldProps['groups']; className?: string } = {}) => (
    <SelectField
      id={`bulk-${name}`}
      name={name}
      className={WIDE}
      label={label}
      defaultValue={value(name) ?? ''}
      errors={errors(name)}
      options={[{ value: '', label: t('bulk.choose') }, ...options]}
      {...more}
    />
  );

  const count = selected.length;
  const showOutcome = state.status !== 'idle' && dismissed !== state.attempt;
  if (count === 0 && !showOutcome) return null;
  return (
    <div className="sticky bottom-20 z-20 flex flex-col gap-2 md:bottom-4">
      {showOutcome ? <Outcome state={state} onDismiss={() => setDismissed(state.attempt)} /> : null}
      {count > 0 ? (
        <form
          key={state.attempt}
          action={formAction}
          aria-label={t('bulk.label')}
          className="flex max-h-[70vh] flex-col gap-3 overflow-y-auto rounded-lg border border-zinc-300 bg-white p-3 shadow-lg sm:p-4"
          noValidate
        >
          <div className="flex items-center justify-between gap-2">
            <p className="text-sm font-semibold sm:text-base" aria-live="polite">
              {t('bulk.selected', { count })}
            </p>
            <Button type="button" variant="ghost" onClick={clear}>
              {t('bulk.clear')}
            </Button>
          </div>
          {selected.map((id) => (
            <input key={id} type="hidden" name="complaintIds" value={id} />
          ))}
          <div className="grid grid-cols-2 items-end gap-3 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]">
            <SelectField
              id="bulk-action"
              name="action"
              className={WIDE}
              label={t('bulk.action')}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              options={ACTIONS.map((a) => ({ value: a, label: t(`bulk.actions.${a}`) }))}
            />
            {choice === 'assign'
              ? pick('assignTo', t('bulk.assignTo'), [{ value: 'nobody', label: t('bulk.nobody') }], {
                  groups: [
                    { label: t('bulk.people'), options: people.map((p) => ({ value: `person:${p.id}`, label: p.title ? `${p.name} · ${p.title}` : p.name })) },
                    { label: t('bulk.teams'), options: teams.map((team) => ({ value: `team:${team.id}`, label: team.name })) },
                  ],
                })
              : null}
            {choice === 'priority' ? pick('priority', t('bulk.priority'), priorities.map((p) => ({ value: p, label: tc(`priority.${p}`) }))) : null}
            {choice === 'close' ? pick('reason', t('bulk.reason'), CLOSE_REASONS.map((r) => ({ value: r, label: t(`bulk.reasons.${r}`) }))) : null}
            {choice === 'incident' ? (
              <>
                <Field id="bulk-title" name="title" className={WIDE} label={t('incidents.fieldTitle')} maxLength={140} defaultValue={value('title')} errors={errors('title')} />
                {pick('type', t('incidents.fieldType'), incidentTypes.map((type) => ({ value: type, label: t(`incidents.types.${type}`) })), { className: '' })}
                <SelectField
                  id="bulk-level"
                  name="level"
                  label={t('incidents.fieldLevel')}
                  defaultValue={value('level') ?? '1'}
                  errors={errors('level')}
                  options={LEVELS.map((l) => ({ value: l, label: t(`incidents.levels.${l}`) }))}
                />
              </>
            ) : null}
            <div className={WIDE}>
              <SubmitButton pendingLabel={t('bulk.applying')}>{t('bulk.apply')}</SubmitButton>
            </div>
          </div>
        </form>
      ) : null}
    </div>
  );
}
