'use client';

import { Archive, ArchiveRestore } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { ListKind } from '@/lib/complaints/settings/lists';
import type { ListEntry } from '@/lib/complaints/settings/queries';
import { CreateEntryForm } from './create-entry-form';
import { IntentButton } from './intent-button';
import { MoveButtons } from './move-buttons';
import { RenameEntryForm } from './rename-entry-form';

const ICON = 'size-5 shrink-0';

function EntryRow({ kind, entry, first, last, nameMax, children }: { kind: ListKind; entry: ListEntry; first: boolean; last: boolean; nameMax: number; children?: ReactNode }) {
  const t = useTranslations('complaintSettings.entry');
  const target = { list: kind, id: entry.id };
  return (
    <li className="rounded-lg border border-zinc-200 bg-white p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
        <span className="min-w-0 flex-1 text-base font-semibold break-words">{entry.name}</span>
        <div className="flex flex-wrap items-start gap-2">
          {entry.archived ? null : <MoveButtons intent="moveEntry" fields={target} name={entry.name} first={first} last={last} />}
          <IntentButton
            intent="archiveEntry"
            fields={{ ...target, archived: String(!entry.archived) }}
            label={entry.archived ? t('unarchive') : t('archive')}
            context={entry.name}
            icon={entry.archived ? <ArchiveRestore aria-hidden className={ICON} /> : <Archive aria-hidden className={ICON} />}
          />
        </div>
      </div>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-ink underline underline-offset-4">
          {t('rename')}
          <span className="sr-only">: {entry.name}</span>
        </summary>
        <RenameEntryForm kind={kind} id={entry.id} name={entry.name} nameEn={entry.nameEn} nameMax={nameMax} />
      </details>
      {children}
    </li>
  );
}

/**
 * A manager's list (categories, branches or teams): add, rename, reorder, archive and restore.
 * `extras` adds per-entry content under the row (a team's members).
 */
export function ListManager({
  kind,
  entries,
  idempotencyKey,
  nameMax,
  extras = {},
}: {
  kind: ListKind;
  entries: ListEntry[];
  idempotencyKey: string;
  nameMax: number;
  extras?: Record<string, ReactNode>;
}) {
  const t = useTranslations(`complaintSettings.lists.${kind}`);
  const active = entries.filter((e) => !e.archived);
  const archived = entries.filter((e) => e.archived);
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('newTitle')}</h2>
        <CreateEntryForm kind={kind} idempotencyKey={idempotencyKey} nameMax={nameMax} />
      </Card>
      <section aria-labelledby="active-entries" className="flex flex-col gap-3">
        <h2 id="active-entries" className="text-lg font-semibold">
          {t('activeTitle')}
        </h2>
        {active.length === 0 ? (
          <p className="text-zinc-700">{t('none')}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {active.map((e, i) => (
              <EntryRow key={e.id} kind={kind} entry={e} first={i === 0} last={i === active.length - 1} nameMax={nameMax}>
                {extras[e.id]}
              </EntryRow>
            ))}
          </ol>
        )}
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-entries" className="flex flex-col gap-3">
          <h2 id="archived-entries" className="text-lg font-semibold">
            {t('archivedTitle', { count: archived.length })}
          </h2>
          <ul className="flex flex-col gap-3">
            {archived.map((e) => (
              <EntryRow key={e.id} kind={kind} entry={e} first last nameMax={nameMax}>
                {extras[e.id]}
              </EntryRow>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
