/** The engines podmem speaks to; all answer the Prometheus HTTP API. */
export const UPSTREAM_KINDS = ['prometheus', 'thanos', 'mimir', 'victoriametrics'] as const;
export type UpstreamKind = (typeof UPSTREAM_KINDS)[number];

/**
 * How to reach one data source. Secrets are file paths, never values: the files are read at each use,
 * so a rotated token works without a restart and the configuration itself holds nothing secret.
 */
export interface UpstreamConfig {
  readonly url: string;
  readonly kind: UpstreamKind;
  readonly timeoutMs: number;
  /** Sent with every request, e.g. `X-Scope-OrgID` for a Mimir/Cortex tenant. */
  readonly headers: Readonly<Record<string, string>>;
  /** Added to every query, e.g. Thanos' `partial_response` and `dedup`. */
  readonly queryParams: Readonly<Record<string, string>>;
  readonly bearerTokenFile?: string;
  readonly basicAuth?: { readonly username: string; readonly passwordFile: string };
  readonly tls?: TlsFiles;
}

export interface TlsFiles {
  readonly caFile?: string;
  readonly certFile?: string;
  readonly keyFile?: string;
  readonly insecureSkipVerify?: boolean;
}

/** Namespace globs (`*` any run of characters, `?` one): empty allow = every namespace; deny wins. */
export interface NamespaceAccess {
  readonly allow: readonly string[];
  readonly deny: readonly string[];
}
