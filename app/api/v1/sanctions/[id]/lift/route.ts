import { route } from '@/lib/api/handler';
import { liftSanctionOp } from '@/lib/api/resources/members';

export const POST = route(liftSanctionOp);
