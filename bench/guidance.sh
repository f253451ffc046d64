#!/usr/bin/env bash
# Guided vs plain Sat4j (issue 7): on generated families held out from training (seeds and
# sizes the default-model script never uses) and on testdata/public, every instance solved by
# plain Sat4j and by the three guided configurations (one-shot, decaying bias, refocus) in the
# same JVM, one after the other. Prints one CSV row per (instance, configuration) and a table:
# solved within TIMEOUT (certified answers only), PAR-2 (GNN time included), median ratios
# guided/plain of time, conflicts and decisions. Not a test: run it by hand.
#   bench/guidance.sh [TIMEOUT_S] [MODEL_DIR|default|seeded]     (default: 10 default, the shipped model)
# JVM: BENCH_JAVA_OPTS (default -Xmx4g). Threads: OMP_NUM_THREADS (default 2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
timeout=${1:-10}; model=${2:-default}
opts=${BENCH_JAVA_OPTS:--Xmx4g}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}
work="$root/bench/work/guidance"; mkdir -p "$work"
cd "$root"
mvn -q -B -o -pl cli -am package -DskipTests   # also compiles the harness in cli's test classes
cp="cli/target/test-classes:cli/target/traceoid-cli.jar:cli/target/lib/*"
gen() { local dir="$work/$1"; shift; [ -f "$dir/corpus.json" ] || ./traceoid gen "$@" --out "$dir" >/dev/null; }
# Held out: factoring and bmc are never trained on; php not at all; seeds far from training's.
gen factoring9 factoring --bits 9 --count 4 --seed 90000
gen bmc6x24   bmc --width 6 --bound 24 --count 4 --seed 100000
gen php8      php --holes 8 --count 1 --seed 110000
gen ksat250   ksat -n 250 --count 8 --seed 120000
echo "JVM: $(java -version 2>&1 | head -1), options: $opts, OMP_NUM_THREADS=$OMP_NUM_THREADS, cores: $(nproc), timeout ${timeout}s, model: $model"
java $opts -Doffline=true -cp "$cp" org.traceoid.cli.GuidanceBenchmark "$timeout" "$model" \
  "factoring9=$work/factoring9" "bmc6x24=$work/bmc6x24" "php8=$work/php8" "ksat250=$work/ksat250" \
  "public=testdata/public" 2>/dev/null | tee "$work/results.txt"
