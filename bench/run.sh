#!/usr/bin/env bash
# OneDoor benchmark: starts the packaged app on a fresh, durable embedded PostgreSQL (fsync and
# synchronous_commit on), then drives it over HTTP on loopback from a second process (wrk) and records
# throughput, p50/p99 latency, errors and the JVM's resident memory, next to a pgbench baseline.
#   bench/run.sh [seconds-per-figure]        (default 30; warm-up 10 s before each figure)
# Needs: wrk, pgbench, curl (Debian packages wrk, postgresql-client, curl). Results: bench/results/<date>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
port=${BENCH_PORT:-18080}
base="http://127.0.0.1:$port"
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ).txt"; mkdir -p bench/results
data=$(mktemp -d)
export BENCH_PROCEDURE=${BENCH_PROCEDURE:-1.004194}      # temporary residence registration (demo catalogue)
export BENCH_AGENCY=${BENCH_AGENCY:-000.00.31.H37}         # Gia Phú commune, Lào Cai (demo agencies)

log() { echo "$*" | tee -a "$out"; }
for t in wrk pgbench curl; do command -v $t >/dev/null || { echo "bench: $t is not installed" >&2; exit 1; }; done

[ -f target/onedoor-0.1.0-SNAPSHOT.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests package
java -Xmx2g -jar target/onedoor-0.1.0-SNAPSHOT.jar --server.port=$port --server.address=127.0.0.1 \
     --onedoor.data-dir="$data" --onedoor.demo-dossiers=false --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for i in $(seq 1 120); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/actuator/health" >/dev/null || { echo "bench: app did not start"; tail -50 "$data/app.log"; exit 1; }

log "# OneDoor benchmark $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD)"
log "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
log "# database: embedded PostgreSQL 17 under a fresh data dir, fsync=on, synchronous_commit=on"

figure() {   # name, script, url, connections
  local name=$1 script=$2 url=$3 conns=$4
  cat "bench/$script" bench/report.lua > "$data/run.lua"
  wrk -t2 -c"$conns" -d10s -s "$data/run.lua" "$url" >/dev/null 2>&1 || true          # warm-up
  local line; line=$(wrk -t2 -c"$conns" -d"${secs}s" --latency -s "$data/run.lua" "$url" 2>&1 | grep '^RESULT' || true)
  log "$name (c=$conns, ${secs}s): ${line#RESULT }"
}

# JIT warm-up: C2 keeps compiling Spring's hot paths for about a minute on two cores; measure after it
cat bench/submit-many.lua bench/report.lua > "$data/run.lua"
wrk -t2 -c32 -d60s -s "$data/run.lua" "$base" >/dev/null 2>&1 || true
figure "submissions, ten desks" submit-many.lua "$base" 32
figure "submissions, one desk" submit.lua "$base" 32

# workflow actions: an officer pair alternates FORWARD / SEND_BACK on received dossiers (bench/actions.lua);
# warm-up and measurement use separate dossiers so that each run starts every dossier at the same step
bash bench/actions-prepare.sh "$base" "$data/warm.txt" 1000
bash bench/actions-prepare.sh "$base" "$data/codes.txt" 2000
# public tracking: look-ups spread over the 1,000 warm-up dossiers (counter dossiers, received)
cat bench/track.lua bench/report.lua > "$data/run.lua"
BENCH_CODES="$data/warm.txt" wrk -t2 -c32 -d10s -s "$data/run.lua" "$base" >/dev/null 2>&1 || true
line=$(BENCH_CODES="$data/warm.txt" wrk -t2 -c32 -d"${secs}s" -s "$data/run.lua" "$base" 2>&1 | grep '^RESULT' || true)
log "tracking look-ups (c=32, ${secs}s): ${line#RESULT }"

cat bench/actions.lua bench/report.lua > "$data/run.lua"
BENCH_CODES="$data/warm.txt" wrk -t2 -c32 -d10s -s "$data/run.lua" "$base" >/dev/null 2>&1 || true
line=$(BENCH_CODES="$data/codes.txt" wrk -t2 -c32 -d"${secs}s" -s "$data/run.lua" "$base" 2>&1 | grep '^RESULT' || true)
log "workflow actions (c=32, ${secs}s): ${line#RESULT }"

log "app RSS after run: $(( $(ps -o rss= -p $app) / 1024 )) MiB"
bench/pgbench-baseline.sh "$secs" | tee -a "$out"
