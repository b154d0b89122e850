import { route } from '@/lib/api/handler';
import { listGroupsOp } from '@/lib/api/resources/community';

export const GET = route(listGroupsOp);
