/**
 * Every string of the /learn page, in English (the source of the shape) and Simplified Chinese.
 * Templates take already formatted values, so the renderer owns number formatting.
 */
export const learn = {
  title: 'Learn: pod memory in five pictures',
  intro:
    'Why the platform shows more memory than top inside the pod. The numbers come from a real experiment: a pod with a 256 MiB limit writes a 100 MiB file with dd, then reads it twice.',
  tocLabel: 'On this page',
  pageCache: {
    heading: 'Page cache in one picture',
    figureLabel: 'A process reads and writes files through the page cache, which lives in RAM and is charged to the container',
    cgroup: 'Container (its memory cgroup)',
    process: 'Process',
    processNote: 'heap, stacks: RSS',
    cache: 'Page cache',
    cacheNote: 'file pages kept in RAM',
    disk: 'Disk or volume',
    arrowIo: 'read() / write()',
    arrowDisk: 'first access loads from disk; writes are flushed later',
    usage: 'usage = RSS + page cache + kernel memory',
    points: [
      'Linux keeps the files you read or write in RAM, so the next access skips the disk.',
      'A cache page is charged to the container that first read or wrote it: it is in that pod’s usage, yet no process in top owns it.',
      'So usage, and often the working set, is larger than the sum of the processes’ memory.',
    ],
  },
  experiment: {
    heading: 'Active vs inactive page cache: the dd experiment',
    intro:
      'The kernel keeps file pages on two lists. A page used once sits on the inactive list and is reclaimed first; used again, it is promoted to the active list. The working set (usage − inactive_file) counts active pages, not inactive ones.',
    stepsLabel: 'Steps of the experiment',
    stepButton: (phase: string, name: string) => `Step ${phase}: ${name}`,
    previous: 'Previous step',
    next: 'Next step',
    steps: {
      A: { name: 'idle', title: 'Step A: idle', explain: 'A fresh pod: 25.6 MiB of process memory and almost no page cache.' },
      B: {
        name: 'dd wrote 100 MiB',
        title: 'Step B: after dd wrote a 100 MiB file',
        explain: 'Written once → the file’s pages are on the inactive list: inactive_file grows by 100 MiB. Usage jumps; the working set does not.',
      },
      C: {
        name: 'read it twice',
        title: 'Step C: after reading the file twice',
        explain:
          'Read again → the pages are promoted to active_file. The working set jumps by about 100 MiB, the file’s size, although no process allocated anything: RSS grew by less than 3 MiB.',
      },
    },
    commandLabel: 'Command run in the container',
    noCommand: '# nothing yet: the application idles',
    numbersLabel: (phase: string) => `Numbers at step ${phase}`,
    layer: 'Number',
    size: 'Size',
    change: 'vs previous step',
    first: 'first step',
    statLabel: (phase: string) => `memory.stat at step ${phase} (cgroup v1, bytes)`,
  },
  live: {
    heading: 'The same experiment, live from Prometheus',
    intro: 'The demo pod ta-7b6f5d56fb-94svm replays the three steps, 20 minutes each. The shaded band is the step chosen above.',
    chartLabel: (phase: string) => `Memory of container ta in the demo pod over the demo hour, step ${phase} shaded`,
    shaded: (phase: string, from: string, to: string) => `Shaded: step ${phase}, ${from}–${to}.`,
    measured: (time: string, workingSet: string, activeFile: string) => `Prometheus at ${time}: working set ${workingSet}, active page cache ${activeFile}.`,
    needsDemo: 'The live chart needs the demo data: start podmem with `npm run demo`. The bars above are the seed’s own numbers.',
    loading: 'Loading the demo pod from Prometheus…',
    error: (message: string) => `Could not load the demo pod: ${message}`,
    retry: 'Retry',
    noData: 'No demo data in the last 2 hours: the demo data covers the hour before `npm run demo` started. Restart it to see the live chart.',
    openPod: 'Open the demo pod',
    limit: (limit: string) => `limit ${limit}`,
  },
  formulas: {
    heading: 'The formulas: cgroup v1 and v2',
    intro: 'What cAdvisor (inside the kubelet) reads from the container’s cgroup, and how it derives each number.',
    tableLabel: 'cAdvisor memory metrics and the cgroup files they come from',
    number: 'Number',
    v1: 'cgroup v1',
    v1Files: '/sys/fs/cgroup/memory/',
    v2: 'cgroup v2',
    v2Files: '/sys/fs/cgroup/',
    rows: { usage: 'Usage', workingSet: 'Working set', rss: 'RSS', cache: 'Cache', activeInactive: 'Active / inactive page cache', limit: 'Limit' },
    clamped: 'clamped to 0',
    needsKubelet: 'kubelet ≥ 1.32',
    noLimit: '0 means no limit',
    notes: [
      'Working set = usage − inactive page cache = RSS + active page cache + other (kernel memory, part of it reclaimable slab; tmpfs/shmem).',
      'cache includes tmpfs/shmem in both versions: never compute inactive as cache − active.',
      'A limit of 0 means no limit: cAdvisor exports “max” (and any value above 2^62) as 0.',
      'total_*, anon, file, active_file and inactive_file are lines of the cgroup’s memory.stat; the other names are files of their own.',
    ],
  },
  top: {
    heading: 'Why top shows the host',
    figureLabel: 'Nested boxes: the node contains the container’s cgroup, which contains a process; each tool reads a different box',
    node: 'Node',
    nodeReads: '/proc/meminfo → top’s header “MiB Mem”, free',
    cgroup: 'Container cgroup (limit 256 MiB)',
    cgroupReads: 'memory.stat, memory.current → kubectl top, the limit',
    process: 'Process',
    processReads: 'top’s RES column, ps RSS: one process',
    points: [
      '/proc/meminfo is not namespaced: inside a container it still describes the whole node (unless LXCFS is mounted), so top’s header and free show the host’s memory.',
      'RES in top’s process list is per process: its anonymous memory plus the file pages it maps, not the rest of the page cache; shared pages count once per process.',
      'The container’s own numbers are in its cgroup’s memory.stat.',
    ],
    analyzeLink: 'Paste a memory.stat into Analyze',
  },
  alert: {
    heading: 'Which number to alert on',
    intro: 'The seed’s open question. Each bar is the candidate at step C as a share of the 256 MiB limit.',
    pros: 'For',
    cons: 'Against',
    atStepC: (percent: string) => `${percent} of the limit at step C`,
    candidates: {
      workingSet: {
        name: 'working set / limit',
        pros: [
          'What kubectl top, dashboards and most alert rules show.',
          'The kubelet evicts by it: node memory.available and the ranking of pods above their request use working set.',
          'Available on every kubelet and cgroup version.',
        ],
        cons: [
          'Counts active page cache the kernel can reclaim: step C fires on a cat.',
          'Hard to explain: no process in top owns that memory.',
          'A high value does not mean an OOM kill is near.',
        ],
      },
      rss: {
        name: 'RSS / limit',
        pros: ['Matches the habit from VMs: the processes’ own memory.', 'No false alarms from page cache.', 'Easy to check with top’s RES.'],
        cons: [
          'Misses tmpfs/shmem and kernel memory, which count towards the limit.',
          'Reclaim frees little of them (shmem only by swap, kernel memory only its reclaimable slab): they do cause OOM kills.',
          'So it can stay low right up to a kill.',
        ],
      },
      unreclaimable: {
        name: '(working set − active_file) / limit',
        pros: [
          '= (RSS + other) / limit: about what reclaim cannot free (reclaimable slab aside).',
          'The closest cheap signal of an OOM kill.',
          'Ignores page cache, but catches tmpfs and kernel memory.',
        ],
        cons: [
          'Needs the active_file metric (kubelet ≥ 1.32) or a derived value.',
          'Active cache that is not reclaimed in time can still reach the limit.',
          'A new number the team has to learn.',
        ],
      },
    },
    recommendationHeading: 'Recommendation',
    recommendation:
      'Alert on (working set − active_file) / limit: it approximates what reclaim cannot free, the closest cheap signal of an OOM kill. Keep working set / limit as a low-urgency warning (kubelet eviction uses it), alert on OOMKilled restarts, and on cgroup v2 watch PSI memory pressure for real stalls.',
    advisorLink: 'See when each one would have fired for the demo pod (alert advisor)',
  },
};

export type LearnMessages = typeof learn;
