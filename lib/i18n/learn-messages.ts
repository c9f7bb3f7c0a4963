/**
 * Every string of the /learn page, in English (the source of the shape) and Simplified Chinese.
 * Templates take already formatted values, so the renderer owns number formatting.
 */
import type { Locale } from './locales';

const en = {
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
    measured: (time: string, workingSet: string, activeFile: string) =>
      `Prometheus at ${time}: working set ${workingSet}, active page cache ${activeFile}.`,
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

/** The shape every locale's learn-page catalogue has. */
export type LearnMessages = typeof en;

const zh: LearnMessages = {
  title: '学习：五张图看懂 Pod 内存',
  intro:
    '为什么平台显示的内存比在 Pod 里运行 top 看到的多？下面的数字来自一次真实实验：在内存限制（limit）为 256 MiB 的 Pod 里用 dd 写入一个 100 MiB 的文件，再把它读两遍。',
  tocLabel: '本页内容',
  pageCache: {
    heading: '一张图看懂页缓存',
    figureLabel: '进程通过页缓存读写文件；页缓存位于内存中，并计入容器的内存',
    cgroup: '容器（它的内存 cgroup）',
    process: '进程',
    processNote: '堆、栈：RSS',
    cache: '页缓存',
    cacheNote: '缓存在内存中的文件页',
    disk: '磁盘或存储卷',
    arrowIo: 'read() / write()',
    arrowDisk: '首次访问从磁盘加载；写入稍后刷盘',
    usage: 'usage = RSS + 页缓存 + 内核内存',
    points: ['Linux 会把读写过的文件保留在内存里，下次访问就不用再读磁盘。', '缓存页计入最先读写它的容器：它算在该 Pod 的 usage 里，但在 top 里找不到哪个进程占用了它。', '所以 usage（通常还有工作集）会比所有进程内存之和更大。'],
  },
  experiment: {
    heading: '活跃与非活跃文件页：dd 实验',
    intro:
      '内核把文件页放在两个链表上。只访问过一次的页在非活跃链表上，会被优先回收；再次访问后会被提升到活跃链表。工作集（usage − inactive_file）计入活跃文件页，不计入非活跃文件页。',
    stepsLabel: '实验步骤',
    stepButton: (phase, name) => `步骤 ${phase}：${name}`,
    previous: '上一步',
    next: '下一步',
    steps: {
      A: { name: '空闲', title: '步骤 A：空闲', explain: '刚启动的 Pod：进程内存 25.6 MiB，几乎没有页缓存。' },
      B: { name: 'dd 写入 100 MiB', title: '步骤 B：dd 写入一个 100 MiB 的文件之后', explain: '只写入一次 → 文件页进入非活跃链表：inactive_file 增加 100 MiB。usage 猛增，工作集却几乎不变。' },
      C: { name: '读取两遍', title: '步骤 C：把文件读取两遍之后', explain: '再次读取 → 文件页被提升为 active_file。虽然没有任何进程分配内存（RSS 只增加了不到 3 MiB），工作集却跳涨了约 100 MiB，正好是文件的大小。' },
    },
    commandLabel: '在容器中执行的命令',
    noCommand: '# 还没有操作：应用处于空闲状态',
    numbersLabel: (phase) => `步骤 ${phase} 的数值`,
    layer: '指标',
    size: '大小',
    change: '较上一步',
    first: '第一步',
    statLabel: (phase) => `步骤 ${phase} 的 memory.stat（cgroup v1，单位：字节）`,
  },
  live: {
    heading: '同一个实验：来自 Prometheus 的实时数据',
    intro: '演示 Pod ta-7b6f5d56fb-94svm 重放这三个步骤，每步 20 分钟。阴影区域是上面选中的步骤。',
    chartLabel: (phase) => `演示 Pod 中容器 ta 在演示时段内的内存，步骤 ${phase} 以阴影标出`,
    shaded: (phase, from, to) => `阴影：步骤 ${phase}，${from}–${to}。`,
    measured: (time, workingSet, activeFile) => `Prometheus 在 ${time} 的数据：工作集 ${workingSet}，活跃页缓存 ${activeFile}。`,
    needsDemo: '实时图表需要演示数据：请用 `npm run demo` 启动 podmem。上面的条形图使用的是原始实验的数值。',
    loading: '正在从 Prometheus 加载演示 Pod……',
    error: (message) => `无法加载演示 Pod：${message}`,
    retry: '重试',
    noData: '最近 2 小时内没有演示数据：演示数据覆盖 `npm run demo` 启动前的一小时。重新启动它即可看到实时图表。',
    openPod: '打开演示 Pod',
    limit: (limit) => `限制 ${limit}`,
  },
  formulas: {
    heading: '计算公式：cgroup v1 与 v2',
    intro: 'cAdvisor（内置于 kubelet）从容器的 cgroup 读取哪些文件，以及每个数值如何得出。',
    tableLabel: 'cAdvisor 内存指标及其来源的 cgroup 文件',
    number: '指标',
    v1: 'cgroup v1',
    v1Files: '/sys/fs/cgroup/memory/',
    v2: 'cgroup v2',
    v2Files: '/sys/fs/cgroup/',
    rows: { usage: '使用量（usage）', workingSet: '工作集', rss: 'RSS', cache: '缓存（cache）', activeInactive: '活跃 / 非活跃页缓存', limit: '限制（limit）' },
    clamped: '小于 0 时取 0',
    needsKubelet: '需要 kubelet ≥ 1.32',
    noLimit: '0 表示没有限制',
    notes: [
      '工作集 = usage − 非活跃页缓存 = RSS + 活跃页缓存 + 其他（内核内存，其中一部分是可回收 slab；tmpfs/shmem）。',
      '两个版本的 cache 都包含 tmpfs/shmem：不要用 cache − active 来计算 inactive。',
      '限制为 0 表示没有限制：cAdvisor 把 “max”（以及任何大于 2^62 的值）导出为 0。',
      'total_*、anon、file、active_file 和 inactive_file 是 cgroup 中 memory.stat 文件里的行；其余名称是单独的文件。',
    ],
  },
  top: {
    heading: '为什么 top 显示的是宿主机',
    figureLabel: '嵌套的方框：节点包含容器的 cgroup，cgroup 又包含进程；每个工具读取的是不同的方框',
    node: '节点',
    nodeReads: '/proc/meminfo → top 顶部的 “MiB Mem”、free',
    cgroup: '容器 cgroup（限制 256 MiB）',
    cgroupReads: 'memory.stat、memory.current → kubectl top、内存限制',
    process: '进程',
    processReads: 'top 的 RES 列、ps 的 RSS：单个进程',
    points: [
      '/proc/meminfo 没有命名空间隔离：在容器里它描述的仍是整个节点（除非挂载了 LXCFS），所以 top 顶部和 free 显示的是宿主机的内存。',
      'top 进程列表中的 RES 是单个进程的：它的匿名内存加上它映射的文件页，不含其余页缓存；共享页在每个进程里各算一次。',
      '容器自己的数值在它 cgroup 的 memory.stat 里。',
    ],
    analyzeLink: '把 memory.stat 粘贴到分析页面',
  },
  alert: {
    heading: '该用哪个指标告警',
    intro: '这是原文留下的问题。每个条形表示该候选指标在步骤 C 时占 256 MiB 限制的比例。',
    pros: '优点',
    cons: '缺点',
    atStepC: (percent) => `步骤 C 时为限制的 ${percent}`,
    candidates: {
      workingSet: {
        name: '工作集 / 限制',
        pros: ['kubectl top、监控大盘和大多数告警规则都用它。', 'kubelet 按它驱逐：节点的 memory.available 和超出请求的 Pod 排序都用工作集。', '所有 kubelet 和 cgroup 版本都提供。'],
        cons: ['包含内核可回收的活跃页缓存：步骤 C 一次 cat 就会触发告警。', '难以解释：top 里没有哪个进程占用了这部分内存。', '数值高并不代表快要 OOM。'],
      },
      rss: {
        name: 'RSS / 限制',
        pros: ['符合虚拟机（ECS）时代的习惯：进程自己的内存。', '不会因页缓存误报。', '用 top 的 RES 就能核对。'],
        cons: ['漏掉了 tmpfs/shmem 和内核内存，而它们都计入限制。', '回收几乎释放不了它们（shmem 只能换出，内核内存只有可回收 slab 能释放）：它们确实会导致 OOM。', '所以直到被 OOM kill 之前它都可能很低。'],
      },
      unreclaimable: {
        name: '（工作集 − active_file）/ 限制',
        pros: ['=（RSS + 其他）/ 限制：约等于回收释放不了的内存（可回收 slab 除外）。', '最接近 OOM 风险、又容易获得的信号。', '忽略页缓存，但能捕捉 tmpfs 和内核内存。'],
        cons: ['需要 active_file 指标（kubelet ≥ 1.32）或推算值。', '来不及回收的活跃页缓存仍可能触及限制。', '团队需要学习一个新指标。'],
      },
    },
    recommendationHeading: '建议',
    recommendation:
      '用（工作集 − active_file）/ 限制告警：它近似于回收释放不了的内存，是最接近 OOM 风险、又容易获得的信号。把工作集 / 限制保留为低优先级预警（kubelet 驱逐用它），对 OOMKilled 重启单独告警；在 cgroup v2 上可观察 PSI 内存压力，了解真实的阻塞情况。',
    advisorLink: '查看演示 Pod 上每个指标会在何时触发（告警顾问）',
  },
};

/** The learn page's catalogue per locale. */
export const learnMessages: Record<Locale, LearnMessages> = { en, zh };
