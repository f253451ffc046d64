#!/usr/bin/env bash
# Certified solving benchmark (issue 4): on the UNSAT instances of testdata/public, Sat4j's
# search time with DRAT proof logging versus without, and our in-process certification
# (DratChecker) time versus the search time; medians over instances, each instance the median
# of REPEAT passes in one warmed-up JVM. Not a test: run it by hand, results go to
# docs/performance.md ("Certified solving").
#   bench/proof-overhead.sh [REPEAT] [TIMEOUT_SECONDS]     (default 5 60: hole10 is left out)
# JVM options: BENCH_JAVA_OPTS (default: -Xmx4g -XX:+UseParallelGC, as the launcher).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
repeat=${1:-5}; timeout=${2:-60}
opts=${BENCH_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}
m2=${M2_REPO:-$HOME/.m2/repository}
cd "$root"
mvn -q -B -o -pl solver-bridge -am test-compile -DskipTests
jar() { find "$m2/$1" -name "$2" | head -1; }
cp="solver-bridge/target/test-classes:solver-bridge/target/classes:proof-check/target/classes:cnf/target/classes"
cp="$cp:$(jar org/ow2/sat4j 'org.ow2.sat4j.core-2.3.6.jar'):$(jar org/apache/commons/commons-compress 'commons-compress-*.jar'):$(jar org/tukaani/xz 'xz-*.jar')"
files=$(awk -F, '$5 == "UNSAT" { print "testdata/public/" $2 }' testdata/public/manifest.csv)
echo "JVM: $(java -version 2>&1 | head -1), options: $opts, cores: $(nproc), $(date -u +%Y-%m-%dT%H:%MZ)"
# shellcheck disable=SC2086
java $opts -cp "$cp" org.traceoid.solver.ProofOverheadBenchmark "$repeat" "$timeout" $files
