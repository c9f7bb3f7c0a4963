/**
 * Every string of the Right-size card, the OOM post-mortem and the namespace sizing sweep, in English
 * (the source of the shape) and Simplified Chinese. Templates take already formatted values.
 */
export const sizing = {
  card: {
    title: 'Right-size',
    intro: 'From memory the kernel cannot reclaim (working set − active page cache), plus a page-cache allowance and headroom.',
    loading: 'Sizing from the range…',
    error: (m: string) => `Could not size this pod: ${m}`,
    retry: 'Retry',
    container: (c: string) => `Container ${c}`,
    articleLabel: (c: string) => `Right-size: ${c}`,
    peaks: 'Peaks in the range',
    workingSet: 'Working set',
    rss: 'RSS',
    unreclaimable: 'Unreclaimable (working set − active_file)',
    activeFile: 'Active page cache',
    swap: 'Swap',
    current: 'Current',
    recommended: 'Recommended',
    request: 'Request',
    limit: 'Limit',
    none: 'none',
    formula: (need: string, allowance: string, allowanceShare: string, request: string, headroom: string, limit: string) =>
      `need = ${need} unreclaimable peak + ${allowance} (${allowanceShare} of the active cache peak) → request ${request}; limit = need × (1 + ${headroom}) → ${limit}.`,
    headroomLabel: 'Headroom (%)',
    cacheLabel: 'Page-cache allowance (% of active cache peak)',
    cacheAuto: 'auto',
    reset: 'Reset to defaults',
    othersTitle: 'What the well-known tools would say on the same data',
    tool: 'Tool',
    value: 'Value',
    difference: 'Difference',
    krr: 'KRR simple (limit = request)',
    vpa: 'VPA target (request)',
    kubecost: 'Kubecost (request)',
    cacheTitle: 'Is the cache hurting?',
    applyTitle: 'Apply',
    kubectlLabel: (c: string) => `kubectl command for ${c}`,
    patchLabel: (c: string) => `Strategic-merge patch for ${c}`,
    workloadGuess: (kind: string, name: string) =>
      `The workload (${kind} ${name}) is guessed from the pod name (kube-state-metrics has no owner for this pod): check it before applying.`,
    workloadOwner: (kind: string, name: string) => `The workload is ${kind} ${name}, the pod's owner in kube-state-metrics.`,
    notInPlaceJob:
      "A Job's pod template cannot be changed once the Job exists, so there is no kubectl line or patch: change the resources where the Job is made (its manifest or CronJob) and run it again.",
    notInPlacePod:
      "A bare Pod's resources cannot be patched in place: the line and patch below are what to put in its manifest; the API server refuses them on the running pod, so recreate it.",
    notPatchable: (kind: string) => `podmem does not know where a ${kind} keeps its pod template: set the resources in its spec.`,
    copy: 'Copy',
    copied: 'Copied',
    noData: 'No working-set samples in the range: nothing to size from.',
  },
  compare: {
    more: (diff: string, ours: string) => `${diff} more than podmem's ${ours}`,
    less: (diff: string, ours: string) => `${diff} less than podmem's ${ours}`,
    same: (ours: string) => `the same as podmem's ${ours}`,
    ourLimit: 'limit',
    ourRequest: 'request',
    whyCache: (active: string) => `it starts from the working set, which holds up to ${active} of active page cache the kernel can reclaim.`,
    whyRss: 'it starts from the working set; here that is mostly memory the kernel cannot reclaim, so the formulas agree.',
    whyKubecost: 'it divides the peak working set by a 70 % target utilisation.',
    whyVpa: 'p90 of daily working-set peaks + 15 %; with less than a day it is the single peak.',
  },
  cache: {
    thrashing: (how: string) => `Thrashing: ${how}. The limit really is too small for the cache this container needs; the allowance keeps all of it.`,
    pressure: (how: string) => `Some pressure: ${how}. Part of the cache is needed; watch it.`,
    idle: (how: string) => `Idle: ${how}. The page cache is kept only because nothing needs the memory: safe to ignore, the kernel drops it under pressure.`,
    unknown:
      'Unknown: this node exports neither PSI nor major-fault counters (cgroup v1 or an older kubelet), so podmem cannot tell whether the cache is needed.',
    psi: (share: string) => `tasks waited on memory ${share} of the time (PSI)`,
    faults: (rate: string) => `no PSI on this node (cgroup v1 or an older kubelet), but ${rate} major page faults per second (re-reads from disk)`,
  },
  warnings: {
    provisional: (data: string, samples: string, min: string) =>
      `Provisional: ${data} of data (${samples} samples). Sizing needs at least ${min} to see a weekly cycle.`,
    oomKilled: (count: number, limit: string | null) =>
      `OOM-killed ${count === 1 ? 'once' : `${count} times`} in this range${limit ? ` at a ${limit} limit` : ''}.`,
    oomRaised: (to: string) => ` The formula gave less; the limit is raised to ${to} (the limit at the kill + headroom): never below the limit it died at.`,
    oomAbove: ' The recommended limit is above the limit it died at.',
    trendUp: (slope: string, since: string, limit: string, current: boolean, eta: string | null) =>
      `Unreclaimable memory rises ${slope}/h over the last ${since}; ${eta === null ? `it is already at the ${limit} ${current ? 'current' : 'recommended'} limit` : `at that rate it reaches the ${limit} ${current ? 'current' : 'recommended'} limit in ${eta}`}. Raising the limit only delays the next kill: find what grows.`,
    trendUpNoLimit: (slope: string, since: string) =>
      `Unreclaimable memory rises ${slope}/h over the last ${since}: a limit only delays the kill; find what grows.`,
    noLimit: 'No memory limit: nothing stops it until the node runs short and the kubelet evicts pods. The recommended limit is where to start.',
    noLimitSwap: (swap: string) => ` It uses up to ${swap} of swap (not in its working set), counted in the need.`,
    swap: (swap: string) => `Uses up to ${swap} of swap (not in its working set), counted in the need.`,
    unreclaimableOther: (other: string) =>
      `${other} is shmem/tmpfs or kernel memory, neither RSS nor page cache: it cannot be reclaimed, so no recommendation goes below RSS + shmem + kernel at the peak.`,
    cacheThrashing: 'The page cache is thrashed: the whole active cache is kept in the need (allowance 100 %).',
  },
  oom: {
    title: 'OOM post-mortem',
    loading: 'Looking for kills in the range…',
    error: (m: string) => `Could not read the kills: ${m}`,
    none: 'No OOM kill in this range.',
    kind: {
      'cgroup-limit': 'reached its cgroup limit',
      shmem: 'shmem/tmpfs filled the limit',
      'node-pressure': 'node under memory pressure',
      evicted: 'evicted by the kubelet',
      unknown: 'cannot tell',
    } as Record<string, string>,
    killAt: (container: string, time: string) => `${container} at ${time}`,
    before: 'Just before the kill',
    layer: {
      rss: 'RSS',
      activeFile: 'active page cache',
      inactiveFile: 'inactive page cache',
      other: 'other (shmem, kernel)',
      workingSet: 'working set',
    } as Record<string, string>,
    evidence: (restarts: string, events: string) => `Restarts: ${restarts}. container_oom_events_total: ${events} (supporting only; often 0).`,
    summaryLabel: 'For the incident chat',
    s1: {
      'cgroup-limit': (c: string, time: string, unrecl: string, limit: string, rss: string, other: string) =>
        `${c} was OOM-killed at ${time} when its unreclaimable memory reached ${unrecl} of its ${limit} limit (RSS ${rss}, other ${other}).`,
      shmem: (c: string, time: string, unrecl: string, limit: string, rss: string, other: string) =>
        `${c} was OOM-killed at ${time}: shmem/tmpfs and kernel memory (${other}) filled its ${limit} limit beside ${rss} of RSS (${unrecl} unreclaimable).`,
      'node-pressure': (c: string, time: string, unrecl: string, limit: string, avail: string) =>
        `${c} was killed at ${time} while the node had only ${avail} available; the container itself held ${unrecl}, below its ${limit} limit.`,
      evicted: (c: string, time: string, ws: string) => `The kubelet evicted the pod at ${time} under node memory pressure; ${c} had a working set of ${ws}.`,
      unknown: (c: string, time: string, last: string) => `${c} was killed at ${time} (exit 137), but the data cannot tell why: ${last}`,
    },
    lastSample: (unrecl: string, limit: string) =>
      `just before, it held ${unrecl} unreclaimable against a ${limit} limit, and the node was not short of memory.`,
    noSample: 'there is no memory sample just before it.',
    grew: (layer: string, rate: string, window: string, leak: boolean) =>
      `${layer} grew ${rate}/min over the ${window} before it${leak ? '; a higher limit only delays the next kill: find what grows.' : '.'}`,
    flat: (window: string) => `No layer grew over the ${window} before it: a spike faster than the scrape interval.`,
    noLimit: 'no',
  },
  sweep: {
    title: 'Right-size the namespace',
    intro: (range: string) => `Current and recommended request and limit per container over ${range}.`,
    show: 'Show the sizing table',
    loading: 'Sizing every container…',
    error: (m: string) => `Could not size the namespace: ${m}`,
    tableLabel: (ns: string) => `Sizing of ${ns}`,
    pod: 'Pod',
    container: 'Container',
    currentRequest: 'Request now',
    currentLimit: 'Limit now',
    recRequest: 'Request',
    recLimit: 'Limit',
    flags: 'Notes',
    totals: (req: string, lim: string) => `Applying all: requests ${req}, limits ${lim}.`,
    freed: (b: string) => `${b} freed`,
    needed: (b: string) => `${b} more needed`,
    withoutLimit: (n: number) => `${n} container${n === 1 ? '' : 's'} without a limit get one.`,
    csv: 'Download CSV',
    yaml: 'Download YAML patch',
    provisional: 'provisional',
    codes: {
      provisional: 'provisional',
      'oom-killed': 'OOM-killed',
      'trend-up': 'rising',
      'no-limit': 'no limit',
      swap: 'swap',
      'unreclaimable-other': 'shmem/kernel',
      'cache-thrashing': 'cache thrashed',
    } as Record<string, string>,
  },
  filter: {
    pageCacheOnly: 'Only pods high because of page cache',
    badge: 'page cache only',
    badgeTitle: (threshold: string) =>
      `Working set at or above ${threshold} of the limit, memory it cannot reclaim below it, no OOM kill: the kernel reclaims the rest first.`,
    unreclaimable: (v: string, pct: string | null) => (pct === null ? `unreclaimable ${v}` : `unreclaimable ${v} (${pct} of limit)`),
    none: 'No pod is high only because of page cache.',
  },
};

export type SizingMessages = typeof sizing;
