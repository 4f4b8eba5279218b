/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build folder (NEXT_DIST_DIR=.next-other) lets two builds share a checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Native and driver packages stay as Node modules rather than being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "mdx-bundler",
    "esbuild",
    "shiki",
    "rehype-pretty-code",
  ],
  typedRoutes: false,
};

export default nextConfig;
