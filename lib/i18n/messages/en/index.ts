/**
 * English strings: the source of truth for the catalogue's shape (every other locale's catalogue is
 * typed `Messages`, so the compiler names each missing key). Templates are functions of already
 * formatted values, so the renderer owns number formatting (lib/i18n/format.ts). A page's own strings
 * live in a section file next to this one (learn.ts, browse.ts, cluster.ts).
 */
import type { LayerId, SeriesKey, StackLayerId, TotalId } from '@/lib/memory/layers';
import { browse } from './browse';
import { cluster } from './cluster';
import { learn } from './learn';
import { sharing } from './sharing';
import { sizing } from './sizing';

/** A layer's (or total's, or line's) name and one-line legend. */
export interface LayerText {
  name: string;
  legend: string;
}
/** Words for every registry layer and total (lib/memory/layers.ts), plus the limit and request lines. */
export type LayerTexts = Record<LayerId | TotalId | 'limit' | 'request', LayerText>;

/** Formatted pieces of the "working set = rss + active + other" equation. */
export interface EquationParts {
  workingSet: string;
  rss: string;
  activeFile: string;
  other: string;
  /** Present only when there is a limit. */
  limit?: { percent: string; bytes: string };
}

const equation = (p: EquationParts): string =>
  `working set ${p.workingSet}${p.limit ? ` (${p.limit.percent} of the ${p.limit.bytes} limit)` : ''} = ${p.rss} process memory (RSS) + ${p.activeFile} page cache read more than once (active_file) + ${p.other} other`;

