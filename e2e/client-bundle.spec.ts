import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The browser bundle of the build under test must not contain server code: PromQL builders, the YAML
 * writer, the Prometheus client, lib/server or configuration parsing. Each is recognised by a string
 * literal minification keeps; the test first finds every marker in the server build, so a marker that
 * no longer exists in the code fails here instead of passing silently.
 */
const MARKERS: ReadonlyArray<[what: string, marker: string]> = [
  ['the PromQL selector builder (lib/promql/selector.ts)', 'invalid label name: '],
  ['the PrometheusRule builder (lib/server/alert-rule.ts)', 'monitoring.coreos.com/v1'],
  ['the yaml package', 'tag:yaml.org,2002:'],
  ['the Prometheus client (lib/prometheus/client.ts)', 'Prometheus is unreachable'],
  ['the API error mapping (lib/server/respond.ts)', 'internal error; the server log has details'],
  ['cluster configuration (lib/config/clusters.ts)', 'must look like id=http://host:9090'],
];

const DIST = process.env.E2E_DIST_DIR ?? '.next-e2e';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

function filesContaining(files: readonly string[], marker: string): string[] {
  return files.filter((f) => readFileSync(f, 'utf8').includes(marker));
}

test('no server-only code reaches the browser bundle', () => {
  const server = jsFiles(join(DIST, 'server'));
  const client = jsFiles(join(DIST, 'static'));
  expect(client.length, 'client chunks found').toBeGreaterThan(0);
  for (const [what, marker] of MARKERS) {
    expect(filesContaining(server, marker).length, `${what}: marker ${JSON.stringify(marker)} is in the server build`).toBeGreaterThan(0);
    expect(filesContaining(client, marker), `${what} is in the browser bundle`).toEqual([]);
  }
});

test('each language is its own chunk: a page downloads only the catalogue it shows', () => {
  const client = jsFiles(join(DIST, 'static'));
  const english = filesContaining(client, 'Switch language to ');
  const chinese = filesContaining(client, '切换语言为');
  expect(english, 'the English catalogue is in the browser bundle').toHaveLength(1);
  expect(chinese, 'the Chinese catalogue is in the browser bundle').toHaveLength(1);
  expect(english[0]).not.toBe(chinese[0]);
});
