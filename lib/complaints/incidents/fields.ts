import { z } from 'zod';
import { uuidField } from '../fields';

export const INCIDENT_TYPES = ['institutional', 'technical', 'commercial'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const incidentFields = {
  title: z.string('errors.required').trim().min(5, 'complaints.errors.incidentTitle').max(140, 'errors.tooLong'),
  type: z.enum(INCIDENT_TYPES, 'complaints.errors.incidentType'),
  level: z.coerce.number('complaints.errors.incidentLevel').int('complaints.errors.incidentLevel').min(1, 'complaints.errors.incidentLevel').max(3, 'complaints.errors.incidentLevel'),
};

export const complaintIdsField = z.array(uuidField).min(1, 'complaints.errors.noneSelected').max(200, 'complaints.errors.tooMany');
