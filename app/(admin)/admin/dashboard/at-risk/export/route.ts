import { getLocale, getTranslations } from 'next-intl/server';
import { atRiskFigures } from '@/lib/at-risk/figures';
import { winBackSheet } from '@/lib/at-risk/sheet';
import { getCurrentUser } from '@/lib/auth/session';
import { parsePeriod } from '@/lib/complaints/metrics/period';
import { exportResponse } from '@/lib/export/download';
import { exportFormat } from '@/lib/export/sheet';
import { can } from '@/lib/policy';

/** The win-back figures for the period in the address, as CSV or .xlsx: managers only, like the dashboard. */
export async function GET(request: Request) {
  const t = await getTranslations('atRisk.figures');
  const user = await getCurrentUser();
  if (!can(user, 'view:dashboard')) return new Response(t('forbiddenExport'), { status: user ? 403 : 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const choice = parsePeriod(params);
  if (choice.error) return new Response(t('badExport'), { status: 400 });
  const { from, to } = choice.period;
  const fileName = `win-back-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}`;
  return exportResponse(winBackSheet(await atRiskFigures(user!, { from, to }), fileName, await getLocale()), exportFormat(params.format));
}
