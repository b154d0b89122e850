'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartProps {
  type: 'line' | 'bar';
  /** One point per x value: its label, and a number (or null for "no data") per series key. */
  data: ({ x: string } & Record<string, number | string | null>)[];
  series: ChartSeries[];
  /** Appended to the axis ticks and tooltip values ("%", " h"). */
  unit: string;
}

// Brand-neutral colours that keep 3:1 against white and differ for the common colour blindnesses.
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed'];

/**
 * The picture of a table shown next to it: decorative for screen readers, which get the table itself
 * (see ChartBlock). Loaded on the client only, so Recharts stays out of every other page's JavaScript.
 */
export default function MetricChart({ type, data, series, unit }: ChartProps) {
  // No keyboard layer: the chart is hidden from assistive technology, whose way in is the table.
  const common = { data, margin: { top: 8, right: 8, bottom: 0, left: 0 }, accessibilityLayer: false };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#d4d4d8" />
      <XAxis dataKey="x" tick={{ fontSize: 12, fill: '#3f3f46' }} minTickGap={16} />
      <YAxis tick={{ fontSize: 12, fill: '#3f3f46' }} unit={unit} width={56} allowDecimals={false} />
      <Tooltip formatter={(v) => (v === null || v === undefined ? '—' : `${v}${unit}`)} />
      {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
    </>
  );
  return (
    <div aria-hidden="true" className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        {type === 'line' ? (
          <LineChart {...common}>
            {axes}
            {series.map((s, i) => (
              <Line key={s.key} type="linear" dataKey={s.key} name={s.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart {...common}>
            {axes}
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
