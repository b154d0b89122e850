import { route } from '@/lib/api/handler';
import { getMemberOp } from '@/lib/api/resources/members';

export const GET = route(getMemberOp);
