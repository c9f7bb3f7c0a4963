import { readdirSync, readFileSync } from 'node:fs';

/** Pids whose command line contains `fragment` (read from /proc), excluding this process. */
export function pidsWithArgument(fragment: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (
        readFileSync(`/proc/${entry}/cmdline`, 'utf8')
          .split('\0')
          .some((arg) => arg.includes(fragment))
      )
        pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

/**
 * Kills the processes started with an argument naming `uniquePath` (the run's own folder), e.g. a
 * Prometheus whose handle was never returned because the lab was stopped while it was starting.
 */
export function killProcessesUsing(uniquePath: string): number[] {
  const pids = pidsWithArgument(uniquePath);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids;
}
