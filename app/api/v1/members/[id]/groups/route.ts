import { route } from '@/lib/api/handler';
import { addToGroupOp } from '@/lib/api/resources/members';

export const POST = route(addToGroupOp);
