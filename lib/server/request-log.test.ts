import { afterEach, describe, expect, it, vi } from 'vitest';
import { logRequest } from './request-log';

const entry = {
  method: 'GET',
  route: '/api/v1/clusters/[cluster]',
  status: 504,
  durationMs: 12.34,
  record: { upstream: 2, cacheHits: 1, coalesced: 0, cluster: 'prod' },
};

describe('logRequest', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('writes one JSON line per request, level error for a 5xx, duration to 0.1 ms', () => {
    vi.stubEnv('PODMEM_REQUEST_LOG', 'on');
    const write = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    logRequest(entry);
    expect(write).toHaveBeenCalledTimes(1);
    const line = String(write.mock.calls[0]?.[0]);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      msg: 'request',
      route: '/api/v1/clusters/[cluster]',
      status: 504,
      durationMs: 12.3,
      cluster: 'prod',
      upstream: 2,
      cacheHits: 1,
    });
  });

  it('PODMEM_REQUEST_LOG=off writes nothing', () => {
    vi.stubEnv('PODMEM_REQUEST_LOG', 'off');
    const write = vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    logRequest(entry);
    expect(write).not.toHaveBeenCalled();
  });
});
