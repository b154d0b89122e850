import { route } from '@/lib/api/handler';
import { getComplaint } from '@/lib/api/resources/complaints';

export const GET = route(getComplaint);
