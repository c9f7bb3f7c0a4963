import type { ClusterCapabilities } from '@/lib/api/cluster';

interface Row {
  readonly name: string;
  readonly count: number;
}

/** cAdvisor metrics that read 0 on cgroup v2 and can be non-zero on v1: the only evidence of v1. */
export const FAILCNT = 'container_memory_failcnt';
export const KERNEL_USAGE = 'container_memory_kernel_usage';

/**
 * Infers the nodes' cgroup version from what cAdvisor exports (docs/memory-model.md §2): PSI exists
 * only on v2; v2 reports failcnt and kernel_usage as 0, so a non-zero one means v1. Mixed evidence
 * (nodes on both) and no evidence give "unknown"; the evidence is always listed.
 */
export function detectCgroupVersion(present: readonly Row[], nonZero: readonly Row[]): ClusterCapabilities['cgroup'] {
  const count = (rows: readonly Row[], name: string) => rows.filter((r) => r.name === name).reduce((a, r) => a + r.count, 0);
  const v1: string[] = [];
  const v2: string[] = [];
  const psi = count(present, 'container_pressure_memory_waiting_seconds_total');
  if (psi > 0) v2.push(`memory pressure (PSI) series exist (${psi}); only cgroup v2 has them`);
  const failcnt = count(nonZero, FAILCNT);
  if (failcnt > 0) v1.push(`container_memory_failcnt is non-zero on ${failcnt} series; cgroup v2 always reports 0`);
  const kernel = count(nonZero, KERNEL_USAGE);
  if (kernel > 0) v1.push(`container_memory_kernel_usage is non-zero on ${kernel} series; cgroup v2 always reports 0`);
  const kernelPresent = count(present, KERNEL_USAGE);
  const failcntPresent = count(present, FAILCNT);
  if (kernelPresent > 0 && failcntPresent > 0 && kernel === 0 && failcnt === 0) {
    v2.push(`container_memory_kernel_usage and container_memory_failcnt are 0 on all ${kernelPresent} series`);
  }
  if (v1.length && v2.length) return { version: 'unknown', evidence: ['mixed: some nodes look like cgroup v1, others like v2', ...v1, ...v2] };
  if (v1.length) return { version: 'v1', evidence: v1 };
  if (v2.length) return { version: 'v2', evidence: v2 };
  const evidence = ['no PSI series, no non-zero failcnt or kernel_usage'];
  if (kernelPresent === 0) evidence.push('container_memory_kernel_usage is not exported (cAdvisor before 0.48)');
  return { version: 'unknown', evidence };
}
