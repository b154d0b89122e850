'use client';

import dynamic from 'next/dynamic';
import type { ChartProps } from './metric-chart';

// Recharts is a large library: fetched only by pages with a chart, after the figures are on screen.
const MetricChart = dynamic(() => import('./metric-chart'), { ssr: false, loading: () => <div className="h-64 w-full animate-pulse rounded bg-zinc-100" /> });

export function LazyChart(props: ChartProps) {
  return <MetricChart {...props} />;
}
