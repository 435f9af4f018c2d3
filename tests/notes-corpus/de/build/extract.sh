#!/bin/sh
# How build/pubNN.src.txt were made (run once; not needed to rebuild the gold).
# REPO = git directory of a snapshot of oeaw-ministerratsprotokolle/mp-edition-data
# at commit 4f261cbd0e0651c5c1e9d3bfa1fffaa286a787d6; extract_tei.py is west2's, unchanged.
set -e
REPO=${REPO:-/work/.mirror/oeaw-ministerratsprotokolle+mp-edition-data/repo}
C=4f261cbd0e0651c5c1e9d3bfa1fffaa286a787d6
H=$(dirname "$0")
run() {  # file first last out
    git --git-dir="$REPO" show "$C:TEI/$1.xml" > /tmp/$1.xml
    python3 "$H/extract_tei.py" /tmp/$1.xml | awk -v a="$2" -v b="$3" '$1 ~ /^[0-9]+$/ && $1+0 >= a && $1+0 <= b' > "$H/$4.src.txt"
}
run MRP-1-5-06-0-00000000-einleitung 163 185 pub01
run MRP-1-4-03-0-00000000-einleitung 248 269 pub02
run MRP-3-0-08-2-00000000-einleitung 1003 1024 pub03
run MRP-1-2-01-0-18481205-P-0001 1 26 pub04
run MRP-1-1-01-0-18480401-P-0001 1 23 pub05
run MRP-3-0-03-1-18711128-P-0003 1 16 pub06
