import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { rosterImports } from '@/db/schema';
import { Conflict, Invalid } from '@/lib/errors';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { REQUIRED_FIELDS } from './columns';
import { lockImport } from './load';
import { wakeRosterImports } from './run';

/**
 * Starts the background commit of a dry-run draft. Committing twice (a double click, a second tab)
 * queues it once; the job then works through it in batches (lib/roster/run.ts).
 */
export const commitRoster = defineVerb({
  name: 'roster.commit',
  input: z.object({ importId: uuidField }),
  permission: 'import:roster',
  load: (db, { importId }) => lockImport(db, importId),
  run: async ({ tx, now, afterCommit }, _, draft) => {
    if (draft.status !== 'draft') return { importId: draft.id, started: false };
    const missing = REQUIRED_FIELDS.filter((f) => draft.mapping[f] === null || draft.mapping[f] === undefined);
    if (missing.length > 0) throw new Invalid(Object.fromEntries(missing.map((f) => [f, ['roster.errors.columnRequired']])));
    if (draft.total === 0) throw new Conflict('roster.errors.noRows');
    await tx.update(rosterImports).set({ status: 'queued', queuedAt: now }).where(eq(rosterImports.id, draft.id));
    afterCommit(wakeRosterImports);
    return { importId: draft.id, started: true };
  },
  // Counts only: the audit log never holds a roster's names or addresses.
  audit: ({ importId, started }, _, draft) => (started ? { action: 'roster.import_started', targetType: 'roster_import', targetId: importId, after: { rows: draft.total } } : null),
});
