import { route } from '@/lib/api/handler';
import { listComplaints } from '@/lib/api/resources/complaints';

export const GET = route(listComplaints);
