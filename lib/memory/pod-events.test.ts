import { describe, expect, it } from 'vitest';
import { counterIncrease, derivePodEvents } from './pod-events';

describe('counterIncrease', () => {
  it.each([
    [[null, null], null],
    [[3, 3, 3], 0],
    [[0, 1, null, 3], 3],
    [[5, 7, 2, 4], 6], // reset at 2 counts as a fresh start: 2 + (7-5) + (4-2)
  ])('%j → %j', (values, want) => expect(counterIncrease(values)).toBe(want));
});

describe('derivePodEvents', () => {
  const ts = [0, 15, 30, 45, 60];
  const none = [null, null, null, null, null];
  it('an OOMKilled restart is an OOM kill at the kube-state-metrics termination time', () => {
    expect(
      derivePodEvents(ts, [
        { container: 'api', restarts: [0, 0, 1, 1, 1], lastOomKilled: [null, null, 1, 1, 1], lastTerminatedAt: [null, null, 22, 22, 22], oomEvents: none },
      ]),
    ).toEqual([{ t: 22, container: 'api', kind: 'oom-kill', count: 1 }]);
  });
  it('a restart with another reason (or an old KSM 0 row) is a plain restart at the grid point', () => {
    expect(
      derivePodEvents(ts, [{ container: 'w', restarts: [1, 1, 1, 3, 3], lastOomKilled: [0, 0, 0, 0, 0], lastTerminatedAt: none, oomEvents: none }]),
    ).toEqual([{ t: 45, container: 'w', kind: 'restart', count: 2 }]);
  });
  it('an increase of container_oom_events_total is a process OOM inside a living container; gaps do not invent events', () => {
    expect(derivePodEvents(ts, [{ container: 'w', restarts: none, lastOomKilled: none, lastTerminatedAt: none, oomEvents: [0, null, 0, 1, 1] }])).toEqual([
      { t: 45, container: 'w', kind: 'oom-event', count: 1 },
    ]);
  });
});
