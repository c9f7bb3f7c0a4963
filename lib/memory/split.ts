import { LAYERS, type LayerDef, type Layers, type RawSample } from './layers';

export type { Layers, RawSample } from './layers';

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);
const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);

/**
 * Splits one instant's working set the way docs/memory-model.md §3 says, layer by layer as the registry
 * lists them. Returns null when usage, working set or a required layer is missing: a gap is drawn as a
 * gap, never as zero. Each layer is clamped into the room the layers below it left, so the two
 * identities (layers sum to the working set; working set + reclaimable = usage) hold to the byte even
 * when the kernel's counters were read a moment apart.
 *
 * `layers` defaults to the registry; it is a parameter so a test can add a layer in one place.
 */
export function splitWorkingSet(raw: RawSample, layers: readonly LayerDef[] = LAYERS): Layers | null {
  if (!finite(raw.usage) || !finite(raw.workingSet)) return null;
  const usage = Math.max(raw.usage, 0);
  // cAdvisor computes wss = max(usage - inactive_file, 0), so wss <= usage by construction.
  const workingSet = clamp(raw.workingSet, usage);
  const reclaimable = usage - workingSet;
  const out: Record<string, number> = {};
  let room = workingSet;
  for (const layer of layers) {
    if (layer.charge === 'reclaimable') out[layer.id] = reclaimable;
    if (layer.charge !== 'working-set' || layer.remainder) continue;
    const value = layer.read?.(raw, reclaimable) ?? null;
    if (!finite(value) && layer.required) return null;
    out[layer.id] = clamp(finite(value) ? value : 0, room);
    room -= out[layer.id] ?? 0;
  }
  for (const layer of layers) if (layer.remainder) out[layer.id] = room;
  out.workingSet = workingSet;
  out.usage = usage;
  return out as Layers;
}
