import type { RosterFileRow, RosterMapping } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { Role } from '@/lib/policy';
import { displayNameField, emailField } from '@/lib/validation/fields';
import { cellOf, headerKey } from './columns';

/** Why a row is refused; each is a message `roster.reasons.<reason>`. */
export const REFUSAL_REASONS = ['badEmail', 'lookalike', 'badName', 'badNumber', 'duplicate', 'unknownGroup', 'unknownRole', 'unknownLanguage', 'badDate', 'badTitle', 'otherNumber', 'numberTaken', 'failed'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A row as the roster keeps it. */
export interface RosterPerson {
  email: string;
  membershipNumber: string | null;
  displayName: string;
  locale: Locale | null;
  role: Role;
  staffTitle: string | null;
  groupIds: string[];
  memberSince: Date | null;
  birthDate: Date | null;
}

/** What is held already about an address: its account, or the roster row of a person who has not joined yet. */
export interface KnownPerson {
  userId: string | null;
  membershipNumber: string | null;
  displayName: string;
  staffTitle: string | null;
  groupIds: string[];
  memberSince: Date | null;
  birthDate: Date | null;
  locale: Locale | null;
}

export interface RosterState {
  /** Group names and slugs (as headerKey writes them) → id. */
  groups: Map<string, string>;
  /** By normalised e-mail. */
  known: Map<string, KnownPerson>;
  /** Membership number → the e-mail it belongs to now. */
  numbers: Map<string, string>;
}

export type Verdict =
  | { kind: 'refused'; line: number; reason: RefusalReason }
  | { kind: 'created'; line: number; person: RosterPerson }
  | { kind: 'updated'; line: number; person: RosterPerson; known: KnownPerson; changes: Change[] }
  | { kind: 'unchanged'; line: number; person: RosterPerson };

export type Change = 'name' | 'number' | 'groups' | 'staffTitle' | 'memberSince' | 'birthDate';

// Letters from other scripts that read as Latin ones: an address written with them is a look-alike.
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ɡ: 'g', ո: 'n', ν: 'v', ο: 'o', α: 'a', ρ: 'p', τ: 't', ι: 'i', κ: 'k',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x', А: 'a', В: 'b', Е: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x',
  ı: 'i', ℓ: 'l',
};

