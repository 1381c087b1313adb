#!/usr/bin/env bash
# Baseline for database-bound figures: pgbench (TPC-B-like and select-only) against a throw-away PostgreSQL
# cluster of the same version as OneDoor's embedded one, durable (fsync, synchronous_commit on), on loopback.
# Usage: bench/pgbench-baseline.sh [seconds]
set -euo pipefail
secs=${1:-30}
bin=$(dirname "$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin/postgres 2>/dev/null | head -1)")
if [ ! -x "$bin/initdb" ]; then
  echo "baseline: no embedded PostgreSQL binaries found; start OneDoor once first" >&2; exit 1
fi
command -v pgbench >/dev/null || { echo "baseline: pgbench not installed (Debian: postgresql-client)" >&2; exit 1; }
dir=$(mktemp -d); port=55433
as=()
if [ "$(id -u)" = "0" ]; then chown nobody "$dir"; as=(runuser -u nobody --); fi   # initdb refuses to run as root
trap '"${as[@]}" "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
"${as[@]}" "$bin/initdb" -D "$dir" -U postgres -A trust >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$dir" -o "-p $port -c fsync=on -c synchronous_commit=on -c shared_buffers=256MB -c max_connections=100 -k $dir" -l "$dir/log" -w start >/dev/null
pgbench -h 127.0.0.1 -p $port -U postgres -i -s 10 postgres >/dev/null 2>&1
echo "pgbench $("$bin/postgres" --version)"
echo -n "TPC-B  (-c 8 -j 2 -T $secs): "; pgbench -h 127.0.0.1 -p $port -U postgres -c 8 -j 2 -T "$secs" postgres 2>/dev/null | grep -E "^tps" | head -1
echo -n "select (-S -c 8 -j 2 -T $secs): "; pgbench -h 127.0.0.1 -p $port -U postgres -S -c 8 -j 2 -T "$secs" postgres 2>/dev/null | grep -E "^tps" | head -1
