/**
 * What a Prometheus answers to podmem's capability detection, for route tests that stub `fetch`:
 * the namespaces label-values GET, and the detection query (presence and non-zero halves, tagged with
 * `podmem_part` as `label_replace` would) or either half alone. Rows are `[labels, count]`.
 */
type Rows = ReadonlyArray<readonly [Record<string, string>, number]>;

export interface DetectionData {
  namespaces: readonly string[];
  presence: Rows;
  nonZero?: Rows;
}

const vector = (rows: Rows) =>
  JSON.stringify({ status: 'success', data: { resultType: 'vector', result: rows.map(([metric, v]) => ({ metric, value: [1000, String(v)] })) } });

const tagged = (rows: Rows, part: string): Rows => rows.map(([labels, v]) => [{ ...labels, podmem_part: part }, v] as const);

/** The stub's answer when `url`/`body` is a detection request, else null (the test answers it). */
export function detectionAnswer(url: string, body: unknown, data: DetectionData): Response | null {
  const u = new URL(url);
  if (u.pathname.endsWith('/api/v1/label/namespace/values')) return new Response(JSON.stringify({ status: 'success', data: data.namespaces }));
  const query = new URLSearchParams(typeof body === 'string' ? body : '').get('query') ?? '';
  const nonZero = data.nonZero ?? [];
  if (query.startsWith('label_replace(count by')) return new Response(vector([...tagged(data.presence, 'presence'), ...tagged(nonZero, 'nonzero')]));
  if (query.startsWith('count by')) return new Response(vector(query.includes('> 0') ? nonZero : data.presence));
  return null;
}

/** True when `body` carries a detection query (tests that count the view's own queries leave these out). */
export function isDetectionQuery(body: unknown): boolean {
  const query = new URLSearchParams(typeof body === 'string' ? body : '').get('query') ?? '';
  return query.startsWith('label_replace(count by') || query.startsWith('count by');
}
