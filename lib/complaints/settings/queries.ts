import { and, asc, eq, inArray } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { communitySettings, responseTemplates, staffTeamMembers, users } from '@/db/schema';
import { type Actor, can, hasRole } from '@/lib/policy';
import { type Priority, PRIORITIES, type SlaPolicy } from '@/lib/complaints/sla';
import { Forbidden } from '@/lib/errors';
import { type ListKind, orderedEntries } from './lists';
import { loadSlaPolicies } from './sla-store';
import { TEMPLATE_ORDER } from './template-fields';

/** One entry of a manager's list, as the filing form, the inbox and the settings pages use it. */
export interface ListEntry {
  id: string;
  name: string;
  /** Empty when the manager wrote none: English readers then get the Spanish (lib/i18n/localized.ts). */
  nameEn: string;
  archived: boolean;
  position: number;
}

export interface StaffPerson {
  id: string;
  displayName: string;
  staffTitle: string | null;
}

export interface Team extends ListEntry {
  members: StaffPerson[];
}

export interface SlaPolicyRow extends SlaPolicy {
  priority: Priority;
}

export interface ResponseTemplate {
  id: string;
  title: string;
  bodyMd: string;
  titleEn: string;
  bodyMdEn: string;
  position: number;
}

export interface BoardSettings {
  boardPublic: boolean;
  confirmationDays: number;
}

interface ListOptions {
  /** Archived entries too (staff only: old complaints still carry them, filters may need them). */
  includeArchived?: boolean;
}

async function listEntries(kind: ListKind, actor: Actor | null, { includeArchived = false }: ListOptions): Promise<ListEntry[]> {
  const all = includeArchived && actor !== null && hasRole(actor, 'staff');
  const rows = await orderedEntries(getDb(), kind);
  return rows.filter((r) => all || !r.archived).map(({ id, name, nameEn, archived, position }) => ({ id, name, nameEn, archived, position }));
}

/** The names are no secret: the filing form and the public board's filters show them to anyone. */
export const listCategories = (actor: Actor | null, opts: ListOptions = {}) => listEntries('category', actor, opts);
export const listBranches = (actor: Actor | null, opts: ListOptions = {}) => listEntries('branch', actor, opts);

function assertStaff(actor: Actor) {
  if (!can(actor, 'view:complaint_inbox')) throw new Forbidden();
}

/** Teams and who is in each: who answers is a staff matter. */
export async function listTeams(actor: Actor, opts: ListOptions = {}): Promise<Team[]> {
  assertStaff(actor);
  const teams = await listEntries('team', actor, opts);
  if (teams.length === 0) return [];
  const members = await getDb()
    .select({ teamId: staffTeamMembers.teamId, id: users.id, displayName: users.displayName, staffTitle: users.staffTitle })
    .from(staffTeamMembers)
    .innerJoin(users, eq(users.id, staffTeamMembers.userId))
    .where(inArray(staffTeamMembers.teamId, teams.map((t) => t.id)))
    .orderBy(asc(users.displayName));
  return teams.map((t) => ({ ...t, members: members.filter((m) => m.teamId === t.id).map(({ id, displayName, staffTitle }) => ({ id, displayName, staffTitle })) }));
}

/** Who a manager may put in a team: active staff and managers. */
export async function listStaffPeople(actor: Actor): Promise<StaffPerson[]> {
  if (!can(actor, 'manage:complaint_settings')) throw new Forbidden();
  return getDb()
    .select({ id: users.id, displayName: users.displayName, staffTitle: users.staffTitle })
    .from(users)
    .where(and(inArray(users.role, ['staff', 'manager']), eq(users.status, 'active')))
    .orderBy(asc(users.displayName));
}

/** Every priority, most urgent first; one never saved reads as Tertulia's default. */
export async function listSlaPolicies(actor: Actor): Promise<SlaPolicyRow[]> {
  assertStaff(actor);
  const table = await loadSlaPolicies(getDb());
  return PRIORITIES.map((priority) => ({ priority, ...table[priority] }));
}

export async function listTemplates(actor: Actor): Promise<ResponseTemplate[]> {
  assertStaff(actor);
  return getDb()
    .select({ id: responseTemplates.id, title: responseTemplates.title, bodyMd: responseTemplates.bodyMd, titleEn: responseTemplates.titleEn, bodyMdEn: responseTemplates.bodyMdEn, position: responseTemplates.position })
    .from(responseTemplates)
    .orderBy(...TEMPLATE_ORDER);
}

const BOARD_FALLBACK: BoardSettings = { boardPublic: false, confirmationDays: 7 };

/** Community-wide facts with nothing personal in them; jobs and the board read them too. */
export async function getBoardSettings(db: Executor = getDb()): Promise<BoardSettings> {
  const [row] = await db
    .select({ boardPublic: communitySettings.boardPublic, confirmationDays: communitySettings.confirmationDays })
    .from(communitySettings)
    .where(eq(communitySettings.id, 1))
    .limit(1);
  return row ?? BOARD_FALLBACK;
}
