import type { Locale } from '@/lib/i18n/config';

// What every export is before it becomes a file: one table, its headers already in the reader's
// language (with the unit each number is in), its cells as plain values. The CSV and the .xlsx are
// written from the same sheet, so the two files can never disagree.

export type ExportKind = 'text' | 'number' | 'date' | 'datetime';
export type ExportCell = string | number | Date | null;

export interface ExportColumn {
  header: string;
  kind: ExportKind;
  /** Digits after the decimal mark of a number column (0 for counts). */
  decimals?: number;
}

export interface Sheet {
  /** The worksheet's name and the file's, without extension. */
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  locale: Locale;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportFormat(value: string | null | undefined): ExportFormat {
  return value === 'xlsx' ? 'xlsx' : 'csv';
}
