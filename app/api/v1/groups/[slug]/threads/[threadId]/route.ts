import { route } from '@/lib/api/handler';
import { getThreadOp } from '@/lib/api/resources/community';

export const GET = route(getThreadOp);
