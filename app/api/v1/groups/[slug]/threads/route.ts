import { route } from '@/lib/api/handler';
import { listThreadsOp } from '@/lib/api/resources/community';

export const GET = route(listThreadsOp);
