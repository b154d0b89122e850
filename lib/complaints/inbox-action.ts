import { z } from 'zod';
import { assertCan, type Actor } from '@/lib/policy';
import { Conflict, Forbidden } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import { parseInput } from '@/lib/verb';
import { type BulkInput, bulkUpdateComplaints } from './bulk';
import { createIncident, type CreateIncidentInput } from './incidents/create';

export const INBOX_ACTIONS = ['assign', 'priority', 'start_progress', 'close', 'incident'] as const;
export type InboxAction = (typeof INBOX_ACTIONS)[number];

// The inbox offers people and teams in one list: "person:<id>", "team:<id>", or "nobody".
const assignTo = z
  .string('inbox.errors.assignTo')
  .refine((v) => v === 'nobody' || (/^(person|team):/.test(v) && isUuid(v.slice(v.indexOf(':') + 1))), 'inbox.errors.assignTo')
  .transform((v) => ({ assigneeId: v.startsWith('person:') ? v.slice(7) : null, teamId: v.startsWith('team:') ? v.slice(5) : null }));

const choice = z.object({ action: z.enum(INBOX_ACTIONS, 'inbox.errors.action') });

export type InboxActionResult = { action: Exclude<InboxAction, 'incident'>; changed: number } | { action: 'incident'; incidentId: string };

type Fields = Record<string, string | undefined>;

async function bulk(actor: Actor, input: BulkInput): Promise<number> {
  try {
    return (await bulkUpdateComplaints({ actor, input })).changed;
  } catch (e) {
    // The verbs speak of one complaint; a batch refused by one of them is refused whole.
    if (e instanceof Conflict && e.message === 'complaints.errors.notAllowedNow') throw new Conflict('inbox.errors.notAllowed');
    if (e instanceof Forbidden) throw new Forbidden('inbox.errors.forbiddenOne');
    throw e;
  }
}

/**
 * What the inbox's action bar asks for on the complaints ticked on the page: one of the bulk verbs,
 * or a new incident grouping them. The verbs check everything else; this only reads the form.
 */
export async function runInboxAction({ actor, input }: { actor: Actor; input: { complaintIds: string[]; fields: Fields } }): Promise<InboxActionResult> {
  assertCan(actor, 'view:complaint_inbox');
  const { action } = parseInput(choice, input.fields);
  const { complaintIds, fields } = input;
  switch (action) {
    case 'incident': {
      const incident = { complaintIds, title: fields.title ?? '', type: fields.type as CreateIncidentInput['type'], level: fields.level ?? '' };
      return { action, incidentId: (await createIncident({ actor, input: incident })).id };
    }
    case 'assign':
      return { action, changed: await bulk(actor, { action, complaintIds, ...parseInput(z.object({ assignTo }), fields).assignTo }) };
    default:
      // The verb's own schema checks the priority or the reason, like any other input.
      return { action, changed: await bulk(actor, { action, complaintIds, priority: fields.priority, reason: fields.reason } as BulkInput) };
  }
}
