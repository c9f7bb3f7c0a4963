/**
 * The seed's experiment (docs/memory-model.md §1), cgroup v1 memory.stat bytes, and where the demo
 * replays it. Domain data: the learn page, the demo generator and the tests all read it from here.
 */
export const SEED_PHASES = {
  A: { cache: 1294336, rss: 26894336, inactiveFile: 1073152, activeFile: 221184 },
  B: { cache: 106242048, rss: 26947584, inactiveFile: 105963520, activeFile: 278528 },
  C: { cache: 106246144, rss: 29638656, inactiveFile: 1105920, activeFile: 105140224 },
} as const;

export const DEMO_CLUSTER = 'demo';
export const DEMO_NAMESPACE = 'demo';
/** The demo pod that replays the seed: phase A for the first 20 minutes of the demo hour, B next, C last. */
export const SEED_POD_NAME = 'ta-7b6f5d56fb-94svm';
