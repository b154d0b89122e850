import { auditCsv } from '@/lib/audit/queries';
import { can } from '@/lib/policy';
import { csvDownload } from '@/lib/export/csv';
import { getCurrentUser } from '@/lib/auth/session';

/** The filtered audit log as a CSV download, managers only (the same filters as the page). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, 'view:audit_log')) return new Response('Forbidden', { status: 403 });
  const q = new URL(request.url).searchParams;
  const filters = Object.fromEntries(['actor', 'action', 'targetType', 'from', 'to'].flatMap((k) => (q.get(k) ? [[k, q.get(k)!]] : [])));
  return csvDownload(await auditCsv(user, filters), `audit-${new Date().toISOString().slice(0, 10)}`);
}
