import type { EquationParts, Messages } from '../en';
import { browse } from './browse';
import { cluster } from './cluster';
import { learn } from './learn';
import { sharing } from './sharing';
import { sizing } from './sizing';

/** Simplified Chinese; the shape is checked against the English catalogue. */

const equation = (p: EquationParts): string =>
  `工作集 ${p.workingSet}${p.limit ? `（${p.limit.bytes} 限制的 ${p.limit.percent}）` : ' '}= ${p.rss} 进程内存（RSS）+ ${p.activeFile} 多次读取的页缓存（active_file）+ ${p.other} 其他`;

export const zh: Messages = {
  punctuation: { stop: '。', colon: '：', sentenceGap: '' },
  language: { label: '语言', switchTo: (name: string) => `切换语言为${name}` },
  layers: {
    rss: { name: '进程内存（RSS）', legend: '进程内存：堆、栈，top 的 RES 主要显示的就是它' },
    activeFile: { name: '活跃页缓存', legend: 'active_file：访问过不止一次的文件页，计入工作集，但仍可回收' },
    other: { name: '其他', legend: '内核内存（其中一部分是可回收 slab）、shmem/tmpfs' },
    inactiveFile: { name: '非活跃页缓存', legend: '最先被回收，不计入工作集' },
    swap: { name: '交换（不计入使用量）', legend: '已换出的内存：既不计入使用量，也不计入工作集' },
    workingSet: { name: '工作集', legend: 'kubectl top 和平台显示的数字' },
    usage: { name: '使用量', legend: '工作集 + 非活跃页缓存：计入容器的全部内存' },
    limit: { name: '限制（limit）', legend: '限制的是使用量（含页缓存）；到达时内核先回收，回收不了才 OOM kill' },
    request: { name: '请求（request）', legend: '调度器预留的内存；节点内存紧张时，kubelet 先驱逐超出它的 Pod' },
  },
  verdict: {
    equation,
    platformRight: '平台没有算错',
    platformRightCritical: '平台没有算错，而且容器已接近 OOM kill',
    mostlyActiveCache: 'Pod 里 `top` 顶部的数字来自节点的 /proc/meminfo，用 read() 读入的页缓存也不会出现在任何进程的 RES 里。',
    mostlyRss: '大部分是进程自己的内存：请检查应用本身（堆、它保留的缓存），而不是页缓存。',
    largeOther: (other: string) =>
      `其中 ${other} 是内核内存或 tmpfs/shmem（写入 /tmp、/dev/shm 或内存型 emptyDir 的文件），\`top\` 里没有哪个进程显示它。其中内核只能回收 dentry、inode 这类 slab；shmem 要等文件被删除，或换出到交换区。`,
    healthy: '没有哪一层占主导。',
    nearLimitReclaimable: (eq: string, unreclaimablePercent: string) =>
      `工作集接近限制，但内核可以腾出空间：${eq}。进程内存和其他只占限制的 ${unreclaimablePercent}，其余是页缓存，内核会在 OOM kill 之前回收它，所以基于工作集的告警在这里很可能是误报。`,
    nearLimitThrashing: (eq: string, unreclaimablePercent: string) =>
      `工作集接近限制，页缓存在颠簸：${eq}。进程内存和其他只占限制的 ${unreclaimablePercent}，但内核不断丢弃这个容器还要再读的页缓存，它只好等内存、等磁盘（所选时间范围内的 PSI 停顿或主缺页）。对这个负载的页缓存来说，限制太小了：调大限制，或让它少读一些。`,
    noLimit: (eq: string) => `没有设置内存限制：${eq}。在节点内存不足之前，没有什么能阻止这个容器继续增长；届时 kubelet 会驱逐 Pod，先驱逐超出内存请求的。`,
    oomKilled: (count: number, eq: string) =>
      `这个容器在所选时间范围内被 OOM kill 了 ${count} 次：${eq}。使用量达到限制、回收又腾不出足够空间时，内核才会 OOM kill；页缓存最先被回收，所以请关注进程内存和其他。`,
  },
  tools: {
    kubectlTop: { name: 'kubectl top pod', what: '工作集，按应用容器求和：也就是平台显示的数字' },
    topRes: {
      name: 'top / ps 的 RES（每个进程）',
      what: '≈ 进程内存（RSS）+ 内存映射文件（mapped_file）；共享页在每个进程里各算一次',
      whatWithoutMapped: '≈ 进程内存（RSS）；mapped_file 未知，RES 可能更高',
    },
    topHeader: {
      name: 'top 顶部的 MiB Mem',
      what: '节点的 /proc/meminfo，不是这个容器',
      usedOf: (used: string, total: string) => `已用 ${used}，共 ${total}`,
      totalOnly: (total: string) => `节点共 ${total}`,
    },
    limit: { name: '内核执行的限制', what: 'memory.max / memory.limit_in_bytes：限制使用量，含页缓存', none: '没有限制：节点的内存就是上限' },
    oomKiller: {
      name: '回收后剩下的（OOM 风险）',
      what: '约为进程内存 + 其他（减去可回收 slab），活跃页缓存来不及回收时最多到工作集；它占满限制时内核 OOM kill',
      range: (low: string, high: string) => `${low} 到 ${high}`,
    },
    unknown: '未知',
  },
  advisor: {
    candidates: {
      workingSet: '工作集 / 限制',
      rss: 'RSS / 限制',
      workingSetMinusActive: '（工作集 − active_file）/ 限制',
    },
    notApplicable: '不适用：没有限制',
    noLimit: '没有设置限制，所以与限制的比值都不适用：请设置内存限制，或者改为对节点内存压力告警。',
    oomCaught: (name: string, caught: number, kills: number, falseFor: string, other: string, otherFalseFor: string) =>
      `建议对${name}告警：${kills} 次 OOM kill 中有 ${caught} 次之前它已超过阈值，没有 OOM kill 时超过阈值 ${falseFor}，而${other}是 ${otherFalseFor}。`,
    oomMissed: (threshold: string, kills: number) =>
      `在 ${kills} 次 OOM kill 之前，没有任何比值达到 ${threshold}：内存上涨比抓取间隔还快。请对 OOMKilled 重启告警（kube_pod_container_status_last_terminated_reason），并用（工作集 − active_file）/ 限制做提前预警。`,
    cacheFalseAlarms: (threshold: string, wsFor: string, unreclaimableFor: string) =>
      `建议对（工作集 − active_file）/ 限制告警：工作集 / 限制超过 ${threshold} 共 ${wsFor}，期间没有 OOM kill，主要是内核可以回收的活跃页缓存；（工作集 − active_file）/ 限制超过阈值的时间是 ${unreclaimableFor}。`,
    nearMisses: (threshold: string, forDuration: string) =>
      `建议对（工作集 − active_file）/ 限制告警：回收页缓存也释放不了的 RSS + 其他超过限制的 ${threshold} 共 ${forDuration}，虽然没有 OOM kill，但这些都是值得告警的险情。`,
    quiet: (threshold: string) =>
      `在这个时间范围内没有任何比值达到 ${threshold}。建议对（工作集 − active_file）/ 限制告警：它反映回收页缓存也释放不了的 RSS + 其他，不会因页缓存而误报。`,
    rssMissed: (missed: number) => `RSS / 限制漏掉了 ${missed} 次 OOM kill：tmpfs/shmem 和内核内存同样计入限制。`,
    otherRestarts: (n: number) => `有 ${n} 次重启不是 OOM kill。`,
    psiStalled: (duration: string) => `任务因等待内存停顿了 ${duration}（PSI）：压力下的回收、重新缺页或换入。`,
    psiNone: '这个时间范围内没有内存压力停顿（PSI）。',
    firedFor: (duration: string, count: number) => `超过阈值 ${duration}，共 ${count} 段`,
    neverFired: '从未超过',
  },
  memoryStat: {
    errors: {
      empty: '输入为空：请粘贴 `cat memory.stat` 的输出。',
      badLine: (line: number, text: string) => `第 ${line} 行：${text} 不是 "<key> <integer>" 格式`,
      duplicateKey: (line: number, text: string, key: string) => `第 ${line} 行：${text} 重复了键 "${key}"`,
      unknownFormat: '既没有 cgroup v1 的键（rss 或 total_rss，以及 cache 或 total_cache），也没有 cgroup v2 的键（anon 和 file）：这是 memory.stat 吗？',
      missingKey: (line: number, key: string) => `第 ${line} 行：输入在出现 "${key}" 之前就结束了（被截断了？）`,
    },
    notes: {
      usageEstimatedV1: (usage: string) =>
        `使用量按 total_rss + total_cache 估算为 ${usage}。memory.usage_in_bytes 还包含内核内存（memory.kmem.usage_in_bytes），memory.stat 里没有这一项：填写使用量可得到精确值。`,
      usageEstimatedV2: (usage: string) => `使用量按 anon + file + kernel 估算为 ${usage}；填写 memory.current 可得到精确值。`,
      usageEstimatedV2Parts: (usage: string) =>
        `使用量按 anon + file + kernel_stack + pagetables + percpu + sock + vmalloc + slab 估算为 ${usage}（这个内核没有 "kernel" 行）；填写 memory.current 可得到精确值。`,
      limitFromStat: (limit: string) => `限制 ${limit} 取自 hierarchical_memory_limit。`,
      flatKeys: '没有 total_* 键：使用了非层级的键（rss、cache、active_file、inactive_file）。',
      inactiveAboveUsage: 'inactive_file 大于使用量：工作集按 cAdvisor 的做法截为 0。',
    },
    other: {
      reclaimableSlab: (other: string, slab: string) => `其他 ${other} 中，内核仍可回收最多 ${slab}：可回收 slab（dentry、inode），在内存压力下释放。`,
      noSlabLinesV1: (other: string) =>
        `cgroup v1 的 memory.stat 不含内核内存（它在 memory.kmem.* 里）：其他 ${other} 中可能有可回收 slab，内核在内存压力下会释放它。`,
      noSlabLines: (other: string) => `这个 memory.stat 没有 slab 行：其他 ${other} 中可能有可回收 slab，内核在内存压力下会释放它。`,
      shmem: (shmem: string) => `其中 ${shmem} 是 shmem/tmpfs：只有删除文件或换出到交换区才会释放。`,
    },
  },
  bar: {
    label: (parts: string) => `容器内存：${parts}`,
    limitMarker: (limit: string) => `限制 ${limit}`,
    requestMarker: (request: string) => `请求 ${request}`,
    noLimit: '没有限制',
  },
  analyze: {
    title: '分析 memory.stat',
    intro:
      '在容器里运行 `cat /sys/fs/cgroup/memory.stat`（cgroup v2）或 `cat /sys/fs/cgroup/memory/memory.stat`（cgroup v1），把输出粘贴到这里。不会保存任何内容。',
    statLabel: 'memory.stat',
    usageLabel: '使用量（可选）',
    usageHint: 'memory.current（v2）或 memory.usage_in_bytes（v1）：字节数、256Mi 或 1Gi。不填则估算。',
    limitLabel: '限制（可选）',
    limitHint:
      'memory.max、memory.limit_in_bytes 或 Pod 配置：字节数、256Mi 或 1Gi；max 表示没有限制；留空则取 hierarchical_memory_limit（v1）或视为没有限制。',
    submit: '分析',
    submitting: '正在分析…',
    invalidQuantity: (field: string, value: string) => `${field}："${value}" 不是 268435456、256Mi 或 1Gi 这样的大小`,
    errorTitle: '无法分析',
    networkError: '服务器没有响应，请重试。',
    resultTitle: '结果',
    cgroupVersion: (v: number) => `cgroup v${v}`,
    usageGiven: '使用量为填写值',
    usageEstimated: '使用量为估算值',
    noLimit: '没有限制',
    layer: '层',
    bytes: '大小',
    ofLimit: '占限制的 %',
    otherParts: {
      slabReclaimable: '可回收 slab',
      slabUnreclaimable: '不可回收 slab',
      kernelStack: '内核栈',
      shmem: 'shmem/tmpfs',
      rest: '其余（页表、socket 等）',
    },
    ofWhich: (part: string) => `其中 ${part}`,
  },
  nav: { home: '集群', analyze: '分析 memory.stat', learn: '原理', tagline: 'Pod 内存到底是什么', signedInAs: (who: string) => `已登录：${who}` },
  home: {
    title: '平台的内存数字算错了吗？',
    intro:
      'podmem 把 Pod 的工作集（kubectl top 和告警使用的数字）拆成进程内存（RSS）、内核保持活跃的页缓存、以及内核/shmem 内存，并画出限制线。打开一个 Pod，看看到底是哪一部分在增长。',
    clusters: '集群',
    noClusters: '没有配置集群：设置 PODMEM_CONFIG（配置文件）、PROMETHEUS_URL 或 PODMEM_CLUSTERS 后重启 podmem。',
    openPod: '打开 Pod',
    cluster: '集群',
    namespace: '命名空间',
    pod: 'Pod',
    open: '打开',
  },
  pod: {
    breadcrumb: '导航路径',
    range: '时间范围',
    last: (preset: string) => `最近 ${preset}`,
    sharedRange: (from: string, to: string) => `${from} – ${to}（分享的链接）`,
    refresh: '刷新',
    refreshing: '刷新中…',
    loading: (pod: string) => `正在加载 ${pod} 的内存…`,
    loadError: '无法加载这个 Pod 的内存。',
    retry: '重试',
    empty: 'Prometheus 有这个 Pod 的序列，但这个时间范围内没有样本：请选择更大的范围。',
    prometheusWarning: (w: string) => `注意：${w}`,
    podTotal: 'Pod 合计',
    podTotalSubtitle: (n: number, names: string) => `${n} 个容器（${names}）之和，也就是 kubectl top pod 显示的数字。`,
    containers: '容器',
    container: (name: string) => `容器 ${name}`,
    initContainer: (name: string) => `Init 容器 ${name}`,
    latestValues: (title: string) => `${title} 的最新值`,
    valuesAt: (title: string) => `${title} 在所选时刻的值`,
    limitLine: (limit: string) => `限制 ${limit}`,
    requestLine: (request: string) => `请求 ${request}`,
    noLimitSet: '未设置限制',
    ofLimit: (pct: string) => `占限制的 ${pct}`,
    reclaimable: '可回收',
    chart: (title: string) => `内存图：${title}`,
    tooltipAt: (time: string) => `${time} 的值`,
    layerCol: '层',
    sizeCol: 'MiB',
    pctCol: '占限制的 %',
    noLimit: '无限制',
    legendTitle: '各层的含义',
    legendWorkingSet:
      '工作集 = RSS + 活跃页缓存 + 其他 = 使用量 − 非活跃页缓存。kubectl top、平台和大多数告警显示的就是它，kubelet 驱逐也按它排序。限制作用于使用量（含页缓存）：内核先回收，回收失败才 OOM kill。',
    legendLines: '红色虚线是限制，绿色点线是请求；红色标记是 OOM kill，灰色标记是重启。',
    layerExplain: {
      rss: '进程的堆、栈等匿名内存，大致就是容器里 top 显示的 RES。',
      activeFile: '访问过不止一次的文件页（active_file）。工作集计入它们，但内核仍可回收，排在非活跃页之后。',
      other:
        '计入容器的内核内存（slab、内核栈、页表、socket）和 shmem/tmpfs（内存型 emptyDir）。丢弃页缓存释放不了它；可回收 slab（dentry、inode）在压力下会收缩，shmem 只有删除文件或换出到交换区才会释放。',
      inactiveFile: '最近没有再被访问的文件页（inactive_file）。回收最先拿走它们，所以 cAdvisor 不计入：工作集 = 使用量 − inactive_file。',
    },
    short: { rss: 'RSS', activeFile: '活跃缓存', other: '其他', inactiveFile: '非活跃缓存', workingSet: '工作集', usage: '使用量' },
    sourcesMeasured: '每一层都是测量值：kubelet 直接导出了活跃和非活跃页缓存。',
    sourcesActiveDerived:
      '活跃页缓存由 cache − inactive 推算，所以也包含 shmem/tmpfs：这个 kubelet 没有导出 container_memory_total_active_file_bytes（版本早于 1.32）。',
    sourcesInactiveDerived: '非活跃页缓存由 使用量 − 工作集 推算（是精确的：kubelet 里的 cAdvisor 就是这样计算工作集的）。',
    sourcesOther: '其他 = 工作集 − RSS − 活跃页缓存：cAdvisor 不拆分它，所以其中可能有内核仍可释放的可回收 slab（dentry、inode）。',
    verdictTitle: '结论',
    verdictAt: (time: string) => `时刻 ${time}`,
    latest: '最新',
    pinHint: '点击图表可以解释另一个时刻。',
    unpin: '回到最新',
    noData: '这个时刻没有样本。',
    toolsTitle: '各个工具显示的是什么',
    toolCol: '工具',
    showsCol: '显示',
    whatCol: '含义',
    events: { 'oom-kill': 'OOM kill', 'oom-event': '容器内 OOM', restart: '重启' },
    eventsInRange: (list: string) => `这个时间范围内的事件：${list}。`,
    noEvents: '这个时间范围内没有重启或 OOM kill。',
    eventItem: (kind: string, container: string, time: string) => `${container} 在 ${time} ${kind}`,
    podCgroupTitle: 'Pod 的两个合计',
    podCgroupText: (sum: string, cgroup: string, gap: string) =>
      `kubectl top pod 把各容器相加：${sum}。kubelet 的 summary API 为 Pod 报告的是 Pod 自己的 cgroup：${cgroup}，多出 ${gap}，来自 pause 沙箱以及计入 Pod 但不属于任何容器的内存。`,
    podCgroupMissing: '这里没有采集 Pod 级 cgroup，所以只知道各容器之和（kubectl top pod 显示的数字）。',
    advisorTitle: '应该对哪个数字告警',
    threshold: '阈值',
    candidateCol: '告警指标',
    firedCol: '会触发',
    peakCol: '峰值',
    recommended: '推荐',
    ruleTitle: '推荐告警的 PrometheusRule',
    copy: '复制',
    copied: '已复制',
    eventsSummary: (ooms: number, restarts: number) => `这个时间范围内 ${ooms} 次 OOM kill，${restarts} 次重启`,
    swapValue: (v: string) => `交换：${v} 已换出（既不计入使用量，也不计入工作集）。`,
    failcnt: (n: number) => `内存达到限制 ${n} 次（failcnt）。`,
  },
  learn,
  browse,
  cluster,
  sizing,
  sharing,
};
