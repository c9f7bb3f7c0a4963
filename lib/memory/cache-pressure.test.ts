import { describe, expect, it } from 'vitest';
import { cachePressure } from './cache-pressure';

const base = { fullStalledSeconds: null, someStalledSeconds: null, majorFaults: null, rangeSeconds: 3600, workingSetOfLimit: 0.95 };

describe('cachePressure', () => {
  it('PSI: 300 s of 3600 stalled (8.3 %) is thrashing, 36 s (1 %) pressure, 1 s (0.03 %) idle', () => {
    expect(cachePressure({ ...base, someStalledSeconds: 300 })).toEqual({
      state: 'thrashing',
      source: 'psi',
      stalledShare: 300 / 3600,
      majorFaultsPerSecond: null,
    });
    expect(cachePressure({ ...base, someStalledSeconds: 36 }).state).toBe('pressure');
    expect(cachePressure({ ...base, someStalledSeconds: 1 }).state).toBe('idle');
  });
  it('falls back to PSI full when some is not exported', () => {
    expect(cachePressure({ ...base, fullStalledSeconds: 180 }).stalledShare).toBeCloseTo(0.05, 12);
  });
  it('major faults: 100/s near the limit is thrashing, far from it only pressure, under 1/s idle', () => {
    expect(cachePressure({ ...base, majorFaults: 360_000 })).toEqual({
      state: 'thrashing',
      source: 'major-faults',
      stalledShare: null,
      majorFaultsPerSecond: 100,
    });
    expect(cachePressure({ ...base, majorFaults: 360_000, workingSetOfLimit: 0.5 }).state).toBe('pressure');
    expect(cachePressure({ ...base, majorFaults: 0 }).state).toBe('idle');
  });
  it('says unknown without either signal', () => {
    expect(cachePressure(base)).toEqual({ state: 'unknown', source: null, stalledShare: null, majorFaultsPerSecond: null });
  });
});
