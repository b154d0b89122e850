import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ListManager } from '@/components/complaint-settings/list-manager';
import { SettingsHeader } from '@/components/complaint-settings/settings-header';
import { TeamMembers } from '@/components/complaint-settings/team-members';
import { requirePermission } from '@/lib/auth/session';
import { type ListKind, NAME_MAX } from '@/lib/complaints/settings/lists';
import { type ListEntry, listBranches, listCategories, listStaffPeople, listTeams } from '@/lib/complaints/settings/queries';

// The three named lists share one page; the segment says which.
const LISTS = { categories: 'category', branches: 'branch', teams: 'team' } as const satisfies Record<string, ListKind>;
type ListSegment = keyof typeof LISTS;
type Props = { params: Promise<{ list: string }> };

const isList = (segment: string): segment is ListSegment => Object.hasOwn(LISTS, segment);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { list } = await params;
  return isList(list) ? { title: (await getTranslations('complaintSettings.sections'))(`${list}.title`) } : {};
}

export default async function ListSettingsPage({ params }: Props) {
  const user = await requirePermission('manage:complaint_settings');
  const { list } = await params;
  if (!isList(list)) notFound();
  const kind = LISTS[list];
  const t = await getTranslations(`complaintSettings.lists.${kind}`);
  const all = { includeArchived: true };
  let entries: ListEntry[];
  let extras: Record<string, ReactNode> = {};
  if (kind === 'team') {
    const [teams, staff] = await Promise.all([listTeams(user, all), listStaffPeople(user)]);
    entries = teams.map(({ members: _, ...entry }) => entry);
    extras = Object.fromEntries(teams.map((team) => [team.id, <TeamMembers key={team.id} teamId={team.id} teamName={team.name} members={team.members} staff={staff} />]));
  } else {
    entries = kind === 'category' ? await listCategories(user, all) : await listBranches(user, all);
  }
  return (
    <div className="flex flex-col gap-6">
      <SettingsHeader section={list} intro={t('intro')} />
      {/* A new key each time the page renders, so each new entry is its own submission. */}
      <ListManager kind={kind} entries={entries} idempotencyKey={randomUUID()} nameMax={NAME_MAX} extras={extras} />
    </div>
  );
}
