import { route } from '@/lib/api/handler';
import { listMembersOp } from '@/lib/api/resources/members';

export const GET = route(listMembersOp);