export const en = {
  /** Sentence punctuation the renderers join with. */
  punctuation: { stop: '.', colon: ': ', sentenceGap: ' ' },
  language: { label: 'Language', switchTo: (name: string) => `Switch language to ${name}` },
  layers: {
    rss: { name: 'Process memory (RSS)', legend: "process memory: heap, stacks — what top's RES mostly shows" },
    activeFile: { name: 'Active page cache', legend: 'active_file: file pages used more than once; in the working set, yet reclaimable' },
    other: { name: 'Other', legend: 'kernel memory (part of it reclaimable slab), shmem/tmpfs' },
    inactiveFile: { name: 'Inactive page cache', legend: 'reclaimed first; not in the working set' },
    swap: { name: 'Swap (not in usage)', legend: 'swapped-out memory: counted in neither usage nor working set' },
    workingSet: { name: 'Working set', legend: 'what kubectl top and the platform show' },
    usage: { name: 'Usage', legend: 'working set + inactive page cache: everything charged to the container' },
    limit: { name: 'Limit', legend: 'caps usage, page cache included; there the kernel reclaims, and OOM-kills only if that fails' },
    request: { name: 'Request', legend: 'what the scheduler reserved; under node memory pressure the kubelet evicts pods above it first' },
  } satisfies LayerTexts,
  verdict: {
    equation,
    platformRight: 'The platform is right',
    platformRightCritical: 'The platform is right, and the container is close to an OOM kill',
    mostlyActiveCache: "`top` in the pod takes its header from the node's /proc/meminfo, and cache read with read() shows in no process's RES.",
    mostlyRss: "Most of it is the processes' own memory: look at the application (heap, caches it keeps), not at the page cache.",
    largeOther: (other: string) =>
      `${other} is kernel memory or tmpfs/shmem (files in /tmp, /dev/shm or a memory-backed emptyDir), which no process shows in \`top\`. Of it, the kernel can reclaim only slab such as dentries and inodes; shmem goes when its files are deleted, or to swap.`,
    healthy: 'No single layer dominates.',
    nearLimitReclaimable: (eq: string, unreclaimablePercent: string) =>
      `The working set is near the limit, but the kernel can make room: ${eq}. Process memory and other are only ${unreclaimablePercent} of the limit; the rest is page cache, which the kernel reclaims before it OOM-kills, so a working-set alert is likely a false alarm here.`,
    nearLimitThrashing: (eq: string, unreclaimablePercent: string) =>
      `The working set is near the limit and the page cache is thrashing: ${eq}. Process memory and other are only ${unreclaimablePercent} of the limit, but the kernel keeps dropping page cache this container reads again, so it waits on memory and on the disk (PSI stalls or major page faults over the range). The limit is too small for this workload's cache: raise it, or make it read less.`,
    noLimit: (eq: string) =>
      `There is no memory limit: ${eq}. Nothing stops this container from growing until the node runs short; then the kubelet evicts pods, those above their memory request first.`,
    oomKilled: (count: number, eq: string) =>
      `The container was OOM-killed ${count === 1 ? 'once' : `${count} times`} in this range: ${eq}. The kernel OOM-kills when usage hits the limit and reclaim cannot free enough; page cache goes first, so look at process memory and other.`,
  },
  tools: {
    kubectlTop: { name: 'kubectl top pod', what: "working set, summed over the app containers: the platform's number" },
    topRes: {
      name: 'top / ps RES (per process)',
      what: '≈ process memory (RSS) + memory-mapped files (mapped_file); shared pages count once per process',
      whatWithoutMapped: '≈ process memory (RSS); mapped_file is unknown, so RES may be higher',
    },
    topHeader: {
      name: "top's header (MiB Mem)",
      what: "the node's /proc/meminfo, not this container",
      usedOf: (used: string, total: string) => `${used} used of ${total}`,
      totalOnly: (total: string) => `${total} in the node`,
    },
    limit: {
      name: 'Limit the kernel enforces',
      what: 'memory.max / memory.limit_in_bytes: caps usage, page cache included',
      none: "no limit: the node's memory is the limit",
    },
    oomKiller: {
      name: 'What reclaim leaves (OOM risk)',
      what: 'about process memory + other (less reclaimable slab), up to the working set if active page cache is not reclaimed in time; the kernel OOM-kills when this fills the limit',
      range: (low: string, high: string) => `${low} to ${high}`,
    },
    unknown: 'unknown',
  },
  advisor: {
    candidates: {
      workingSet: 'working set / limit',
      rss: 'RSS / limit',
      workingSetMinusActive: '(working set − active_file) / limit',
    },
    notApplicable: 'not applicable: no limit',
    noLimit: "No limit is set, so no ratio to a limit applies: set a memory limit, or alert on the node's memory pressure instead.",
    oomCaught: (name: string, caught: number, kills: number, falseFor: string, other: string, otherFalseFor: string) =>
      `Alert on ${name}: it was above the threshold before ${caught} of ${kills} OOM kills and for ${falseFor} without one, against ${otherFalseFor} for ${other}.`,
    oomMissed: (threshold: string, kills: number) =>
      `No ratio reached ${threshold} before the ${kills} OOM kills: memory rose faster than the scrape interval. Alert on OOMKilled restarts (kube_pod_container_status_last_terminated_reason) and use (working set − active_file) / limit for early warning.`,
    cacheFalseAlarms: (threshold: string, wsFor: string, unreclaimableFor: string) =>
      `Alert on (working set − active_file) / limit: working set / limit was above ${threshold} for ${wsFor} without an OOM kill, mostly active page cache the kernel could reclaim; (working set − active_file) / limit was above it for ${unreclaimableFor}.`,
    nearMisses: (threshold: string, forDuration: string) =>
      `Alert on (working set − active_file) / limit: RSS + other, which page cache reclaim does not free, was above ${threshold} of the limit for ${forDuration} without an OOM kill; these were close calls worth an alert.`,
    quiet: (threshold: string) =>
      `No ratio reached ${threshold} in this range. Alert on (working set − active_file) / limit: it follows RSS + other, which page cache reclaim does not free, without the false alarms page cache causes.`,
    rssMissed: (missed: number) => `RSS / limit missed ${missed} of the OOM kills: tmpfs/shmem and kernel memory count towards the limit too.`,
    otherRestarts: (n: number) => (n === 1 ? '1 restart was not an OOM kill.' : `${n} restarts were not OOM kills.`),
    psiStalled: (duration: string) => `Tasks stalled for ${duration} waiting for memory (PSI): reclaim, refaults or swap-in under pressure.`,
    psiNone: 'No memory pressure stalls (PSI) in this range.',
    firedFor: (duration: string, count: number) => `above for ${duration} in ${count} ${count === 1 ? 'interval' : 'intervals'}`,
    neverFired: 'never above',
  },
  memoryStat: {
    errors: {
      empty: 'The input is empty: paste the output of `cat memory.stat`.',
      badLine: (line: number, text: string) => `line ${line}: ${text} is not "<key> <integer>"`,
      duplicateKey: (line: number, text: string, key: string) => `line ${line}: ${text} repeats the key "${key}"`,
      unknownFormat: 'neither cgroup v1 keys (rss or total_rss, and cache or total_cache) nor cgroup v2 keys (anon and file) found: is this memory.stat?',
      missingKey: (line: number, key: string) => `line ${line}: the input ends without "${key}" (truncated?)`,
    },
    notes: {
      usageEstimatedV1: (usage: string) =>
        `Usage estimated as total_rss + total_cache = ${usage}. memory.usage_in_bytes also counts kernel memory (memory.kmem.usage_in_bytes), which memory.stat does not list: give usage for the exact figure.`,
      usageEstimatedV2: (usage: string) => `Usage estimated as anon + file + kernel = ${usage}; give memory.current for the exact figure.`,
      usageEstimatedV2Parts: (usage: string) =>
        `Usage estimated as anon + file + kernel_stack + pagetables + percpu + sock + vmalloc + slab = ${usage} (this kernel has no "kernel" line); give memory.current for the exact figure.`,
      limitFromStat: (limit: string) => `Limit ${limit} read from hierarchical_memory_limit.`,
      flatKeys: 'No total_* keys: used the non-hierarchical ones (rss, cache, active_file, inactive_file).',
      inactiveAboveUsage: 'inactive_file is larger than usage: working set clamped to 0, as cAdvisor does.',
    },
    other: {
      reclaimableSlab: (other: string, slab: string) =>
        `Of the ${other} other, the kernel can still reclaim up to ${slab}: reclaimable slab (dentries, inodes), freed under memory pressure.`,
      noSlabLinesV1: (other: string) =>
        `cgroup v1 keeps kernel memory out of memory.stat (it is in memory.kmem.*): the ${other} other may include reclaimable slab, which the kernel frees under memory pressure.`,
      noSlabLines: (other: string) =>
        `This memory.stat has no slab lines: the ${other} other may include reclaimable slab, which the kernel frees under memory pressure.`,
      shmem: (shmem: string) => `${shmem} of it is shmem/tmpfs: freed only when its files are deleted, or by swap.`,
    },
  },
  bar: {
    label: (parts: string) => `Memory of the container: ${parts}`,
    limitMarker: (limit: string) => `limit ${limit}`,
    requestMarker: (request: string) => `request ${request}`,
    noLimit: 'no limit',
  },
  analyze: {
    title: 'Analyze memory.stat',
    intro:
      'Paste the output of `cat /sys/fs/cgroup/memory.stat` (cgroup v2) or `cat /sys/fs/cgroup/memory/memory.stat` (cgroup v1) from inside the container. Nothing is stored.',
    statLabel: 'memory.stat',
    usageLabel: 'Usage (optional)',
    usageHint: 'memory.current (v2) or memory.usage_in_bytes (v1): bytes, 256Mi or 1Gi. Without it, usage is estimated.',
    limitLabel: 'Limit (optional)',
    limitHint: 'memory.max, memory.limit_in_bytes or the pod spec: bytes, 256Mi or 1Gi; max = none; empty = hierarchical_memory_limit (v1) or none.',
    submit: 'Analyze',
    submitting: 'Analyzing…',
    invalidQuantity: (field: string, value: string) => `${field}: "${value}" is not a size like 268435456, 256Mi or 1Gi`,
    errorTitle: 'Could not analyze',
    networkError: 'The server did not answer; try again.',
    resultTitle: 'Result',
    cgroupVersion: (v: number) => `cgroup v${v}`,
    usageGiven: 'usage as given',
    usageEstimated: 'usage estimated',
    noLimit: 'no limit',
    layer: 'Layer',
    bytes: 'Size',
    ofLimit: '% of limit',
    otherParts: {
      slabReclaimable: 'reclaimable slab',
      slabUnreclaimable: 'unreclaimable slab',
      kernelStack: 'kernel stacks',
      shmem: 'shmem/tmpfs',
      rest: 'rest (page tables, sockets, …)',
    },
    ofWhich: (part: string) => `of which ${part}`,
  },
  nav: {
    home: 'Clusters',
    analyze: 'Analyze memory.stat',
    learn: 'Learn',
    tagline: "what your pod's memory really is",
    signedInAs: (who: string) => `Signed in as ${who}`,
  },
  home: {
    title: "Is the platform's memory number wrong?",
    intro:
      "podmem splits a pod's working set — the number kubectl top and your alerts use — into process memory (RSS), page cache the kernel keeps active, and kernel/shmem memory, next to the limit. Open a pod to see which one is growing.",
    clusters: 'Clusters',
    noClusters: 'No cluster configured: set PODMEM_CONFIG (a config file), PROMETHEUS_URL or PODMEM_CLUSTERS and restart podmem.',
    openPod: 'Open a pod',
    cluster: 'Cluster',
    namespace: 'Namespace',
    pod: 'Pod',
    open: 'Open',
  },
  pod: {
    breadcrumb: 'Breadcrumb',
    range: 'Range',
    last: (preset: string) => `last ${preset}`,
    sharedRange: (from: string, to: string) => `${from} – ${to} (shared link)`,
    refresh: 'Refresh',
    refreshing: 'Refreshing…',
    loading: (pod: string) => `Loading memory of ${pod}…`,
    loadError: "Could not load this pod's memory.",
    retry: 'Retry',
    empty: 'Prometheus has series for this pod but no samples in this range: pick a wider range.',
    prometheusWarning: (w: string) => `Note: ${w}`,
    podTotal: 'Pod total',
    podTotalSubtitle: (n: number, names: string) => `Sum of ${n} container${n === 1 ? '' : 's'} (${names}) — what kubectl top pod shows.`,
    containers: 'Containers',
    container: (name: string) => `Container ${name}`,
    initContainer: (name: string) => `Init container ${name}`,
    latestValues: (title: string) => `Latest values for ${title}`,
    valuesAt: (title: string) => `Values for ${title} at the chosen instant`,
    limitLine: (limit: string) => `limit ${limit}`,
    requestLine: (request: string) => `request ${request}`,
    noLimitSet: 'no limit set',
    ofLimit: (pct: string) => `${pct} of limit`,
    reclaimable: 'reclaimable',
    chart: (title: string) => `Memory chart: ${title}`,
    tooltipAt: (time: string) => `Values at ${time}`,
    layerCol: 'Layer',
    sizeCol: 'MiB',
    pctCol: '% of limit',
    noLimit: 'no limit',
    legendTitle: 'What the layers mean',
    legendWorkingSet:
      'Working set = RSS + active page cache + other = usage − inactive page cache. kubectl top, the platform and most alerts show it; kubelet eviction ranks by it. The limit caps usage, page cache included: the kernel reclaims first and OOM-kills only when reclaim fails.',
    legendLines: 'The dashed red line is the limit; the dotted green line is the request; red marks are OOM kills, grey ones restarts.',
    layerExplain: {
      rss: 'Heap, stacks and other anonymous memory of the processes — roughly what top shows as RES inside the container.',
      activeFile: 'File pages used more than once (active_file). The working set counts them, but the kernel can still reclaim them, after the inactive ones.',
      other:
        'Kernel memory charged to the container (slab, kernel stacks, page tables, sockets) and shmem/tmpfs (memory-backed emptyDir). Dropping page cache does not free it; reclaimable slab (dentries, inodes) shrinks under pressure, shmem only by deleting files or by swap.',
      inactiveFile:
        'File pages not used again lately (inactive_file). Reclaim takes them first, so cAdvisor leaves them out: working set = usage − inactive_file.',
    } satisfies Record<StackLayerId, string> as Record<StackLayerId, string>,
    short: {
      rss: 'RSS',
      activeFile: 'Active cache',
      other: 'Other',
      inactiveFile: 'Inactive cache',
      workingSet: 'Working set',
      usage: 'Usage',
    } satisfies Record<SeriesKey, string> as Record<SeriesKey, string>,
    sourcesMeasured: 'Every layer is measured: the kubelet exports active and inactive page cache directly.',
    sourcesActiveDerived:
      'Active page cache is derived as cache − inactive, so it also includes shmem/tmpfs: this kubelet does not export container_memory_total_active_file_bytes (it is older than 1.32).',
    sourcesInactiveDerived: 'Inactive page cache is derived as usage − working set (exact: that is how cAdvisor in the kubelet computes working set).',
    sourcesOther:
      'Other is working set − RSS − active page cache: cAdvisor does not split it, so it may include reclaimable slab (dentries, inodes) that the kernel can still free.',
    verdictTitle: 'Verdict',
    verdictAt: (time: string) => `at ${time}`,
    latest: 'latest',
    pinHint: 'Click or tap a chart to explain another instant.',
    unpin: 'Back to the latest',
    noData: 'No sample at this instant.',
    toolsTitle: 'What each tool shows',
    toolCol: 'Tool',
    showsCol: 'Shows',
    whatCol: 'What it is',
    events: { 'oom-kill': 'OOM kill', 'oom-event': 'OOM in container', restart: 'restart' },
    eventsInRange: (list: string) => `Events in this range: ${list}.`,
    noEvents: 'No restarts or OOM kills in this range.',
    eventItem: (kind: string, container: string, time: string) => `${kind} of ${container} at ${time}`,
    podCgroupTitle: 'Two pod totals',
    podCgroupText: (sum: string, cgroup: string, gap: string) =>
      `kubectl top pod sums the containers: ${sum}. The pod's own cgroup, which the kubelet's summary API reports for the pod, holds ${cgroup}: ${gap} more, for the pause sandbox and memory charged to the pod but to no container.`,
    podCgroupMissing: "The pod-level cgroup is not scraped here, so only the containers' sum (what kubectl top pod shows) is known.",
    advisorTitle: 'Which number to alert on',
    threshold: 'Threshold',
    candidateCol: 'Alert on',
    firedCol: 'Would have fired',
    peakCol: 'Peak',
    recommended: 'recommended',
    ruleTitle: 'PrometheusRule for the recommendation',
    copy: 'Copy',
    copied: 'Copied',
    eventsSummary: (ooms: number, restarts: number) =>
      `${ooms} OOM kill${ooms === 1 ? '' : 's'}, ${restarts} restart${restarts === 1 ? '' : 's'} in this range`,
    swapValue: (v: string) => `Swap: ${v} swapped out (counted in neither usage nor working set).`,
    failcnt: (n: number) => `The limit was hit ${n} times (failcnt).`,
  },
  learn,
  browse,
  cluster,
  sizing,
  sharing,
};

export type Messages = typeof en;
