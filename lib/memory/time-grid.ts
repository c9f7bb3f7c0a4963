/** Steps a chart may use, in seconds: round numbers a person reads easily and caches align on. */
const NICE_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** Prometheus refuses a range query over 11,000 points per series. */
export const MAX_POINTS = 11_000;
/** Default resolution: about this many points across the range. */
export const TARGET_POINTS = 500;

/** The smallest nice step that keeps the range at or under `targetPoints` points, and not under `minStep`. */
export function chooseStep(rangeSeconds: number, minStep: number, targetPoints = TARGET_POINTS): number {
  const wanted = Math.max(rangeSeconds / targetPoints, minStep);
  return NICE_STEPS.find((s) => s >= wanted) ?? Math.ceil(wanted / 86400) * 86400;
}

export interface TimeGrid {
  start: number;
  end: number;
  step: number;
}

/**
 * Floors start and end to multiples of step (as Grafana and Perses do) so Prometheus' and Thanos'
 * caches can serve repeated views, and every series shares the same grid.
 */
export function alignGrid(start: number, end: number, step: number): TimeGrid {
  const alignedStart = Math.floor(start / step) * step;
  const alignedEnd = Math.max(Math.floor(end / step) * step, alignedStart);
  return { start: alignedStart, end: alignedEnd, step };
}

/** The timestamps of a grid, inclusive of both ends. */
export function gridTimestamps(grid: TimeGrid): number[] {
  const out: number[] = [];
  for (let t = grid.start; t <= grid.end; t += grid.step) out.push(t);
  return out;
}

/** Places [t, v] points on the grid by timestamp; grid slots without a point stay null. */
export function placeOnGrid(grid: TimeGrid, length: number, points: ReadonlyArray<readonly [number, number]>): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(length).fill(null);
  for (const [t, v] of points) {
    const i = Math.round((t - grid.start) / grid.step);
    if (i >= 0 && i < length && Number.isFinite(v)) out[i] = v;
  }
  return out;
}
