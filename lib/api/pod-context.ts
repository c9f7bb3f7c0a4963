import { z } from 'zod';

const byteSeries = z.array(z.number().nullable());

export const podEventSchema = z.object({
  /** Unix seconds: the kill time from kube-state-metrics when known, else the grid point the restart was seen at. */
  t: z.number(),
  container: z.string(),
  /** oom-kill: restarted after OOMKilled; oom-event: a process was OOM-killed but the container lived on; restart: any other restart. */
  kind: z.enum(['oom-kill', 'oom-event', 'restart']),
  count: z.number(),
});

export const podContextSchema = z.object({
  node: z.object({
    name: z.string().nullable(),
    /** node_exporter (MemTotal/MemAvailable) or cAdvisor's machine_memory_bytes (total only). */
    source: z.enum(['node_exporter', 'machine_memory_bytes']).nullable(),
    totalBytes: byteSeries.nullable(),
    availableBytes: byteSeries.nullable(),
  }),
  containers: z.array(
    z.object({
      container: z.string(),
      mappedFile: byteSeries.nullable(),
      /** Seconds tasks stalled waiting for memory over the range (PSI "full"); null when not exported. */
      psiStalledSeconds: z.number().nullable(),
      /** Times the limit was hit over the range (cgroup v1 failcnt); null when not exported or always 0 (v2). */
      failcntIncrease: z.number().nullable(),
      /** Seconds some task waited for memory over the range (PSI "some"); null when not exported. */
      psiWaitingSeconds: z.number().nullable(),
      /** Major page faults over the range (re-reads from disk); null when not exported. */
      majorFaults: z.number().nullable(),
      /** Is the page cache thrashed over the range (lib/memory/cache-pressure.ts): set by the server from the counters above. */
      cacheState: z.enum(['thrashing', 'pressure', 'idle', 'unknown']),
    }),
  ),
  events: z.array(podEventSchema),
});

export type PodEvent = z.infer<typeof podEventSchema>;
export type PodContext = z.infer<typeof podContextSchema>;
