import { referenceScript } from '@/lib/api/reference-page';

/** The renderer's browser build (@scalar/api-reference), from this origin; its URL carries the version. */
export async function GET() {
  return new Response(new Uint8Array(await referenceScript()), { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' } });
}
