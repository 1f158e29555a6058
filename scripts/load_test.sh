#!/usr/bin/env bash
# Loads `guidepost serve` with wrk on loopback while the example guide is edited and rebuilt.
#
#   scripts/load_test.sh            (or `make load-test`, which builds the release binary first)
#
# The example guide (Content/, Templates/) is copied into a temporary folder, served on a free
# port of 127.0.0.1, and requested by wrk for LOAD_SECONDS seconds with LOAD_CONNECTIONS
# connections over LOAD_THREADS threads, spread over real pages, a stylesheet, an image and a
# redirect. During the run an article is edited LOAD_REBUILDS times, spaced out, and each edit must
# be rebuilt. Meanwhile a checker asks for every path and for a missing one about twice a second
# and expects exact statuses (200, 301, and 404 for the missing page).
#
# Fails when wrk reports any socket error, timeout or a status other than 2xx/3xx, when a checked
# path gets another status, when a rebuild is missing or failed, or when the server does not stop
# cleanly. Prints requests per second and latency percentiles.
set -euo pipefail

cd "$(dirname "$0")/.."
GUIDEPOST=${GUIDEPOST:-.build/release/guidepost}
LOAD_SECONDS=${LOAD_SECONDS:-20}
LOAD_THREADS=${LOAD_THREADS:-2}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-32}
LOAD_REBUILDS=${LOAD_REBUILDS:-3}

# Every path answers 200 except /learn, which redirects to /learn/.
PATHS=(
  /
  /learn/what-is-peer-support/
  /choosing/your-first-meeting/
  /groups/
  /groups/smart-recovery/
  /assets/style.css
  /images/circle-of-support.svg
  /search-index/en/manifest.json
  /learn
)
MISSING=/no/such/page/
EDITED=Content/learn/what-is-peer-support.md
EDITED_PAGE=/learn/what-is-peer-support/

fail() {
  echo "load test: $*" >&2
  exit 1
}

[ -x "$GUIDEPOST" ] || fail "$GUIDEPOST is missing: run 'make release' first"
command -v wrk >/dev/null || fail "wrk is missing: run 'make load-test', which installs it"
[ "$LOAD_SECONDS" -ge 5 ] && [ "$LOAD_SECONDS" -le 600 ] || fail "LOAD_SECONDS must be between 5 and 600"
[ "$LOAD_REBUILDS" -ge 1 ] && [ "$LOAD_REBUILDS" -le 20 ] || fail "LOAD_REBUILDS must be between 1 and 20"

work=$(mktemp -d "${TMPDIR:-/tmp}/guidepost-load.XXXXXX")
server_pid=""
checker_pid=""
wrk_pid=""
# Stops what the script started, by process id: politely first, then for good after 5 s.
cleanup() {
  for pid in "$wrk_pid" "$checker_pid" "$server_pid"; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir "$work/site"
cp -R Content Templates "$work/site/"

# Start the preview on a free port and wait until it says where it listens.
"$GUIDEPOST" serve --root "$work/site" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
port=""
for _ in $(seq 1 600); do
  port=$(sed -n 's|^Serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ (Ctrl-C to stop)$|\1|p' "$work/serve.out")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; fail "guidepost serve stopped before it listened"; }
  sleep 0.1
done
[ -n "$port" ] || fail "guidepost serve did not start within 60 s"
base="http://127.0.0.1:$port"

# status PATH: the HTTP status of one GET, without following redirects.
status() {
  curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$base$1" || true
}
expected_status() {
  case "$1" in
    "$MISSING") echo 404 ;;
    /learn) echo 301 ;;
    *) echo 200 ;;
  esac
}
for _ in $(seq 1 100); do
  [ "$(status /)" = 200 ] && break
  sleep 0.1
done
for path in "${PATHS[@]}" "$MISSING"; do
  got=$(status "$path")
  [ "$got" = "$(expected_status "$path")" ] || fail "$path answered $got before the run"
done

# The checker: every path and the missing one, about twice a second, until told to stop.
check_during_run() {
  local urls=() rounds=0
  for path in "${PATHS[@]}" "$MISSING"; do urls+=(-o /dev/null "$base$path"); done
  while [ ! -e "$work/stop-checker" ] && [ "$rounds" -lt $((LOAD_SECONDS * 4)) ]; do
    curl -s --max-time 5 -w '%{http_code} %{url_effective}\n' "${urls[@]}" >>"$work/checks" || true
    rounds=$((rounds + 1))
    sleep 0.5
  done
}

