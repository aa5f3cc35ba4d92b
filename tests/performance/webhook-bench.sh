#!/usr/bin/env bash
# Webhook intake benchmark, run on demand (not part of ctest): starts nestogyd on a fresh SQLite database,
# creates a generic integration, then
#   1. wrk paced to about RATE alerts/s over keep-alive connections: p50/p99 latency at that load;
#   2. an open-loop Python client at RATE alerts/s, one new connection per request (as RMM clouds post);
#   3. wrk, closed loop: the ceiling of accepted (new, committed) alerts per second.
# The latency runs come first, on a fresh database, so they do not measure recovery from the overload run.
# Usage: tests/performance/webhook-bench.sh [BUILD_DIR]   (env: DURATION=10 CONNECTIONS=32 RATE=1000)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
rate=${RATE:-1000}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

data=$(mktemp -d)
log="$data/nestogyd.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
NESTOGY_MASTER_KEY=$(head -c 32 /dev/urandom | base64) NESTOGY_ADMIN_TOKEN=bench NESTOGY_RMM_RATE_LIMIT=100000000 \
  QT_LOGGING_RULES="nestogy.*.info=false" \
  "$build/app/nestogyd/nestogyd" --data-dir "$data" --listen 127.0.0.1:0 >"$log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q 'listening on' "$log" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$log" | head -1)
[ -n "$url" ] || { cat "$log" >&2; exit 1; }
id=$(curl -sf -H 'Authorization: Bearer bench' -H 'Content-Type: application/json' \
  -d '{"name":"bench","provider":"generic","credentials":{"auth_method":"none"}}' "$url/api/integrations" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
path="/api/webhooks/generic/$id"
port=${url##*:}

echo "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores, $(date -u +%FT%TZ)"
echo "== paced wrk: about $rate/s over 20 keep-alive connections for ${duration}s"
RATE=$rate PACED_CONNECTIONS=20 wrk -t2 -c20 -d"${duration}s" -s "$root/tests/performance/webhook-paced.lua" "$url$path" | grep -E 'PACED|Non-2xx' || true
echo "== fixed rate $rate/s for ${duration}s (open loop, new connection per request, Python client)"
python3 "$root/tests/performance/fixed_rate.py" --port "$port" --path "$path" --rate "$rate" --seconds "$duration"
echo "== wrk -t2 -c$connections -d${duration}s (unique alerts)"
wrk -t2 -c"$connections" -d"${duration}s" -s "$root/tests/performance/webhook-unique.lua" "$url$path" | grep -E 'BENCH|Non-2xx|Socket errors' || true
stored=$(curl -sf -H 'Authorization: Bearer bench' "$url/api/alerts?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "alerts stored: $stored"
echo "peak RSS of nestogyd: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
