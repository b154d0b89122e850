import { route } from '@/lib/api/handler';
import { dashboardOp } from '@/lib/api/resources/metrics';

export const GET = route(dashboardOp);
