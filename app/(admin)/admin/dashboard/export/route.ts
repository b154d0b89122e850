import { getLocale, getTranslations } from 'next-intl/server';
import { tableLabels } from '@/components/metrics/labels';
import { getCurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/policy';
import { parsePeriod } from '@/lib/complaints/metrics/period';
import { exportResponse } from '@/lib/export/download';
import { exportFormat } from '@/lib/export/sheet';
import { managerDashboard } from '@/lib/metrics/queries';
import { figureSheet } from '@/lib/metrics/sheet';
import { dashboardTables, TABLE_NAMES } from '@/lib/metrics/tables';

/** Any dashboard table as CSV or .xlsx, for the period in the address: managers only, like the page. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!can(user, 'view:dashboard')) return new Response((await getTranslations('dashboard'))('forbiddenExport'), { status: user ? 403 : 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const name = TABLE_NAMES.find((n) => n === params.table);
  const choice = parsePeriod(params);
  if (!name || choice.error) return new Response((await getTranslations('dashboard'))('badExport'), { status: 400 });
  const labels = await tableLabels();
  const table = dashboardTables(await managerDashboard(user!, choice.period), labels)[name];
  const { from, to } = choice.period;
  const fileName = `${name}-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}`;
  return exportResponse(figureSheet(table, fileName, await getLocale()), exportFormat(params.format));
}
