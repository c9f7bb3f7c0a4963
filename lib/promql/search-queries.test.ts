import { describe, expect, it } from 'vitest';
import { buildNamespaceSearchMatch, buildPodSearchMatch } from './search-queries';
import { eq } from './selector';

describe('search selectors', () => {
  const cadvisor = [eq('job', 'kubelet')];

  it('namespace label values: working-set series whose namespace contains the text', () => {
    expect(buildNamespaceSearchMatch('pro.d', cadvisor)).toBe('container_memory_working_set_bytes{namespace=~".*pro\\\\.d.*", job="kubelet"}');
  });

  it('pod series: app containers only, optionally within matching namespaces', () => {
    expect(buildPodSearchMatch('web', null, cadvisor)).toBe(
      'container_memory_working_set_bytes{pod=~".*web.*", container!="", container!="POD", image!="", job="kubelet"}',
    );
    expect(buildPodSearchMatch('', 'demo', [])).toBe(
      'container_memory_working_set_bytes{namespace=~".*demo.*", pod=~".*.*", container!="", container!="POD", image!=""}',
    );
  });
});
