#!/usr/bin/env bash
# Builds Guidepost's libFuzzer targets with AddressSanitizer and runs each for a bounded time.
#
#   Fuzz/fuzz.sh [target...]        (default: every target; `make fuzz` runs this)
#
# FUZZ_SECONDS   seconds per target (default 60)
# FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 10)
# FUZZ_RSS_MB    memory limit per target in MiB (default 2048)
# FUZZ_OPTIONS   more libFuzzer options, e.g. FUZZ_OPTIONS="-seed=1 -use_value_profile=1"
#
# Seeds come from the fixtures (Content/, Templates/, the starter site, Tests/*/Fixtures/) and
# from Fuzz/Seeds/<target>/ (the only seeds of meetings and qr); the corpus grows in
# Fuzz/.corpus/<target>/. A crash, hang, leak or sanitizer report is saved in
# Fuzz/Artifacts/<target>/ and makes the script fail.
set -uo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TIMEOUT=${FUZZ_TIMEOUT:-10}
RSS_MB=${FUZZ_RSS_MB:-2048}
OPTIONS=${FUZZ_OPTIONS:-}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(markdown catalog templates links meetings qr)

FUZZ=Fuzz
SCRATCH=$FUZZ/.build-fuzz
CORPUS=$FUZZ/.corpus
ARTIFACTS=$FUZZ/Artifacts
LOGS=$FUZZ/.logs
FIXTURES=(Content Templates Sources/GuidepostCore/Starter/content)
for folder in Tests/*/Fixtures; do [ -d "$folder" ] && FIXTURES+=("$folder"); done

# Optimised, as libFuzzer recommends, with the internals the targets call visible to them.
# swiftc 6.3 keeps only the last of several -sanitize= options, and SwiftPM passes one per
# --sanitize in no fixed order: without the combined option Swift code gets either coverage or
# AddressSanitizer, not both (C code and the link step take the --sanitize options as they are).
BUILD=(--package-path "$FUZZ" --scratch-path "$SCRATCH" -c release -Xswiftc -enable-testing
  --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)

echo "Building the fuzz targets (AddressSanitizer + libFuzzer) into $SCRATCH"
mkdir -p "$LOGS"
if ! "$SWIFT" build "${BUILD[@]}" >"$LOGS/build.log" 2>&1; then
  grep -v 'ld.gold: warning' "$LOGS/build.log" | tail -40
  echo "fuzz: the build failed (full log: $LOGS/build.log)" >&2
  exit 1
fi
BIN=$("$SWIFT" build "${BUILD[@]}" --show-bin-path)

# Copies the fixture files matching the find(1) arguments into a seed folder, named after their
# paths so the corpus is the same on every machine.
seed_files() {
  local into=$1
  shift
  find "${FIXTURES[@]}" -type f "$@" 2>/dev/null | LC_ALL=C sort | while read -r path; do
    cp "$path" "$into/fixture-${path//\//_}"
  done
}

prepare_seeds() {
  local target=$1 into=$CORPUS/$1
  mkdir -p "$into"
  case $target in
    markdown)
      seed_files "$into" -name '*.md'
      ;;
    catalog)
      seed_files "$into" \( -name '*.yml' -o -name '*.yaml' \) -path '*catalog*'
      # The whole example catalog as one file, so that every reference resolves.
      find Content/catalog -name '*.yml' -print0 | LC_ALL=C sort -z | xargs -0 cat >"$into/example-catalog.yml"
      ;;
    templates)
      seed_files "$into" -name '*.mustache'
      ;;
    links)
      # Every link destination written in the example's Markdown.
      find "${FIXTURES[@]}" -name '*.md' -type f -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 cat \
        | grep -o '](\([^)]*\))' | sed 's/^](\(.*\))$/\1/' | LC_ALL=C sort -u | while read -r link; do
          printf '%s' "$link" >"$into/link-$(printf '%s' "$link" | sha1sum | cut -c1-16)"
        done
      ;;
    meetings)
      # No fixture is a feed: the hand-written JSON and CSV files of Fuzz/Seeds/meetings/ only.
      ;;
    qr)
      # The hand-written addresses and texts of Fuzz/Seeds/qr/ only.
      ;;
  esac
}

failed=()
summary=()
# libFuzzer saves an input as a slow unit when one run of it took over 10 seconds, which a
# machine that stalls (a busy host, a paused VM) can cause as well as a slow input. Each one is
# run again alone: an input that now takes under a tenth of the hang limit is not slow, and is
# moved to the logs with a note; one still slow stays and fails the run.
recheck_slow_units() {
  local binary=$1 target=$2 file ms
  for file in "$ARTIFACTS/$target"/slow-unit-*; do
    [ -f "$file" ] || continue
    ms=$(SWIFT_BACKTRACE=enable=no "$binary" "$file" 2>&1 | sed -n 's/^Executed .* in \([0-9]*\) ms$/\1/p' | tail -1)
    if [ -n "$ms" ] && [ "$ms" -lt $((TIMEOUT * 100)) ]; then
      mv "$file" "$LOGS/$target.$(basename "$file")"
      echo "note: $target: $(basename "$file") was slow once but runs again in $ms ms; the machine stalled (kept in $LOGS/)"
    fi
  done
}

for target in "${TARGETS[@]}"; do
  binary=$BIN/fuzz-$target
  if [ ! -x "$binary" ]; then
    echo "fuzz: no target '$target' (targets: markdown catalog templates links meetings qr)" >&2
    exit 2
  fi
  prepare_seeds "$target"
  mkdir -p "$ARTIFACTS/$target"
  seeds=()
  [ -d "$FUZZ/Seeds/$target" ] && seeds+=("$FUZZ/Seeds/$target")
  before=$(find "$ARTIFACTS/$target" -type f | wc -l)
  echo "Fuzzing $target for ${SECONDS_PER_TARGET}s (log: $LOGS/$target.log)"
  # shellcheck disable=SC2086
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$binary" \
    -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" -rss_limit_mb="$RSS_MB" \
    -dict="$FUZZ/Dictionaries/$target.dict" -artifact_prefix="$ARTIFACTS/$target/" \
    -print_final_stats=1 $OPTIONS "$CORPUS/$target" "${seeds[@]}" >"$LOGS/$target.log" 2>&1
  status=$?
  recheck_slow_units "$binary" "$target"
  after=$(find "$ARTIFACTS/$target" -type f | wc -l)
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$LOGS/$target.log" | tail -1)
  corpus=$(find "$CORPUS/$target" -type f | wc -l)
  if [ $status -ne 0 ] || [ "$after" -gt "$before" ]; then
    failed+=("$target")
    grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse|INITED|DONE)' "$LOGS/$target.log" | tail -60
    summary+=("$target: FAILED (exit $status), input saved in $ARTIFACTS/$target/")
  else
    summary+=("$target: ${done_line:-no summary line}; corpus $corpus files")
  fi
done

echo
echo "Fuzzing summary (${SECONDS_PER_TARGET}s per target):"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${failed[*]} found a problem; reproduce with SWIFT_BACKTRACE=enable=no $BIN/fuzz-TARGET FILE" >&2
  exit 1
fi
