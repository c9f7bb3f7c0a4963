import { z } from 'zod';

/** `GET /api/v1/clusters/{cluster}/namespaces`: namespaces with cAdvisor working-set series, sorted. */
export const namespaceListSchema = z.object({ namespaces: z.array(z.string()), warnings: z.array(z.string()).optional() });

/** One app container at the instant; bytes, null where the metric has no sample (or, for the limit, none is set). */
export const namespaceContainerSchema = z.object({
  container: z.string(),
  workingSet: z.number().nullable(),
  rss: z.number().nullable(),
  activeFile: z.number().nullable(),
  /** kube-state-metrics' limit, else cAdvisor's spec limit; 0 means none and is reported as null. */
  limitBytes: z.number().nullable(),
  /** Working set − active_file (RSS + shmem + kernel): what the OOM killer counts; null without active_file. Always sent; optional so older payloads parse. */
  unreclaimable: z.number().nullable().optional(),
  /** Working set ≥ 80 % of the limit while unreclaimable memory is below 80 %, and no OOM kill: the kernel reclaims the rest first. Always sent. */
  pageCacheOnly: z.boolean().optional(),
});

export const namespacePodSchema = z.object({
  pod: z.string(),
  containers: z.array(namespaceContainerSchema),
  /** Sum of the app containers' working sets (what `kubectl top pod` shows); null when none has a sample. */
  workingSet: z.number().nullable(),
  /** Sum of the containers' limits when every container has one, else null. */
  limitBytes: z.number().nullable(),
  /** Working set / limit of the container closest to its limit (the one the OOM killer meets first); null without limits. */
  ofLimit: z.number().nullable(),
  /** Restarts of all containers (kube-state-metrics); null when it has no data for the pod. */
  restarts: z.number().nullable(),
  /** True when a container's last termination was OOMKilled. */
  oomKilled: z.boolean(),
});

export const namespacePodsSchema = z.object({
  cluster: z.string(),
  namespace: z.string(),
  /** The instant, unix seconds. */
  time: z.number(),
  /** Worst first: by ofLimit, then pods without a limit by working set. */
  pods: z.array(namespacePodSchema),
  warnings: z.array(z.string()),
});

export type NamespaceList = z.infer<typeof namespaceListSchema>;
export type NamespaceContainer = z.infer<typeof namespaceContainerSchema>;
export type NamespacePod = z.infer<typeof namespacePodSchema>;
export type NamespacePods = z.infer<typeof namespacePodsSchema>;
