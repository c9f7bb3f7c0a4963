/** Raw cAdvisor values for one container at one instant (bytes; null = no sample). */
export interface RawSample {
  usage: number | null;
  workingSet: number | null;
  rss: number | null;
  cache: number | null;
  activeFile: number | null;
  inactiveFile: number | null;
}

/** The layers podmem draws. rss + activeFile + other = workingSet; workingSet + inactiveFile = usage. */
export interface Layers {
  rss: number;
  activeFile: number;
  other: number;
  inactiveFile: number;
  workingSet: number;
  usage: number;
}

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

/**
 * Splits one instant's working set the way docs/memory-model.md §3 says. Returns null when usage,
 * working set or rss is missing: a gap is drawn as a gap, never as zero. Each layer is clamped so the
 * two identities hold to the byte even when the kernel's counters were read a moment apart.
 */
export function splitWorkingSet(raw: RawSample): Layers | null {
  if (!finite(raw.usage) || !finite(raw.workingSet) || !finite(raw.rss)) return null;
  const usage = Math.max(raw.usage, 0);
  // cAdvisor computes wss = max(usage - inactive_file, 0), so wss <= usage by construction.
  const workingSet = Math.min(Math.max(raw.workingSet, 0), usage);
  const inactiveFile = usage - workingSet;
  const rss = Math.min(Math.max(raw.rss, 0), workingSet);
  let active: number;
  if (finite(raw.activeFile)) active = raw.activeFile;
  else if (finite(raw.cache)) active = raw.cache - inactiveFile; // active_file + shmem: derived
  else active = 0;
  const activeFile = Math.min(Math.max(active, 0), workingSet - rss);
  const other = workingSet - rss - activeFile;
  return { rss, activeFile, other, inactiveFile, workingSet, usage };
}
