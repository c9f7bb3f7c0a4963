/**
 * The one registry of memory layers (docs/memory-model.md §3). Everything that lists layers — the split,
 * the API schema, chart rows, the tooltip and value tables, the legend, the memory bar, /learn and the
 * message catalogues' `layers` section — reads this file. A new layer is one entry here (plus its
 * cAdvisor metric in lib/promql/memory-queries.ts and its words in each catalogue, which the compiler
 * asks for).
 *
 * Pure data: no React, no Prometheus, no words. Colours are CSS custom properties defined in
 * app/globals.css (a theme redefines them); names and sentences live under `layers.<id>` in the catalogues.
 */

/** Raw cAdvisor values for one container at one instant (bytes; null = no sample). */
export interface RawSample {
  usage: number | null;
  workingSet: number | null;
  rss: number | null;
  cache: number | null;
  activeFile: number | null;
  inactiveFile: number | null;
}

/** Where a layer's bytes are charged: inside the working set, reclaimable (in usage only), or outside usage. */
export type LayerCharge = 'working-set' | 'reclaimable' | 'outside';

/**
 * How a layer is obtained: read from one metric; read when the kubelet exports it (>= 1.32) and derived
 * otherwise (the API reports which, per container, in `sources`); or always derived from the others.
 */
export type LayerMeasure = 'measured' | 'measured-or-derived' | 'derived';

/** How the chart, bar and swatches fill a layer: solid, or hatched for memory the kernel drops at once. */
export type LayerPattern = 'solid' | 'hatch';

export interface LayerDef {
  /** API field, chart data key and message key (`layers.<id>` in every catalogue). */
  readonly id: string;
  readonly measure: LayerMeasure;
  readonly charge: LayerCharge;
  /** A CSS custom property from app/globals.css, e.g. `--color-rss`. */
  readonly color: `--color-${string}`;
  readonly pattern: LayerPattern;
  /**
   * Working-set layers only. `read` takes the layer's bytes from the raw sample (null = unknown);
   * the split clamps it into the room the layers below it left. `remainder` takes whatever room is
   * left (exactly one layer). `required` layers turn a missing sample into a gap for the whole split.
   */
  readonly read?: (raw: RawSample, inactiveFile: number) => number | null;
  readonly remainder?: boolean;
  readonly required?: boolean;
}

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** The layers, bottom of the stack first (the order of the chart, the bar, the legend and the API). */
export const LAYERS = [
  { id: 'rss', measure: 'measured', charge: 'working-set', color: '--color-rss', pattern: 'solid', required: true, read: (raw) => raw.rss },
  {
    id: 'activeFile',
    measure: 'measured-or-derived',
    charge: 'working-set',
    color: '--color-active',
    pattern: 'solid',
    // Without the active_file metric: cache − inactive_file, i.e. active_file + shmem (derived).
    read: (raw, inactiveFile) => (finite(raw.activeFile) ? raw.activeFile : finite(raw.cache) ? raw.cache - inactiveFile : null),
  },
  { id: 'other', measure: 'derived', charge: 'working-set', color: '--color-other', pattern: 'solid', remainder: true },
  { id: 'inactiveFile', measure: 'measured-or-derived', charge: 'reclaimable', color: '--color-inactive', pattern: 'hatch' },
  { id: 'swap', measure: 'measured', charge: 'outside', color: '--color-swap', pattern: 'solid' },
] as const satisfies readonly LayerDef[];

type Layer = (typeof LAYERS)[number];
export type LayerId = Layer['id'];
/** The layers that make up usage (working set + reclaimable), drawn in every chart, bar and legend. */
export type StackLayerId = Extract<Layer, { charge: 'working-set' | 'reclaimable' }>['id'];
/** Layers outside usage (swap): sent as null when absent over the whole range, drawn only when present. */
export type ExtraLayerId = Extract<Layer, { charge: 'outside' }>['id'];
/** Layers whose source (measured or derived) the API reports. */
export type SourcedLayerId = Extract<Layer, { measure: 'measured-or-derived' }>['id'];

/** The two sums: working set = the working-set layers; usage = working set + reclaimable layers. */
export const TOTALS = ['workingSet', 'usage'] as const;
export type TotalId = (typeof TOTALS)[number];

/** The six numbers of one instant: stacked layers and the two totals (old name: "layer keys"). */
export type SeriesKey = StackLayerId | TotalId;
export type Layers = Record<SeriesKey, number>;

const isStack = (l: LayerDef): boolean => l.charge !== 'outside';

/** Stacked layers bottom to top. */
export const STACK_LAYERS = LAYERS.filter(isStack) as readonly Extract<Layer, { id: StackLayerId }>[];
export const STACK_IDS: readonly StackLayerId[] = STACK_LAYERS.map((l) => l.id);
export const EXTRA_IDS = LAYERS.filter((l) => !isStack(l)).map((l) => l.id) as readonly ExtraLayerId[];
export const SOURCED_IDS = LAYERS.filter((l) => l.measure === 'measured-or-derived').map((l) => l.id) as readonly SourcedLayerId[];

/** Every per-instant series of a container, in API order: stacked layers then totals. */
export const SERIES_KEYS: readonly SeriesKey[] = [...STACK_IDS, ...TOTALS];

/** Reading order of tables and the tooltip: the working-set layers, their sum, the reclaimable rest, usage. */
export function valueRows(layers: readonly LayerDef[] = LAYERS): string[] {
  const of = (charge: LayerCharge) => layers.filter((l) => l.charge === charge).map((l) => l.id);
  return [...of('working-set'), 'workingSet', ...of('reclaimable'), 'usage'];
}
export const VALUE_ROWS = valueRows() as readonly SeriesKey[];

/** The registry entry of a layer. */
export function layerDef(id: LayerId): LayerDef {
  const def = LAYERS.find((l) => l.id === id);
  if (!def) throw new Error(`unknown layer ${id}`);
  return def;
}
