#!/usr/bin/env bash
# Border gate: watch-list screening and one passenger's clearance against 1,000,000 watch-list entries, and crossings
# recorded per second with two lanes. In-process on the embedded PostgreSQL with durable commits (see
# BorderClearanceBenchmark); results in docs/benchmarks.md, "Border gate".
set -euo pipefail
cd "$(dirname "$0")/.."
echo "$(date -u +%FT%TZ) commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
./mvnw -q -B test -Dtest=BorderClearanceBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsurefire.printSummary=false 2>&1 | grep '^BENCHMARK' || {
  echo "benchmark failed: see target/surefire-reports/org.onedoor.border.internal.BorderClearanceBenchmark*.txt" >&2
  exit 1
}
