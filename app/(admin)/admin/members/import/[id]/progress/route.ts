import { getCurrentUser } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { rosterImportProgress } from '@/lib/roster/queries';

/** What the progress bar polls: counts only, managers only, never cached. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('Forbidden', { status: 403 });
  try {
    return Response.json(await rosterImportProgress(user, (await params).id), { headers: { 'cache-control': 'private, no-store' } });
  } catch (e) {
    if (e instanceof DomainError) return new Response(null, { status: e.status });
    throw e;
  }
}
