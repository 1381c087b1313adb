#!/usr/bin/env bash
# OneDoor benchmark of the service-centre floor (issue 4): starts the packaged app on loopback on a random port with a
# fresh, durable embedded PostgreSQL (fsync and synchronous_commit on), then drives it from a second process
# (bench/QueueBench.java, plain JDK): tickets issued per second (public ticket API), calls per second (desk API,
# HTTP Basic, one counter per client) and the delay from each "call next" response to the call arriving on each of
# 50 boards connected to the live stream (server-sent events). Then a pgbench baseline from the same run.
#   bench/queue.sh [seconds-per-figure] [boards]      (default 30 s, 50 boards; 10 s warm-up before each figure)
#   BENCH_CALL_WARMUP (default 30 s) warms the call path up before its figure; BENCH_STOCK_RATE (600) sizes the stock.
# BENCH_JAVA_OPTS adds JVM options to the app (e.g. a profiler agent).
# Needs: java, curl, pgbench (Debian packages default-jdk, curl, postgresql-client). Results: bench/results/queue-<date>.txt
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
boards=${2:-50}
port=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
base="http://127.0.0.1:$port"
out="bench/results/queue-$(date -u +%Y%m%dT%H%M%SZ).txt"; mkdir -p bench/results
data=$(mktemp -d)
log() { echo "$*" | tee -a "$out"; }
for t in java curl pgbench; do command -v $t >/dev/null || { echo "bench: $t is not installed" >&2; exit 1; }; done

[ -f target/onedoor-0.1.0-SNAPSHOT.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -q -B -DskipTests package
# tickets at any hour: the opening-hours rule would refuse them outside the demo centre's working time
java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar target/onedoor-0.1.0-SNAPSHOT.jar --server.port=$port --server.address=127.0.0.1 \
     --onedoor.data-dir="$data" --onedoor.demo-dossiers=false --onedoor.queue.enforce-opening-hours=false \
     --logging.level.root=WARN > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for i in $(seq 1 180); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/actuator/health" >/dev/null || { echo "bench: app did not start"; tail -50 "$data/app.log"; exit 1; }

log "# OneDoor floor benchmark $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD)"
log "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
log "# database: embedded PostgreSQL 17 under a fresh data dir, fsync=on, synchronous_commit=on"
BENCH_APP_PID=$app BENCH_PG_DATA="$data/postgres" java -Xmx512m bench/QueueBench.java "$base" "$secs" "$boards" 2>&1 | grep '^RESULT' | sed 's/^RESULT //' | tee -a "$out"
log "app RSS after run: $(( $(ps -o rss= -p $app) / 1024 )) MiB, load after: $(cut -d' ' -f1-3 /proc/loadavg)"
bench/pgbench-baseline.sh "$secs" | tee -a "$out"
