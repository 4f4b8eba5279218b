import { parseAllowedOrigins, securityHeaderRules } from "./lib/security/headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build folder (NEXT_DIST_DIR=.next-other) lets two builds share a checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // A self-contained server (<distDir>/standalone/server.js) for the Docker image; see docs/deploy.md.
  output: "standalone",
  // What the server reads from disk at runtime goes into the standalone output: content, committed
  // migrations, each Prisma client's schema.prisma marker and query-compiler wasm, and what a note
  // needs to recompile. scripts/check-standalone.mjs proves the result serves from a clean folder.
  outputFileTracingIncludes: {
    "/*": [
      "./content/**/*.{json,yaml,yml,mdx}",
      "./prisma/migrations/*/*/migration.sql",
      "./lib/db/generated/*/schema.prisma",
      "./lib/db/generated/*/query_compiler_bg.wasm",
      // A note page recompiles when it is revalidated (mdx-bundler, rehype-pretty-code, shiki). The
      // tracer misses these packages' .cjs files and shiki's dynamically imported grammars and themes.
      "./node_modules/{shiki,@shikijs,mdx-bundler,@fal-works/esbuild-plugin-global-externals,acorn,astring}/**/*.{js,mjs,cjs,json,wasm}",
      "./node_modules/{hast-util-to-html,html-void-elements,oniguruma-to-es,oniguruma-parser,regex,regex-recursion,regex-utilities}/**/*.{js,mjs,cjs,json,wasm}",
    ],
  },
  outputFileTracingExcludes: {
    // lib/content reads content/notes from a folder named by an environment variable, so the tracer
    // adds every notes/ folder, sources included. Exclude globs match anywhere in a path (the build's
    // own server/app/**/*.js too), hence the narrow extension.
    "/*": ["./{app,components}/**/*.{ts,tsx}"],
    // No next/image here, so the image optimizer's sharp binaries stay out of the server trace.
    "next-server": ["./node_modules/{sharp,@img}/**/*"],
  },
  // The generated Prisma clients resolve paths from process.cwd(), which makes Turbopack trace the
  // whole project into every server trace (instrumentation's included, which no exclude reaches);
  // this loader only marks those calls with turbopackIgnore comments. See
  // deploy/build/trace-hints-loader.cjs.
  turbopack: {
    rules: {
      "*.js": {
        condition: { path: /(^|\/)lib\/db\/generated\// },
        loaders: ["./deploy/build/trace-hints-loader.cjs"],
      },
    },
  },
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
  // `npm run check` typechecks the whole project (tests and scripts included) before any build,
  // so the build does not repeat it; this also keeps parallel builds of one checkout independent.
  typescript: { ignoreBuildErrors: true },
  // CSP, HSTS (behind TLS only) and friends on every response; see lib/security/headers.mjs.
  async headers() {
    return securityHeaderRules();
  },
  // Server actions reject a foreign Origin. A proxy that rewrites Host without X-Forwarded-Host
  // lists its public host(s) in ROLLOUT_ALLOWED_ORIGINS (read when this file loads: at `next start`,
  // or at build time for the standalone server). Unset, the option stays off.
  experimental: process.env.ROLLOUT_ALLOWED_ORIGINS
    ? { serverActions: { allowedOrigins: parseAllowedOrigins(process.env.ROLLOUT_ALLOWED_ORIGINS) } }
    : {},
};

export default nextConfig;
