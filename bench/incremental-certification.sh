#!/usr/bin/env bash
# Incremental certification benchmark (issue 16): a BMC loop of CALLS calls (a miter of two
# differently built W-bit accumulators; each call adds a frame and asks, under an assumption,
# whether they can differ: UNSAT), every SAT_EVERY-th call also a reachable SAT question.
# Per call: the lemmas IncrementalSolver checks and its certification time, beside a backward
# DratChecker re-check of the whole history (the previous design) every RECHECK_EVERY calls,
# on the same run. Not a test: results go to docs/performance.md ("Incremental certification").
#   bench/incremental-certification.sh [CALLS] [W] [SAT_EVERY] [RECHECK_EVERY]   (default 250 8 10 5)
# JVM options: BENCH_JAVA_OPTS (default: -Xmx4g -XX:+UseParallelGC, as the launcher).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
calls=${1:-250}; width=${2:-8}; sat_every=${3:-10}; recheck_every=${4:-5}
opts=${BENCH_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}
m2=${M2_REPO:-$HOME/.m2/repository}
cd "$root"
mvn -q -B -o -pl solver-bridge -am test-compile -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
jar() { find "$m2/$1" -name "$2" | head -1; }
cp="solver-bridge/target/test-classes:solver-bridge/target/classes:proof-check/target/classes:cnf/target/classes:encodings/target/classes"
cp="$cp:$(jar org/ow2/sat4j 'org.ow2.sat4j.core-2.3.6.jar'):$(jar org/apache/commons/commons-compress 'commons-compress-*.jar'):$(jar org/tukaani/xz 'xz-*.jar')"
echo "JVM: $(java -version 2>&1 | head -1), options: $opts, cores: $(nproc), $(date -u +%Y-%m-%dT%H:%MZ), load: $(uptime | sed 's/.*load average: //')"
# shellcheck disable=SC2086
java $opts -cp "$cp" org.traceoid.solver.IncrementalCertificationBenchmark "$calls" "$width" "$sat_every" "$recheck_every"
echo "load after: $(uptime | sed 's/.*load average: //')"
