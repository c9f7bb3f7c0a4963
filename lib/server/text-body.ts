import 'server-only';
import { ApiError } from '@/lib/api/errors';

/**
 * Reads a request body as UTF-8 text, refusing more than `maxBytes` with a 413: first by the declared
 * content-length, then by the bytes actually read (a client can lie or stream without a length).
 */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new ApiError('payload_too_large', `the body is larger than ${maxBytes / 1024} KiB; memory.stat is about 1 KiB`);
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('bad_request', 'the body is not UTF-8 text');
  }
}
