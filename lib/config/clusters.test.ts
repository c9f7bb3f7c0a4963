import { describe, expect, it } from 'vitest';
import { eq } from '@/lib/promql/selector';
import { KUBE_PROMETHEUS_CADVISOR, loadConfig } from './clusters';

describe('loadConfig selectors', () => {
  it('leaves overrides unset when the environment does not set them, so detection runs', () => {
    const c = loadConfig({ PROMETHEUS_URL: 'http://p:9090' }).clusters[0];
    expect(c?.cadvisor).toEqual(KUBE_PROMETHEUS_CADVISOR);
    expect(c?.cadvisorOverride).toBeUndefined();
    expect(c?.ksmOverride).toBeUndefined();
  });
  it('marks configured selectors as overrides', () => {
    const c = loadConfig({ PODMEM_CLUSTERS: 'a=http://p:9090', PODMEM_CADVISOR_SELECTOR: 'job="cadvisor"', PODMEM_KSM_SELECTOR: '{job="ksm"}' }).clusters[0];
    expect(c?.cadvisorOverride).toEqual([eq('job', 'cadvisor')]);
    expect(c?.cadvisor).toEqual([eq('job', 'cadvisor')]);
    expect(c?.ksmOverride).toEqual([eq('job', 'ksm')]);
  });
});
