import { route } from '@/lib/api/handler';
import { changeStatus } from '@/lib/api/resources/complaints';

export const POST = route(changeStatus);
