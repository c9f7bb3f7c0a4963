import { createServer } from 'node:net';

/** The lab's port range: everything it starts listens on 127.0.0.1 inside it. */
export const LAB_PORTS = { from: 19500, to: 19599 } as const;

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** The first port at or after `from` (within the lab range) that is free now and not in `taken`. */
export async function pickPort(from: number = LAB_PORTS.from, taken: ReadonlySet<number> = new Set()): Promise<number> {
  for (let port = Math.max(from, LAB_PORTS.from); port <= LAB_PORTS.to; port++) {
    if (!taken.has(port) && (await canBind(port))) return port;
  }
  throw new Error(`no free port in ${from}–${LAB_PORTS.to} on 127.0.0.1`);
}
