import { z } from 'zod';
import { communitySettings } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { checkboxField } from './fields';
import { getBoardSettings } from './queries';

export const CONFIRMATION_DAYS = { min: 1, max: 30 } as const;
const DAYS = 'complaintSettings.errors.confirmationDays';

const input = z.object({
  boardPublic: checkboxField,
  confirmationDays: z.coerce.number(DAYS).int(DAYS).min(CONFIRMATION_DAYS.min, DAYS).max(CONFIRMATION_DAYS.max, DAYS),
});

/** Whether visitors may read the board, and how long a member has to confirm a proposed solution. */
export const updateBoardSettings = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.updateBoard',
  input,
  load: (db) => getBoardSettings(db),
  run: async ({ tx, actor, now }, data) => {
    const set = { ...data, updatedAt: now, updatedBy: actor.id };
    await tx.insert(communitySettings).values({ id: 1, name: 'Tertulia', ...set }).onConflictDoUpdate({ target: communitySettings.id, set });
    return data;
  },
  audit: (after, _data, before) => ({ action: 'complaint_settings.board_update', targetType: 'community', targetId: '1', before, after }),
});
