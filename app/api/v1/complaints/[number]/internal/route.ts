import { route } from '@/lib/api/handler';
import { getInternalNotes } from '@/lib/api/resources/complaints';

export const GET = route(getInternalNotes);
