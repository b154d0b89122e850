import { toCsv } from './csv';
import type { ExportFormat, Sheet } from './sheet';
import { toXlsx } from './xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const headers = (type: string, fileName: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
  'cache-control': 'private, no-store',
});

/** Every export's download: CSV with a byte-order mark so Excel reads the accents right, or .xlsx; never cached. */
export async function exportResponse(sheet: Sheet, format: ExportFormat): Promise<Response> {
  if (format === 'xlsx') return new Response(await toXlsx(sheet), { headers: headers(XLSX_TYPE, `${sheet.name}.xlsx`) });
  return new Response(`\uFEFF${toCsv(sheet)}`, { headers: headers('text/csv; charset=utf-8', `${sheet.name}.csv`) });
}
