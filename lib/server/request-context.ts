import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/** What one API request did, for its log line: set by lib/server as the request runs. */
export interface RequestRecord {
  cluster?: string;
  /** Exchanges actually sent upstream for this request (cache hits and shared in-flight queries are not counted). */
  upstream: number;
  cacheHits: number;
  coalesced: number;
}

const KEY = Symbol.for('podmem.requestContext');
const globalStore = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestRecord> | undefined>;
// One store per process even when Next bundles this module into several route chunks.
const storage = (globalStore[KEY] ??= new AsyncLocalStorage<RequestRecord>());

export function runWithRecord<T>(record: RequestRecord, work: () => Promise<T>): Promise<T> {
  return storage.run(record, work);
}

/** The current request's record, or undefined outside a request (capability detection shared by many). */
export function currentRecord(): RequestRecord | undefined {
  return storage.getStore();
}
