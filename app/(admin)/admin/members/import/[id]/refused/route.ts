import { getLocale } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { exportResponse } from '@/lib/export/download';
import { exportFormat } from '@/lib/export/sheet';
import { refusedRowsSheet } from '@/lib/roster/queries';

/** The refused rows of an import as CSV (or .xlsx), formula cells defused, managers only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('Forbidden', { status: 403 });
  try {
    const sheet = await refusedRowsSheet(user, (await params).id, await getLocale());
    return exportResponse(sheet, exportFormat(new URL(request.url).searchParams.get('format')));
  } catch (e) {
    if (e instanceof DomainError) return new Response(null, { status: e.status });
    throw e;
  }
}
