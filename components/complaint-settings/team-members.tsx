'use client';

import { UserMinus } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { SubmitButton } from '@/components/ui/submit-button';
import type { StaffPerson } from '@/lib/complaints/settings/queries';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { IntentButton } from './intent-button';
import { useSettingsAction } from './settings-action';

function AddMemberForm({ teamId, teamName, candidates }: { teamId: string; teamName: string; candidates: StaffPerson[] }) {
  const t = useTranslations('complaintSettings.teams');
  const { state, action, errors, message, value } = useSettingsAction();
  const fieldId = `team-${teamId}-person`;
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <HiddenFields intent="addTeamMember" fields={{ teamId }} />
      <FieldFrame fieldId={fieldId} label={t('person')} errors={errors('userId')} className="sm:flex-1">
        {/* Keyed by its default, which React only applies on mount (see the SLA form). */}
        <select key={value('userId')} id={fieldId} name="userId" defaultValue={value('userId')} {...fieldIds(fieldId, false, errors('userId'))} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3 text-base">
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.staffTitle ? `${p.displayName} · ${p.staffTitle}` : p.displayName}
            </option>
          ))}
        </select>
      </FieldFrame>
      <div className="sm:pt-6">
        <SubmitButton variant="secondary" pendingLabel={t('add')}>
          {t('add')}
          <span className="sr-only">: {teamName}</span>
        </SubmitButton>
      </div>
      <FormMessage state={state} message={message} />
    </form>
  );
}

/** Who is in a team, with a way to take each person out and to bring in anyone from staff. */
export function TeamMembers({ teamId, teamName, members, staff }: { teamId: string; teamName: string; members: StaffPerson[]; staff: StaffPerson[] }) {
  const t = useTranslations('complaintSettings.teams');
  const inTeam = new Set(members.map((m) => m.id));
  const candidates = staff.filter((p) => !inTeam.has(p.id));
  return (
    <div className="mt-3 flex flex-col gap-3 border-t border-zinc-200 pt-3">
      <h3 className="text-sm font-semibold text-zinc-800">{t('members')}</h3>
      {members.length === 0 ? (
        <p className="text-sm text-zinc-700">{t('noMembers')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm">
                <span className="font-medium">{m.displayName}</span>
                {m.staffTitle ? <span className="text-zinc-700"> · {m.staffTitle}</span> : null}
              </span>
              <IntentButton intent="removeTeamMember" fields={{ teamId, userId: m.id }} label={t('remove')} context={`${m.displayName}, ${teamName}`} icon={<UserMinus aria-hidden className="size-5" />} variant="ghost" />
            </li>
          ))}
        </ul>
      )}
      {candidates.length === 0 ? <p className="text-sm text-zinc-700">{t('everyoneIn')}</p> : <AddMemberForm teamId={teamId} teamName={teamName} candidates={candidates} />}
    </div>
  );
}
