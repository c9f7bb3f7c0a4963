import { describe, expect, it } from 'vitest';
import { analyzeKill, analyzeKills, type OomInput } from './oom';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** orders-api's shape: RSS 160 → 500 MiB over 24 minutes (one sample a minute), kill at minute 24, limit 512 MiB. */
function orders(p: Partial<OomInput> = {}): OomInput {
  const timestamps = Array.from({ length: 25 }, (_, m) => m * 60);
  const rss = timestamps.map((_, m) => (160 + (340 * m) / 24) * MiB);
  return {
    container: 'api',
    at: 24 * 60,
    limitBytes: 512 * MiB,
    oomKilled: true,
    evicted: false,
    layers: {
      timestamps,
      rss,
      activeFile: timestamps.map(() => 6 * MiB),
      inactiveFile: timestamps.map(() => 2 * MiB),
      other: timestamps.map(() => 4 * MiB),
      workingSet: rss.map((r) => r + 10 * MiB),
    },
    node: { totalBytes: timestamps.map(() => 16 * GiB), availableBytes: timestamps.map(() => 9 * GiB) },
    restarts: 1,
    oomEvents: 0,
    ...p,
  };
}

describe('analyzeKill', () => {
  it('a heap that meets the limit: cgroup-limit, RSS grew 14.17 MiB/min over the 10 minutes before', () => {
    const k = analyzeKill(orders());
    expect(k.kind).toBe('cgroup-limit');
    expect(k.before).toEqual({ workingSet: 510 * MiB, rss: 500 * MiB, activeFile: 6 * MiB, inactiveFile: 2 * MiB, other: 4 * MiB });
    expect(k.unreclaimableBytes).toBe(504 * MiB);
    expect(k.grew).toBe('rss');
    expect(k.windowSeconds).toBe(600);
    // RSS at minute 14 = 160 + 340·14/24 = 358.33 MiB; (500 − 358.33) / 10 = 14.1667 MiB/min.
    expect((k.rateBytesPerMinute ?? 0) / MiB).toBeCloseTo(340 / 24, 9);
  });

  it('tmpfs larger than RSS at the limit: shmem', () => {
    const t = [0, 60];
    const k = analyzeKill(
      orders({
        at: 60,
        limitBytes: 420 * MiB,
        layers: {
          timestamps: t,
          rss: [100 * MiB, 100 * MiB],
          activeFile: [10 * MiB, 10 * MiB],
          inactiveFile: [0, 0],
          other: [200 * MiB, 300 * MiB],
          workingSet: [310 * MiB, 410 * MiB],
        },
        node: null,
      }),
    );
    // 410 − 10 = 400 MiB = 95 % of 420; other 300 > rss 100; other grew 100 MiB in one minute.
    expect(k.kind).toBe('shmem');
    expect(k.grew).toBe('other');
    expect(k.rateBytesPerMinute).toBe(100 * MiB);
  });

  it('below its limit on a node with 100 MiB of 16 GiB available: node-pressure', () => {
    const base = orders();
    const k = analyzeKill(
      orders({
        limitBytes: 2 * GiB,
        node: { totalBytes: base.layers.timestamps.map(() => 16 * GiB), availableBytes: base.layers.timestamps.map(() => 100 * MiB) },
      }),
    );
    expect(k.kind).toBe('node-pressure');
    expect(k.nodeAvailableShare).toBeCloseTo(100 / 16384, 12);
  });

  it('evicted by the kubelet: evicted, whatever the memory says', () => {
    expect(analyzeKill(orders({ evicted: true })).kind).toBe('evicted');
  });

  it('exit 137 without OOMKilled, or OOMKilled far below the limit on a healthy node: unknown', () => {
    expect(analyzeKill(orders({ oomKilled: false })).kind).toBe('unknown');
    expect(analyzeKill(orders({ limitBytes: 2 * GiB })).kind).toBe('unknown');
  });

  it('no sample within 2 minutes before the kill: unknown, layers null', () => {
    const k = analyzeKill(orders({ at: 24 * 60 + 300 }));
    expect(k.kind).toBe('unknown');
    expect(k.before.workingSet).toBeNull();
    expect(k.grew).toBeNull();
  });
});

describe('analyzeKills', () => {
  it('never measures growth across the previous kill', () => {
    const first = orders({ at: 10 * 60 });
    const second = orders();
    const [a, b] = analyzeKills([second, first]);
    expect(a?.at).toBe(600);
    // The second window starts after the kill at 600 s: from 660 s to 1440 s = 780 s, but capped at 600 s.
    expect(b?.windowSeconds).toBe(600);
    const close = analyzeKills([orders({ at: 20 * 60 }), second]);
    expect(close[1]?.windowSeconds).toBe(4 * 60 - 60);
  });
});
