import type { z } from 'zod';
import { podContextSchema } from './pod-context';
import { podMemorySchema } from './pod-memory';

/** What the pod memory endpoint returns: the layers plus events, node memory and per-container extras. */
export const podViewSchema = podMemorySchema.extend({ context: podContextSchema });
export type PodView = z.infer<typeof podViewSchema>;
