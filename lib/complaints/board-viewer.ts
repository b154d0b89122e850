import { type CurrentUser, requireReader } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { canSeeComplaint } from '@/lib/policy/visibility';

/** For the complaint board's pages: a signed-in active member, or null for a visitor when the manager made the board public. */
export function requireBoardViewer(): Promise<CurrentUser | null> {
  return requireReader(async () => canSeeComplaint(null, await getBrand()));
}
