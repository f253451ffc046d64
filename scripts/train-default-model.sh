#!/usr/bin/env bash
# Trains the default model shipped in gnn/src/main/resources/org/traceoid/gnn/default-model-v2/
# (docs/model-card.md): generates the training and held-out corpora, labels them from
# certified runs, trains, and copies the model. Everything is seeded (corpora and labels repeat
# exactly, and so does training: same seed, same model bytes on the same machine). Usage: scripts/train-default-model.sh [WORKDIR] (default: target/default-model)
# Environment: TRACEOID (default: ./traceoid), EPOCHS (default 120), DEST (where the model is copied;
# default: the gnn resources above).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$root/target/default-model}"
traceoid="${TRACEOID:-$root/traceoid}" # may be a command with arguments
epochs="${EPOCHS:-120}"
mkdir -p "$work"
gen() { local dir="$work/$1"; shift; [ -f "$dir/corpus.json" ] || $traceoid gen "$@" --out "$dir"; $traceoid label -q --timeout 30 "$dir"; }

# Training families.
gen sr20        sr -n 20 --count 60 --seed 1000
gen sr30        sr -n 30 --count 60 --seed 1500
gen sr40        sr -n 40 --count 30 --seed 2000
gen ksat30      ksat -n 30 --count 80 --seed 3000
gen ksat50      ksat -n 50 --count 60 --seed 4000
gen ksat50r6    ksat -n 50 --ratio 6 --count 60 --seed 4500
gen col-regular colouring --graph regular -n 30 --degree 4 -k 3 --count 40 --seed 5000
gen col-gnp     colouring --graph gnp -n 25 --p 0.2 -k 3 --count 40 --seed 6000
gen col-gnp30   colouring --graph gnp -n 30 --p 0.3 -k 3 --count 60 --seed 6500
gen col-ba      colouring --graph ba -n 30 --degree 2 -k 3 --count 30 --seed 7000
gen tseitin     tseitin --graph regular -n 16 --degree 3 --count 30 --seed 8000
# Held-out families: never trained on, only evaluated.
gen factoring   factoring --bits 5 --count 30 --seed 9000
gen bmc         bmc --width 4 --bound 8 --count 40 --seed 10000

train=()
for c in sr20 sr30 sr40 ksat30 ksat50 ksat50r6 col-regular col-gnp col-gnp30 col-ba tseitin; do train+=(--corpus "$work/$c"); done
$traceoid train "${train[@]}" --holdout "$work/factoring" --holdout "$work/bmc" \
  --epochs "$epochs" --seed 1 --hidden 32 --layers 12 --lr 0.001 --batch 8 --out "$work/model"
dest="${DEST:-$root/gnn/src/main/resources/org/traceoid/gnn/default-model-v2}"
mkdir -p "$dest"
cp "$work/model/model.json" "$work/model/model.params" "$work/model/metrics.json" "$dest/"
echo "default model copied to $dest"
