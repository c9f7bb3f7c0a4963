import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Some VMs (this lab's Firecracker guest among them) run DAMON with a `pageout` scheme: memory that nobody
// touched for about a minute is reclaimed without any memory pressure, page cache included. The lab's
// file pages then leave the cgroup on their own, which a reader of the chart must know about.

const ADMIN = '/sys/kernel/mm/damon/admin/kdamonds';

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
}

/** Minimum idle time (seconds) after which a running DAMON pageout scheme reclaims memory, per scheme. */
export function damonPageoutAges(root: string = ADMIN, reclaim = '/sys/module/damon_reclaim/parameters'): number[] {
  const ages: number[] = [];
  for (const k of list(root)) {
    if (read(join(root, k, 'state')) !== 'on') continue;
    for (const c of list(join(root, k, 'contexts'))) {
      const ctx = join(root, k, 'contexts', c);
      const aggrUs = Number(read(join(ctx, 'monitoring_attrs', 'intervals', 'aggr_us')));
      for (const s of list(join(ctx, 'schemes'))) {
        if (read(join(ctx, 'schemes', s, 'action')) !== 'pageout') continue;
        const minAge = Number(read(join(ctx, 'schemes', s, 'access_pattern', 'age', 'min')));
        if (Number.isFinite(aggrUs) && Number.isFinite(minAge)) ages.push((aggrUs * minAge) / 1e6);
      }
    }
  }
  if (read(join(reclaim, 'enabled')) === 'Y') ages.push(Number(read(join(reclaim, 'min_age')) ?? NaN) / 1e6);
  return ages.filter((a) => Number.isFinite(a));
}

/** A warning line when DAMON proactive reclaim runs on this host, or null. */
export function proactiveReclaimNote(): string | null {
  const ages = damonPageoutAges();
  if (ages.length === 0) return null;
  return (
    `lab: note: DAMON proactive reclaim (pageout) runs on this host and reclaims memory idle for ≥ ~${Math.min(...ages)} s, ` +
    'page cache included: after that the file’s pages leave the cgroup without any memory pressure (see docs/lab.md)'
  );
}
