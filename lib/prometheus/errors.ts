/**
 * What went wrong talking to Prometheus, in the client's own terms; lib/server/respond.ts maps each kind
 * to an API error code (timeout → upstream_timeout, unreachable → upstream_unavailable, …).
 */
export type PrometheusErrorKind =
  /** No answer within the timeout, or HTTP 503/504, or errorType "timeout". */
  | 'timeout'
  /** Connection refused, DNS failure, TLS error. */
  | 'unreachable'
  /** An answer podmem cannot use: non-JSON, wrong shape, an error envelope. */
  | 'bad-answer'
  /** Prometheus refused the query as too large (too many samples or points): the caller should ask for less. */
  | 'query-too-large';

/** An error from the Prometheus client; its message is safe to show (no URL credentials, no headers). */
export class PrometheusError extends Error {
  readonly kind: PrometheusErrorKind;

  constructor(kind: PrometheusErrorKind, message: string) {
    super(message);
    this.name = 'PrometheusError';
    this.kind = kind;
  }
}
