import { route } from '@/lib/api/handler';
import { removeFromGroupOp } from '@/lib/api/resources/members';

export const DELETE = route(removeFromGroupOp);
