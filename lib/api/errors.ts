/** The closed set of API error codes and the HTTP status each maps to. */
export const ERROR_STATUS = {
  bad_request: 400,
  not_found: 404,
  payload_too_large: 413,
  upstream_error: 502,
  upstream_unavailable: 502,
  upstream_timeout: 504,
  /** The data source refused podmem's credentials (401/403). */
  upstream_unauthorized: 502,
  /** podmem's own queue for the data source is full: try again shortly. */
  upstream_overloaded: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Marks ApiError instances across module copies (Next may bundle this module once per chunk). */
const API_ERROR = Symbol.for('podmem.ApiError');

/**
 * An error whose message is safe to show to the user and whose code picks the HTTP status.
 * `instanceof` checks the brand, not the class identity: an error thrown by code from another chunk
 * (the capability warm-up started in instrumentation.ts) is still an ApiError to the route that reports it.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly [API_ERROR] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [API_ERROR]?: unknown })[API_ERROR] === true;
  }

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}
