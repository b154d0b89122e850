import { getCurrentUser } from '@/lib/auth/session';
import { suggestMentions } from '@/lib/threads/mention-suggestions';

export async function GET(req: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
  const q = new URL(req.url).searchParams.get('q');
  return Response.json({ people: await suggestMentions(user, q) }, { headers: { 'cache-control': 'private, no-store' } });
}
