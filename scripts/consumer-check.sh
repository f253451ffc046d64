#!/usr/bin/env bash
# A consumer project outside the repository builds against the installed artifacts, following
# only README.md ("Installing the library"): the install command, the minimal consumer POM and
# the PySAT-style session are taken from the README itself. Everything happens in a private
# local repository (seeded from ~/.m2 without its org/traceoid, or filled online), never in
# ~/.m2, and on a copy of the working tree, so nothing else in this checkout is touched.
# Checks: the example prints what the README says; every library module has its jar, sources
# and javadoc jars, license and scm in its POM, and an Automatic-Module-Name; no DJL or PyTorch
# jar is on the consumer's class path.
#   scripts/consumer-check.sh [WORK_DIR]      (default: a new temporary directory, removed at the end)
# With CONSUMER_CHECK_REUSE=1 and a WORK_DIR from an earlier run, the copy and the install are
# kept and only the consumer is rebuilt (for iterating on the README).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/traceoid-consumer-XXXXXX)}"
[ -z "${1:-}" ] && trap 'rm -rf "$work"' EXIT
repo="$work/m2"; src="$work/traceoid"; consumer="$work/consumer"
mkdir -p "$repo" "$src" "$consumer/src/main/java"
mvn_private() { mvn -B -q -Dmaven.repo.local="$repo" "$@"; }

echo "consumer-check: private repository $repo"
reuse=""
[ -n "${CONSUMER_CHECK_REUSE:-}" ] && [ -d "$repo/org/traceoid" ] && reuse=1
if [ -z "$reuse" ] && [ -d "$HOME/.m2/repository" ]; then
  (cd "$HOME/.m2/repository" && tar --exclude='./org/traceoid' -cf - .) | (cd "$repo" && tar -xf -)
fi
if [ -z "$reuse" ]; then
  (cd "$root" && tar --exclude='./.git' --exclude='*/target' --exclude='./target' --exclude='./.traceoid-build' -cf - .) \
    | (cd "$src" && tar -xf -)
fi

readme="$root/README.md"
# The N-th (default first) fenced block of a language after a heading of README.md.
block() { awk -v heading="$1" -v fence='```'"$2" -v wanted="${3:-1}" '
  index($0, heading) == 1 { found = 1; next }
  found && !inside && $0 == fence { seen++; if (seen == wanted) { inside = 1 }; next }
  inside && $0 == "```" { exit }
  inside { print }' "$readme"; }

install_command=$(block "### Installing the library" sh 1 | head -1 | sed 's/ *#.*//')
case "$install_command" in mvn*install*) ;; *) echo "consumer-check: no install command in README" >&2; exit 1 ;; esac
if [ -z "$reuse" ]; then
  echo "consumer-check: $install_command"
  (cd "$src" && mvn_private ${install_command#mvn})
fi
rm -rf "$consumer/target" "$consumer/cp.txt" "$work/output.txt" "$work/build.log"

block "### Installing the library" xml > "$consumer/pom.xml"
{
  echo "import org.traceoid.solver.*;"
  echo "import java.util.*;"
  echo "public class Example {"
  echo "    public static void main(String[] args) {"
  block "### A PySAT-style session" java
  echo "    }"
  echo "}"
} > "$consumer/src/main/java/Example.java"

run_lines=$(block "### Installing the library" sh 2)
echo "consumer-check: building and running the consumer as the README says"
# Maven's lines go to build.log (even -B -q prints colour resets); the program's to output.txt.
(cd "$consumer" && while IFS= read -r line; do
   [ -z "$line" ] && continue
   case "$line" in
     mvn\ *) eval "${line/#mvn /mvn -Dmaven.repo.local=$repo }" >>"$work/build.log" 2>&1 \
                || { cat "$work/build.log" >&2; exit 1; } ;;
     *) eval "$line" >>"$work/output.txt" ;;
   esac
 done <<<"$run_lines")
cat "$work/output.txt"
expected=$'SATISFIABLE on1=TRUE certified=true\nUNSATISFIABLE core [on2, on3] certified=true\n7 models, complete=true\nSATISFIABLE again after the enumeration'
[ "$(cat "$work/output.txt")" = "$expected" ] || { echo "consumer-check: unexpected output" >&2; exit 1; }

if tr ':' '\n' < "$consumer/cp.txt" | grep -E 'ai/djl|pytorch' ; then
  echo "consumer-check: DJL or PyTorch on the class path of a solver-bridge consumer" >&2; exit 1
fi
for module in cnf proof-check encodings solver-bridge spec-lang graphs gnn corpora alloy; do
  dir="$repo/org/traceoid/traceoid-$module/0.1.0-SNAPSHOT"
  for suffix in .jar -sources.jar -javadoc.jar .pom; do
    [ -f "$dir/traceoid-$module-0.1.0-SNAPSHOT$suffix" ] || { echo "consumer-check: missing traceoid-$module$suffix" >&2; exit 1; }
  done
  unzip -p "$dir/traceoid-$module-0.1.0-SNAPSHOT.jar" META-INF/MANIFEST.MF | grep -q '^Automatic-Module-Name: org\.traceoid\.' \
    || { echo "consumer-check: traceoid-$module has no Automatic-Module-Name" >&2; exit 1; }
done
parent="$repo/org/traceoid/traceoid-parent/0.1.0-SNAPSHOT/traceoid-parent-0.1.0-SNAPSHOT.pom"
grep -q '<name>Apache-2.0</name>' "$parent" && grep -q '<scm>' "$parent" \
  || { echo "consumer-check: the parent POM lacks license or scm" >&2; exit 1; }
echo "consumer-check: passed"
