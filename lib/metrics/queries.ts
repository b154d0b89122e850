import { type Actor, can } from '@/lib/policy';
import { complaintDashboard, type ComplaintDashboard, ownFigures, type StaffFigures } from '@/lib/complaints/metrics/dashboard';
import type { Period } from '@/lib/complaints/metrics/period';
import { detectSpikes, type Spike } from '@/lib/complaints/metrics/radar';
import { sharedFigures } from '@/lib/complaints/metrics/shared';
import { Forbidden } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import { engagement, type Engagement } from './engagement';

export interface ManagerDashboard {
  complaints: ComplaintDashboard;
  engagement: Engagement;
  spikes: Spike[];
}

// A preset period ends "now": shared under its name, it is as fresh as the cache (a minute at most;
// the complaint figures are recounted after any complaint change). A custom one is shared under its dates.
const keyOf = (period: Period) => (period.custom ? `${period.custom.from}/${period.custom.to}` : String(period.preset));

/** Everything on the manager dashboard: managers only. */
export async function managerDashboard(actor: Actor, period: Period): Promise<ManagerDashboard> {
  if (!can(actor, 'view:dashboard')) throw new Forbidden();
  const [complaints, activity, spikes] = await Promise.all([
    sharedFigures(`dashboard:${keyOf(period)}`, () => complaintDashboard(period)),
    sharedFigures(`engagement:${keyOf(period)}`, () => engagement(period), 'activity'),
    sharedFigures('radar', () => detectSpikes()),
  ]);
  return { complaints, engagement: activity, spikes };
}

/** A staff member's own figures; a manager may open anyone's, nobody else another's. */
export async function staffFigures(actor: Actor, period: Period, userId: string = actor.id): Promise<StaffFigures> {
  if (!can(actor, 'view:own_figures') || (userId !== actor.id && !can(actor, 'view:dashboard')) || !isUuid(userId)) throw new Forbidden();
  return ownFigures(period, userId);
}
