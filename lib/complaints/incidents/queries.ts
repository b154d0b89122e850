import { asc, count, desc, eq, notInArray, type SQL, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaints, incidents, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import type { Status } from '../lifecycle';
import type { IncidentType } from './fields';

/** Incidents are few (one per shared cause); the list shows the latest of them, open ones first. */
export const INCIDENTS_LIMIT = 100;
/** An incident page lists its complaints up to this many, and says how many there are in all. */
export const INCIDENT_COMPLAINTS_LIMIT = 500;

export interface IncidentSummary {
  id: string;
  title: string;
  type: IncidentType;
  level: number;
  createdAt: Date;
  createdByName: string;
  resolvedAt: Date | null;
  complaintCount: number;
  /** Linked complaints not yet resolved or closed: those an update still reaches. */
  liveCount: number;
}

export interface IncidentComplaint {
  id: string;
  number: number;
  title: string;
  status: Status;
}

export interface IncidentDetail extends IncidentSummary {
  complaints: IncidentComplaint[];
}

function assertManages(actor: Actor): void {
  if (!can(actor, 'manage:incidents')) throw new Forbidden();
}

const counts = () =>
  getDb()
    .select({
      incidentId: complaints.incidentId,
      total: count().as('total'),
      live: sql<number>`count(*) filter (where ${notInArray(complaints.status, ['resolved', 'closed'])})`.mapWith(Number).as('live'),
    })
    .from(complaints)
    .groupBy(complaints.incidentId)
    .as('incident_counts');

async function summaries(where: SQL | undefined, limit: number): Promise<IncidentSummary[]> {
  const linked = counts();
  const rows = await getDb()
    .select({
      id: incidents.id,
      title: incidents.title,
      type: incidents.type,
      level: incidents.level,
      createdAt: incidents.createdAt,
      createdByName: users.displayName,
      resolvedAt: incidents.resolvedAt,
      complaintCount: linked.total,
      liveCount: linked.live,
    })
    .from(incidents)
    .innerJoin(users, eq(users.id, incidents.createdBy))
    .leftJoin(linked, eq(linked.incidentId, incidents.id))
    .where(where)
    .orderBy(sql`${incidents.resolvedAt} is not null`, desc(incidents.createdAt), asc(incidents.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, complaintCount: r.complaintCount ?? 0, liveCount: r.liveCount ?? 0 }));
}

/** Open incidents first (newest first), then resolved ones. */
export async function listIncidents(actor: Actor): Promise<IncidentSummary[]> {
  assertManages(actor);
  return summaries(undefined, INCIDENTS_LIMIT);
}

/** One incident with its complaints by number; null when there is no such incident. */
export async function getIncident(actor: Actor, id: string): Promise<IncidentDetail | null> {
  assertManages(actor);
  if (!isUuid(id)) return null;
  const [summary] = await summaries(eq(incidents.id, id), 1);
  if (!summary) return null;
  const linked = await getDb()
    .select({ id: complaints.id, number: complaints.number, title: complaints.title, status: complaints.status })
    .from(complaints)
    .where(eq(complaints.incidentId, id))
    .orderBy(asc(complaints.number))
    .limit(INCIDENT_COMPLAINTS_LIMIT);
  return { ...summary, complaints: linked };
}
