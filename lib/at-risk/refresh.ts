import { inArray, sql } from 'drizzle-orm';
import { memberRisk, memberRiskChanges, type StoredReason } from '@/db/schema';
import { managerIds } from '@/lib/complaints/jobs/sla-sweep';
import { rooms } from '@/lib/realtime/io';
import type { VerbContext } from '@/lib/verb';
import type { Actor } from '@/lib/policy';
import { type ComplaintHistory, LONG_TENURE_YEARS, type MemberHistory, type Signal, tenureYears } from './history';
import { assess } from './level';
import { loadHistories } from './load';

// Any constant shared by every process: two refreshes of one member never write the same change twice.
const RISK_LOCK = 0x7e57_a715;

type Steps = Pick<VerbContext<Actor | null>, 'tx' | 'notify' | 'publish'>;

export const storeReason = (s: Signal): StoredReason => ({ signal: s.kind, level: s.level, at: s.at.toISOString(), ...(s.complaint ? { complaintId: s.complaint.id, complaintNumber: s.complaint.number } : {}) });

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

function behind(h: MemberHistory, reasons: Signal[]): ComplaintHistory[] {
  const ids = new Set(reasons.map((r) => r.complaint?.id));
  return h.complaints.filter((c) => ids.has(c.id));
}

/**
 * Recomputes the members' levels from the complaint record and stores what changed: the current row,
 * a change row when the level moves, and, when a member of ten years or more reaches "high", a
 * notification (and e-mail, through the outbox) to every manager. Returns how many members changed.
 */
export async function refreshRisk(ctx: Steps, memberIds: readonly string[], now: Date): Promise<number> {
  const { tx } = ctx;
  if (memberIds.length === 0) return 0;
  await tx.execute(sql`select pg_advisory_xact_lock(${RISK_LOCK})`);
  const histories = await loadHistories(tx, memberIds, now);
  if (histories.size === 0) return 0;
  const stored = new Map((await tx.select().from(memberRisk).where(inArray(memberRisk.userId, [...histories.keys()]))).map((r) => [r.userId, r]));
  const alerts: string[] = [];
  let changed = 0;
  for (const [userId, h] of histories) {
    const { level, reasons } = assess(h, now);
    const before = stored.get(userId);
    const fromLevel = before?.level ?? 'none';
    const kept = reasons.map(storeReason);
    if (fromLevel === level && JSON.stringify(before?.reasons ?? []) === JSON.stringify(kept)) continue;
    changed++;
    const complaints = behind(h, reasons);
    const waiting = complaints.map((c) => c.waitingSince).filter((d): d is Date => d !== null);
    const earliest = new Date(Math.min(...reasons.map((r) => r.at.getTime())));
    const row = {
      level,
      reasons: kept,
      since: level === 'none' ? null : fromLevel === 'none' ? earliest : (before?.since ?? earliest),
      waitingSince: waiting.length > 0 ? new Date(Math.min(...waiting.map((d) => d.getTime()))) : null,
      branchIds: unique(complaints.map((c) => c.branchId)),
      categoryIds: unique(complaints.map((c) => c.categoryId)),
      staffIds: unique(complaints.map((c) => c.assigneeId)),
      updatedAt: now,
    };
    await tx.insert(memberRisk).values({ userId, ...row }).onConflictDoUpdate({ target: memberRisk.userId, set: row });
    if (fromLevel !== level) {
      await tx.insert(memberRiskChanges).values({ userId, fromLevel, toLevel: level, reasons: kept, createdAt: now });
      if (level === 'high' && tenureYears(h.memberSince, now) >= LONG_TENURE_YEARS) alerts.push(userId);
    }
  }
  const managers = alerts.length > 0 ? await managerIds(tx) : [];
  // One call per member: a call keeps one notification per person and kind.
  for (const memberId of alerts) await ctx.notify(managers.map((userId) => ({ userId, kind: 'at_risk_high' as const, actorId: memberId, createdAt: now })));
  if (changed > 0) ctx.publish(rooms.staff, 'atrisk:changed', {});
  return changed;
}
