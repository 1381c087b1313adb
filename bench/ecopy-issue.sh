#!/usr/bin/env bash
# Certified copies: the machine's part of issuing a 2-page copy (OCR, PDF/A-2b, two PAdES signatures, storage),
# validation of a signed copy, copies per minute with two kiosks in parallel. In-process on the embedded PostgreSQL
# with durable commits (see EcopyIssueBenchmark). Needs tesseract with vie/eng/ind data for the OCR figure.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "$(date -u +%FT%TZ) commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
./mvnw -q -B test -Dtest=EcopyIssueBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsurefire.printSummary=false 2>&1 | grep '^BENCHMARK' || {
  echo "benchmark failed: see target/surefire-reports/org.onedoor.ecopy.EcopyIssueBenchmark*.txt" >&2
  exit 1
}
