import escapeHtml from 'escape-html';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { Gone } from '@/lib/errors';
import { exportFile } from '@/lib/privacy/export';

type Ctx = { params: Promise<{ id: string }> };

const notFound = () => new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store' } });

/** The ZIP, for its owner only: anyone else meets 404 (nothing said about whether it exists), a link past its 7 days a clear 410 page. */
export async function GET(request: Request, ctx: Ctx) {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const { id } = await ctx.params;
  try {
    const { bytes, name } = await exportFile(user, id);
    return new Response(new Uint8Array(bytes), {
      headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' },
    });
  } catch (e) {
    if (!(e instanceof Gone)) return notFound();
    const t = await getTranslations('privacy.expired');
    const back = new URL('/settings/privacy', request.url).pathname;
    const html = `<!doctype html><html lang="${user.locale ?? 'es'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('title'))}</title></head><body><main><h1>${escapeHtml(t('title'))}</h1><p>${escapeHtml(t('body'))}</p><p><a href="${back}">${escapeHtml(t('back'))}</a></p></main></body></html>`;
    return new Response(html, { status: 410, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } });
  }
}
