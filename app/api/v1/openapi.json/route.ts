import { openApiDocument } from '@/lib/api/openapi';
import { getEnv } from '@/lib/env';

/** The API's OpenAPI 3.1 document, public like any API reference: it describes, it reveals no data. */
export function GET() {
  return Response.json(openApiDocument(getEnv().APP_URL), { headers: { 'cache-control': 'public, max-age=300' } });
}
