import { checkDatabase } from '@/lib/health';

export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
