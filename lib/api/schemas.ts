import { z } from 'zod';
import { STATUSES, CLOSE_REASONS } from '@/lib/complaints/lifecycle';
import { PRIORITIES } from '@/lib/complaints/sla';

/** What the API answers, as zod: the OpenAPI document is generated from these, and the contract test checks every answer against it. */
export const dateTime = z.iso.datetime();
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export const statusSchema = z.enum(STATUSES);
export const prioritySchema = z.enum(PRIORITIES);
export const closeReasonSchema = z.enum(CLOSE_REASONS);

export const localizedName = z.object({ name: z.string(), nameEn: z.string() });

export const waitingSchema = z.object({
  party: z.enum(['club', 'member', 'nobody']).meta({ description: 'Who has the ball: the company (`club`), the member, or nobody (ended).' }),
  since: dateTime.nullable(),
});

export const numberParams = z.object({ number: z.coerce.number().int().positive().meta({ description: 'The complaint number shown on the board (#123).' }) });
export const idParams = z.object({ id: z.uuid() });

/** A keyset list: `nextCursor` is passed back as `after` for the next page; null on the last one. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });
