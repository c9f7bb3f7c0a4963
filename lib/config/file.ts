import { readFileSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { z } from 'zod';
import { parseMatchers, type Matcher } from '@/lib/promql/selector';
import { DEFAULT_PROTECTION, KUBE_PROMETHEUS_CADVISOR, KUBE_PROMETHEUS_KSM, validUrl, type ClusterConfig, type ProtectionConfig } from './clusters';
import { UPSTREAM_KINDS } from './upstream';

/** A config file problem: names the file, the line and the key. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

const duration = z.string().transform((text, ctx) => {
  const m = DURATION.exec(text.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms > 0)) {
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(text)} is not a duration like 15s or 2m` });
    return z.NEVER;
  }
  return ms;
});

/** Kubernetes DNS label rules: the id appears in every URL. */
const clusterId = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'must be lowercase letters, digits and dashes (a Kubernetes name), at most 63 characters');
const httpUrl = z.string().refine((u) => {
  try {
    validUrl('url', u);
    return true;
  } catch {
    return false;
  }
}, 'must be an http:// or https:// URL');
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FORBIDDEN_HEADERS = new Set(['authorization', 'host', 'content-length', 'content-type', 'connection', 'transfer-encoding']);
const headerMap = z.record(
  z
    .string()
    .regex(HEADER_NAME, 'is not a valid HTTP header name')
    .refine((h) => !FORBIDDEN_HEADERS.has(h.toLowerCase()), 'is set by podmem itself (use bearerTokenFile or basicAuth for Authorization)'),
  z.string().regex(/^[\t\x20-\x7e]*$/, 'must be printable ASCII on one line'),
);
const RESERVED_PARAMS = new Set(['query', 'start', 'end', 'step', 'time', 'timeout', 'match[]']);
const paramMap = z.record(
  z
    .string()
    .min(1)
    .refine((k) => !RESERVED_PARAMS.has(k), 'is set by podmem for each query'),
  z.union([z.string(), z.boolean().transform(String), z.number().transform(String)]),
);
const filePath = z.string().min(1).startsWith('/', 'must be an absolute path');
const glob = z.string().regex(/^[a-z0-9*?-]{1,63}$/, 'must be a namespace name or a glob of lowercase letters, digits, dashes, * and ?');
const selector = z.string().transform((text, ctx) => {
  try {
    return parseMatchers(text);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `is not a list of PromQL label matchers: ${(err as Error).message}` });
    return z.NEVER;
  }
});

const prometheusSchema = z.strictObject({
  url: httpUrl,
  kind: z.enum(UPSTREAM_KINDS).default('prometheus'),
  timeout: duration.optional(),
  headers: headerMap.default({}),
  bearerTokenFile: filePath.optional(),
  basicAuth: z.strictObject({ username: z.string().min(1), passwordFile: filePath }).optional(),
  tls: z
    .strictObject({ caFile: filePath.optional(), certFile: filePath.optional(), keyFile: filePath.optional(), insecureSkipVerify: z.boolean().optional() })
    .refine((t) => !t.certFile === !t.keyFile, 'certFile and keyFile go together')
    .optional(),
  queryParams: paramMap.default({}),
});

const clusterSchema = z
  .strictObject({
    id: clusterId,
    name: z.string().min(1).max(100).optional(),
    prometheus: prometheusSchema,
    selectors: z.strictObject({ cadvisor: selector.optional(), kubeStateMetrics: selector.optional() }).optional(),
    namespaces: z.strictObject({ allow: z.array(glob).default([]), deny: z.array(glob).default([]) }).optional(),
  })
  .refine((c) => !(c.prometheus.bearerTokenFile && c.prometheus.basicAuth), {
    error: 'bearerTokenFile and basicAuth cannot both be set',
    path: ['prometheus'],
  });

const fileSchema = z.strictObject({
  clusters: z.array(clusterSchema).min(1, 'needs at least one cluster'),
  queryTimeout: duration.optional(),
  protection: z
    .strictObject({
      cacheSeconds: z.number().min(0).max(300).optional(),
      maxConcurrentPerCluster: z.number().int().min(1).max(1000).optional(),
      maxQueuePerCluster: z.number().int().min(0).max(100_000).optional(),
    })
    .optional(),
});

export interface FileConfig {
  readonly clusters: ClusterConfig[];
  readonly queryTimeoutMs?: number;
  readonly protection: ProtectionConfig;
}

/** Line (1-based) of the YAML node at `path`, or of the nearest ancestor that exists. */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[], unknownKey?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    if (!node?.range) continue;
    if (unknownKey !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((p: Pair) => (p.key as { value?: unknown } | null)?.value === unknownKey);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return counter.linePos(keyNode.range[0]).line;
    }
    return counter.linePos(node.range[0]).line;
  }
  return 1;
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(top level)';
}

/** Parses and validates a config file's text; every problem names the file, line and key. */
export function parseConfigText(text: string, fileName: string, defaultTimeoutMs: number): FileConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    const line = first ? counter.linePos(first.pos[0]).line : 1;
    throw new ConfigError(`${fileName}:${line}: not valid YAML: ${first?.message.split('\n')[0] ?? 'unknown error'}`);
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const path = unknown !== undefined ? [...issue.path, unknown] : issue.path;
      const line = lineOf(doc, counter, issue.path, unknown);
      // A record key's own problem sits one level down in zod's report.
      const inner = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
      const what = unknown !== undefined ? 'unknown key' : (inner ?? issue.message);
      return `${fileName}:${line}: ${keyPath(path)}: ${what}`;
    });
    throw new ConfigError(problems.join('\n'));
  }
  const cfg = parsed.data;
  const timeoutMs = cfg.queryTimeout ?? defaultTimeoutMs;
  const ids = new Set<string>();
  const clusters = cfg.clusters.map((c, i): ClusterConfig => {
    if (ids.has(c.id))
      throw new ConfigError(`${fileName}:${lineOf(doc, counter, ['clusters', i, 'id'])}: clusters[${i}].id: ${JSON.stringify(c.id)} appears twice`);
    ids.add(c.id);
    const p = c.prometheus;
    const cadvisorOverride: Matcher[] | undefined = c.selectors?.cadvisor;
    const ksmOverride: Matcher[] | undefined = c.selectors?.kubeStateMetrics;
    return {
      id: c.id,
      name: c.name ?? c.id,
      prometheusUrl: p.url,
      upstream: {
        url: p.url,
        kind: p.kind,
        timeoutMs: p.timeout ?? timeoutMs,
        headers: p.headers,
        queryParams: p.queryParams,
        ...(p.bearerTokenFile && { bearerTokenFile: p.bearerTokenFile }),
        ...(p.basicAuth && { basicAuth: p.basicAuth }),
        ...(p.tls && { tls: p.tls }),
      },
      namespaces: { allow: c.namespaces?.allow ?? [], deny: c.namespaces?.deny ?? [] },
      cadvisor: cadvisorOverride ?? KUBE_PROMETHEUS_CADVISOR,
      ksm: ksmOverride ?? KUBE_PROMETHEUS_KSM,
      ...(cadvisorOverride && { cadvisorOverride }),
      ...(ksmOverride && { ksmOverride }),
    };
  });
  return { clusters, ...(cfg.queryTimeout !== undefined && { queryTimeoutMs: cfg.queryTimeout }), protection: { ...DEFAULT_PROTECTION, ...cfg.protection } };
}

/** Reads the file at `path` (PODMEM_CONFIG). */
export function readConfigFile(path: string, defaultTimeoutMs: number): FileConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`PODMEM_CONFIG ${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseConfigText(text, path, defaultTimeoutMs);
}
