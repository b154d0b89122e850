import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { rosterImports, type RosterMapping } from '@/db/schema';
import { Conflict, Invalid } from '@/lib/errors';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { REQUIRED_FIELDS, ROSTER_FIELDS } from './columns';
import { lockImport } from './load';

// A select sends the column's index, or "" for "not in this file".
const column = z.union([z.literal('').transform(() => null), z.coerce.number().int('errors.invalidField').min(0, 'errors.invalidField').max(200, 'errors.invalidField')]).optional();

const input = z.object({ importId: uuidField, ...Object.fromEntries(ROSTER_FIELDS.map((f) => [f, column])) } as { importId: typeof uuidField } & Record<(typeof ROSTER_FIELDS)[number], typeof column>);

/** The manager's correction of the guessed columns, before the commit; the dry run follows it. */
export const mapRosterColumns = defineVerb({
  name: 'roster.map',
  input,
  permission: 'import:roster',
  load: (db, { importId }) => lockImport(db, importId),
  run: async ({ tx }, data, draft) => {
    if (draft.status !== 'draft') throw new Conflict('roster.errors.alreadyCommitted');
    const mapping: RosterMapping = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, data[f] ?? null]));
    const errors: Record<string, string[]> = {};
    for (const f of ROSTER_FIELDS) if (mapping[f] !== null && mapping[f]! >= draft.header.length) errors[f] = ['errors.invalidField'];
    for (const f of REQUIRED_FIELDS) if (mapping[f] === null) errors[f] = ['roster.errors.columnRequired'];
    const used = ROSTER_FIELDS.filter((f) => mapping[f] !== null);
    for (const f of used) if (used.some((g) => g !== f && mapping[g] === mapping[f])) errors[f] = ['roster.errors.columnTwice'];
    if (Object.keys(errors).length > 0) throw new Invalid(errors);
    await tx.update(rosterImports).set({ mapping }).where(eq(rosterImports.id, draft.id));
  },
});
