import { randomUUID } from 'node:crypto';
import { respondToComplaint } from '@/lib/complaints/respond';
import type { Actor } from '@/lib/policy';

/** A demo complaint's story: filed, then each step a number of hours after the one before. */
export interface Story {
  author: string;
  title: string;
  body: string;
  category: string;
  branch: string;
  /** How many days ago it was filed; the whole story moves back with it. */
  daysAgo: number;
  meToo?: string[];
  /** Each step happens `after` hours after the previous one. */
  steps: { after: number; run: (c: { id: string }, people: People) => Promise<unknown> }[];
}

export type People = (name: string) => Actor;

export const say = (after: number, staff: string, statement: 'official_reply' | 'progress_update' | 'propose_solution', body: string) => ({
  after,
  run: (c: { id: string }, p: People) => respondToComplaint({ actor: p(staff), input: { complaintId: c.id, statement, body, idempotencyKey: randomUUID() } }),
});
