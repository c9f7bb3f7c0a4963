import { z } from 'zod';
import { podMemorySchema } from './pod-memory';

const bytes = z.number().nullable();
const cacheState = z.enum(['thrashing', 'pressure', 'idle', 'unknown']);

/** One warning: a stable code, an English sentence, and the numbers it speaks of (for other languages). */
export const sizingWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.boolean(), z.null()])),
});

/** What owns the pod, from kube-state-metrics' `kube_pod_owner` (a ReplicaSet resolved to its Deployment), or guessed from the pod name without it. */
export const workloadSchema = z.object({ kind: z.string(), name: z.string(), source: z.enum(['kube-state-metrics', 'name']) });

export const containerSizingSchema = z.object({
  container: z.string(),
  workload: workloadSchema,
  current: z.object({ requestBytes: bytes, limitBytes: bytes }),
  peaks: z.object({ workingSet: bytes, rss: bytes, unreclaimable: bytes, activeFile: bytes, swap: bytes }),
  recommended: z.object({ requestBytes: bytes, limitBytes: bytes }),
  basis: z.object({ needBase: z.number(), headroom: z.number(), cacheAllowance: z.number(), cacheAllowanceBytes: z.number(), oomFloorBytes: bytes }).nullable(),
  alternatives: z.object({
    krrSimple: z.object({ requestBytes: bytes, limitBytes: bytes }),
    vpaTarget: z.object({ requestBytes: bytes }),
    kubecost: z.object({ requestBytes: bytes }),
  }),
  data: z.object({ seconds: z.number(), samples: z.number(), provisional: z.boolean() }),
  trend: z.object({ slopeBytesPerHour: z.number(), r2: z.number(), sinceSeconds: z.number() }).nullable(),
  cache: z.object({
    state: cacheState,
    source: z.enum(['psi', 'major-faults']).nullable(),
    stalledShare: z.number().nullable(),
    majorFaultsPerSecond: z.number().nullable(),
  }),
  warnings: z.array(sizingWarningSchema),
});

/** `GET …/pods/{pod}/sizing`: one entry per app container. */
export const podSizingSchema = podMemorySchema.pick({ cluster: true, namespace: true, pod: true, start: true, end: true, step: true }).extend({
  options: z.object({ headroom: z.number(), cacheAllowance: z.number().nullable() }),
  containers: z.array(containerSizingSchema),
  /** The recommendations as strategic-merge patches (YAML, one document per workload). */
  patchYaml: z.string(),
  warnings: z.array(z.string()),
});

/** `GET …/namespaces/{ns}/sizing`: every app container of the namespace, and what applying them all frees (negative: needs). */
export const namespaceSizingSchema = podMemorySchema.pick({ cluster: true, namespace: true, start: true, end: true, step: true }).extend({
  options: z.object({ headroom: z.number(), cacheAllowance: z.number().nullable() }),
  containers: z.array(containerSizingSchema.extend({ pod: z.string() })),
  totals: z.object({ requestFreedBytes: z.number(), limitFreedBytes: z.number(), containersWithoutLimit: z.number() }),
  patchYaml: z.string(),
  warnings: z.array(z.string()),
});

export type ContainerSizingBody = z.infer<typeof containerSizingSchema>;
export type PodSizing = z.infer<typeof podSizingSchema>;
export type NamespaceSizing = z.infer<typeof namespaceSizingSchema>;
