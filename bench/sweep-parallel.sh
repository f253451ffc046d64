#!/usr/bin/env bash
# Two sweep workers versus one on the same sweep (docs/performance.md, "Sweeps").
# Usage: bench/sweep-parallel.sh [INSTANCES...]   (default: testdata/public/uuf50 testdata/public/flat30)
# Runs the sweep with --jobs 1, then --jobs 2, each into a fresh directory; prints wall-clock
# seconds, speedup and parallel efficiency, and the load average before and after each (other
# work on the machine distorts the numbers; the load average says how much).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ $# -gt 0 ] || set -- testdata/public/uuf50 testdata/public/flat30
./traceoid --version >/dev/null   # build first, outside the timing
work="$(mktemp -d)"
declare -A wall
for jobs in 1 2; do
  echo "load before --jobs $jobs: $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  ./traceoid sweep "$@" --config plain= --config lenient=--lenient --timeout 60 --memory 1024 \
      --jobs "$jobs" --out "$work/jobs$jobs" --no-progress > "$work/jobs$jobs.log" 2>&1 || true
  end=$(date +%s.%N)
  wall[$jobs]=$(echo "$end - $start" | bc -l)
  echo "load after  --jobs $jobs: $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -E '^c (plain|lenient|virtual-best) ' "$work/jobs$jobs.log" | sed 's/^/  /'
  printf 'jobs=%d wall=%.1f s\n' "$jobs" "${wall[$jobs]}"
done
printf 'speedup (wall jobs=1 / wall jobs=2) = %.2f, parallel efficiency = %.0f%%\n' \
  "$(echo "${wall[1]} / ${wall[2]}" | bc -l)" "$(echo "100 * ${wall[1]} / ${wall[2]} / 2" | bc -l)"
rm -rf "$work"
