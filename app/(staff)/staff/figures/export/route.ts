import { getLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { parsePeriod } from '@/lib/complaints/metrics/period';
import { Forbidden } from '@/lib/errors';
import { exportResponse } from '@/lib/export/download';
import { exportFormat } from '@/lib/export/sheet';
import { staffFigures } from '@/lib/metrics/queries';
import { figureSheet } from '@/lib/metrics/sheet';
import { staffTable } from '@/lib/metrics/tables';

/** One's own figures as CSV or .xlsx (a manager may ask for anyone's with ?user=). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const choice = parsePeriod(params);
  if (choice.error) return new Response(null, { status: 400 });
  try {
    const figures = await staffFigures(user, choice.period, params.user ?? user.id);
    const fileName = `figures-${choice.period.from.toISOString().slice(0, 10)}-${choice.period.to.toISOString().slice(0, 10)}`;
    return exportResponse(figureSheet(staffTable([figures]), fileName, await getLocale()), exportFormat(params.format));
  } catch (e) {
    if (e instanceof Forbidden) return new Response(null, { status: 403 });
    throw e;
  }
}
