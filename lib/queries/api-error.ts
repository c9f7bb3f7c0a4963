// Its own module, free of zod: the root layout's providers test `instanceof` on every page, and the
// schemas load only with the pages that fetch.

/** An API answer that was not 2xx, carrying the server's code and message for the page to show. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
  }
}
