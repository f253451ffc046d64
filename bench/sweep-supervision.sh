#!/usr/bin/env bash
# What watching a sweep's runs costs (docs/performance.md, "Sweeps"): the same short command bare,
# under the sweep's runner with the best mechanism of this machine, and under /proc polling alone,
# interleaved; wall clock per run and the runner's own CPU per run. Not a test: run it by hand.
#   bench/sweep-supervision.sh [ROUNDS]      (default 15)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -o -pl corpora -am test-compile -DskipTests
m2=${M2_REPO:-$HOME/.m2/repository}
cp="corpora/target/test-classes:corpora/target/classes:cnf/target/classes:proof-check/target/classes"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), $(date -u +%Y-%m-%dT%H:%MZ)"
java -cp "$cp" org.traceoid.corpora.sweep.SupervisionBenchmark "${1:-15}"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
