import { TIME_ZONE } from '@/lib/i18n/config';
import type { ExportCell, ExportColumn, Sheet } from './sheet';

/**
 * A field as a spreadsheet reads it: quoted when it holds the separator, a quote or a line break
 * (quotes doubled, RFC 4180); one a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe.
 */
export function csvField(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Spanish Excel splits on ";" and reads "4,5" as a number; English Excel splits on "," and reads "4.5".
const SEPARATOR = { es: ';', en: ',' } as const;
const DECIMAL = { es: ',', en: '.' } as const;

const madrid = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** "2026-03-05 14:07", Madrid time: a form both languages' spreadsheets read as a date and time. */
export function localDateTime(d: Date): string {
  return madrid.format(d).replace('T', ' ');
}

function plain(cell: ExportCell, column: ExportColumn, decimal: string): string | null {
  if (cell === null) return '';
  if (cell instanceof Date) return column.kind === 'date' ? localDateTime(cell).slice(0, 10) : localDateTime(cell);
  if (typeof cell === 'number') return cell.toFixed(column.decimals ?? 0).replace('.', decimal);
  return null;
}

/** The sheet as CSV text in its language's conventions; numbers and dates are never quoted or defused. */
export function toCsv(sheet: Sheet): string {
  const sep = SEPARATOR[sheet.locale];
  const decimal = DECIMAL[sheet.locale];
  const line = (cells: string[]) => cells.join(sep);
  const body = sheet.rows.map((row) => line(row.map((cell, i) => plain(cell, sheet.columns[i]!, decimal) ?? csvField(String(cell), sep))));
  return `${[line(sheet.columns.map((c) => csvField(c.header, sep))), ...body].join('\r\n')}\r\n`;
}
