import { z } from 'zod';

/** Where a selector came from: the environment, the data, or the kube-prometheus default when nothing was found. */
export const selectorSourceSchema = z.enum(['configured', 'detected', 'default']);

export const scrapeLayoutSchema = z.enum(['kube-prometheus', 'helm', 'other', 'unknown']);

export const jobSeriesSchema = z.object({
  job: z.string().nullable(),
  metricsPath: z.string().nullable(),
  /** cadvisor = has working set and rss; resource = kubelet's /metrics/resource copy (working set only, never used). */
  kind: z.enum(['cadvisor', 'resource']),
  /** Working-set series of this job in the sampled namespace. */
  workingSetSeries: z.number(),
});

export const clusterCapabilitiesSchema = z.object({
  cluster: z.string(),
  name: z.string(),
  /** Unix seconds of the detection (results are cached a few minutes per cluster). */
  detectedAt: z.number(),
  /** The namespace detection read (kube-system when present): series counts and cgroup evidence are about it. */
  sampleNamespace: z.string().nullable(),
  /** How long detection took (ms); it runs at start-up and in the background, never twice in a page's way. */
  detectionMs: z.number(),
  cadvisor: z.object({
    source: selectorSourceSchema,
    layout: scrapeLayoutSchema,
    /** The PromQL matchers podmem adds to every cAdvisor query, e.g. `{job="kubelet", metrics_path="/metrics/cadvisor"}`. */
    selector: z.string(),
    jobs: z.array(jobSeriesSchema),
  }),
  kubeStateMetrics: z.object({
    present: z.boolean(),
    source: selectorSourceSchema,
    job: z.string().nullable(),
    selector: z.string(),
  }),
  metrics: z.object({
    activeFile: z.boolean(),
    inactiveFile: z.boolean(),
    kernelUsage: z.boolean(),
    swap: z.boolean(),
    swapInUse: z.boolean(),
    pressure: z.boolean(),
    initContainers: z.boolean(),
  }),
  cgroup: z.object({ version: z.enum(['v1', 'v2', 'unknown']), evidence: z.array(z.string()) }),
  warnings: z.array(z.string()),
});

export type SelectorSource = z.infer<typeof selectorSourceSchema>;
export type ScrapeLayoutName = z.infer<typeof scrapeLayoutSchema>;
export type JobSeries = z.infer<typeof jobSeriesSchema>;
export type ClusterCapabilities = z.infer<typeof clusterCapabilitiesSchema>;
