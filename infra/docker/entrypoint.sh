#!/bin/sh
# Starts the service named by SERVICE (a directory of services/ with a compiled main.js), or with
# `migrate` as the first argument applies that service's schema changes and exits.
set -eu
cd "$(dirname "$0")/../.."

# The flags the benchmarks measured (BENCHMARKS.md): a bounded heap, fewer and shorter major GCs;
# without Maglev, Node 26's mid-tier compiler, intake serves more at lower latency and about 20 MB
# less resident (infra/bench/bench-kit.ts starts services with the same flags). kafkajs 2.2 arms a
# timer at `throttledUntil - now` with throttledUntil -1 when nothing is throttled; Node 24+ warns
# once and runs it after 1 ms, as older Nodes did silently.
NODE_FLAGS='--conditions=aftersales-dist --max-old-space-size=128 --max-semi-space-size=8 --no-allocation-site-pretenuring --v8-pool-size=1 --heap-growing-percent=80 --no-maglev --disable-warning=TimeoutNegativeWarning'

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
