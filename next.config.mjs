/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The e2e run builds into its own folder so a developer's `next dev` is left alone.
  distDir: process.env.PODMEM_DIST_DIR || '.next',
};

export default nextConfig;
