import type { NamedFigures, SampleFigures, StaffFigures } from '@/lib/complaints/metrics/dashboard';
import { AGE_BUCKET_HOURS } from '@/lib/complaints/metrics/formulas';
import type { ManagerDashboard } from './queries';

// Every table of the dashboard defined once, as raw values with a kind per column: the page formats
// them for the reader, the CSV export writes them plainly, so a figure can never differ between the two.

export type CellKind = 'text' | 'date' | 'count' | 'percent' | 'rating' | 'index' | 'duration';
export type Cell = string | number | null;

export interface Column {
  /** The i18n key under `dashboard.columns`. */
  key: string;
  kind: CellKind;
}

export interface FigureTable {
  name: TableName;
  columns: Column[];
  rows: Cell[][];
}

export const TABLE_NAMES = ['trend', 'categories', 'branches', 'priorities', 'staff', 'backlog', 'activity', 'groups'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const col = (key: string, kind: CellKind): Column => ({ key, kind });

const SAMPLE_COLUMNS: [Column, (f: SampleFigures) => Cell][] = [
  [col('complaints', 'count'), (f) => f.complaints],
  [col('responseRate', 'percent'), (f) => f.responseRate],
  [col('firstResponseMedian', 'duration'), (f) => f.firstResponseMedianSeconds],
  [col('firstResponseP90', 'duration'), (f) => f.firstResponseP90Seconds],
  [col('resolutionMedian', 'duration'), (f) => f.resolutionMedianSeconds],
  [col('slaCompliance', 'percent'), (f) => f.slaCompliance],
  [col('reopenRate', 'percent'), (f) => f.reopenRate],
  [col('answers', 'count'), (f) => f.answers],
  [col('csat', 'percent'), (f) => f.csat],
  [col('averageRating', 'rating'), (f) => f.averageRating],
  [col('solutionRate', 'percent'), (f) => f.solutionRate],
  [col('wouldStay', 'percent'), (f) => f.wouldStayRate],
];

type Named = (es: string, en: string) => string;

function breakdown(name: TableName, first: Column, items: (NamedFigures | (SampleFigures & { label: string; previous: SampleFigures }))[], named: Named, withIndex = false): FigureTable {
  const columns = [first, ...SAMPLE_COLUMNS.map(([c]) => c), col('previousComplaints', 'count'), col('previousCsat', 'percent'), ...(withIndex ? [col('trustIndex', 'index')] : [])];
  const rows = items.map((item) => [
    'name' in item ? named(item.name, item.nameEn) : item.label,
    ...SAMPLE_COLUMNS.map(([, value]) => value(item)),
    item.previous.complaints,
    item.previous.csat,
    ...(withIndex ? [item.trustIndex] : []),
  ]);
  return { name, columns, rows };
}

export function staffTable(staff: StaffFigures[]): FigureTable {
  return {
    name: 'staff',
    columns: [col('staffMember', 'text'), col('answered', 'count'), col('firstResponses', 'count'), col('firstResponseMedian', 'duration'), col('answers', 'count'), col('csat', 'percent'), col('averageRating', 'rating')],
    rows: staff.map((s) => [s.name, s.answered, s.firstResponses, s.firstResponseMedianSeconds, s.answers, s.csat, s.averageRating]),
  };
}

/** The dashboard's tables; `label` names priorities, age buckets, categories and branches in the reader's language. */
export function dashboardTables(d: ManagerDashboard, label: { priority: (p: string) => string; age: (i: number) => string; named: Named }): Record<TableName, FigureTable> {
  const c = d.complaints;
  return {
    trend: {
      name: 'trend',
      columns: [col('periodStart', 'date'), ...SAMPLE_COLUMNS.map(([column]) => column)],
      rows: c.trend.map((p) => [p.start.toISOString(), ...SAMPLE_COLUMNS.map(([, value]) => value(p))]),
    },
    categories: breakdown('categories', col('category', 'text'), c.categories, label.named),
    branches: breakdown('branches', col('branch', 'text'), c.branches, label.named, true),
    priorities: breakdown(
      'priorities',
      col('priority', 'text'),
      c.priorities.map((p) => ({ ...p, label: label.priority(p.priority) })),
      label.named,
    ),
    staff: staffTable(c.staff),
    backlog: {
      name: 'backlog',
      columns: [col('age', 'text'), col('open', 'count')],
      rows: c.backlog.ageing.map((count, i) => [label.age(i), count]),
    },
    activity: {
      name: 'activity',
      columns: [col('periodStart', 'date'), col('activeMembers', 'count'), col('posts', 'count'), col('newMembers', 'count')],
      rows: d.engagement.trend.map((p) => [p.start.toISOString(), p.active, p.posts, p.newMembers]),
    },
    groups: {
      name: 'groups',
      columns: [col('group', 'text'), col('posts', 'count'), col('joins', 'count'), col('members', 'count')],
      rows: d.engagement.topGroups.map((g) => [g.name, g.posts, g.joins, g.members]),
    },
  };
}

// A breakdown has some sixteen columns: on screen it is read as two tables of the same rows, so each
// fits a 1366 px screen without sideways scrolling; its export keeps them side by side.
export const BREAKDOWN_PARTS = {
  response: ['complaints', 'responseRate', 'firstResponseMedian', 'firstResponseP90', 'resolutionMedian', 'slaCompliance', 'reopenRate', 'previousComplaints'],
  satisfaction: ['answers', 'csat', 'averageRating', 'solutionRate', 'wouldStay', 'previousCsat', 'trustIndex'],
} as const;
export type BreakdownPart = keyof typeof BREAKDOWN_PARTS;

/** The rows' name column and the given columns of a table, in the table's own order. */
export function tablePart(table: FigureTable, keys: readonly string[]): FigureTable {
  const kept = table.columns.map((c, i) => (i === 0 || keys.includes(c.key) ? i : -1)).filter((i) => i >= 0);
  return { name: table.name, columns: kept.map((i) => table.columns[i]!), rows: table.rows.map((row) => kept.map((i) => row[i] ?? null)) };
}

/** The age buckets' bounds in hours, for their labels: [from, to) with null for the open end. */
export const AGE_BUCKETS: [number, number | null][] = AGE_BUCKET_HOURS.map((h, i): [number, number | null] => [i === 0 ? 0 : AGE_BUCKET_HOURS[i - 1]!, h]).concat([
  [AGE_BUCKET_HOURS[AGE_BUCKET_HOURS.length - 1]!, null],
]);
