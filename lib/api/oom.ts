import { z } from 'zod';
import { GROWTH_LAYERS, OOM_KINDS } from '@/lib/memory/oom';

const bytes = z.number().nullable();

export const oomKillSchema = z.object({
  container: z.string(),
  /** Unix seconds. */
  at: z.number(),
  kind: z.enum(OOM_KINDS),
  limitBytes: bytes,
  before: z.object({ workingSet: bytes, rss: bytes, activeFile: bytes, inactiveFile: bytes, other: bytes }),
  beforeAt: z.number().nullable(),
  unreclaimableBytes: bytes,
  unreclaimableOfLimit: z.number().nullable(),
  grew: z.enum(GROWTH_LAYERS).nullable(),
  rateBytesPerMinute: z.number().nullable(),
  windowSeconds: z.number(),
  nodeAvailableBytes: bytes,
  nodeAvailableShare: z.number().nullable(),
  restarts: z.number().nullable(),
  oomEvents: z.number().nullable(),
  oomKilled: z.boolean(),
  /** Two sentences for the incident chat, in English. */
  summary: z.string(),
});

export const podOomSchema = z.object({
  cluster: z.string(),
  namespace: z.string(),
  pod: z.string(),
  start: z.number(),
  end: z.number(),
  kills: z.array(oomKillSchema),
  warnings: z.array(z.string()),
});

export type OomKillBody = z.infer<typeof oomKillSchema>;
export type PodOom = z.infer<typeof podOomSchema>;
