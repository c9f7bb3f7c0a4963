import { z } from 'zod';
import { LAYERS, SOURCED_IDS, TOTALS, type ExtraLayerId, type LayerDef, type SeriesKey, type SourcedLayerId } from '@/lib/memory/layers';

const byteSeries = z.array(z.number().nullable());
/** Layers outside usage (swap): null when zero or absent over the whole range; optional so older payloads parse. */
const extraSeries = byteSeries.nullable().optional();

export const layerSourceSchema = z.enum(['measured', 'derived']);

/**
 * The per-layer series of a container, one field per registry entry (lib/memory/layers.ts) plus the two
 * totals. Takes the registry as a parameter so a test can show a new entry reaching the schema.
 */
export function layerSeriesShape(layers: readonly LayerDef[] = LAYERS): Record<string, typeof byteSeries | typeof extraSeries> {
  const shape: Record<string, typeof byteSeries | typeof extraSeries> = {};
  for (const l of layers) shape[l.id] = l.charge === 'outside' ? extraSeries : byteSeries;
  for (const total of TOTALS) shape[total] = byteSeries;
  return shape;
}

type LayerSeriesShape = Record<SeriesKey, typeof byteSeries> & Record<ExtraLayerId, typeof extraSeries>;

/** Whether each page-cache layer was read from cAdvisor (kubelet >= 1.32) or derived (docs/memory-model.md §3). */
export const layerSourcesSchema = z.object(
  Object.fromEntries(SOURCED_IDS.map((id) => [id, layerSourceSchema])) as Record<SourcedLayerId, typeof layerSourceSchema>,
);

export const containerMemorySchema = z.object({
  container: z.string(),
  /** null = no limit set (a limit of 0 is reported as null, never 0). */
  limitBytes: z.number().nullable(),
  requestBytes: z.number().nullable(),
  ...(layerSeriesShape() as LayerSeriesShape),
  /** Added fields: always sent by this server; optional so older payloads still parse. */
  sources: layerSourcesSchema.optional(),
  /** An init container (known from kube-state-metrics; cAdvisor alone cannot tell). */
  init: z.boolean().optional(),
});

/**
 * The pod's two totals (docs/memory-model.md §3): the sum of its containers (what `kubectl top pod`
 * shows) and the pod-level cgroup (what the summary API reports for the pod; eviction sums the
 * containers instead; includes the sandbox and
 * pod-level leftovers). Never add one to the other. podCgroup is null when that series is not scraped.
 */
export const podTotalsSchema = z.object({
  containersSum: z.object({ workingSet: byteSeries, usage: byteSeries }),
  podCgroup: z.object({ workingSet: byteSeries, usage: byteSeries, rss: byteSeries }).nullable(),
});

export const podMemorySchema = z.object({
  cluster: z.string(),
  namespace: z.string(),
  pod: z.string(),
  start: z.number(),
  end: z.number(),
  step: z.number(),
  timestamps: z.array(z.number()),
  containers: z.array(containerMemorySchema),
  sources: layerSourcesSchema,
  warnings: z.array(z.string()),
  podTotals: podTotalsSchema.optional(),
});

export type LayerSource = z.infer<typeof layerSourceSchema>;
export type ContainerMemory = z.infer<typeof containerMemorySchema>;
export type PodMemory = z.infer<typeof podMemorySchema>;
export type LayerSources = z.infer<typeof layerSourcesSchema>;
export type PodTotals = z.infer<typeof podTotalsSchema>;

export const clusterListSchema = z.object({ clusters: z.array(z.object({ id: z.string(), name: z.string() })) });

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
