#!/usr/bin/env bash
# Compares proof-check's DRAT checking time with drat-trim's on the same proofs, in one run:
# cadical's proofs of every UNSAT instance of testdata/public plus drat-trim's R_4_4_18 example.
#
#   bench/proof-check-vs-drat-trim.sh /path/to/drat-trim        (or DRAT_TRIM=/path/to/drat-trim)
#
# drat-trim is neither fetched nor built here: build it beside the project
# (github.com/marijnheule/drat-trim, `make`) and pass the binary. Needs cadical on the PATH.
# Times: drat-trim's own "c verification time" (parse + check, millisecond resolution), median
# of RUNS runs; ours: read formula + read proof + check in one warm JVM (BenchMain), median of
# RUNS. The ratio is ours / drat-trim's; its median is taken over instances where drat-trim needs
# at least MIN_MS milliseconds (below that drat-trim's printed time is mostly rounding).
set -euo pipefail

DRAT_TRIM=${1:-${DRAT_TRIM:-}}
RUNS=${RUNS:-3}
MIN_MS=${MIN_MS:-5}
if [[ -z "$DRAT_TRIM" || ! -x "$DRAT_TRIM" ]]; then
  echo "usage: $0 /path/to/drat-trim   (or set DRAT_TRIM)" >&2
  exit 2
fi
command -v cadical >/dev/null || { echo "cadical not on PATH" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK="$ROOT/bench/work/proof-check"
mkdir -p "$WORK"
cd "$ROOT"

# One reactor build: cnf resolves to its target/ folders, never to a (possibly stale) ~/.m2 copy.
mvn -o -q -pl proof-check -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="proof-check/target/classes:proof-check/target/test-classes:$(cat "$WORK/cp.txt")"

LIST="$WORK/instances.txt"
: > "$LIST"
while IFS=, read -r family file vars clauses expected secs; do
  [[ "$expected" == "UNSAT" ]] || continue
  name=${file//\//_}; name=${name%.cnf}
  proof="$WORK/$name.drat"
  if [[ ! -s "$proof" ]]; then
    set +e; cadical -q -n "testdata/public/$file" "$proof" >/dev/null; rc=$?; set -e
    [[ $rc -eq 20 ]] || { echo "cadical did not say UNSAT on $file ($rc)" >&2; exit 1; }
  fi
  echo "$name testdata/public/$file $proof" >> "$LIST"
done < <(tail -n +2 testdata/public/manifest.csv)
[[ -s "$WORK/R_4_4_18.drat" ]] || bzip2 -dc testdata/proofs/R_4_4_18.drat.bz2 > "$WORK/R_4_4_18.drat"
echo "R_4_4_18 testdata/proofs/R_4_4_18.cnf $WORK/R_4_4_18.drat" >> "$LIST"

# drat-trim: median of RUNS self-reported times
: > "$WORK/drat-trim.txt"
while read -r name cnf proof; do
  times=()
  verdict=""
  for ((r = 0; r < RUNS; r++)); do
    out=$("$DRAT_TRIM" "$cnf" "$proof" -t 20000 2>&1 || true)
    times+=("$(sed -n 's/^.*c verification time: \([0-9.]*\) seconds.*$/\1/p' <<< "$out" | tail -1)")
    verdict=$(grep -q '^s VERIFIED' <<< "$(tr '\r' '\n' <<< "$out")" && echo VERIFIED || echo NOT_VERIFIED)
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
  echo "$name $median $verdict" >> "$WORK/drat-trim.txt"
done < "$LIST"

# proof-check
java -Xmx4g -cp "$CP" org.traceoid.proofcheck.BenchMain "$LIST" "$RUNS" > "$WORK/proof-check.txt"

JOINED="$WORK/joined.txt"
join <(sort "$WORK/drat-trim.txt") <(sort "$WORK/proof-check.txt") | sort -k2 -g > "$JOINED"
echo "| instance | drat-trim (s) | proof-check (s) | ratio | verdicts |"
echo "|---|---:|---:|---:|---|"
awk '{ printf "| %s | %.3f | %.4f | %s | %s / %s |\n", $1, $2, $4, ($2 > 0 ? sprintf("%.2f", $4 / $2) : "n/a"), $3, $5 }' "$JOINED"
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "median ratio (proof-check / drat-trim), instances with drat-trim >= $MIN_MS ms: $(awk -v min="$MIN_MS" '$2 * 1000 >= min { print $4 / $2 }' "$JOINED" | median) over $(awk -v min="$MIN_MS" '$2 * 1000 >= min' "$JOINED" | wc -l) instances"
echo "median ratio, instances with drat-trim >= 0.25 s (past its fixed start-up cost): $(awk '$2 >= 0.25 { print $4 / $2 }' "$JOINED" | median) over $(awk '$2 >= 0.25' "$JOINED" | wc -l) instances"
awk '{ d += $2; p += $4 } END { printf "total time: drat-trim %.3f s, proof-check %.3f s\n", d, p }' "$JOINED"
