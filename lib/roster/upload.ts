import { z } from 'zod';
import { rosterImports } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { guessMapping } from './columns';
import { MAX_ROSTER_BYTES, readRoster, type RosterFile } from './file';

const bytes = z.instanceof(Uint8Array);

const input = z.object({
  file: z.union([bytes, z.array(bytes).max(1, 'errors.invalidField')]).nullish(),
  // Pasted from a spreadsheet instead of a file; the size limit is the file's.
  text: z.string().max(MAX_ROSTER_BYTES, 'roster.errors.tooBig').optional(),
  fileName: z.string().trim().max(200, 'errors.tooLong').optional(),
});

/**
 * Reads the roster into a draft import: its cells, the separator and encoding found and the guessed
 * column mapping. Nothing about any member is written; the dry run reads the draft.
 */
export const uploadRoster = defineVerb({
  name: 'roster.upload',
  input,
  permission: 'import:roster',
  prepare: async (data): Promise<RosterFile> => {
    const file = Array.isArray(data.file) ? data.file[0] : data.file;
    if (file && file.byteLength > 0) return readRoster(file);
    if (data.text?.trim()) return readRoster(data.text);
    throw new Invalid({ file: ['roster.errors.noFile'] });
  },
  run: async ({ tx, actor }, data, _, file) => {
    const [row] = await tx
      .insert(rosterImports)
      .values({ createdBy: actor.id, fileName: data.fileName || (data.text?.trim() ? 'pasted' : 'roster.csv'), separator: file.separator, encoding: file.encoding, header: file.header, rows: file.rows, mapping: guessMapping(file.header), total: file.rows.length })
      .returning({ id: rosterImports.id });
    return { importId: row!.id };
  },
});
