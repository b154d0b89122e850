import type { z } from 'zod';
import { assertCan } from '@/lib/policy';
import type { VerbArgs } from '@/lib/verb';

/** Permissions that open a whole part of the complaint board to a role, with no target to look at. */
type AreaPermission = 'manage:complaint_settings' | 'manage:incidents';

/**
 * For the verbs a role opens as a whole (complaint settings, incidents): whoever lacks the permission is
 * refused before the frame reads their input or looks up their target, so they get a 403, never field
 * errors or a "not found" about a form they may not send.
 */
export function gated<S extends z.ZodType, R>(permission: AreaPermission, verb: (args: VerbArgs<S>) => Promise<R>): (args: VerbArgs<S>) => Promise<R> {
  return async (args) => {
    assertCan(args.actor, permission);
    return verb(args);
  };
}
