import { z } from 'zod';

const byteSeries = z.array(z.number().nullable());

export const layerSourceSchema = z.enum(['measured', 'derived']);

/** Whether each page-cache layer was read from cAdvisor (kubelet >= 1.32) or derived (docs/memory-model.md §3). */
export const layerSourcesSchema = z.object({ activeFile: layerSourceSchema, inactiveFile: layerSourceSchema });

export const containerMemorySchema = z.object({
  container: z.string(),
  /** null = no limit set (a limit of 0 is reported as null, never 0). */
  limitBytes: z.number().nullable(),
  requestBytes: z.number().nullable(),
  rss: byteSeries,
  activeFile: byteSeries,
  other: byteSeries,
  inactiveFile: byteSeries,
  workingSet: byteSeries,
  usage: byteSeries,
  /** Added fields: always sent by this server; optional so older payloads still parse. */
  sources: layerSourcesSchema.optional(),
  /** Swap in use (not part of usage or working set); null when zero or absent over the whole range. */
  swap: byteSeries.nullable().optional(),
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
export type ClusterList = z.infer<typeof clusterListSchema>;

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
