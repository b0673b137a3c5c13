# syntax=docker/dockerfile:1
# NexusFlow gateway image: compiled JavaScript, production dependencies only, non-root, health-checked.
#   docker build -t nexusflow .
#   docker run -p 8080:8080 -v nexusflow-data:/data nexusflow
ARG NODE_IMAGE=node:20.20-bookworm-slim

# --- build: all dependencies, compile TypeScript to dist/, then drop the dev dependencies ---
FROM ${NODE_IMAGE} AS build
WORKDIR /src
# better-sqlite3 uses a prebuilt binary when one matches; these build it when none does.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY spec ./spec
COPY generated ./generated
COPY server ./server
COPY vendor ./vendor
COPY clients/console ./clients/console
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: node, the compiled server and production node_modules; nothing else ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    NEXUSFLOW_DATA_DIR=/data
WORKDIR /app
COPY --from=build /src/node_modules ./node_modules
# dist/ holds server/, spec/, generated/ as JavaScript and package.json ("type": "module").
COPY --from=build /src/dist/ ./
RUN mkdir -p /data && chown 1000:1000 /data
# The embedded store's file (one process only); with MONGODB_URI set, nothing is written here.
VOLUME ["/data"]
# The image's `node` user (uid 1000), not root.
USER 1000:1000
EXPOSE 8080
# Liveness: the process answers. Orchestrators route traffic on /readyz (store, catalog, not draining).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains open requests (NEXUSFLOW_SHUTDOWN_DEADLINE_MS, 25 s by default); give it that long.
STOPSIGNAL SIGTERM
CMD ["node", "server/main.js"]
