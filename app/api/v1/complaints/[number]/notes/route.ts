import { route } from '@/lib/api/handler';
import { note } from '@/lib/api/resources/complaints';

export const POST = route(note);
