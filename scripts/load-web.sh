#!/usr/bin/env bash
# Load test of the reading room (issue 5): the whole Reuters-21578 corpus in a data folder, `attache serve`
# on loopback, then wrk (Debian package) with 2 threads and 50 connections for 30 s against /api/search
# and against article pages. Prints p50, p99 and errors per target. The store caches search results, rails
# and the pages' reads until the next write (bounded by weight), so each target runs twice: "hot" (10 queries,
# the 100 newest article ids: mostly cache hits) and "varied" (QUERIES distinct title words, ARTICLES article
# ids in a fixed shuffle: mostly misses).
# Goal: p99 <= 50 ms with 0 errors on the 2-core development machine.
#
#   scripts/load-web.sh                 # data in /tmp/attache-load-reuters (ingested on first run)
#   DATA=DIR PORT=18080 DURATION=30s CONNECTIONS=50 THREADS=2 scripts/load-web.sh
#   INGEST_OPTS=--no-entities scripts/load-web.sh   # articles only (no entities, events or facets)
#   BUSY_LOOPS=2 scripts/load-web.sh   # a slow spell of the machine: 2 busy loops compete for the cores
#   TARGETS=pages-mixed scripts/load-web.sh   # only the other pages: home, relationships, graph, feed, indexes
# A data folder from an older build is brought up to date when the server opens it (index rebuilt, Related
# News lists computed in the background); the script waits for the lists before measuring.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/bench/corpus/reuters21578.jsonl}"
DATA="${DATA:-/tmp/attache-load-reuters}"
PORT="${PORT:-18080}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-10s}"
QUERIES="${QUERIES:-2000}"
ARTICLES="${ARTICLES:-5000}"
INGEST_OPTS="${INGEST_OPTS:-}"
BUSY_LOOPS="${BUSY_LOOPS:-0}"
TARGETS="${TARGETS:-search-hot search-varied article-hot article-varied pages-mixed}"
ATTACHE="${ATTACHE:-$ROOT/attache}"   # the launcher (builds the distribution when sources changed)
BASE="http://127.0.0.1:$PORT"

[[ "$BUSY_LOOPS" =~ ^[0-9]+$ ]] || { echo "load-web: BUSY_LOOPS must be a number of loops, was '$BUSY_LOOPS'" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load-web: wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "load-web: curl is missing" >&2; exit 2; }

if [ ! -f "$DATA/attache.db" ]; then
  [ -f "$CORPUS" ] || { echo "load-web: no corpus at $CORPUS (set CORPUS=...)" >&2; exit 2; }
  echo "load-web: ingesting $CORPUS into $DATA (once)" >&2
  # shellcheck disable=SC2086
  "$ATTACHE" ingest "$CORPUS" --data "$DATA" $INGEST_OPTS >&2
fi

