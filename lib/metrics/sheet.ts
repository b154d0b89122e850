import { durationParts } from '@/components/transparency/duration';
import type { Locale } from '@/lib/i18n/config';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';
import type { ExportColumn, Sheet } from '@/lib/export/sheet';
import type { Cell, CellKind, FigureTable } from './tables';

export type DurationUnit = 'minutes' | 'hours' | 'days';
export type HeaderUnit = DurationUnit | 'percent' | 'outOf5' | 'outOf10';

const SECONDS: Record<DurationUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };

/**
 * The unit the page shows for a column's typical (median) wait, so that a column read as "3 h 20 min"
 * on screen is exported in hours and one read as "2,5 días" in days.
 */
export function durationUnit(values: readonly Cell[]): DurationUnit {
  const seconds = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (seconds.length === 0) return 'hours';
  const unit = durationParts(seconds[Math.floor((seconds.length - 1) / 2)]!).unit;
  return unit === 'lessThanMinute' ? 'minutes' : unit;
}

const UNIT_OF: Partial<Record<CellKind, HeaderUnit>> = { percent: 'percent', rating: 'outOf5', index: 'outOf10' };

export interface SheetLabels {
  header: (key: string) => string;
  /** "Primera respuesta, mediana (h)": a header with the unit its numbers are in. */
  withUnit: (header: string, unit: HeaderUnit) => string;
}

/** Column names (the dashboard's unless another namespace is given), with their units, in the export's language. */
export function sheetLabelsFor(locale: Locale, namespace = 'dashboard.columns'): SheetLabels {
  const t = dynamicTranslatorFor(locale);
  return {
    header: (key) => t(`${namespace}.${key}`),
    withUnit: (header, unit) => t('exports.withUnit', { header, unit: t(`exports.units.${unit}`) }),
  };
}

/** A dashboard table as the export sheet: rates as percentages, durations in the unit shown on screen. */
export function figureSheet(table: Pick<FigureTable, 'columns' | 'rows'>, name: string, locale: Locale, labels: SheetLabels = sheetLabelsFor(locale)): Sheet {
  const units = table.columns.map((c, i) => (c.kind === 'duration' ? durationUnit(table.rows.map((r) => r[i] ?? null)) : UNIT_OF[c.kind]));
  const columns: ExportColumn[] = table.columns.map((c, i) => {
    const unit = units[i];
    const header = unit ? labels.withUnit(labels.header(c.key), unit) : labels.header(c.key);
    if (c.kind === 'text') return { header, kind: 'text' };
    if (c.kind === 'date') return { header, kind: 'date' };
    return { header, kind: 'number', decimals: c.kind === 'count' ? 0 : c.kind === 'rating' || c.kind === 'index' ? 2 : 1 };
  });
  const rows = table.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null) return null;
      const kind = table.columns[i]!.kind;
      if (typeof cell === 'string') return kind === 'date' ? new Date(cell) : cell;
      if (kind === 'percent') return cell * 100;
      if (kind === 'duration') return cell / SECONDS[units[i] as DurationUnit];
      return cell;
    }),
  );
  return { name, columns, rows, locale };
}
