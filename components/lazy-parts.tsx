'use client';

import dynamic from 'next/dynamic';
import type { AlertAdvisorProps } from './alert-advisor';
import type { SeedChartProps } from './learn/seed-chart';
import type { MemoryChartProps } from './memory-chart';

// Code below the first screen, loaded on first use.
//
// recharts and what it pulls in (redux, immer, d3 pieces: about 140 KiB gzip) load only where a chart is
// drawn, in parallel with the page's data, so no page carries them in its first-load JavaScript.
const loadMemoryChart = () => import('./memory-chart');
const loadSeedChart = () => import('./learn/seed-chart');

const LoadedMemoryChart = dynamic(() => loadMemoryChart().then((m) => m.MemoryChart), { ssr: false });
const LoadedSeedChart = dynamic(() => loadSeedChart().then((m) => m.SeedChart), { ssr: false });

// The alert advisor sits at the bottom of the pod page and renders its rule with the yaml library
// (about 25 KiB gzip): it loads after the first screen.
const LoadedAlertAdvisor = dynamic(() => import('./alert-advisor').then((m) => m.AlertAdvisor), { ssr: false });

/** The alert advisor, loaded on first use. */
export function AlertAdvisor(props: AlertAdvisorProps) {
  return <LoadedAlertAdvisor {...props} />;
}

/** Starts loading the chart code now (e.g. while the pod's data is on its way). */
export function preloadMemoryChart(): void {
  void loadMemoryChart();
}

/** The memory chart, loaded on first use; the box keeps its height meanwhile so nothing jumps. */
export function MemoryChart(props: MemoryChartProps) {
  return (
    <div style={{ minHeight: props.height ?? 260 }}>
      <LoadedMemoryChart {...props} />
    </div>
  );
}

/** The seed experiment's chart, loaded on first use. */
export function SeedChart(props: SeedChartProps) {
  return (
    <div style={{ minHeight: props.height ?? 220 }}>
      <LoadedSeedChart {...props} />
    </div>
  );
}
