/**
 * How podmem's tests and bench start Debian's Chromium (/usr/bin/chromium) through Playwright: no
 * sandbox (CI runs as root), no GPU, and nothing that reaches the network on its own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
