import type { ContainerMemory } from '@/lib/api/pod-memory';

export type CardLayer = 'rss' | 'activeFile' | 'other' | 'inactiveFile';
/** Bottom to top, as the page's charts stack them. */
export const CARD_LAYERS: readonly CardLayer[] = ['rss', 'activeFile', 'other', 'inactiveFile'];

export interface CardChart {
  /** One closed SVG path per layer (several sub-paths where samples are missing). */
  areas: Array<{ layer: CardLayer; d: string }>;
  /** y of the limit and request lines, null when not set. */
  limitY: number | null;
  requestY: number | null;
  /** The value at the top of the plot (bytes). */
  topBytes: number;
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Stacked-area geometry of one container for a fixed-size picture (the link-unfurl card): x across the
 * time grid, y from 0 at the bottom to the larger of peak usage and the limit (+8 % headroom). Gaps in
 * the data stay gaps.
 */
export function cardChart(timestamps: readonly number[], c: ContainerMemory, width: number, height: number): CardChart {
  const n = timestamps.length;
  let peak = 0;
  for (const v of c.usage) if (v !== null && v > peak) peak = v;
  const topBytes = Math.max(peak, c.limitBytes ?? 0, c.requestBytes ?? 0, 1) * 1.08;
  const x = (i: number) => round(n <= 1 ? width / 2 : (i / (n - 1)) * width);
  const y = (bytes: number) => round(height - (bytes / topBytes) * height);
  const areas = CARD_LAYERS.map((layer, li) => {
    const below = CARD_LAYERS.slice(0, li);
    let d = '';
    let run: Array<{ i: number; lo: number; hi: number }> = [];
    const flush = () => {
      if (run.length > 0) {
        const top = run.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i)},${y(p.hi)}`).join('');
        const bottom = [...run]
          .reverse()
          .map((p) => `L${x(p.i)},${y(p.lo)}`)
          .join('');
        d += `${top}${bottom}Z`;
      }
      run = [];
    };
    for (let i = 0; i < n; i++) {
      const own = c[layer][i];
      const lows = below.map((b) => c[b][i]);
      if (own === null || own === undefined || lows.some((v) => v === null || v === undefined)) {
        flush();
        continue;
      }
      const lo = lows.reduce<number>((a, v) => a + (v ?? 0), 0);
      run.push({ i, lo, hi: lo + own });
    }
    flush();
    return { layer, d };
  });
  return {
    areas,
    limitY: c.limitBytes === null ? null : y(c.limitBytes),
    requestY: c.requestBytes === null ? null : y(c.requestBytes),
    topBytes,
  };
}
