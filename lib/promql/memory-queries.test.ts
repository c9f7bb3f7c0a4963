import { describe, expect, it } from 'vitest';
import { appContainerMatchers } from './memory-queries';
import { buildPodMemoryWithCgroupQuery } from './pod-memory-queries';
import { anyOfNames, buildSelector } from './selector';

describe('appContainerMatchers', () => {
  it('drops the pod cgroup (image="") and both kinds of sandbox (POD, "")', () => {
    expect(buildSelector(null, appContainerMatchers({ namespace: 'demo', pod: 'ta-1' }))).toBe(
      '{namespace="demo", pod="ta-1", container!="", container!="POD", image!=""}',
    );
  });
});

describe('anyOfNames', () => {
  it('regex-escapes each exact name', () => {
    expect(buildSelector(null, [anyOfNames(['a_total', 'b.c'])])).toBe('{__name__=~"a_total|b\\\\.c"}');
  });
});

describe('hostile namespace and pod values never escape their string', () => {
  it.each([
    ['a"} or vector(1)', 'namespace="a\\"} or vector(1)"'],
    ['b\\\n', 'namespace="b\\\\\\n"'],
  ])('%j', (value, rendered) => {
    const q = buildPodMemoryWithCgroupQuery({ namespace: value, pod: 'p' }, []);
    expect(q).toContain(rendered);
    // Exactly one selector body: the hostile value did not close it early.
    expect(q.match(/\{/g)).toHaveLength(1);
  });
});
