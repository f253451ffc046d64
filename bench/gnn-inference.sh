#!/usr/bin/env bash
# GNN inference benchmark (issue 5): engine start-up, one Hopf convolution layer at ~240k
# occurrences x d=64, and full VariableRanker.rank (d=64, L=4, graph construction included) on
# random 3-SAT at E = 10k, 100k, 1M, 5M, each in its own JVM (peak RSS per size); prints the fitted
# scaling exponent of rank time vs E. Not a test: run it by hand.
#   bench/gnn-inference.sh [REPEAT]            (default 3; medians after one warm-up)
# Threads: OMP_NUM_THREADS (default 2, the 2-core budget of issue 5). JVM: BENCH_JAVA_OPTS (default -Xmx8g).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repeat=${1:-3}
opts=${BENCH_JAVA_OPTS:--Xmx8g}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}
work="$root/bench/work"; mkdir -p "$work"
cd "$root"
mvn -q -B -o -pl gnn -am test-compile -DskipTests
mvn -q -B -o -pl gnn dependency:build-classpath -Dmdep.outputFile="$work/gnn-cp.txt" -Dmdep.includeScope=test >/dev/null
cp="gnn/target/test-classes:gnn/target/classes:graphs/target/classes:cnf/target/classes:cnf/target/test-classes:$(cat "$work/gnn-cp.txt")"
run() { java $opts -Doffline=true -cp "$cp" org.traceoid.gnn.GnnBenchmark "$@" 2>/dev/null; }
echo "JVM: $(java -version 2>&1 | head -1), options: $opts, OMP_NUM_THREADS=$OMP_NUM_THREADS, cores: $(nproc)"
run startup
run layer 240000 "$repeat"
for e in 10000 100000 1000000 5000000; do run rank "$e" "$repeat"; done | tee "$work/gnn-rank.$$"
awk '{x=log($2); y=log($3); n++; sx+=x; sy+=y; sxx+=x*x; sxy+=x*y}
     END {b=(n*sxy-sx*sy)/(n*sxx-sx*sx); printf "fitted exponent (rank time ~ E^b): b = %.3f (target <= 1.1)\n", b}' "$work/gnn-rank.$$"
rm -f "$work/gnn-rank.$$"
