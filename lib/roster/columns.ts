import type { RosterMapping } from '@/db/schema';

/** The fields a roster row may carry, in the order the mapping form lists them. */
export const ROSTER_FIELDS = ['name', 'email', 'number', 'language', 'groups', 'role', 'staffTitle', 'memberSince', 'birthDate'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
export const REQUIRED_FIELDS: readonly RosterField[] = ['name', 'email'];

/** "Nº de socio" → "n de socio": lower case, no accents, no punctuation. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[º°ª]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// The names Spanish and English spreadsheets give each column, as headerKey writes them.
const ALIASES: Record<RosterField, string[]> = {
  name: ['nombre', 'nombre completo', 'nombre y apellidos', 'apellidos y nombre', 'socio nombre', 'name', 'full name', 'member name', 'customer name', 'cliente'],
  email: ['email', 'e mail', 'correo', 'correo electronico', 'mail', 'email address', 'e mail address'],
  number: ['numero de socio', 'n de socio', 'n socio', 'num socio', 'numero socio', 'socio', 'numero de cliente', 'n cliente', 'numero', 'membership number', 'member number', 'membership no', 'member no', 'member id', 'customer number', 'number'],
  language: ['idioma', 'lengua', 'language', 'locale', 'lang'],
  groups: ['grupos', 'grupo', 'secciones', 'seccion', 'groups', 'group', 'sections'],
  role: ['rol', 'papel', 'tipo', 'role', 'type'],
  staffTitle: ['cargo', 'puesto', 'titulo', 'staff title', 'title', 'job title', 'position'],
  memberSince: ['socio desde', 'cliente desde', 'fecha de alta', 'alta', 'antiguedad', 'member since', 'customer since', 'joined', 'join date', 'since'],
  birthDate: ['fecha de nacimiento', 'nacimiento', 'f nacimiento', 'date of birth', 'birth date', 'birthdate', 'birthday', 'dob'],
};

const BY_ALIAS = new Map(Object.entries(ALIASES).flatMap(([field, names]) => names.map((n) => [n, field as RosterField])));

/** Each field's column, guessed from the header in Spanish or English; a column serves one field at most. */
export function guessMapping(header: string[]): RosterMapping {
  const mapping: RosterMapping = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null]));
  header.forEach((h, i) => {
    const field = BY_ALIAS.get(headerKey(h));
    if (field && mapping[field] === null) mapping[field] = i;
  });
  return mapping;
}

/** The cell of a field in a row, trimmed; empty when the field has no column. */
export function cellOf(cells: string[], mapping: RosterMapping, field: RosterField): string {
  const i = mapping[field];
  return i === null || i === undefined ? '' : (cells[i] ?? '').trim();
}
