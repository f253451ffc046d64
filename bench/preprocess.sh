#!/usr/bin/env bash
# Preprocessing benchmark (issue 13, item 1): what certified preprocessing removes, what it
# costs, and whether Sat4j solves faster after it. Not a test: run it by hand.
#
#   bench/preprocess.sh [LIMIT_S] [SETS]      (default: 20 s of CPU per Sat4j run; sets "public generated large")
#
# Sets: "public" is testdata/public (SATLIB); "generated" are seeded families written by
# `./traceoid gen` into bench/work/preprocess/gen (random 3- and 5-SAT near the threshold,
# factoring, BMC counters, 3-colouring of 5-regular graphs, pigeonhole); "large" is the 99 MB
# random 3-SAT file of bench/dimacs-load.sh (preprocessing time only, two runs in one JVM).
# Per file (PreprocessBenchmark solve): preprocessing with the defaults, timed by the CPU time of
# its thread; then Sat4j newDefault and newDefaultAutoErasePhaseSaving each on the original and
# on the simplified formula, alternating which goes first, with a CPU-time limit of LIMIT_S each
# (CPU, so that other jobs on the shared machine do not turn answers into timeouts); models of
# the simplified formula are reconstructed and checked against the original. The ratio of a
# file is (preprocess + solve simplified) / solve original, in CPU seconds. Rows go to
# bench/work/preprocess/solve.tsv; the summary is per set and configuration.
# JVM options: BENCH_JAVA_OPTS (default: the launcher's, -XX:+UseParallelGC -XX:InitialRAMPercentage=25).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
limit=${1:-20}
sets=${2:-public generated large}
opts=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -XX:InitialRAMPercentage=25}
work="$root/bench/work/preprocess"; mkdir -p "$work"
cd "$root"
echo "load: $(uptime)"
# One reactor build; solver-bridge comes last, so cp.txt holds its test classpath (sibling
# modules resolve to their target/ folders, never to a possibly stale ~/.m2 copy).
mvn -q -B -o -pl solver-bridge -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
cp="solver-bridge/target/test-classes:solver-bridge/target/classes:$(cat "$work/cp.txt")"
bench() { java $opts -cp "$cp" org.traceoid.solver.preprocess.PreprocessBenchmark "$@"; }

files=()
for set in $sets; do
  case "$set" in
    public) while IFS=, read -r family file rest; do files+=("testdata/public/$file"); done \
              < <(tail -n +2 testdata/public/manifest.csv) ;;
    generated)
      gen="$work/gen"
      while read -r family args; do
        [ -d "$gen/$family" ] || ./traceoid gen $args --out "$gen/$family" >/dev/null
        files+=("$gen/$family"/*.cnf)
      done <<'FAMILIES'
ksat3-n200 ksat -n=200 --ratio=4.26 --count=10 --seed=100
ksat5-n50 ksat -k=5 -n=50 --ratio=21.1 --count=6 --seed=200
factoring-10 factoring --bits=10 --count=4 --seed=300
bmc-w8-k40 bmc --width=8 --bound=40 --count=6 --seed=400
colouring-d5 colouring -n=150 -k=3 --degree=5 --count=6 --seed=500
php-8 php --holes=8 --count=1
php-9 php --holes=9 --count=1
FAMILIES
      ;;
    large) ;;
    *) echo "unknown set $set (public, generated, large)" >&2; exit 2 ;;
  esac
done

if [ ${#files[@]} -gt 0 ]; then
  nice -n 10 java $opts -cp "$cp" org.traceoid.solver.preprocess.PreprocessBenchmark solve "$limit" "${files[@]}" \
    > "$work/solve.tsv"
  echo "rows: $work/solve.tsv"
  # Per set (public: all of testdata/public; generated: each family) and configuration.
  echo "| set | configuration | files | vars removed | clauses removed | preprocess CPU (s) | solved without / with | CPU without / with, both solved (s) | geo. mean ratio | PAR-2 without / with (s) |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v limit="$limit" 'NR > 1 {
      n = split($1, part, "/"); set = (part[1] == "testdata") ? "public" : "gen/" part[n - 1];
      key = set "\t" $7; files[key]++;
      if ($8 != "UNKNOWN") solved[key]++; if ($10 != "UNKNOWN") solvedPre[key]++;
      varsRemoved[key] += ($2 > 0 ? 1 - $4 / $2 : 0); clausesRemoved[key] += ($3 > 0 ? 1 - $5 / $3 : 0);
      pre[key] += $6;
      if ($8 != "UNKNOWN" && $10 != "UNKNOWN") {   # ratio floored at 0.1 ms each side (timer resolution)
        both[key]++; orig[key] += $9; after[key] += $11;
        logRatio[key] += log(($11 > 1e-4 ? $11 : 1e-4) / ($9 > 1e-4 ? $9 : 1e-4)) }
      par2[key] += ($8 != "UNKNOWN" ? $9 : 2 * limit); par2Pre[key] += ($10 != "UNKNOWN" ? $11 : 2 * limit)
    } END {
      for (key in files) {
        split(key, k, "\t");
        printf "| %s | %s | %d | %.0f%% | %.0f%% | %.2f | %d / %d | %.2f / %.2f | %.3f | %.1f / %.1f |\n", k[1], k[2], files[key],
          100 * varsRemoved[key] / files[key], 100 * clausesRemoved[key] / files[key], pre[key], solved[key], solvedPre[key],
          orig[key], after[key], both[key] ? exp(logRatio[key] / both[key]) : 0, par2[key], par2Pre[key]
      }
    }' "$work/solve.tsv" | sort -t'|' -k2,2 -k3,3
fi

if [[ " $sets " == *" large "* ]]; then
  file="$root/bench/work/random-3sat-1000000-4260000.cnf"
  [ -f "$file" ] || java -cp "$cp" org.traceoid.solver.LoadBenchmark generate "$file" 1000000 4260000 1
  echo "large: $file ($(du -mL "$file" | cut -f1) MB), load: $(uptime)"
  nice -n 10 java $opts -cp "$cp" org.traceoid.solver.preprocess.PreprocessBenchmark time 2 "$file"
fi
echo "load: $(uptime)"
