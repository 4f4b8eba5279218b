# syntax=docker/dockerfile:1
# Rollout production image. One image serves both databases: DATABASE_URL picks SQLite (file:) or
# PostgreSQL (postgres://) when the server starts. The server applies committed migrations at start
# under an advisory lock, so several containers may start together. See docs/deploy.md.
#
#   docker build -t rollout .
#   docker run -p 3000:3000 -e DATABASE_URL=postgresql://user:pass@db:5432/rollout rollout

ARG NODE_VERSION=22

# ---- deps: node_modules, with the C++ toolchain better-sqlite3 compiles with -----------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Dependency install scripts stay off (package.json allowScripts denies Prisma's engine downloads);
# better-sqlite3 is the one native module, compiled here against this image's Node headers and glibc.
# `npm install` rather than `npm ci`: the lock file lacks other platforms' optional packages.
ENV npm_config_nodedir=/usr/local
RUN npm install --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3 --build-from-source

# ---- build: Prisma clients for both providers, then the standalone Next.js server ----------------
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
# Read by next.config.js at build time and baked into the standalone server (see docs/deploy.md).
ARG ROLLOUT_ALLOWED_ORIGINS=""
ENV ROLLOUT_ALLOWED_ORIGINS=${ROLLOUT_ALLOWED_ORIGINS}
COPY . .
# The output is split so the runtime stage can give the app write access to .next only.
RUN node scripts/prisma-generate.mjs \
  && npx next build \
  && mv .next/standalone /standalone \
  && mv /standalone/.next /standalone-next \
  && mv .next/static /standalone-next/static

# ---- runtime: the traced server only, no toolchain, no sources, unprivileged -----------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000 \
  HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 rollout \
  && useradd --system --uid 1001 --gid rollout --home-dir /app --shell /usr/sbin/nologin rollout \
  && mkdir -p /app/data \
  && chown rollout:rollout /app/data
COPY --from=build /standalone ./
# The build folder takes the incremental cache and regenerated pages, so the app may write to it.
COPY --from=build --chown=rollout:rollout /standalone-next ./.next
USER rollout
EXPOSE 3000
# Docker and compose use this; ECS uses the task definition's healthCheck, load balancers their own.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
