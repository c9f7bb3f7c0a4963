import { execFileSync, spawnSync } from 'node:child_process';

export interface RequiredCommand {
  command: string;
  debianPackage: string;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

let aptUpdated = false;

/**
 * Makes sure each command exists. On Debian/Ubuntu as root, installs the missing packages with
 * apt-get; elsewhere stops with a message naming what to install.
 */
export function ensureCommands(required: readonly RequiredCommand[]): void {
  const missing = required.filter((r) => !onPath(r.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((m) => m.debianPackage))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`podmem: installing ${packages.join(', ')} with apt-get (missing: ${missing.map((m) => m.command).join(', ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!aptUpdated) {
      execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
      aptUpdated = true;
    }
    execFileSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
    const still = missing.filter((m) => !onPath(m.command));
    if (still.length === 0) return;
    throw new Error(`podmem: ${still.map((m) => m.command).join(', ')} still missing after apt-get install ${packages.join(' ')}`);
  }
  throw new Error(
    `podmem needs ${missing.map((m) => m.command).join(', ')}. Install ${packages.join(' ')} ` +
      `(Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}; elsewhere: your package manager or prometheus.io/download), then run this again.`,
  );
}

/** Finds a free TCP port on 127.0.0.1 by binding port 0. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Listens on 127.0.0.1:`port`; `stop` drops open connections and closes the server. */
export async function listenOnLoopback(server: import('node:http').Server, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
