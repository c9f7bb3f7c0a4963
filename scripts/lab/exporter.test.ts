import { describe, expect, it } from 'vitest';
import type { CadvisorMemory } from './cadvisor-compute';
import { findMemoryHierarchy } from './cgroup-host';
import { renderCadvisorText, renderKsmText } from './exporter';

const values: CadvisorMemory = {
  usage: 137_000_000,
  workingSet: 32_000_000,
  rss: 28_000_000,
  cache: 105_000_000,
  mappedFile: 0,
  swap: 0,
  activeFile: 0,
  inactiveFile: 105_000_000,
  kernelUsage: 4_000_000,
  failcnt: 0,
  specLimit: 268435456,
};

describe('renderCadvisorText', () => {
  const text = renderCadvisorText([{ labels: { pod: 'p', namespace: 'n', container: 'app', image: 'i', name: 'x', id: '/a"b\\c\nd' }, values }], 1024);

  it('writes each family with cAdvisor’s name, type and sorted, escaped labels', () => {
    const labels = '{container="app",id="/a\\"b\\\\c\\nd",image="i",name="x",namespace="n",pod="p"}';
    expect(text).toContain(`# TYPE container_memory_working_set_bytes gauge\ncontainer_memory_working_set_bytes${labels} 32000000\n`);
    expect(text).toContain(`# TYPE container_memory_failcnt counter\ncontainer_memory_failcnt${labels} 0\n`);
    expect(text).toContain(`container_memory_total_inactive_file_bytes${labels} 105000000\n`);
    expect(text).toContain(`container_spec_memory_limit_bytes${labels} 268435456\n`);
    expect(text).toContain('machine_memory_bytes 1024\n');
  });

  it('renders all twelve families the issue names', () => {
    const families = [...text.matchAll(/^# TYPE (\S+)/gm)].map((m) => m[1]);
    expect(families).toEqual([
      'container_memory_cache',
      'container_memory_failcnt',
      'container_memory_kernel_usage',
      'container_memory_mapped_file',
      'container_memory_rss',
      'container_memory_swap',
      'container_memory_total_active_file_bytes',
      'container_memory_total_inactive_file_bytes',
      'container_memory_usage_bytes',
      'container_memory_working_set_bytes',
      'container_spec_memory_limit_bytes',
      'machine_memory_bytes',
    ]);
  });
});

describe('renderKsmText', () => {
  it('writes the kube-state-metrics memory limit of the lab container', () => {
    expect(renderKsmText(268435456)).toContain(
      'kube_pod_container_resource_limits{container="app",namespace="lab",node="lab-node",pod="dd-experiment",resource="memory",uid="lab-dd-experiment-0001",unit="byte"} 268435456\n',
    );
  });
});

describe('findMemoryHierarchy', () => {
  const v1 = '35 26 0:30 / /sys/fs/cgroup/memory rw,relatime shared:14 - cgroup cgroup rw,memory\n';
  const v2 = '30 23 0:26 / /sys/fs/cgroup rw,nosuid shared:4 - cgroup2 cgroup2 rw,nsdelegate\n';
  it.each([
    ['a v1 memory hierarchy', v1, '', { version: 'v1', mount: '/sys/fs/cgroup/memory' }],
    ['cgroup2 with memory in cgroup.controllers', v2, 'cpu io memory pids', { version: 'v2', mount: '/sys/fs/cgroup' }],
    ['cgroup2 without memory (hybrid host with v1 memory elsewhere)', v2, 'hugetlb', null],
    ['v1 memory preferred on a hybrid host', v2 + v1, 'hugetlb', { version: 'v1', mount: '/sys/fs/cgroup/memory' }],
  ])('finds %s', (_name, mountinfo, controllers, expected) => {
    expect(findMemoryHierarchy(mountinfo, () => controllers)).toEqual(expected);
  });
});
