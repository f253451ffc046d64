#!/usr/bin/env bash
# DIMACS load benchmark (issue 2): parse time and memory of our reader, and time from file to
# "solver ready" for us and for Sat4j's own DimacsReader, all on the same generated file in
# the same run; prints medians of REPEAT runs and the ratios. Not a test: run it by hand.
#   bench/dimacs-load.sh [VARIABLES] [CLAUSES] [REPEAT]     (default 1000000 4260000 3: ~100 MB)
# JVM options for every run: BENCH_JAVA_OPTS (default: the launcher's, -XX:+UseParallelGC -XX:InitialRAMPercentage=25).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n=${1:-1000000}; m=${2:-4260000}; repeat=${3:-3}
opts=${BENCH_JAVA_OPTS:--XX:+UseParallelGC -XX:InitialRAMPercentage=25}
work="$root/bench/work"; mkdir -p "$work"
cd "$root"
# One reactor build; solver-bridge comes last, so cp.txt ends up holding its test classpath
# (sibling modules resolve to their target/classes and target/test-classes).
mvn -q -B -o -pl solver-bridge -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
cp="solver-bridge/target/test-classes:solver-bridge/target/classes:$(cat "$work/cp.txt")"
file="$work/random-3sat-$n-$m.cnf"
[ -f "$file" ] || java -cp "$cp" org.traceoid.solver.LoadBenchmark generate "$file" "$n" "$m" 1
echo "file: $file ($(du -m "$file" | cut -f1) MB), JVM: $(java -version 2>&1 | head -1), options: $opts"
for mode in ours-parse ours-ready sat4j-ready; do
  for i in $(seq "$repeat"); do java $opts -cp "$cp" org.traceoid.solver.LoadBenchmark "$mode" "$file"; done \
    | sort -k2 -n | awk -v r="$repeat" 'NR==int((r+1)/2)' | tee -a "$work/medians.$$"
done
awk '{t[$1]=$2; mb[$1]=$3} END {
  printf "our parse: %.0f MB/s (target >= 300)\n", mb["ours-parse"];
  printf "file -> solver ready: ours %.2f s, Sat4j %.2f s, ratio %.3f (target <= 0.1)\n", t["ours-ready"], t["sat4j-ready"], t["ours-ready"]/t["sat4j-ready"] }' "$work/medians.$$"
rm -f "$work/medians.$$"
