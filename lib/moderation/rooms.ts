import { canSeeRoom } from '@/lib/policy/visibility';
import { rooms } from '@/lib/realtime/io';
import { registerSharedRoom } from '@/lib/realtime/room-access';

// The review queue changes live for the moderators who may see it.
registerSharedRoom(rooms.reviewQueue, async (actor) => (canSeeRoom(actor, { kind: 'review-queue' }) ? { latest: null } : null));
