import { getTranslations } from 'next-intl/server';
import { winBackCsv } from '@/lib/at-risk/csv';
import { atRiskFigures } from '@/lib/at-risk/figures';
import { getCurrentUser } from '@/lib/auth/session';
import { parsePeriod } from '@/lib/complaints/metrics/period';
import { csvDownload } from '@/lib/export/csv';
import { can } from '@/lib/policy';

/** The win-back figures for the period in the address, as CSV: managers only, like the dashboard. */
export async function GET(request: Request) {
  const t = await getTranslations('atRisk.figures');
  const user = await getCurrentUser();
  if (!can(user, 'view:dashboard')) return new Response(t('forbiddenExport'), { status: user ? 403 : 401 });
  const choice = parsePeriod(Object.fromEntries(new URL(request.url).searchParams));
  if (choice.error) return new Response(t('badExport'), { status: 400 });
  const { from, to } = choice.period;
  const header = { scope: t('scope'), name: t('name'), closed: t('closed'), stayed: t('stayed'), rate: t('rate'), medianHours: `${t('median')} (h)`, before: t('before'), after: t('after') };
  const text = winBackCsv(await atRiskFigures(user!, { from, to }), { header: (k) => header[k], scope: (s) => t(`scopes.${s}`), noBranch: t('noBranch') });
  return csvDownload(text, `win-back-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}`);
}
