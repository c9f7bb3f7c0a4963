import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopChild } from './prometheus-server';
import { ensureCommands } from './system';

export interface TlsGateway {
  /** Bearer token + X-Scope-OrgID required, like a Mimir/Cortex gateway. */
  tokenUrl: string;
  /** HTTP basic auth required. */
  basicUrl: string;
  /** A client certificate signed by the test CA required (mutual TLS). */
  mtlsUrl: string;
  caFile: string;
  clientCertFile: string;
  clientKeyFile: string;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  workDir: string;
  target: string;
  ports: { token: number; basic: number; mtls: number };
  token: string;
  tenant: string;
  basicUser: string;
  basicPassword: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A throwaway CA, a server certificate for 127.0.0.1/localhost and a client certificate, all made with openssl. */
function makeCertificates(dir: string): void {
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=podmem test CA', '-keyout', 'ca.key', '-out', 'ca.crt'], dir);
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr'], dir);
  openssl(
    ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'server.ext', '-out', 'server.crt'],
    dir,
  );
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=podmem', '-keyout', 'client.key', '-out', 'client.csr'], dir);
  openssl(
    ['x509', '-req', '-in', 'client.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'client.ext', '-out', 'client.crt'],
    dir,
  );
}

/**
 * A real nginx terminating TLS with a self-signed CA in front of the real engine, on three ports that
 * each demand a different credential and answer 401 (or refuse the handshake) without it.
 */
export async function startTlsGateway(o: GatewayOptions): Promise<TlsGateway> {
  ensureCommands([
    { command: 'nginx', debianPackage: 'nginx' },
    { command: 'openssl', debianPackage: 'openssl' },
  ]);
  const dir = o.workDir;
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  makeCertificates(dir);
  const htpasswd = execFileSync('openssl', ['passwd', '-apr1', o.basicPassword]).toString().trim();
  writeFileSync(join(dir, 'htpasswd'), `${o.basicUser}:${htpasswd}\n`);
  const target = new URL(o.target);
  const common = `
    ssl_certificate ${dir}/server.crt;
    ssl_certificate_key ${dir}/server.key;
    location / {
      proxy_pass http://engine${target.pathname.replace(/\/$/, '')};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Authorization "";
      proxy_max_temp_file_size 0;
      proxy_read_timeout 60s;
    }`;
  const conf = `
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  client_body_buffer_size 1m;
  upstream engine { server ${target.host}; keepalive 16; }
  map $http_authorization $token_ok { "Bearer ${o.token}" 1; default 0; }
  map $http_x_scope_orgid $tenant_ok { "${o.tenant}" 1; default 0; }
  server {
    listen 127.0.0.1:${o.ports.token} ssl;
    set $denied "";
    if ($token_ok = 0) { set $denied "no valid bearer token"; }
    if ($tenant_ok = 0) { set $denied "no org id"; }
    if ($denied != "") { return 401 "$denied\\n"; }
    ${common}
  }
  server {
    listen 127.0.0.1:${o.ports.basic} ssl;
    auth_basic "podmem test";
    auth_basic_user_file ${dir}/htpasswd;
    ${common}
  }
  server {
    listen 127.0.0.1:${o.ports.mtls} ssl;
    ssl_client_certificate ${dir}/ca.crt;
    ssl_verify_client on;
    ${common}
  }
}
`;
  const confFile = join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const out = openSync(join(dir, 'nginx.out'), 'a');
  const child = spawn('nginx', ['-p', dir, '-c', confFile, '-e', join(dir, 'error.log')], { stdio: ['ignore', out, out] });
  const tokenUrl = `https://127.0.0.1:${o.ports.token}`;
  // Ready when the TLS port answers (401 without credentials is the expected answer).
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}; see ${dir}/error.log`);
    try {
      execFileSync('openssl', ['s_client', '-connect', `127.0.0.1:${o.ports.token}`, '-CAfile', `${dir}/ca.crt`, '-brief'], {
        input: '',
        stdio: ['pipe', 'ignore', 'ignore'],
        timeout: 3000,
      });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen on ${o.ports.token} within 20 s; see ${dir}/error.log`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    tokenUrl,
    basicUrl: `https://127.0.0.1:${o.ports.basic}`,
    mtlsUrl: `https://127.0.0.1:${o.ports.mtls}`,
    caFile: join(dir, 'ca.crt'),
    clientCertFile: join(dir, 'client.crt'),
    clientKeyFile: join(dir, 'client.key'),
    stop: () => stopChild(child),
  };
}
