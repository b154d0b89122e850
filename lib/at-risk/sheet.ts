import type { Sheet } from '@/lib/export/sheet';
import type { Locale } from '@/lib/i18n/config';
import { localized } from '@/lib/i18n/localized';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';
import { figureSheet, sheetLabelsFor } from '@/lib/metrics/sheet';
import type { Cell, Column } from '@/lib/metrics/tables';
import type { AtRiskFigures, WinBackCounts } from './figures';

// The keys are under `atRisk.figures`, as on the page.
const COLUMNS: Column[] = [
  { key: 'scope', kind: 'text' },
  { key: 'name', kind: 'text' },
  { key: 'closed', kind: 'count' },
  { key: 'stayed', kind: 'count' },
  { key: 'rate', kind: 'percent' },
  { key: 'median', kind: 'duration' },
  { key: 'before', kind: 'percent' },
  { key: 'after', kind: 'percent' },
];

/** The win-back figures as one export sheet: the total, then a line per branch and per staff member. */
export function winBackSheet(f: AtRiskFigures, name: string, locale: Locale): Sheet {
  const t = dynamicTranslatorFor(locale);
  const scope = (s: 'total' | 'branch' | 'staff') => t(`atRisk.figures.scopes.${s}`);
  const line = (s: 'total' | 'branch' | 'staff', label: string, r: WinBackCounts): Cell[] => [scope(s), label, r.closed, r.stayed, r.winBackRate, r.firstContactMedianSeconds, r.before.rate, r.after.rate];
  const rows = [
    line('total', scope('total'), f.total),
    ...f.byBranch.map((r) => line('branch', r.name === null ? t('atRisk.figures.noBranch') : localized(r.name, r.nameEn ?? '', locale), r)),
    ...f.byStaff.map((r) => line('staff', r.name ?? '', r)),
  ];
  return figureSheet({ columns: COLUMNS, rows }, name, locale, sheetLabelsFor(locale, 'atRisk.figures'));
}
