/**
 * Every string of the namespace browser (the pod list and the namespace picker), in English (the
 * source of the shape) and Simplified Chinese. Templates take already formatted values.
 */
export const browse = {
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

export type BrowseMessages = typeof browse;
