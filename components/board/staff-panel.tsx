import { AlarmClock } from 'lucide-react';
import { getFormatter, getNow, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { ComplaintView } from '@/lib/complaints/queries';
import { type Action, STAFF_CLOSE_REASONS } from '@/lib/complaints/lifecycle';
import { PRIORITIES } from '@/lib/complaints/sla';
import type { FormAction } from '@/lib/forms/state';
import { ActionForm } from './action-form';

export interface StaffOptions {
  people: { id: string; name: string; title: string | null }[];
  teams: { id: string; name: string }[];
  /** Already filled in with this member's, this staff member's and this branch's names. */
  templates: { label: string; body: string }[];
}

export interface StaffActions {
  respond: FormAction;
  setStatus: FormAction;
  assign: FormAction;
  priority: FormAction;
  note: FormAction;
  redact: FormAction;
}

function Clock({ label, due, now, format }: { label: string; due: Date | null; now: Date; format: Awaited<ReturnType<typeof getFormatter>> }) {
  if (!due) return null;
  const late = due.getTime() < now.getTime();
  return (
    <p className={`flex items-center gap-2 text-sm ${late ? 'font-semibold text-red-800' : 'text-zinc-800'}`}>
      <AlarmClock aria-hidden className="size-4" />
      {label}: {format.relativeTime(due, now)} ({format.dateTime(due, { dateStyle: 'short', timeStyle: 'short' })})
    </p>
  );
}

/** Everything staff do on one complaint, signed with their name: answer, move, assign, note, redact. */
export async function StaffPanel({ view, options, actions }: { view: ComplaintView; options: StaffOptions; actions: StaffActions }) {
  const [t, tp, tr, format, now] = await Promise.all([getTranslations('complaints.staff'), getTranslations('complaints.priority'), getTranslations('complaints.closeReason'), getFormatter(), getNow()]);
  const staff = view.staff!;
  const id = { complaintId: view.id };
  const can = (a: Action) => view.viewer.actions.includes(a);
  const statements = (['official_reply', 'progress_update', 'propose_solution'] as const).filter(can);
  return (
    <Card className="flex flex-col gap-5 border-brand/40">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <div className="flex flex-col gap-1">
        <p className="text-sm">
          {t('author', { name: staff.authorName })} · {t('priorityNow', { priority: tp(staff.priority) })} · {t('assignedNow', { who: staff.assigneeName ?? staff.teamName ?? t('nobody') })}
        </p>
        <Clock label={t('nextDue')} due={staff.nextDueAt} now={now} format={format} />
        <Clock label={t('resolutionDue')} due={staff.resolutionDueAt} now={now} format={format} />
        {staff.reopenCount > 0 ? <p className="text-sm">{t('reopened', { count: staff.reopenCount })}</p> : null}
      </div>
      {view.viewer.can.answer && statements.length > 0 ? (
        <section aria-labelledby="reply-title" className="flex flex-col gap-2">
          <h3 id="reply-title" className="font-semibold">{t('replyTitle')}</h3>
          <p className="text-sm text-zinc-700">{t('replyHint')}</p>
          <ActionForm
            action={actions.respond}
            hidden={id}
            fields={[
              { kind: 'select', name: 'statement', label: t('statement'), options: statements.map((s) => ({ value: s, label: t(`statements.${s}`) })) },
              { kind: 'textarea', name: 'body', label: t('replyBody'), rows: 6, required: true, templates: options.templates, templateLabel: t('insertTemplate'), markdown: true },
            ]}
            submitLabel={t('send')}
            pendingLabel={t('sending')}
            done={t('sent')}
          />
        </section>
      ) : null}
      {view.viewer.can.answer ? (
        <section aria-labelledby="status-title" className="flex flex-col gap-3">
          <h3 id="status-title" className="font-semibold">{t('statusTitle')}</h3>
          {can('start_progress') ? <ActionForm action={actions.setStatus} hidden={{ ...id, action: 'start_progress' }} fields={[]} submitLabel={t('startProgress')} pendingLabel={t('working')} variant="secondary" /> : null}
          {can('reopen') ? <ActionForm action={actions.setStatus} hidden={{ ...id, action: 'reopen' }} fields={[]} submitLabel={t('reopen')} pendingLabel={t('working')} variant="secondary" /> : null}
          {can('close') ? (
            <ActionForm
              action={actions.setStatus}
              hidden={{ ...id, action: 'close' }}
              fields={[
                { kind: 'select', name: 'reason', label: t('closeReason'), options: STAFF_CLOSE_REASONS.map((r) => ({ value: r, label: tr(r) })) },
                { kind: 'number', name: 'duplicateOf', label: t('duplicateOf'), hint: t('duplicateOfHint') },
              ]}
              submitLabel={t('close')}
              pendingLabel={t('working')}
              variant="danger"
            />
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="assign-title" className="grid gap-4 sm:grid-cols-2">
        <h3 id="assign-title" className="font-semibold sm:col-span-2">{t('assignTitle')}</h3>
        <ActionForm
          action={actions.assign}
          hidden={id}
          fields={[
            { kind: 'select', name: 'assigneeId', label: t('person'), defaultValue: staff.assigneeId ?? '', options: [{ value: '', label: t('nobody') }, ...options.people.map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }))] },
            { kind: 'select', name: 'teamId', label: t('team'), defaultValue: staff.teamId ?? '', options: [{ value: '', label: t('noTeam') }, ...options.teams.map((tm) => ({ value: tm.id, label: tm.name }))] },
          ]}
          submitLabel={t('assign')}
          pendingLabel={t('working')}
          variant="secondary"
        />
        <ActionForm
          action={actions.priority}
          hidden={id}
          fields={[{ kind: 'select', name: 'priority', label: t('priority'), defaultValue: staff.priority, options: PRIORITIES.map((p) => ({ value: p, label: tp(p) })) }]}
          submitLabel={t('setPriority')}
          pendingLabel={t('working')}
          variant="secondary"
        />
      </section>
      <section aria-labelledby="note-title" className="flex flex-col gap-2">
        <h3 id="note-title" className="font-semibold">{t('noteTitle')}</h3>
        <ActionForm action={actions.note} hidden={id} fields={[{ kind: 'textarea', name: 'body', label: t('noteBody'), hint: t('noteHint'), required: true, markdown: true }]} submitLabel={t('addNote')} pendingLabel={t('working')} variant="secondary" />
      </section>
      <details className="rounded-md border border-zinc-200 p-3">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">{t('redactTitle')}</summary>
        <div className="mt-3">
          <ActionForm
            action={actions.redact}
            hidden={id}
            fields={[
              {
                kind: 'select',
                name: 'eventId',
                label: t('redactWhere'),
                options: [{ value: '', label: t('redactComplaint') }, ...view.timeline.filter((e) => e.visibility === 'public' && e.bodyHtml).map((e) => ({ value: String(e.id), label: t('redactEntry', { name: e.actor?.name ?? '—', date: format.dateTime(e.createdAt, { dateStyle: 'short', timeStyle: 'short' }) }) }))],
              },
              { kind: 'text', name: 'fragment', label: t('fragment'), hint: t('fragmentHint'), required: true },
              { kind: 'text', name: 'reason', label: t('redactReason'), required: true },
            ]}
            submitLabel={t('redact')}
            pendingLabel={t('working')}
            variant="danger"
          />
        </div>
      </details>
    </Card>
  );
}
