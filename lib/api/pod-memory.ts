import { z } from 'zod';

const byteSeries = z.array(z.number().nullable());

export const layerSourceSchema = z.enum(['measured', 'derived']);

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
  sources: z.object({ activeFile: layerSourceSchema, inactiveFile: layerSourceSchema }),
  warnings: z.array(z.string()),
});

export type LayerSource = z.infer<typeof layerSourceSchema>;
export type ContainerMemory = z.infer<typeof containerMemorySchema>;
export type PodMemory = z.infer<typeof podMemorySchema>;

export const clusterListSchema = z.object({ clusters: z.array(z.object({ id: z.string(), name: z.string() })) });
export type ClusterList = z.infer<typeof clusterListSchema>;

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
