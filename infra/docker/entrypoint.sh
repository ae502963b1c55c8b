#!/bin/sh
# Starts the service named by SERVICE (a directory of services/ with a compiled main.js), or with
# `migrate` as the first argument applies that service's schema changes and exits.
set -eu
cd "$(dirname "$0")/../.."

# The flags the benchmarks measured (BENCHMARKS.md): under 200 MB resident under load, fewer and
# shorter major GCs; 8 MB semi-spaces keep Node 22 under that line too (infra/bench/bench-kit.ts
# starts services with the same flags).
NODE_FLAGS='--conditions=aftersales-dist --max-old-space-size=128 --max-semi-space-size=8 --no-allocation-site-pretenuring --v8-pool-size=1 --heap-growing-percent=80'

service="${SERVICE:-}"
if [ -z "$service" ] || [ ! -f "services/$service/dist/main.js" ]; then
  echo "SERVICE must name a service of this image: $(ls services | tr '\n' ' ')(got '$service')" >&2
  exit 64
fi

# The service's main serves it; `migrate`, `rebuild [read model …]`, `dlq …`, `lag` or `audit …` runs
# that command and exits (infra/RUNBOOK.md).
case "${1:-}" in
  '' | migrate | rebuild | dlq | lag | audit) ;;
  *)
    echo "usage: entrypoint.sh [migrate | rebuild [read model …] | dlq … | lag | audit verify | audit forget <subject>] (got '$1')" >&2
    exit 64
    ;;
esac

# exec: node is PID 1 and receives SIGTERM itself (graceful shutdown).
# shellcheck disable=SC2086 # NODE_FLAGS is a list of flags
exec node $NODE_FLAGS "services/$service/dist/main.js" "$@"
