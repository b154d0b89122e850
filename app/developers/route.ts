import { referencePage, referenceVersion } from '@/lib/api/reference-page';
import { getBrand } from '@/lib/brand/queries';
import { resolveLocale } from '@/lib/i18n/locale';

/** The REST API's reference, readable by anyone: it documents, it shows no data. */
export async function GET(req: Request) {
  const locale = await resolveLocale(async () => (await getBrand()).defaultLocale);
  const nonce = req.headers.get('x-nonce') ?? '';
  return new Response(referencePage(locale, nonce, await referenceVersion()), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } });
}
