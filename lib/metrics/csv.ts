import { type FigureTable, toCsv } from '@/lib/metrics/tables';

/** A table as a downloaded CSV file, with a byte-order mark so spreadsheets read the accents right. */
export function csvResponse(table: FigureTable, header: (key: string) => string, fileName: string): Response {
  return new Response(`\uFEFF${toCsv(table, header)}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
