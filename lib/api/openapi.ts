import { z } from 'zod';
import { API_SCOPES } from '@/lib/integrations/scopes';
import { OPERATIONS } from './catalogue';

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const problemSchema: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details. `errors` lists each field that is wrong, with a stable `code` and a message in the language of `Accept-Language` (English by default, Spanish for `es`).',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, code: { type: 'string' }, detail: { type: 'string' } }, required: ['field', 'code', 'detail'], additionalProperties: false } },
  },
  required: ['type', 'title', 'status', 'code', 'detail'],
  additionalProperties: false,
};

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemRef } } });

/** A path or query parameter for each key of a zod object. */
function parameters(where: 'path' | 'query', schema: z.ZodObject | undefined) {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) };
  });
}

/** OpenAPI 3.1, generated from the zod schemas the operations (and so the verbs) use. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const status = String(op.status ?? 200);
    const writes = op.method !== 'GET';
    const headers = writes ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'A retry with the same key returns the first answer instead of acting twice (kept 24 hours).' }] : [];
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      security: [{ bearerToken: op.scopes }],
      'x-scopes': op.scopes,
      parameters: [...parameters('path', op.params), ...parameters('query', op.query), ...headers],
      ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(op.body, 'input') } } } } : {}),
      responses: {
        [status]: { description: 'Success', content: { 'application/json': { schema: schemaOf(op.response, 'output') } } },
        ...(writes || op.query || op.params ? { '400': problemResponse('The request is malformed: an unknown or wrong field, named in `errors`.') } : {}),
        '401': problemResponse('No token, or an unknown, revoked or expired one.'),
        '403': problemResponse('The token lacks a scope, or its staff member may not do this.'),
        ...(op.params ? { '404': problemResponse('Not found, or not visible to this staff member.') } : {}),
        ...(writes ? { '409': problemResponse('The complaint cannot take this step now, or the same Idempotency-Key is still being processed.') } : {}),
        ...(writes || op.query ? { '422': problemResponse('The request is well formed but cannot be done; `errors` says why.') } : {}),
        '429': { ...problemResponse('More than 300 requests in 5 minutes for this token.'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tertulia REST API',
      version: '1.0.0',
      description:
        'Complaints, members, groups and figures of the community, for other systems (a CRM, a helpdesk). A manager creates a token at Management → Integrations; send it as `Authorization: Bearer <token>`. Every write acts for the staff member the token names, with their permissions, and is audited as the integration on their behalf.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: `${serverUrl}/api/v1` }],
    tags: [{ name: 'Complaints' }, { name: 'Members' }, { name: 'Community' }, { name: 'Metrics' }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: `An integration token. Scopes: ${API_SCOPES.map((s) => `\`${s}\``).join(', ')}.` },
      },
    },
  };
}
