import { z } from 'zod';
import { idempotencyKeyField } from '@/lib/validation/fields';
import { WEBHOOK_EVENTS } from './events';

export const MAX_URL = 2000;
export const MAX_DESCRIPTION = 200;

export const webhookUrlField = z.string().trim().min(1, 'errors.required').max(MAX_URL, 'errors.tooLong');

/**
 * A form sends one checkbox per event (`event:complaint.filed=on`); the API sends `events` as a list.
 * Both become the same list here.
 */
const collectEvents = (raw: unknown) => {
  if (!raw || typeof raw !== 'object') return raw;
  const input = raw as Record<string, unknown>;
  if (Array.isArray(input.events)) return input;
  const fromBoxes = Object.keys(input)
    .filter((k) => k.startsWith('event:') && input[k] === 'on')
    .map((k) => k.slice('event:'.length));
  const fromText = typeof input.events === 'string' && input.events ? input.events.split(',') : [];
  return { ...input, events: [...new Set([...fromBoxes, ...fromText])] };
};

const eventsField = z.array(z.enum(WEBHOOK_EVENTS, 'webhooks.errors.unknownEvent')).min(1, 'webhooks.errors.noEvents');

export const endpointInput = z.preprocess(
  collectEvents,
  z.object({
    url: webhookUrlField,
    description: z.string().trim().max(MAX_DESCRIPTION, 'errors.tooLong').default(''),
    events: eventsField,
    idempotencyKey: idempotencyKeyField,
  }),
);

export const endpointUpdate = z.preprocess(
  collectEvents,
  z.object({
    id: z.uuid('errors.invalidField'),
    url: webhookUrlField,
    description: z.string().trim().max(MAX_DESCRIPTION, 'errors.tooLong').default(''),
    events: eventsField,
    active: z
      .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
      .optional()
      .transform((v) => v === true || v === 'on' || v === 'true'),
  }),
);