echo "Loading $base for $LOAD_SECONDS s: $LOAD_THREADS threads, $LOAD_CONNECTIONS connections, $LOAD_REBUILDS rebuilds"
echo "Machine: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg) before the run"
wrk -t "$LOAD_THREADS" -c "$LOAD_CONNECTIONS" -d "${LOAD_SECONDS}s" --latency \
  -s scripts/load_test.lua "$base" -- "${PATHS[@]}" >"$work/wrk.out" 2>&1 &
wrk_pid=$!
: >"$work/checks"
check_during_run &
checker_pid=$!

# Edit the article LOAD_REBUILDS times, evenly spread over the run, and wait for each rebuild.
interval=$(awk -v s="$LOAD_SECONDS" -v n="$LOAD_REBUILDS" 'BEGIN { printf "%.2f", s / (n + 1) }')
rebuilds_during_run=0
for edit in $(seq 1 "$LOAD_REBUILDS"); do
  sleep "$interval"
  printf '\nEdited during the load test, edit %d.\n' "$edit" >>"$work/site/$EDITED"
  for _ in $(seq 1 100); do
    if [ "$(grep -c "^Rebuilt in .*(changed: $EDITED; " "$work/serve.out" || true)" -ge "$edit" ]; then
      kill -0 "$wrk_pid" 2>/dev/null && rebuilds_during_run=$((rebuilds_during_run + 1))
      break
    fi
    sleep 0.1
  done
done

wait "$wrk_pid" || { cat "$work/wrk.out" >&2; fail "wrk failed"; }
wrk_pid=""
touch "$work/stop-checker"
wait "$checker_pid" || true
checker_pid=""

# The last edit must be in the page now.
curl -s --max-time 5 "$base$EDITED_PAGE" | grep -q "edit $LOAD_REBUILDS\." || fail "$EDITED_PAGE does not show the last edit"

# Stop the server as Ctrl-C does; it must exit by itself, with status 0.
kill -INT "$server_pid"
stopped=""
for _ in $(seq 1 100); do
  kill -0 "$server_pid" 2>/dev/null || { stopped=yes; break; }
  sleep 0.1
done
[ -n "$stopped" ] || fail "guidepost serve did not stop within 10 s of Ctrl-C"
server_status=0
wait "$server_pid" || server_status=$?
server_pid=""

cat "$work/wrk.out"
echo
result=$(grep '^RESULT ' "$work/wrk.out") || fail "wrk printed no result"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
rebuilds=$(grep -c '^Rebuilt in ' "$work/serve.out" || true)
checks=$(wc -l <"$work/checks" 2>/dev/null || echo 0)
bad_checks=$(while read -r code url; do
  path=${url#"$base"}
  [ "$code" = "$(expected_status "$path")" ] || echo "$code $path"
done <"$work/checks")

echo "Requests:        $(field requests) in $(field seconds) s, $(field rps) requests/s"
echo "Latency:         p50 $(field p50_ms) ms, p90 $(field p90_ms) ms, p99 $(field p99_ms) ms, max $(field max_ms) ms"
echo "Statuses:        $(field statuses)"
echo "Errors:          connect $(field connect_errors), read $(field read_errors), write $(field write_errors), timeouts $(field timeouts), non-2xx/3xx $(field status_errors)"
echo "Rebuilds:        $rebuilds_during_run of $LOAD_REBUILDS edits rebuilt while wrk ran"
grep '^Rebuilt in ' "$work/serve.out" | sed 's/^/                 /'
echo "Checked:         $checks requests with exact statuses (404 for $MISSING), $(grep -c . <<<"$bad_checks" || true) wrong"
echo "Server exit:     status $server_status"
echo "Load average:    $(cut -d ' ' -f 1-3 /proc/loadavg) after the run"

problems=""
for name in connect_errors read_errors write_errors timeouts status_errors; do
  [ "$(field $name)" = 0 ] || problems="$problems $name=$(field $name)"
done
[ "$(field requests)" -gt 0 ] || problems="$problems no-requests"
[ "$rebuilds" -eq "$LOAD_REBUILDS" ] || problems="$problems rebuilds=$rebuilds/$LOAD_REBUILDS"
[ "$rebuilds_during_run" -eq "$LOAD_REBUILDS" ] || problems="$problems rebuilds-during-run=$rebuilds_during_run/$LOAD_REBUILDS"
[ -z "$bad_checks" ] || problems="$problems wrong-statuses:$(head -n 5 <<<"$bad_checks" | tr '\n' ' ')"
[ "$checks" -gt 0 ] || problems="$problems no-checks"
[ "$server_status" -eq 0 ] || problems="$problems server-exit=$server_status"
if grep -q -e 'error' -e 'failed' "$work/serve.err"; then
  cat "$work/serve.err" >&2
  problems="$problems server-errors"
fi
[ -z "$problems" ] || fail "failed:$problems"
echo "Load test passed: no errors."
