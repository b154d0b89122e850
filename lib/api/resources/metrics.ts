import { z } from 'zod';
import { MAX_CUSTOM_DAYS, parsePeriod, PRESET_DAYS } from '@/lib/complaints/metrics/period';
import { Invalid } from '@/lib/errors';
import { managerDashboard } from '@/lib/metrics/queries';
import { defineOperation } from '../handler';
import { dateTime, iso } from '../schemas';

const figures = z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])).meta({
  description: 'Counts and rates of one sample: complaints, replied, responseRate, solutionRate, csat, averageRating, wouldStayRate, firstResponseMedianSeconds, resolutionMedianSeconds, slaCompliance, reopenRate, trustIndex… (docs/decisions/0008-dashboard-figures.md).',
});

const named = z.object({ id: z.string(), name: z.string(), figures, previous: figures });

const counts = z.object({ newMembers: z.number().int(), posts: z.number().int(), threads: z.number().int(), groupJoins: z.number().int() });

/** Only the numbers of a sample: nested breakdowns have their own fields. */
function flat(sample: object): Record<string, number | boolean | null> {
  const out: Record<string, number | boolean | null> = {};
  for (const [k, v] of Object.entries(sample)) if (typeof v === 'number' || typeof v === 'boolean' || v === null) out[k] = v;
  return out;
}

export const dashboardOp = defineOperation({
  id: 'getDashboard',
  method: 'GET',
  path: '/metrics/dashboard',
  tag: 'Metrics',
  summary: 'Dashboard figures for a period',
  description: `The manager dashboard's figures: \`window\` = ${PRESET_DAYS.join(' / ')} days, or \`custom\` with \`from\` and \`to\` (YYYY-MM-DD, both included, at most ${MAX_CUSTOM_DAYS} days).`,
  scopes: ['metrics:read'],
  query: z.strictObject({
    window: z.enum(['7', '30', '90', '365', 'custom']).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  }),
  response: z.object({
    period: z.object({ from: dateTime, to: dateTime, previousFrom: dateTime }),
    complaints: z.object({ network: figures, previous: figures, categories: z.array(named), branches: z.array(named), backlog: z.object({ open: z.number().int(), ageing: z.array(z.number().int()), breached: z.number().int() }) }),
    engagement: z.object({ activeDay: z.number().int(), activeWeek: z.number().int(), activeMonth: z.number().int(), current: counts, previous: counts }),
  }),
  run: async ({ caller, query }) => {
    const choice = parsePeriod(query);
    if (choice.error) throw new Invalid({ [choice.error.field]: [choice.error.message] });
    const { complaints: c, engagement: e } = await managerDashboard(caller.actor, choice.period);
    const p = choice.period;
    return {
      period: { from: iso(p.from), to: iso(p.to), previousFrom: iso(p.previousFrom) },
      complaints: {
        network: flat(c.network),
        previous: flat(c.previous),
        categories: c.categories.map((x) => ({ id: x.id, name: x.name, figures: flat(x), previous: flat(x.previous) })),
        branches: c.branches.map((x) => ({ id: x.id, name: x.name, figures: flat(x), previous: flat(x.previous) })),
        backlog: c.backlog,
      },
      engagement: { activeDay: e.activeDay, activeWeek: e.activeWeek, activeMonth: e.activeMonth, current: e.current, previous: e.previous },
    };
  },
});
