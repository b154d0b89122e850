import ExcelJS from 'exceljs';
import { localDateTime } from './csv';
import type { ExportColumn, Sheet } from './sheet';

// Excel shows a number format in the reader's own conventions (decimal comma in Spanish), so one
// format code serves both languages.
function numFmt(column: ExportColumn): string | undefined {
  switch (column.kind) {
    case 'number':
      return column.decimals ? `0.${'0'.repeat(column.decimals)}` : '0';
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    default:
      return undefined;
  }
}

// Excel keeps no time zone: a date is written as the wall-clock time in Madrid, as the page shows it.
const wallClock = (d: Date) => new Date(`${localDateTime(d).replace(' ', 'T')}:00Z`);

/** The sheet as an .xlsx workbook: a bold, frozen header row, typed cells, columns wide enough to read. */
export async function toXlsx(sheet: Sheet): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: Math.min(60, Math.max(c.header.length, ...sheet.rows.slice(0, 200).map((r) => String(r[i] ?? '').length), c.kind === 'datetime' ? 16 : 10) + 2),
    style: numFmt(c) ? { numFmt: numFmt(c) } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row.map((cell) => (cell instanceof Date ? wallClock(cell) : cell)));
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
