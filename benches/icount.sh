#!/usr/bin/env bash
# benches/icount.sh OLD_BINARY NEW_BINARY [CORPUS_DIR]
# Instruction counts (valgrind callgrind) of two refconv builds on the corpus that
# benches/compare.sh generates (default /tmp/refconv-bench/corpus), one thread each:
# repeatable whatever else the machine does, so a change that should not touch speed
# can be shown not to (wall times on the shared 2-core machine vary by up to 1.4x).
set -uo pipefail
OLD=$1; NEW=$2; C=${3:-/tmp/refconv-bench/corpus}
export RAYON_NUM_THREADS=1
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | grep -o "Collected : [0-9]*" | awk '{print $3}'; }
cases=(
 "b2c-10k|convert $C/bib10k.bib -t csl-json -q"
 "c2b-10k|convert $C/csl10k.json -t biblatex -q"
 "b2t-10k|convert $C/bib10k.bib -t tei -q"
 "b2l-10k|convert $C/bib10k.bib -t csl-jsonl -q"
 "l2b-10k (streamed)|convert $C/csl10k.jsonl -t biblatex -q"
 "refs 4500|convert $C/refs.txt -f refs -t csl-json -q"
 "notes 11400|convert $C/notes.txt -f notes -t csl-citations -q"
 "b2c-10k chunked|convert $C/bib10k.bib -t csl-json -q"
)
printf "%-22s %15s %15s %8s\n" case old new new/old
for c in "${cases[@]}"; do
  name=${c%%|*}; args=${c#*|}
  if [[ $name == *chunked* ]]; then export REFCONV_CHUNKED_FROM_BYTES=1; fi
  o=$(count "$OLD" $args)
  n=$(count "$NEW" $args)
  unset REFCONV_CHUNKED_FROM_BYTES
  printf "%-22s %15s %15s %8.4f\n" "$name" "$o" "$n" "$(echo "$n / $o" | bc -l)"
done
