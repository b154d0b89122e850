import { describe, expect, it } from 'vitest';
import { ACTIONS, availableActions, STATUSES, transition, type Party } from '@/lib/complaints/lifecycle';

// Written out by hand from docs/domain.md › Complaint board, independently of the rule table:
// "party action from → to". Everything not listed must be refused.
const ALLOWED = `
staff official_reply open → acknowledged
staff official_reply acknowledged → acknowledged
staff official_reply in_progress → in_progress
staff official_reply solution_proposed → solution_proposed
staff start_progress open → in_progress
staff start_progress acknowledged → in_progress
staff progress_update open → in_progress
staff progress_update acknowledged → in_progress
staff progress_update in_progress → in_progress
staff propose_solution open → solution_proposed
staff propose_solution acknowledged → solution_proposed
staff propose_solution in_progress → solution_proposed
author accept_solution solution_proposed → resolved
author reject_solution solution_proposed → in_progress
system auto_resolve solution_proposed → resolved
staff close open → closed
staff close acknowledged → closed
staff close in_progress → closed
staff close solution_proposed → closed
author withdraw open → closed
author withdraw acknowledged → closed
author withdraw in_progress → closed
author withdraw solution_proposed → closed
staff reopen resolved → open
staff reopen closed → open
`
  .trim()
  .split('\n')
  .map((line) => line.trim());

const PARTIES: Party[] = ['author', 'staff', 'system'];

describe('complaint lifecycle', () => {
  const cases = STATUSES.flatMap((from) => ACTIONS.flatMap((action) => PARTIES.map((by) => ({ from, action, by }))));

  it.each(cases)('$by $action from $from', ({ from, action, by }) => {
    const expected = ALLOWED.find((l) => l.startsWith(`${by} ${action} ${from} →`))?.split('→ ')[1] ?? null;
    expect(transition(from, action, by)).toBe(expected);
  });

  it('covers every allowed line of the table', () => {
    expect(cases.filter(({ from, action, by }) => transition(from, action, by) !== null)).toHaveLength(ALLOWED.length);
  });

  it('offers nothing once finished except a staff reopen', () => {
    for (const s of ['resolved', 'closed'] as const) {
      expect(availableActions(s, 'author')).toEqual([]);
      expect(availableActions(s, 'staff')).toEqual(['reopen']);
    }
  });
});
