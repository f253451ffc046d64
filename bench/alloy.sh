#!/usr/bin/env bash
# Alloy benchmark (issue 16): every command of every model shipped in Alloy 6.2.0's jar, with
# Alloy's own Sat4j binding and with Traceoid's certified solver, interleaved per command, ROUNDS
# rounds each in one warmed JVM; prints thread CPU times (medians), their ratio and both verdicts.
# A SAT call past TIMEOUT seconds (wall) gives "unknown". Not a test: results go to
# docs/performance.md ("Alloy"); AlloyExamplesTest's LEFT_OUT list comes from it.
#   bench/alloy.sh [ROUNDS] [TIMEOUT] [ONLY_SUBSTRING]      (default 3 10)
# JVM options: BENCH_JAVA_OPTS (default: -Xmx4g -XX:+UseParallelGC, as the launcher).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds=${1:-3}; timeout=${2:-10}; only=${3:-}
opts=${BENCH_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}
cd "$root"
mvn -q -B -pl alloy -am test-compile -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
deps=$(mktemp)
trap 'rm -f "$deps"' EXIT
mvn -q -B -pl alloy -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$deps" >/dev/null
# Our modules from the reactor's target/classes (never the jars some ~/.m2 may hold), then the rest.
cp="alloy/target/test-classes:alloy/target/classes:solver-bridge/target/classes:proof-check/target/classes"
cp="$cp:encodings/target/classes:cnf/target/classes:$(tr ':' '\n' < "$deps" | grep -v '/org/traceoid/' | paste -sd:)"
echo "JVM: $(java -version 2>&1 | head -1), options: $opts, cores: $(nproc), $(date -u +%Y-%m-%dT%H:%MZ), load: $(uptime | sed 's/.*load average: //')"
# shellcheck disable=SC2086
java $opts -cp "$cp" org.traceoid.alloy.AlloyBenchmark alloy/target/alloy-dist/models "$rounds" "$timeout" "$only"
echo "load after: $(uptime | sed 's/.*load average: //')"
