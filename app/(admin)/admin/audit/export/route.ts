import { getLocale } from 'next-intl/server';
import { auditFiltersOf, auditSheet } from '@/lib/audit/queries';
import { can } from '@/lib/policy';
import { exportResponse } from '@/lib/export/download';
import { exportFormat } from '@/lib/export/sheet';
import { getCurrentUser } from '@/lib/auth/session';

/** The filtered audit log as CSV or .xlsx, managers only (the same filters as the page). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, 'view:audit_log')) return new Response('Forbidden', { status: 403 });
  const url = new URL(request.url);
  const q = url.searchParams;
  return exportResponse(await auditSheet(user, auditFiltersOf((k) => q.get(k)), await getLocale(), url.origin), exportFormat(q.get('format')));
}
