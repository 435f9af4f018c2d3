#!/usr/bin/env bash
# Builds refconv's synthetic labelled reference strings (see README.md here):
# converts the shared corpus's BibTeX to CSL-JSON with refconv, plans the
# renderings (prepare.js), renders them through the CSL styles with citeproc-js
# (render.js) and checks and counts the result (check.js).
#
#   tests/train/build-synthetic.sh [OUT_DIR]          (default: target/train-synthetic)
#
# Environment: CORPUS (/work/shared/corpus), TRANSLIT (/work/shared/schemas/translit),
# REFCONV (target/release/refconv), CITEPROC_PREFIX (/tmp/citeproc-node; citeproc-js
# 2.4.63 is installed there with npm when missing), SEED (20250101), JOBS (nproc).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-$ROOT/target/train-synthetic}
CORPUS=${CORPUS:-/work/shared/corpus}
TRANSLIT=${TRANSLIT:-/work/shared/schemas/translit}
REFCONV=${REFCONV:-$ROOT/target/release/refconv}
CITEPROC_PREFIX=${CITEPROC_PREFIX:-/tmp/citeproc-node}
CITEPROC_VERSION=2.4.63
SEED=${SEED:-20250101}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export LC_ALL=C

started=$(date +%s)
command -v node >/dev/null || { echo "node is needed (v18+)" >&2; exit 2; }
[ -x "$REFCONV" ] || { echo "no refconv binary at $REFCONV (set REFCONV)" >&2; exit 2; }

# citeproc-js, pinned.
CITEPROC_JS=$CITEPROC_PREFIX/node_modules/citeproc
if ! grep -q "\"version\": \"$CITEPROC_VERSION\"" "$CITEPROC_JS/package.json" 2>/dev/null; then
  echo "installing citeproc@$CITEPROC_VERSION into $CITEPROC_PREFIX" >&2
  npm install --prefix "$CITEPROC_PREFIX" --no-audit --no-fund --silent "citeproc@$CITEPROC_VERSION" >&2
fi
export CITEPROC_JS

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# Only what this script writes is removed.
rm -rf "$OUT/csl-json" "$OUT/items" "$OUT/stats" "$OUT/logs"
rm -f "$OUT"/*.xml "$OUT/jobs.txt" "$OUT/plan.json" "$OUT/summary.json" "$OUT/summary.txt"
mkdir -p "$OUT/csl-json" "$OUT/stats" "$OUT/logs"

# A copy of refconv, which may be rebuilt while we run.
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp "$REFCONV" "$TMP/refconv"

# 1. BibTeX/BibLaTeX -> CSL-JSON (files that cannot be read are skipped).
: > "$OUT/logs/convert.log"
for dir in bibtex-large bibtex-biblatex bibtex-biber-tdata gold-gost; do
  for f in "$CORPUS/$dir"/*.bib; do
    name="${dir}__$(basename "$f" .bib)"
    rc=0
    "$TMP/refconv" convert "$f" -t csl-json -q > "$OUT/csl-json/$name.json" 2> "$TMP/err" || rc=$?
    if [ ! -s "$OUT/csl-json/$name.json" ] || ! node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$OUT/csl-json/$name.json" 2>/dev/null; then
      echo "SKIPPED $dir/$(basename "$f") (refconv exit $rc): $(head -1 "$TMP/err")" >> "$OUT/logs/convert.log"
      rm -f "$OUT/csl-json/$name.json"
    else
      echo "ok $dir/$(basename "$f") (exit $rc, $(wc -l < "$TMP/err") lines of warnings)" >> "$OUT/logs/convert.log"
    fi
  done
done

# 2. The plan: items per (group, style), transliterated copies, job list.
node "$HERE/prepare.js" --conv "$OUT/csl-json" --suite "$CORPUS/csl-json-test-suite/input" \
  --styles "$CORPUS/csl-styles" --translit "$TRANSLIT" --out "$OUT" --seed "$SEED"

# 3. Rendering, JOBS at a time (each job writes its own files: the result does not
#    depend on the order).
cd "$OUT"
xargs -P "$JOBS" -L 1 node "$HERE/render.js" < jobs.txt 2> logs/render.log || {
  echo "some renderings failed: see $OUT/logs/render.log" >&2
}

# 4. Checks and counts.
node "$HERE/check.js" "$OUT" > summary.txt
cat summary.txt
echo "build-synthetic: $(( $(date +%s) - started )) s, output in $OUT" >&2
