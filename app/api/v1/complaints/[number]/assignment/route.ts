import { route } from '@/lib/api/handler';
import { assign } from '@/lib/api/resources/complaints';

export const POST = route(assign);
