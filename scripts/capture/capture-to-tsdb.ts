import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderOpenMetrics, type SeriesData } from '../lib/openmetrics';
import { backfill } from '../lib/prometheus-server';
import { parseExposition, type Exposition, type ExpositionSample } from './exposition';
import { applyTargetLabels, cadvisorTarget, ksmTarget, resourceTarget, type ScrapeLayout, type ScrapeTarget, type TargetLabels } from './layouts';

/** A kubelet + kube-state-metrics capture in the nri-kubernetes testdata layout (`<dir>/kubelet/metrics/cadvisor`, `<dir>/ksm/metrics`). */
export interface Capture {
  readonly cadvisor: Exposition;
  readonly ksm: Exposition | null;
}

/** The repeated-snapshot window: every `stepSeconds` for `durationSeconds`, ending at `endSeconds` (unix). */
export interface CaptureWindow {
  readonly endSeconds: number;
  readonly durationSeconds: number;
  readonly stepSeconds: number;
}

export interface CaptureSeriesOptions {
  readonly layout: ScrapeLayout;
  readonly target: ScrapeTarget;
  readonly window: CaptureWindow;
  /** Also add kubelet's /metrics/resource copy of container_memory_working_set_bytes (kube-prometheus scrapes both). */
  readonly resourceCopy?: boolean;
  /** Leave kube-state-metrics out, as on a cluster without it. */
  readonly withoutKsm?: boolean;
}

/** Reads and parses a capture directory; the KSM file is optional. */
export function readCapture(dir: string): Capture {
  const cadvisor = parseExposition(readFileSync(join(dir, 'kubelet/metrics/cadvisor'), 'utf8'));
  const ksmPath = join(dir, 'ksm/metrics');
  const ksm = existsSync(ksmPath) ? parseExposition(readFileSync(ksmPath, 'utf8')) : null;
  return { cadvisor, ksm };
}

/** The timestamps (unix seconds) of a window, oldest first, both ends included. */
export function windowTimestamps(w: CaptureWindow): number[] {
  const out: number[] = [];
  for (let t = w.endSeconds - w.durationSeconds; t <= w.endSeconds; t += w.stepSeconds) out.push(t);
  return out;
}

function seriesKey(name: string, labels: Readonly<Record<string, string>>): string {
  return `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}

function typeOf(exp: Exposition, name: string): SeriesData['type'] {
  const family = exp.types.get(name) ?? exp.types.get(name.replace(/_total$/, ''));
  return family === 'counter' ? 'counter' : 'gauge';
}

function addSamples(out: Map<string, SeriesData>, exp: Exposition, samples: readonly ExpositionSample[], target: TargetLabels, times: readonly number[]): void {
  for (const s of samples) {
    const labels = applyTargetLabels(s.labels, target);
    // The capture's own timestamps are dropped: the snapshot value holds over the whole window.
    out.set(seriesKey(s.name, labels), {
      name: s.name,
      type: typeOf(exp, s.name),
      help: exp.helps.get(s.name),
      labels,
      samples: times.map((t) => [t, s.value]),
    });
  }
}

/** kubelet /metrics/resource serves container_memory_working_set_bytes with container, namespace and pod only. */
function resourceCopySamples(cadvisor: Exposition): ExpositionSample[] {
  return cadvisor.samples
    .filter((s) => s.name === 'container_memory_working_set_bytes' && s.labels.pod && s.labels.container && s.labels.container !== 'POD')
    .map((s) => ({
      name: s.name,
      labels: { container: s.labels.container ?? '', namespace: s.labels.namespace ?? '', pod: s.labels.pod ?? '' },
      value: s.value,
      timestampMs: null,
    }));
}

/** Turns a capture into the series a Prometheus with the given scrape layout would hold over the window. */
export function buildCaptureSeries(capture: Capture, opts: CaptureSeriesOptions): SeriesData[] {
  const times = windowTimestamps(opts.window);
  const out = new Map<string, SeriesData>();
  addSamples(out, capture.cadvisor, capture.cadvisor.samples, cadvisorTarget(opts.layout, opts.target), times);
  if (opts.resourceCopy && opts.layout === 'kube-prometheus') {
    addSamples(out, capture.cadvisor, resourceCopySamples(capture.cadvisor), resourceTarget(opts.target), times);
  }
  if (capture.ksm && !opts.withoutKsm) addSamples(out, capture.ksm, capture.ksm.samples, ksmTarget(opts.layout, opts.target), times);
  return [...out.values()];
}

/** Renders a capture as OpenMetrics for `promtool tsdb create-blocks-from openmetrics`. */
export function captureToOpenMetrics(capture: Capture, opts: CaptureSeriesOptions): string {
  return renderOpenMetrics(buildCaptureSeries(capture, opts));
}

/** Writes the OpenMetrics file `<dataDir>.om` and backfills it into a fresh TSDB there. */
export function captureToTsdb(capture: Capture, opts: CaptureSeriesOptions, dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir.replace(/\/+$/, '')}.om`;
  writeFileSync(file, captureToOpenMetrics(capture, opts));
  backfill(file, dataDir);
  return file;
}
