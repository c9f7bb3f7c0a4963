import { z } from 'zod';

/** Request limits of POST /api/v1/memory-stat (see docs/api-memory-stat.md). */
export const MEMORY_STAT_MAX_BODY_BYTES = 64 * 1024;

/** The answer of POST /api/v1/memory-stat: the layers in bytes, where usage and limit came from, the verdict in words. */
export const memoryStatAnalysisSchema = z.object({
  cgroupVersion: z.union([z.literal(1), z.literal(2)]),
  rss: z.number(),
  activeFile: z.number(),
  inactiveFile: z.number(),
  other: z.number(),
  /** What "other" is made of, from memory.stat's own lines; null where the file has no line (v1: only shmem). */
  otherParts: z.object({
    slabReclaimable: z.number().nullable(),
    slabUnreclaimable: z.number().nullable(),
    kernelStack: z.number().nullable(),
    shmem: z.number().nullable(),
    rest: z.number().nullable(),
  }),
  workingSet: z.number(),
  usage: z.number(),
  usageSource: z.enum(['given', 'estimated']),
  /** null = no limit (0, "max" and ≥ 2^62 all mean none). */
  limitBytes: z.number().nullable(),
  limitSource: z.enum(['given', 'memory.stat', 'none']),
  verdictKind: z.enum([
    'oom-killed',
    'no-limit',
    'near-limit-thrashing',
    'near-limit-reclaimable',
    'mostly-active-cache',
    'mostly-rss',
    'large-other',
    'healthy',
  ]),
  severity: z.enum(['ok', 'info', 'warning', 'critical']),
  verdict: z.string(),
  notes: z.array(z.string()),
});

export type MemoryStatAnalysisBody = z.infer<typeof memoryStatAnalysisSchema>;
