import { route } from '@/lib/api/handler';
import { prioritize } from '@/lib/api/resources/complaints';

export const POST = route(prioritize);
