import { route } from '@/lib/api/handler';
import { getPrivateCase } from '@/lib/api/resources/complaints';

export const GET = route(getPrivateCase);
