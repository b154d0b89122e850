import type { Operation } from './handler';
import { communityOperations } from './resources/community';
import { complaintOperations } from './resources/complaints';
import { memberOperations } from './resources/members';
import { dashboardOp } from './resources/metrics';

/** Every operation of REST API v1: the routes under app/api/v1 serve these, and the OpenAPI document lists them. */
export const OPERATIONS: readonly Operation[] = [...complaintOperations, ...memberOperations, ...communityOperations, dashboardOp] as unknown as Operation[];
