import { route } from '@/lib/api/handler';
import { respond } from '@/lib/api/resources/complaints';

export const POST = route(respond);
