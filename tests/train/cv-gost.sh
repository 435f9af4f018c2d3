#!/usr/bin/env bash
# Cross-validation of the reference parser on the real GOST training strings, by
# document: the development number of issue 15 (the test split, gost-test.xml, is
# never used here).
#
#   tests/train/cv-gost.sh [DIR]        (default: target/cv-gost)
#
# 1. The sequences of tests/train/gost/gost-train*.xml are grouped by document (the
#    `<!-- source: … -->` comment before them, commit left out) and the documents dealt
#    into K folds (4) of about the same size, largest first.
# 2. One model per fold, trained by build-model.sh on everything it trains on except
#    that fold (ITERATIONS, default 120; about 10 minutes a fold on two cores). Set
#    TRAIN=0 to keep the models of an earlier run and only measure again (after a
#    change of the normalisation, which the models do not depend on).
# 3. Each fold read with its model by corpus_refs (REFCONV_REFS_MODEL, ..._ONLY_EXTRA,
#    ..._EXTRA); the field counts of the four folds added up: F1 and the references
#    with every field right. Every miss in DIR/misses.tsv.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIR=$(mkdir -p "${1:-$ROOT/target/cv-gost}" && cd "${1:-$ROOT/target/cv-gost}" && pwd)
K=${K:-4}
ITERATIONS=${ITERATIONS:-120}
TRAIN=${TRAIN:-1}

python3 - "$DIR" "$K" "$HERE"/gost/gost-train*.xml <<'PY'
import re, sys
out, k, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
docs, order = {}, []
for f in files:
    cur = None
    for m in re.finditer(r'<!--\s*source:(.*?)-->|<sequence>.*?</sequence>', open(f, encoding='utf-8').read(), re.S):
        if m.group(1) is not None:
            cur = re.sub(r'@[0-9a-f]+', '', m.group(1).split('|')[0].strip())
            if cur not in docs:
                docs[cur] = []
                order.append(cur)
        else:
            docs[cur].append(m.group(0))
folds, size = [[] for _ in range(k)], [0] * k
for d in sorted(order, key=lambda d: -len(docs[d])):  # stable: file order breaks ties
    i = size.index(min(size))
    folds[i].append(d)
    size[i] += len(docs[d])
for i in range(k):
    for name, sel in (('dev', folds[i]), ('train', [d for j in range(k) if j != i for d in folds[j]])):
        with open(f'{out}/fold{i}-{name}.xml', 'w', encoding='utf-8') as w:
            w.write('<?xml version="1.0" encoding="UTF-8"?>\n<dataset>\n')
            for d in sel:
                w.write(f'  <!-- source: {d} -->\n')
                for s in docs[d]:
                    w.write('  ' + s + '\n')
            w.write('</dataset>\n')
print('folds (strings):', size, file=sys.stderr)
PY

cd "$ROOT"
cargo build --release --quiet
for ((i = 0; i < K; i++)); do
  if [ "$TRAIN" != 0 ] || [ ! -f "$DIR/M$i.crf" ]; then
    GOST_FILES="$DIR/fold$i-train.xml" ITERATIONS=$ITERATIONS \
      "$HERE/build-model.sh" "$DIR/M$i.crf" > "$DIR/M$i.log" 2>&1
  fi
done
rm -f "$DIR/misses.tsv"
for ((i = 0; i < K; i++)); do
  REFCONV_REFS_MODEL="$DIR/M$i.crf" REFCONV_REFS_ONLY_EXTRA=1 \
    REFCONV_REFS_EXTRA="$DIR/fold$i-dev.xml" CORPUS_REFS_MISSES="$DIR/m$i.tsv" \
    cargo test --release --quiet --test corpus_refs -- --ignored --nocapture > "$DIR/eval$i.log" 2>/dev/null
  cat "$DIR/m$i.tsv" >> "$DIR/misses.tsv"
done
python3 - "$DIR" "$K" <<'PY'
import re, sys
d, k = sys.argv[1], int(sys.argv[2])
tp = fp = fn = full = n = 0
for i in range(k):
    log = open(f'{d}/eval{i}.log', encoding='utf-8').read()
    m = re.search(r'^OVERALL\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)', log, re.M)
    tp, fp, fn = tp + int(m[1]), fp + int(m[2]), fn + int(m[3])
    m = re.search(r'every field right: (\d+) of (\d+)', log)
    full, n = full + int(m[1]), n + int(m[2])
p, r = tp / (tp + fp), tp / (tp + fn)
print(f'GOST cross-validation ({k} folds by document): field F1 {2 * p * r / (p + r):.4f}, '
      f'every field right {full} of {n} ({100 * full / n:.1f} %); misses in {d}/misses.tsv')
PY