/** The address as it reads: compatibility forms folded (ｍ → m, ﬁ → fi), accents dropped, look-alike letters made Latin, lower case. */
export function emailSkeleton(email: string): string {
  return [...email.trim().normalize('NFKC')]
    .map((ch) => CONFUSABLES[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The e-mail, number and whether it must be refused as a repeat, for every row of a file: the first occurrence wins. */
export function repeatedRows(rows: RosterFileRow[], mapping: RosterMapping): Set<number> {
  const emails = new Set<string>();
  const numbers = new Set<string>();
  const repeated = new Set<number>();
  rows.forEach((row, i) => {
    const email = emailSkeleton(cellOf(row.cells, mapping, 'email'));
    const number = cellOf(row.cells, mapping, 'number');
    if ((email && emails.has(email)) || (number && numbers.has(number))) repeated.add(i);
    if (email) emails.add(email);
    if (number) numbers.add(number);
  });
  return repeated;
}

const LANGUAGES: Record<string, Locale> = { es: 'es', espanol: 'es', castellano: 'es', spanish: 'es', en: 'en', ingles: 'en', english: 'en' };
const ROLE_NAMES: Record<string, Role> = {
  member: 'member', socio: 'member', socia: 'member', miembro: 'member', cliente: 'member', customer: 'member',
  staff: 'staff', personal: 'staff', empleado: 'staff', empleada: 'staff', plantilla: 'staff', employee: 'staff',
  manager: 'manager', gerente: 'manager', director: 'manager', directora: 'manager', responsable: 'manager',
};

/** 2024-03-05, 5/3/2024 or 05-03-2024 (day first, as Spain writes it); null for an empty cell; undefined for anything else. */
export function parseRosterDate(text: string): Date | null | undefined {
  if (!text) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d) || date.getUTCFullYear() < 1900 || date.getTime() > Date.now()) return undefined;
  return date;
}

/** The list separator inside a groups cell: whichever of "|", "," or ";" is not the file's own. */
function splitGroups(cell: string, separator: string): string[] {
  const inner = separator === ';' ? /[|,]/ : separator === ',' ? /[|;]/ : /[|,;]/;
  return cell
    .split(inner)
    .map((g) => g.trim())
    .filter(Boolean);
}

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * One row against the roster and the accounts as they are: refused with its reason, or what committing it
 * would do. The dry run and the commit both decide with this, so the commit does what the dry run said.
 */
export function judgeRow(row: RosterFileRow, index: number, mapping: RosterMapping, separator: string, repeated: Set<number>, state: RosterState): Verdict {
  const { line, cells } = row;
  const refuse = (reason: RefusalReason): Verdict => ({ kind: 'refused', line, reason });
  const cell = (f: Parameters<typeof cellOf>[2]) => cellOf(cells, mapping, f);

  const rawEmail = cell('email');
  const skeleton = emailSkeleton(rawEmail);
  const email = emailField.safeParse(rawEmail);
  if (!email.success) {
    // An address written with look-alike letters of another's is refused as such, not only as malformed.
    return refuse(skeleton !== rawEmail.toLowerCase() && state.known.has(skeleton) ? 'lookalike' : 'badEmail');
  }
  if (repeated.has(index)) return refuse('duplicate');
  const name = displayNameField.safeParse(cell('name'));
  if (!name.success) return refuse('badName');
  const number = cell('number') || null;
  if (number && number.length > 40) return refuse('badNumber');
  const languageCell = headerKey(cell('language'));
  const locale = languageCell ? LANGUAGES[languageCell] : null;
  if (locale === undefined) return refuse('unknownLanguage');
  const roleCell = headerKey(cell('role'));
  const role = roleCell ? ROLE_NAMES[roleCell] : 'member';
  if (!role) return refuse('unknownRole');
  const staffTitle = cell('staffTitle') || null;
  if (staffTitle && staffTitle.length > 60) return refuse('badTitle');
  const groupIds: string[] = [];
  for (const g of splitGroups(cell('groups'), separator)) {
    const id = state.groups.get(headerKey(g));
    if (!id) return refuse('unknownGroup');
    if (!groupIds.includes(id)) groupIds.push(id);
  }
  const memberSince = parseRosterDate(cell('memberSince'));
  const birthDate = parseRosterDate(cell('birthDate'));
  if (memberSince === undefined || birthDate === undefined) return refuse('badDate');

  const person: RosterPerson = { email: email.data, membershipNumber: number, displayName: name.data, locale, role, staffTitle, groupIds, memberSince, birthDate };
  const known = state.known.get(email.data);
  if (known?.membershipNumber && number && known.membershipNumber !== number) return refuse('otherNumber');
  const holder = number ? state.numbers.get(number) : undefined;
  if (holder && holder !== email.data) return refuse('numberTaken');
  if (!known) return { kind: 'created', line, person };

  // Only what the file says counts: an empty cell or a missing column leaves what is held as it is.
  const changes: Change[] = [];
  if (known.displayName !== person.displayName) changes.push('name');
  if (number && known.membershipNumber !== number) changes.push('number');
  if (groupIds.some((g) => !known.groupIds.includes(g))) changes.push('groups');
  if (staffTitle && known.staffTitle !== staffTitle) changes.push('staffTitle');
  if (memberSince && !sameDay(known.memberSince, memberSince)) changes.push('memberSince');
  if (birthDate && !sameDay(known.birthDate, birthDate)) changes.push('birthDate');
  return changes.length > 0 ? { kind: 'updated', line, person, known, changes } : { kind: 'unchanged', line, person };
}
