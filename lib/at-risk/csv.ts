import { csvField, csvLines } from '@/lib/export/csv';
import type { AtRiskFigures, WinBackRow } from './figures';

export interface CsvLabels {
  header: (key: 'scope' | 'name' | 'closed' | 'stayed' | 'rate' | 'medianHours' | 'before' | 'after') => string;
  scope: (scope: 'total' | 'branch' | 'staff') => string;
  noBranch: string;
}

const COLUMNS = ['scope', 'name', 'closed', 'stayed', 'rate', 'medianHours', 'before', 'after'] as const;
// Rates as plain decimals (0.5), hours to one decimal: what a spreadsheet computes with, not what a page shows.
const num = (v: number | null) => (v === null ? '' : String(Math.round(v * 1000) / 1000));
const hours = (s: number | null) => (s === null ? '' : String(Math.round(s / 360) / 10));

/** The win-back figures as one CSV: the total, then a line per branch and per staff member. */
export function winBackCsv(f: AtRiskFigures, labels: CsvLabels): string {
  const line = (scope: 'total' | 'branch' | 'staff', name: string, r: Omit<WinBackRow, 'id' | 'name'>) =>
    [labels.scope(scope), name, String(r.closed), String(r.stayed), num(r.winBackRate), hours(r.firstContactMedianSeconds), num(r.before.rate), num(r.after.rate)].map(csvField);
  return csvLines([
    COLUMNS.map((c) => csvField(labels.header(c))),
    line('total', labels.scope('total'), f.total),
    ...f.byBranch.map((r) => line('branch', r.name ?? labels.noBranch, r)),
    ...f.byStaff.map((r) => line('staff', r.name ?? '', r)),
  ]);
}
