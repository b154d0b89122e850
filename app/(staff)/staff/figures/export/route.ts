import { tableLabels } from '@/components/metrics/labels';
import { getCurrentUser } from '@/lib/auth/session';
import { parsePeriod } from '@/lib/complaints/metrics/period';
import { Forbidden } from '@/lib/errors';
import { csvResponse } from '@/lib/metrics/csv';
import { staffFigures } from '@/lib/metrics/queries';
import { staffTable } from '@/lib/metrics/tables';

/** One's own figures as CSV (a manager may ask for anyone's with ?user=). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const choice = parsePeriod(params);
  if (choice.error) return new Response(null, { status: 400 });
  try {
    const figures = await staffFigures(user, choice.period, params.user ?? user.id);
    const labels = await tableLabels();
    return csvResponse(staffTable([figures]), labels.header, `figures-${choice.period.from.toISOString().slice(0, 10)}-${choice.period.to.toISOString().slice(0, 10)}`);
  } catch (e) {
    if (e instanceof Forbidden) return new Response(null, { status: 403 });
    throw e;
  }
}
