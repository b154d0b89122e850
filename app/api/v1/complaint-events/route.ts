import { route } from '@/lib/api/handler';
import { listComplaintEvents } from '@/lib/api/resources/complaints';

export const GET = route(listComplaintEvents);
