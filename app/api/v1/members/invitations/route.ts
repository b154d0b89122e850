import { route } from '@/lib/api/handler';
import { inviteMemberOp } from '@/lib/api/resources/members';

export const POST = route(inviteMemberOp);
