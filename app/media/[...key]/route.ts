import '@/lib/registrations';
import { getCurrentUser } from '@/lib/auth/session';
import { isPublicMedia, readMedia } from '@/lib/uploads/read';

type Ctx = { params: Promise<{ key: string[] }> };

export async function GET(_req: Request, ctx: Ctx) {
  const key = (await ctx.params).key.join('/');
  const file = isPublicMedia(key) ? await readMedia(key) : await readMedia(key, await getCurrentUser());
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'content-type': file.contentType,
      // Keys contain the content hash, so a file never changes under its name; private ones stay out of shared caches.
      'cache-control': `${file.public ? 'public' : 'private'}, max-age=31536000, immutable`,
      'x-content-type-options': 'nosniff',
    },
  });
}