work="$(mktemp -d)"
log_lines_before=$( (wc -l <"$DATA/attache.log") 2>/dev/null || echo 0)
server_pid=""
busy_pids=()
cleanup() {
  if [ "${#busy_pids[@]}" -gt 0 ]; then
    kill "${busy_pids[@]}" 2>/dev/null || true
  fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$ATTACHE" serve --data "$DATA" --port "$PORT" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$BASE/api/articles?limit=1" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/serve.log" >&2; echo "load-web: the server exited" >&2; exit 1; fi
  sleep 1
done
curl -fsS -o /dev/null "$BASE/api/articles?limit=1" || { cat "$work/serve.log" >&2; echo "load-web: server not answering on $BASE" >&2; exit 1; }
echo "load-web: server up on $BASE (pid $server_pid), data $DATA" >&2
# Related News lists left to compute (an older data folder): pages would compute their own meanwhile
if tail -n +"$((log_lines_before + 1))" "$DATA/attache.log" | grep -q "Computing the Related News lists"; then
  echo "load-web: waiting for the server to compute the Related News lists" >&2
  until tail -n +"$((log_lines_before + 1))" "$DATA/attache.log" | grep -q "lists computed"; do
    kill -0 "$server_pid" 2>/dev/null || { echo "load-web: the server exited" >&2; exit 1; }
    sleep 2
  done
fi

# article ids to rotate through, newest first, following the cursor
: >"$work/ids"
cursor=""
while [ "$(wc -l <"$work/ids")" -lt "$ARTICLES" ]; do
  page="$(curl -fsS "$BASE/api/articles?limit=100${cursor:+&cursor=$cursor}")"
  printf '%s' "$page" | grep -o '"id" *: *"[0-9a-f]*"' | sed 's/.*"\([0-9a-f]*\)"$/\1/' >>"$work/ids"
  cursor="$(printf '%s' "$page" | grep -o '"next_cursor" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' || true)"
  [ -n "$cursor" ] || break
done
[ -s "$work/ids" ] || { echo "load-web: /api/articles returned no ids" >&2; exit 1; }
head -n 100 "$work/ids" >"$work/ids-hot"
head -n "$ARTICLES" "$work/ids" | shuf --random-source=<(yes) >"$work/ids-varied"

# varied queries: distinct words of five letters or more from the corpus titles, in a fixed shuffled order
printf '%s\n' oil+prices interest+rates trade+deficit japan coffee+exports %22central+bank%22 wheat merger+talks \
  dollar opec+output >"$work/queries-hot"
grep -o '"title": "[^"]*"' "$CORPUS" | cut -d'"' -f4 | tr 'A-Z' 'a-z' | tr -c 'a-z\n' ' ' | tr ' ' '\n' \
  | awk 'length($0) >= 5 && !seen[$0]++' | shuf -n "$QUERIES" --random-source=<(yes) >"$work/queries-varied"

cat >"$work/common.lua" <<'LUA'
-- one summary line wrk's own report does not give: p50/p99 in ms and every kind of error added up
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

lua() { # kind (search|article) list-file -> script on stdout
  cat "$work/common.lua"
  echo "local items = {"
  sed 's/.*/"&",/' "$2"
  echo "}"
  if [ "$1" = search ]; then prefix="/api/search?q="; elif [ "$1" = pages ]; then prefix=""; else prefix="/articles/"; fi
  # each wrk thread starts at its own share of the list: in step, the threads would ask for the same URL at
  # nearly the same time and the second request would be a cache hit
  cat <<LUA
local started = 0
setup = function(thread)
  thread:set("first", started)
  started = started + 1
end
local i = 0
init = function(args)
  i = math.floor((first or 0) * #items / $THREADS)
end
request = function()
  i = i + 1
  return wrk.format("GET", "$prefix" .. items[(i % #items) + 1])
end
LUA
}
# the reading room's other pages (issue 20): home, the relationship pages of the 20 busiest pairs (plain,
# filtered, their API, a second page), the graph and its API (people, countries, another type), the feed, the
# explorer and the index pages; in a fixed shuffle
pairs_json="$(curl -fsS "$BASE/api/pairs?days=36600&limit=20")"
paste -d- <(printf '%s' "$pairs_json" | grep -o '"country_a" *: *"[A-Z]*"' | sed 's/.*"\([A-Z]*\)"$/\1/') \
  <(printf '%s' "$pairs_json" | grep -o '"country_b" *: *"[A-Z]*"' | sed 's/.*"\([A-Z]*\)"$/\1/') >"$work/pairs"
{
  echo "/"; echo "/graph"; echo "/api/graph"; echo "/api/graph?level=country"; echo "/api/graph?type=AGREE"
  echo "/feed"; echo "/entities"; echo "/stories"; echo "/pairs"
  while read -r pair; do
    [ -n "$pair" ] || continue
    a="${pair%-*}"; b="${pair#*-}"
    echo "/relations/$pair"; echo "/relations/$pair?type=CONSULT"; echo "/relations/$pair?from=1987-01-01&to=1987-12-31"
    echo "/api/relations/$pair"; echo "/api/relations/$pair?limit=50"; echo "/events?country=$a&country=$b"
    next="$(curl -fsS "$BASE/api/relations/$pair?limit=20" | grep -o '"next_cursor" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' || true)"
    [ -z "$next" ] || echo "/relations/$pair?cursor=$next&start=50"
  done <"$work/pairs"
} | shuf --random-source=<(yes) >"$work/pages-mixed"
echo "load-web: $(wc -l <"$work/pages-mixed") page URLs over $(wc -l <"$work/pairs") pairs" >&2

for kind in search article; do
  for mix in hot varied; do
    if [ "$kind" = search ]; then list="$work/queries-$mix"; else list="$work/ids-$mix"; fi
    lua "$kind" "$list" >"$work/$kind-$mix.lua"
  done
done

lua pages "$work/pages-mixed" >"$work/pages-mixed.lua"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# other work taking CPU from the server and wrk (busy loops at normal priority), for the warm-ups and runs
for _ in $(seq 1 "$BUSY_LOOPS"); do
  (while :; do :; done) &
  busy_pids+=($!)
done
run() { # name script
  echo "load-web: warm-up $1 ($WARMUP)" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$work/$2" "$BASE" >/dev/null
  echo "== $1: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s $2 $BASE"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/$2" "$BASE" | tee "$work/$1.out"
}

for target in $TARGETS; do
  run "$target" "$target.lua"
done

echo
echo "Summary ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load before: $load_before;"
echo "  hot = 10 queries / 100 article ids, varied (shuffled) = $(wc -l <"$work/queries-varied") queries / $(wc -l <"$work/ids-varied") article ids; data $DATA;"
echo "  busy loops competing for the cores: $BUSY_LOOPS)"
for target in $TARGETS; do
  printf '%-14s %s\n' "$target" "$(grep '^RESULT' "$work/$target.out" | sed 's/^RESULT //')"
done
