import { route } from '@/lib/api/handler';
import { sanctionMemberOp } from '@/lib/api/resources/members';

export const POST = route(sanctionMemberOp);
