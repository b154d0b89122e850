import { csvDownload } from '@/lib/export/csv';
import { type FigureTable, toCsv } from '@/lib/metrics/tables';

/** A figures table as a downloaded CSV file. */
export function csvResponse(table: FigureTable, header: (key: string) => string, fileName: string): Response {
  return csvDownload(toCsv(table, header), fileName);
}
