import type { EquationParts, Messages } from './en';

/** Simplified Chinese; the shape is checked against the English catalogue. */

const equation = (p: EquationParts): string =>
  `工作集 ${p.workingSet}${p.limit ? `（${p.limit.bytes} 限制的 ${p.limit.percent}）` : ' '}= ${p.rss} 进程内存（RSS）+ ${p.activeFile} 多次读取的页缓存（active_file）+ ${p.other} 其他`;

export const zh = {
  languageName: '简体中文',
  language: { label: '语言', switchTo: (name: string) => `切换语言为${name}` },
  layers: {
    rss: { name: '进程内存（RSS）', legend: '进程内存：堆、栈，top 的 RES 主要显示的就是它' },
    activeFile: { name: '活跃页缓存', legend: 'active_file：读取过不止一次的文件，计入工作集' },
    other: { name: '其他', legend: '内核内存、shmem/tmpfs' },
    inactiveFile: { name: '非活跃页缓存', legend: '可以立即回收，不计入工作集' },
    workingSet: { name: '工作集', legend: 'kubectl top 和平台显示的数字' },
    usage: { name: '使用量', legend: '工作集 + 非活跃页缓存：计入容器的全部内存' },
    limit: { name: '限制（limit）', legend: '内核无法回收的内存达到这里时会 OOM kill' },
    request: { name: '请求（request）', legend: '调度器预留的内存；驱逐时按超出它的工作集给 Pod 排序' },
  },
  verdict: {
    equation,
    platformRight: '平台没有算错',
    platformRightCritical: '平台没有算错，而且容器已接近 OOM kill',
    mostlyActiveCache: '在 Pod 里运行的 `top` 显示的是节点的内存，不是这个容器的。',
    mostlyRss: '大部分是进程自己的内存：请检查应用本身（堆、它保留的缓存），而不是页缓存。',
    largeOther: (other: string) =>
      `其中 ${other} 是内核内存或 tmpfs/shmem（写入 /tmp、/dev/shm 或内存型 emptyDir 的文件），\`top\` 里没有哪个进程显示它，内核也无法直接丢弃。`,
    healthy: '没有哪一层占主导。',
    nearLimitReclaimable: (eq: string, unreclaimablePercent: string) =>
      `工作集接近限制，但内核可以腾出空间：${eq}。进程内存和其他只占限制的 ${unreclaimablePercent}，其余是页缓存，内核会在 OOM kill 之前回收它，所以基于工作集的告警在这里是误报。`,
    noLimit: (eq: string) => `没有设置内存限制：${eq}。在节点内存不足之前，没有什么能阻止这个容器继续增长；届时 kubelet 会按工作集驱逐 Pod。`,
    oomKilled: (count: number, eq: string) =>
      `这个容器在所选时间范围内被 OOM kill 了 ${count} 次：${eq}。内核在无法回收的内存（进程内存和其他）达到限制时才会 kill：请关注这两部分，而不是页缓存。`,
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
    limit: { name: '内核执行的限制', what: 'memory.max / memory.limit_in_bytes', none: '没有限制：节点的内存就是上限' },
    oomKiller: {
      name: 'OOM killer 看的是什么',
      what: '使用量减去它能回收的页缓存：至少是进程内存 + 其他，活跃页缓存来不及回收时最多到工作集',
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
      `建议对（工作集 − active_file）/ 限制告警：内核无法回收的内存超过限制的 ${threshold} 共 ${forDuration}，虽然没有 OOM kill，但这些都是值得告警的险情。`,
    quiet: (threshold: string) =>
      `在这个时间范围内没有任何比值达到 ${threshold}。建议对（工作集 − active_file）/ 限制告警：它反映内核无法回收的内存，不会因页缓存而误报。`,
    rssMissed: (missed: number) => `RSS / 限制漏掉了 ${missed} 次 OOM kill：tmpfs/shmem 和内核内存同样计入限制。`,
    otherRestarts: (n: number) => `有 ${n} 次重启不是 OOM kill。`,
    psiStalled: (duration: string) => `任务因等待内存停顿了 ${duration}（PSI）：内核当时在压力下回收内存。`,
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
    limitHint: 'memory.max、memory.limit_in_bytes 或 Pod 配置：字节数、256Mi 或 1Gi；max 表示没有限制；留空则取 hierarchical_memory_limit（v1）或视为没有限制。',
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
  },
} satisfies Messages;
