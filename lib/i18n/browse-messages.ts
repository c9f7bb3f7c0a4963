/**
 * Every string of the namespace browser (the pod list and the namespace picker), in English (the
 * source of the shape) and Simplified Chinese. Templates take already formatted values.
 */
import type { Locale } from './locales';

const en = {
  breadcrumb: 'Breadcrumb',
  title: (namespace: string) => `Namespace ${namespace}`,
  subtitle: 'Pods by how close their container’s working set is to its memory limit, the closest first.',
  atInstant: (time: string) => `At ${time} (pinned instant).`,
  live: 'Live: refreshed every 30 s.',
  podCount: (shown: number, total: number) => (shown === total ? `${total} pod${total === 1 ? '' : 's'}` : `${shown} of ${total} pods`),
  filterLabel: 'Filter pods by name',
  filterPlaceholder: 'part of a pod name',
  sortLabel: 'Sort by',
  sorts: { limit: '% of limit (worst first)', wss: 'Working set (largest first)', name: 'Name' },
  listLabel: (namespace: string) => `Pods in ${namespace}`,
  workingSet: 'Working set',
  notRunning: 'no container running',
  ofLimit: (percent: string) => `${percent} of limit`,
  ofLimitIn: (percent: string, container: string) => `${percent} of limit (${container})`,
  noLimit: 'no limit',
  layers: (rss: string, active: string) => `RSS ${rss} · active cache ${active}`,
  restarts: (n: number) => `${n} restart${n === 1 ? '' : 's'}`,
  oomKilled: 'OOMKilled',
  oomKilledTitle: 'The last termination of a container was an OOM kill',
  loading: (namespace: string) => `Loading the pods of ${namespace}…`,
  loadError: (message: string) => `Could not load the pods: ${message}`,
  retry: 'Retry',
  staleError: (message: string) => `The last refresh failed (${message}); showing the previous list.`,
  empty: (namespace: string) => `No pod of namespace ${namespace} has memory series at this instant.`,
  noMatch: (query: string) => `No pod name contains “${query}”.`,
  clearFilter: 'Clear the filter',
  warning: (w: string) => `Note: ${w}`,
  picker: {
    heading: 'Namespaces',
    intro: 'Open a namespace to see its pods, the one closest to its memory limit first.',
    loading: 'Loading namespaces…',
    error: (message: string) => `Could not list the namespaces: ${message}`,
    empty: 'No namespace has cAdvisor working-set series in the last day.',
    retry: 'Retry',
  },
};

export type BrowseMessages = typeof en;

const zh: BrowseMessages = {
  breadcrumb: '导航路径',
  title: (namespace) => `命名空间 ${namespace}`,
  subtitle: '按容器的工作集离内存限制有多近排列 Pod，最近的在前。',
  atInstant: (time) => `时间点 ${time}（已固定）。`,
  live: '实时：每 30 秒刷新。',
  podCount: (shown, total) => (shown === total ? `${total} 个 Pod` : `${total} 个 Pod 中的 ${shown} 个`),
  filterLabel: '按名称筛选 Pod',
  filterPlaceholder: 'Pod 名称的一部分',
  sortLabel: '排序',
  sorts: { limit: '限制占比（最高在前）', wss: '工作集（最大在前）', name: '名称' },
  listLabel: (namespace) => `${namespace} 中的 Pod`,
  workingSet: '工作集',
  notRunning: '没有运行中的容器',
  ofLimit: (percent) => `占限制的 ${percent}`,
  ofLimitIn: (percent, container) => `占限制的 ${percent}（${container}）`,
  noLimit: '无限制',
  layers: (rss, active) => `RSS ${rss} · 活跃页缓存 ${active}`,
  restarts: (n) => `重启 ${n} 次`,
  oomKilled: 'OOMKilled',
  oomKilledTitle: '某个容器上次终止的原因是 OOM kill',
  loading: (namespace) => `正在加载 ${namespace} 的 Pod…`,
  loadError: (message) => `无法加载 Pod：${message}`,
  retry: '重试',
  staleError: (message) => `上次刷新失败（${message}），显示的是之前的列表。`,
  empty: (namespace) => `此时间点命名空间 ${namespace} 中没有带内存序列的 Pod。`,
  noMatch: (query) => `没有名称包含“${query}”的 Pod。`,
  clearFilter: '清除筛选',
  warning: (w) => `注意：${w}`,
  picker: {
    heading: '命名空间',
    intro: '打开一个命名空间查看其中的 Pod，离内存限制最近的排在最前。',
    loading: '正在加载命名空间…',
    error: (message) => `无法列出命名空间：${message}`,
    empty: '最近一天没有命名空间带有 cAdvisor 工作集序列。',
    retry: '重试',
  },
};

/** The browse catalogue per locale. */
export const browseMessages: Record<Locale, BrowseMessages> = { en, zh };
