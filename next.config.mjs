/** Sent with every answer, pages and API alike (the page CSP, which needs a nonce, is set in proxy.ts). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Links carry pod and namespace names: other sites get at most the origin, and nothing over http.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server (node server.js) for the container image: see Dockerfile and docs/deploy.md.
  output: 'standalone',
  // The e2e run builds into its own folder so a developer's `next dev` is left alone.
  distDir: process.env.PODMEM_DIST_DIR || '.next',
  // `npm test` type-checks the whole tree (npm run typecheck) before its e2e build, which then skips
  // Next's second pass over the same files. Every other build (demo, bench, Dockerfile) checks types.
  typescript: { ignoreBuildErrors: process.env.PODMEM_TYPES_CHECKED === '1' },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
