import { isActive } from '@/lib/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { similarOpenComplaints } from '@/lib/complaints/similar';

/** Suggestions while a member types a complaint's title: "me too" instead of a duplicate. */
export async function GET(req: Request) {
  const user = await getCurrentUser();
  if (!user || !isActive(user)) return Response.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 });
  const q = (new URL(req.url).searchParams.get('q') ?? '').slice(0, 200);
  return Response.json({ complaints: await similarOpenComplaints(user, q) }, { headers: { 'cache-control': 'private, no-store' } });
}
