/** Drives the recording / fault proxies scripts/e2e.ts puts in front of the engine (scripts/lib/control-proxy.ts). */
export interface RecordedRequest {
  method: string;
  path: string;
  queries: string[];
  headers: Record<string, string | string[] | undefined>;
}

function proxyUrl(name: ProxyEnv): string {
  const url = process.env[name];
  if (!url) throw new Error(`${name} is not set: run the suite with \`npm run test:e2e\``);
  return url;
}

type ProxyEnv = 'E2E_WATCH_PROXY' | 'E2E_FLAKY_PROXY' | 'E2E_RESTRICTED_PROXY';

export const watched = proxyControl('E2E_WATCH_PROXY');
/** In front of the `restricted` cluster only (namespace globs that deny `demo`). */
export const restricted = proxyControl('E2E_RESTRICTED_PROXY');
export const flaky = proxyControl('E2E_FLAKY_PROXY');

function proxyControl(name: ProxyEnv) {
  return {
    async reset(): Promise<void> {
      await fetch(`${proxyUrl(name)}/__proxy/reset`, { method: 'POST' });
    },
    async log(): Promise<RecordedRequest[]> {
      return (await (await fetch(`${proxyUrl(name)}/__proxy/log`)).json()) as RecordedRequest[];
    },
    async mode(m: string): Promise<void> {
      const res = await fetch(`${proxyUrl(name)}/__proxy/mode?m=${m}`, { method: 'POST' });
      if (res.status !== 204) throw new Error(`proxy mode ${m}: HTTP ${res.status}`);
    },
  };
}
