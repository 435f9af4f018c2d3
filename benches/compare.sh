#!/usr/bin/env bash
# benches/compare.sh -- whole-process speed and memory of refconv against its peers
# (issue 9), on the replicated corpus of /work/shared/docs/performance-anchors.md §1/§7.
#
#   bash benches/compare.sh [--quick] [--dir DIR] [--runs N] [--no-install]
#
#   --quick        1k and 10k entries only, pandoc at 1k only (a few minutes; CI-ish)
#   --dir DIR      scratch folder (default $REFCONV_BENCH_DIR or /tmp/refconv-bench):
#                  corpus/, out/, results/, the Citation.js install and bibrt's target dir
#   --runs N       counted runs per fast case (default 5); slow 100k cases get 3 or 1
#   --no-install   do not install missing tools, only name them
#   --only REGEX   time only the cases whose id matches (e.g. 'refconv-b2c|bibrt')
#
# What it does, in order:
#   1. installs what is missing: hyperfine, GNU time, pandoc, bibutils (Debian apt;
#      hyperfine falls back to `cargo install`), node/npm (apt), Citation.js 0.8.2 (npm,
#      into DIR/cjs). A tool it cannot get is named in a MISSING banner at the start and
#      at the end, and its rows say "MISSING" -- never silently skipped.
#   2. generates the corpus: bib{1k,10k,100k}.bib from samples/bibtex/biblatex-examples.bib
#      (byte-identical to the anchors' files: 739,657 / 7,400,508 / 74,136,103 bytes),
#      the `\enquote*` -> `\enquote` variant Citation.js needs, csl{1k,10k,100k}.json
#      (refconv's own CSL-JSON output of the bib files), 4,500 numbered references
#      (samples/refs/gold-dev/numbered.txt x100, renumbered) and 11,400 archival
#      footnotes (samples/notes seed + gold-dev x100, renumbered); ris25.ris, the shared
#      corpus's 970-record Google Scholar RIS export x25 (issue 18).
#   3. builds refconv (cargo build --release) and benches/bibrt (the `biblatex` crate's
#      parse + write, its own cargo project and target dir).
#   4. times each conversion as a whole process with hyperfine (median of N, 1 warm-up
#      for the fast ones), then once more under /usr/bin/time for the peak RSS, and
#      checks how many entries the output holds.
#      Also, when the build has them: batch mode (`--out-dir`, 4 x bib10k, -j 1 vs -j 2;
#      else two processes one after the other vs side by side) and CSL-JSON Lines
#      (bib -> csl-jsonl, csl-jsonl -> biblatex) at each size.
#   5. prints a Markdown table (median, min..max, entries/s, MB/s, peak RSS, RSS/input,
#      output entries, load average), the ratios and issue 9's target verdicts; all of it
#      is also in DIR/results/ (report.md, rows.tsv, hyperfine JSON per case).
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${REFCONV_BENCH_DIR:-/tmp/refconv-bench}"
RUNS=5
QUICK=0
ONLY=""
INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --dir) DIR="$2"; shift ;;
    --dir=*) DIR="${1#--dir=}" ;;
    --runs) RUNS="$2"; shift ;;
    --runs=*) RUNS="${1#--runs=}" ;;
    --no-install) INSTALL=0 ;;
    --only) ONLY="$2"; shift ;;
    --only=*) ONLY="${1#--only=}" ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$DIR"/{corpus,out,results/json}
DIR="$(cd "$DIR" && pwd)"
C="$DIR/corpus"; O="$DIR/out"; RES="$DIR/results"
ROWS="$RES/rows.tsv"
say() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- 1. tools
MISSING=()
APT_UPDATED=0
apt_install() { # apt_install PKG...
  [ "$INSTALL" = 1 ] || return 1
  command -v apt-get >/dev/null || return 1
  local sudo=""
  if [ "$(id -u)" != 0 ]; then command -v sudo >/dev/null && sudo="sudo -n" || return 1; fi
  if [ "$APT_UPDATED" = 0 ]; then $sudo apt-get update -qq >/dev/null 2>&1; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >"$RES/apt.log" 2>&1
}
need() { # need CMD APT_PACKAGE LABEL
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $3 ($2 from apt)"
  apt_install "$2"
  command -v "$1" >/dev/null 2>&1 && return 0
  MISSING+=("$3 ($1; tried: apt-get install $2)")
  return 1
}
say "tools"
command -v cargo >/dev/null || { echo "compare.sh: cargo is required" >&2; exit 2; }
need python3 python3 "Python 3 (corpus generator, report)" || { echo "compare.sh: python3 is required" >&2; exit 2; }
TIMEBIN=/usr/bin/time
if ! [ -x "$TIMEBIN" ]; then apt_install time; fi
[ -x "$TIMEBIN" ] || { MISSING+=("GNU time (/usr/bin/time; tried: apt-get install time) -- no peak RSS"); TIMEBIN=""; }
if ! command -v hyperfine >/dev/null 2>&1; then
  say "installing hyperfine"
  apt_install hyperfine
  if ! command -v hyperfine >/dev/null 2>&1 && [ "$INSTALL" = 1 ]; then
    cargo install --locked hyperfine >"$RES/cargo-install-hyperfine.log" 2>&1
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
HAVE_HF=1
command -v hyperfine >/dev/null 2>&1 || { HAVE_HF=0; MISSING+=("hyperfine (tried apt and cargo install) -- using a plain loop instead"); }
HAVE_PANDOC=1; need pandoc pandoc "pandoc" || HAVE_PANDOC=0
HAVE_BIBUTILS=1; need bib2xml bibutils "bibutils bib2xml" || HAVE_BIBUTILS=0
HAVE_CJS=0
if command -v node >/dev/null 2>&1 || need node nodejs "Node.js (for Citation.js)"; then
  command -v npm >/dev/null 2>&1 || need npm npm "npm (for Citation.js)"
  if [ -d "$DIR/cjs/node_modules/@citation-js/plugin-ris" ]; then HAVE_CJS=1
  elif command -v npm >/dev/null 2>&1 && [ "$INSTALL" = 1 ]; then
    say "installing Citation.js into $DIR/cjs (npm)"
    mkdir -p "$DIR/cjs"; [ -f "$DIR/cjs/package.json" ] || echo '{"name":"cjs-bench","private":true}' >"$DIR/cjs/package.json"
    # 0.8.2 is what the anchors measured (0.9 needs node >= 22.12); unpinned if that fails.
    (cd "$DIR/cjs" && { npm install --no-audit --no-fund @citation-js/core@0.8.2 @citation-js/plugin-bibtex@0.8.2 @citation-js/plugin-csl@0.8.2 @citation-js/plugin-ris@0.8.2 \
       || npm install --no-audit --no-fund @citation-js/core @citation-js/plugin-bibtex @citation-js/plugin-csl; } >"$RES/npm.log" 2>&1)
    [ -d "$DIR/cjs/node_modules/@citation-js/plugin-ris" ] && HAVE_CJS=1
  fi
fi
[ "$HAVE_CJS" = 1 ] || MISSING+=("Citation.js (npm install @citation-js/core @citation-js/plugin-bibtex @citation-js/plugin-csl into $DIR/cjs)")
mkdir -p "$DIR/cjs"
cat >"$DIR/cjs/cjs.js" <<'EOF' 
// performance-anchors.md §7: BibLaTeX -> CSL-JSON with Citation.js
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');
const cite = new Cite(fs.readFileSync(process.argv[2], 'utf8'), { forceType: '@biblatex/text' });
fs.writeFileSync(process.argv[3], cite.format('data', { format: 'text' }));
EOF
cat >"$DIR/cjs/cjs-ris.js" <<'EOF'
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');
const cite = new Cite(fs.readFileSync(process.argv[2], 'utf8'), { forceType: '@ris/file' });
fs.writeFileSync(process.argv[3], cite.format('data', { format: 'text' }));
EOF

banner_missing() {
  if [ ${#MISSING[@]} -gt 0 ]; then
    printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
    printf '!!! MISSING TOOL: %s\n' "${MISSING[@]}" >&2
    printf '!!! their rows below say MISSING; install them and run again.\n' >&2
    printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
  fi
}
banner_missing

# ---------------------------------------------------------------- 3. builds
say "building refconv (release) and benches/bibrt"
(cd "$REPO" && cargo build --release --quiet) || { echo "compare.sh: cargo build --release failed" >&2; exit 2; }
REFCONV="$REPO/target/release/refconv"
HAVE_BIBRT=1
CARGO_TARGET_DIR="$DIR/target-bibrt" cargo build --release --quiet --manifest-path "$REPO/benches/bibrt/Cargo.toml" \
  || { HAVE_BIBRT=0; MISSING+=("bibrt (cargo build of benches/bibrt failed)"); }
BIBRT="$DIR/target-bibrt/release/bibrt"

# ---------------------------------------------------------------- 2. corpus
say "corpus in $C"
SIZES="1000 10000 100000"; [ "$QUICK" = 1 ] && SIZES="1000 10000"
k() { echo "$(( $1 / 1000 ))k"; }
python3 - "$REPO" "$C" $SIZES <<'PY' || { echo "compare.sh: corpus generation failed" >&2; exit 2; }
import hashlib, os, re, sys
repo, out, sizes = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:]]
seed_path = os.path.join(repo, 'samples/bibtex/biblatex-examples.bib')
raw = open(seed_path, 'rb').read()
# biblatex's example database as shipped in Debian texlive-bibtex-extra 2022.20230122-4 (the anchors' seed)
SEED_SHA = 'e7b05fc8d5bc12f9c41e62abc0b9bf6d22198d7e3b780cae24140cb45355f3cc'
if hashlib.sha256(raw).hexdigest() != SEED_SHA:
    print('WARNING: %s is not the anchors\' seed (sha256 differs); sizes will not match §1' % seed_path, file=sys.stderr)
src = raw.decode('utf-8')
# performance-anchors.md §7: @string lines once; whole copies of all 92 entries with keys
# suffixed -cN (crossref/xref/entryset/related rewritten to the same copy); the last,
# partial group from the 83 self-contained entries (cycling to the next copy index).
blocks = re.split(r'\n(?=@)', src.strip())
strings = [b.strip() for b in blocks if b.lower().startswith('@string')]
entries = [b.strip() for b in blocks if not b.lower().startswith('@string')]
REF = re.compile(r'^(\s*(?:crossref|xref|entryset|related)\s*=\s*\{)([^}]*)(\})', re.M)
def copy(e, n):
    k = re.match(r'@\w+\{([^,]+),', e).group(1)
    e = e.replace('{' + k + ',', '{%s-c%d,' % (k, n), 1)
    return REF.sub(lambda m: m.group(1) + ','.join('%s-c%d' % (x.strip(), n)
                   for x in m.group(2).split(',')) + m.group(3), e)
selfc = [e for e in entries if not REF.search(e)]
EXPECT = {1000: 739657, 10000: 7400508, 100000: 74136103}
for N in sizes:
    name = os.path.join(out, 'bib%dk.bib' % (N // 1000))
    if not (os.path.exists(name) and os.path.getsize(name) == EXPECT.get(N)):
        res, n = [], 0
        while len(res) + len(entries) <= N:
            res += [copy(e, n) for e in entries]; n += 1
        i = 0
        while len(res) < N:
            res.append(copy(selfc[i % len(selfc)], n + i // len(selfc))); i += 1
        text = '\n'.join(strings) + '\n\n' + ''.join(e + '\n\n' for e in res)
        open(name, 'w', encoding='utf-8', newline='\n').write(text)
    size = os.path.getsize(name)
    ok = 'matches performance-anchors.md §1' if size == EXPECT.get(N) else 'DIFFERS from performance-anchors.md §1 (%s)' % EXPECT.get(N)
    print('%s: %d entries, %d bytes, %s' % (os.path.basename(name), N, size, ok), file=sys.stderr)
    # Citation.js variant (§8): \enquote* -> \enquote, same size class
    ns = name.replace('.bib', '.nostar.bib')
    if not os.path.exists(ns) or os.path.getmtime(ns) < os.path.getmtime(name):
        open(ns, 'w', encoding='utf-8', newline='\n').write(open(name, encoding='utf-8').read().replace('\\enquote*', '\\enquote'))
# free text: numbered references and archival footnotes, replicated x100 and renumbered
LAB = re.compile(r'^(\d+)(\.|\))\s|^\[(\d+)\]\s')
refs = []
for l in open(os.path.join(repo, 'samples/refs/gold-dev/numbered.txt'), encoding='utf-8').read().split('\n'):
    if LAB.match(l): refs.append([l])
    elif refs and l.strip() and l.strip() != 'References': refs[-1].append(l)
lines, k = [], 0
for _ in range(100):
    for r in refs:
        k += 1
        lines.append(LAB.sub(lambda m: ('[%d] ' % k) if m.group(3) else '%d%s ' % (k, m.group(2)), r[0], count=1))
        lines += r[1:]
open(os.path.join(out, 'refs.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
notes, n = [], 0
for _ in range(100):
    for f in ('samples/notes/seed-footnotes.txt', 'samples/notes/gold-dev/archival.txt'):
        for l in open(os.path.join(repo, f), encoding='utf-8'):
            m = re.match(r'(\d+)\s+(.*)', l.rstrip('\n'))
            if l.startswith('#') or not m: continue
            n += 1; notes.append('%d %s' % (n, m.group(2)))
open(os.path.join(out, 'notes.txt'), 'w', encoding='utf-8').write('\n'.join(notes) + '\n')
open(os.path.join(out, 'counts.txt'), 'w').write('refs %d\nnotes %d\n' % (k, n))
print('refs.txt: %d references; notes.txt: %d footnotes' % (k, n), file=sys.stderr)
PY
REFS_N=$(awk '/^refs/{print $2}' "$C/counts.txt"); NOTES_N=$(awk '/^notes/{print $2}' "$C/counts.txt")
# RIS (issue 18): CiteSource's 970-record Google Scholar export (GPL, read from the
# shared corpus, never copied into the repository) x25 = 24,275 records, 49.6 MB (each
# copy starts with a byte-order mark: files pasted together, as users do).
RIS_SRC="${REFCONV_CORPUS:-$REPO/../shared/corpus}/ris-real/citesource__GScholar.ris"
RIS_N=0
if [ -f "$RIS_SRC" ]; then
  if ! [ -s "$C/ris25.ris" ] || [ "$C/ris25.ris" -ot "$RIS_SRC" ]; then
    for _ in $(seq 25); do cat "$RIS_SRC"; done >"$C/ris25.ris"
  fi
  RIS_N=$(python3 -c "import re,sys;print(len(re.findall(r'^\ufeff?TY  -',open(sys.argv[1],encoding='utf-8').read(),re.M)))" "$C/ris25.ris")
else
  MISSING+=("the RIS corpus file $RIS_SRC (set REFCONV_CORPUS)")
fi
for n in $SIZES; do
  s=$(k $n)
  if ! [ -s "$C/csl$s.json" ] || [ "$C/csl$s.json" -ot "$C/bib$s.bib" ] || [ "$C/csl$s.json" -ot "$REFCONV" ]; then
    "$REFCONV" convert "$C/bib$s.bib" -f biblatex -t csl-json -q -o "$C/csl$s.json" || { echo "compare.sh: making csl$s.json failed" >&2; exit 2; }
  fi
done

# ---------------------------------------------------------------- 4. timing
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "ram: $(free -g | awk '/^Mem:/{print $2" GiB"}')"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "rustc: $(rustc --version)"
  echo "refconv: git $(cd "$REPO" && git rev-parse --short HEAD 2>/dev/null)$(cd "$REPO" && [ -n "$(git status --porcelain -- src Cargo.toml Cargo.lock 2>/dev/null)" ] && echo ' + uncommitted changes in src/')"
  [ "$HAVE_PANDOC" = 1 ] && echo "pandoc: $(pandoc --version | head -1)"
  [ "$HAVE_BIBUTILS" = 1 ] && echo "bibutils: $(dpkg-query -W -f '${Version}' bibutils 2>/dev/null || echo '?')"
  [ "$HAVE_CJS" = 1 ] && echo "citation-js: $(node -p "require('$DIR/cjs/node_modules/@citation-js/core/package.json').version") (node $(node --version))"
  echo "biblatex crate: $(sed -n '/name = "biblatex"/{n;p}' "$REPO/benches/bibrt/Cargo.lock" | tr -d ' "' )"
  [ "$HAVE_HF" = 1 ] && echo "hyperfine: $(hyperfine --version)"
  echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RES/machine.txt"
cat "$RES/machine.txt" >&2

printf 'id\ttool\ttask\tinput\tentries\tbytes\truns\tmedian\tmin\tmax\tcpu\trss_kb\tout_entries\tload\tstatus\n' >"$ROWS"

count_out() { # entries in an output file, by its kind
  python3 - "$1" "$2" <<'PY' 2>/dev/null || echo "?"
import json, re, sys
kind, path = sys.argv[1], sys.argv[2]
t = open(path, encoding='utf-8', errors='replace').read()
if kind == 'json': d = json.loads(t); print(len(d) if isinstance(d, list) else len(d.get('items', d.get('citations', []))))
elif kind == 'bib': print(len([1 for m in re.finditer(r'^\s*@(\w+)', t, re.M) if m.group(1).lower() not in ('string', 'preamble', 'comment')]))
elif kind == 'tei': print(len(re.findall(r'<(?:biblStruct|bibl)[\s>]', t)))
elif kind == 'mods': print(len(re.findall(r'<mods[\s>]', t)))
elif kind == 'cit': d = json.loads(t); print(len(d))
elif kind == 'jsonl': print(sum(1 for l in t.splitlines() if l.strip()))
elif kind == 'ris': print(len(re.findall(r'^\ufeff?TY  -', t, re.M)))
else: print('?')
PY
}

# bench ID TOOL TASK INPUT_FILE ENTRIES RUNS OUT_KIND OUT_FILE CMD
bench() {
  local id="$1" tool="$2" task="$3" in="$4" n="$5" runs="$6" kind="$7" out="$8" cmd="$9"
  if [ -n "$ONLY" ] && ! [[ "$id" =~ $ONLY ]]; then return 0; fi
  local bytes; bytes=${BENCH_BYTES:-$(stat -c %s "$in")}   # BENCH_BYTES: when the input is several files
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  printf '%-18s %-46s ' "$id" "$tool: $task" >&2
  local med="" mn="" mx="" cpu="" rss="" status=ok
  rm -f "$out"
  if [ "$runs" -le 1 ] || [ "$HAVE_HF" = 0 ]; then
    # plain loop: one /usr/bin/time run per count (wall + peak RSS from the same runs)
    local times=() r=0 t u s m
    while [ "$r" -lt "$runs" ]; do
      if [ -n "$TIMEBIN" ]; then
        "$TIMEBIN" -f '%e %U %S %M' -o "$RES/time.$id" sh -c "$cmd" >/dev/null 2>"$RES/err.$id" || status=failed
        read -r t u s m <"$RES/time.$id"; times+=("$t"); cpu=$(echo "$u $s" | awk '{print $1+$2}'); rss="$m"
      else
        local t0 t1; t0=$(date +%s.%N); sh -c "$cmd" >/dev/null 2>"$RES/err.$id" || status=failed; t1=$(date +%s.%N)
        times+=("$(echo "$t0 $t1" | awk '{print $2-$1}')")
      fi
      r=$((r + 1))
    done
    read -r med mn mx < <(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)], a[1], a[NR]}')
  else
    local warm=1; [ "$runs" -le 3 ] && warm=0
    if hyperfine --style none --runs "$runs" --warmup "$warm" --export-json "$RES/json/$id.json" "$cmd" >/dev/null 2>"$RES/err.$id"; then
      read -r med mn mx cpu < <(python3 -c "import json,sys;r=json.load(open(sys.argv[1]))['results'][0];print(r['median'],r['min'],r['max'],r['user']+r['system'])" "$RES/json/$id.json")
      if [ -n "$TIMEBIN" ]; then
        "$TIMEBIN" -f '%M' -o "$RES/time.$id" sh -c "$cmd" >/dev/null 2>>"$RES/err.$id" || true
        rss=$(tail -1 "$RES/time.$id")
      fi
    else
      status=failed
    fi
  fi
  local outn="?"
  if [ "$status" = ok ] && [ -s "$out" ]; then outn=$(count_out "$kind" "$out"); fi
  [ "$status" = ok ] && ! [ -s "$out" ] && status="no output"
  printf '%8.3f s  %s\n' "${med:-0}" "$status" >&2
  [ "$status" != ok ] && sed 's/^/    | /' "$RES/err.$id" | tail -5 >&2
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$tool" "$task" "$(basename "$in")" "$n" "$bytes" "$runs" \
    "$med" "$mn" "$mx" "$cpu" "$rss" "$outn" "$load" "$status" >>"$ROWS"
  # the 100k outputs are large; keep only the small ones for inspection
  [ "$bytes" -gt 20000000 ] && rm -f "$out"
  return 0
}
missing_row() { # missing_row ID TOOL TASK INPUT_FILE ENTRIES
  if [ -n "$ONLY" ] && ! [[ "$1" =~ $ONLY ]]; then return 0; fi
  printf '%-18s %-46s MISSING\n' "$1" "$2: $3" >&2
  printf '%s\t%s\t%s\t%s\t%s\t%s\t\t\t\t\t\t\t\t\tMISSING\n' "$1" "$2" "$3" "$(basename "$4")" "$5" "$(stat -c %s "$4")" >>"$ROWS"
}

say "timing (median of $RUNS unless the row says otherwise; load average in each row)"
for n in $SIZES; do
  s=$(k $n); big=0; [ "$n" -ge 100000 ] && big=1
  r=$RUNS
  bench "refconv-b2c-$s" refconv "bib->csl-json" "$C/bib$s.bib" "$n" "$r" json "$O/rc-$s.json" \
    "exec '$REFCONV' convert '$C/bib$s.bib' -f biblatex -t csl-json -q -o '$O/rc-$s.json'"
  bench "refconv-c2b-$s" refconv "csl-json->biblatex" "$C/csl$s.json" "$n" "$r" bib "$O/rc-$s.bib" \
    "exec '$REFCONV' convert '$C/csl$s.json' -f csl-json -t biblatex -q -o '$O/rc-$s.bib'"
  bench "refconv-b2t-$s" refconv "bib->tei" "$C/bib$s.bib" "$n" "$r" tei "$O/rc-$s.xml" \
    "exec '$REFCONV' convert '$C/bib$s.bib' -f biblatex -t tei -q -o '$O/rc-$s.xml'"
  if [ "$HAVE_BIBRT" = 1 ]; then
    bench "bibrt-$s" "biblatex crate 0.12" "parse+write (bib->bib)" "$C/bib$s.bib" "$n" "$r" bib "$O/bibrt-$s.bib" \
      "exec '$BIBRT' '$C/bib$s.bib' > '$O/bibrt-$s.bib' 2>/dev/null"
  else missing_row "bibrt-$s" "biblatex crate 0.12" "parse+write (bib->bib)" "$C/bib$s.bib" "$n"; fi
  # pandoc: ~0.4k entries/s; 1k always, 10k with 3 runs unless --quick, 100k never (≈ 4 min and 6.8 GiB)
  if [ "$n" -le 10000 ] && { [ "$n" = 1000 ] || [ "$QUICK" = 0 ]; }; then
    pr=$RUNS; [ "$n" = 10000 ] && pr=3
    if [ "$HAVE_PANDOC" = 1 ]; then
      bench "pandoc-b2c-$s" pandoc "-f biblatex -t csljson" "$C/bib$s.bib" "$n" "$pr" json "$O/pandoc-$s.json" \
        "exec pandoc -f biblatex -t csljson '$C/bib$s.bib' -o '$O/pandoc-$s.json'"
      [ "$n" = 1000 ] && bench "pandoc-c2b-$s" pandoc "-f csljson -t biblatex" "$C/csl$s.json" "$n" "$pr" bib "$O/pandoc-$s.bib" \
        "exec pandoc -f csljson -t biblatex '$C/csl$s.json' -o '$O/pandoc-$s.bib'"
    else missing_row "pandoc-b2c-$s" pandoc "-f biblatex -t csljson" "$C/bib$s.bib" "$n"; fi
  fi
  br=$RUNS; [ "$big" = 1 ] && br=1        # bib2xml is superlinear: ~2 min at 100k
  if [ "$HAVE_BIBUTILS" = 1 ]; then
    bench "bib2xml-$s" "bibutils bib2xml" "bib->MODS XML" "$C/bib$s.bib" "$n" "$br" mods "$O/bib2xml-$s.xml" \
      "exec bib2xml '$C/bib$s.bib' > '$O/bib2xml-$s.xml' 2>/dev/null"
  else missing_row "bib2xml-$s" "bibutils bib2xml" "bib->MODS XML" "$C/bib$s.bib" "$n"; fi
  cr=$RUNS; [ "$n" = 10000 ] && cr=3; [ "$big" = 1 ] && cr=1
  if [ "$HAVE_CJS" = 1 ]; then
    bench "citationjs-$s" "Citation.js" "bib->csl-json (\\enquote* variant)" "$C/bib$s.nostar.bib" "$n" "$cr" json "$O/cjs-$s.json" \
      "cd '$DIR/cjs' && exec node cjs.js '$C/bib$s.nostar.bib' '$O/cjs-$s.json'"
  else missing_row "citationjs-$s" "Citation.js" "bib->csl-json" "$C/bib$s.nostar.bib" "$n"; fi
done
bench "refconv-refs" refconv "refs->csl-json ($REFS_N numbered refs)" "$C/refs.txt" "$REFS_N" "$RUNS" json "$O/refs.json" \
  "exec '$REFCONV' convert '$C/refs.txt' -f refs -t csl-json -q -o '$O/refs.json'"
bench "refconv-notes" refconv "notes->csl-citations ($NOTES_N footnotes)" "$C/notes.txt" "$NOTES_N" "$RUNS" cit "$O/notes.json" \
  "exec '$REFCONV' convert '$C/notes.txt' -f notes -t csl-citations -q -o '$O/notes.json'"
# Two 10k files, one after the other vs side by side (xargs -P2): what 2 cores give
# whole processes today (issue 9's batch target is >= 1.7x; batch mode itself is not built yet).
for x in a b c d; do cp "$C/bib10k.bib" "$C/bib10k-$x.bib"; done
TWO=$((2 * $(stat -c %s "$C/bib10k.bib"))); FOUR=$((4 * $(stat -c %s "$C/bib10k.bib")))
BENCH_BYTES=$TWO bench "refconv-2x10k-seq" refconv "2 x bib10k->csl-json, 2 processes one after the other" "$C/bib10k.bib" 20000 "$RUNS" json "$O/two-a.json" \
  "printf 'a\\nb\\n' | xargs -P1 -I{} '$REFCONV' convert '$C/bib10k-{}.bib' -f biblatex -t csl-json -q -o '$O/two-{}.json'"
BENCH_BYTES=$TWO bench "refconv-2x10k-par" refconv "2 x bib10k->csl-json, 2 processes side by side (xargs -P2)" "$C/bib10k.bib" 20000 "$RUNS" json "$O/two-a.json" \
  "printf 'a\\nb\\n' | xargs -P2 -I{} '$REFCONV' convert '$C/bib10k-{}.bib' -f biblatex -t csl-json -q -o '$O/two-{}.json'"
# Batch mode (issue 9: >= 1.7x on 2 cores), when this build has it: 4 x bib10k, -j 1 vs -j 2.
if "$REFCONV" convert --help 2>/dev/null | grep -q -- '--out-dir'; then
  for j in 1 2; do
    BENCH_BYTES=$FOUR bench "refconv-batch4x10k-j$j" refconv "batch --out-dir, 4 x bib10k->csl-json, -j $j" "$C/bib10k.bib" 40000 "$RUNS" json "$O/batch-j$j/bib10k-a.json" \
      "exec '$REFCONV' convert '$C/bib10k-a.bib' '$C/bib10k-b.bib' '$C/bib10k-c.bib' '$C/bib10k-d.bib' -f biblatex -t csl-json -q --out-dir '$O/batch-j$j' -j $j"
  done
else
  echo "refconv-batch      (this refconv has no --out-dir batch mode: batch rows not run)" >&2
fi
# CSL-JSON Lines (streamed), when this build has it.
if "$REFCONV" formats 2>/dev/null | grep -q '^csl-jsonl'; then
  for n in $SIZES; do
    s=$(k $n)
    if ! [ -s "$C/csl$s.jsonl" ] || [ "$C/csl$s.jsonl" -ot "$C/bib$s.bib" ] || [ "$C/csl$s.jsonl" -ot "$REFCONV" ]; then
      "$REFCONV" convert "$C/bib$s.bib" -f biblatex -t csl-jsonl -q -o "$C/csl$s.jsonl"
    fi
    bench "refconv-b2l-$s" refconv "bib->csl-jsonl" "$C/bib$s.bib" "$n" "$RUNS" jsonl "$O/rc-$s.jsonl" \
      "exec '$REFCONV' convert '$C/bib$s.bib' -f biblatex -t csl-jsonl -q -o '$O/rc-$s.jsonl'"
    bench "refconv-l2b-$s" refconv "csl-jsonl->biblatex (streamed)" "$C/csl$s.jsonl" "$n" "$RUNS" bib "$O/rc-$s.l.bib" \
      "exec '$REFCONV' convert '$C/csl$s.jsonl' -f csl-jsonl -t biblatex -q -o '$O/rc-$s.l.bib'"
  done
fi
# RIS (issue 18): RIS -> CSL-JSON >= 50 MB/s, beside bibutils and Citation.js.
if [ "$RIS_N" -gt 0 ]; then
  bench "refconv-ris2c" refconv "ris->csl-json" "$C/ris25.ris" "$RIS_N" "$RUNS" json "$O/ris25.json" \
    "exec '$REFCONV' convert '$C/ris25.ris' -f ris -t csl-json -q -o '$O/ris25.json'"
  bench "refconv-ris2ris" refconv "ris->ris" "$C/ris25.ris" "$RIS_N" "$RUNS" ris "$O/ris25.out.ris" \
    "exec '$REFCONV' convert '$C/ris25.ris' -f ris -t ris -q -o '$O/ris25.out.ris'"
  if [ "$HAVE_BIBUTILS" = 1 ]; then
    bench "ris2xml" "bibutils ris2xml" "ris->MODS XML" "$C/ris25.ris" "$RIS_N" 3 mods "$O/ris2xml.xml" \
      "exec ris2xml '$C/ris25.ris' > '$O/ris2xml.xml' 2>/dev/null"
  else missing_row "ris2xml" "bibutils ris2xml" "ris->MODS XML" "$C/ris25.ris" "$RIS_N"; fi
  if [ "$HAVE_CJS" = 1 ] && [ -d "$DIR/cjs/node_modules/@citation-js/plugin-ris" ]; then
    bench "citationjs-ris" "Citation.js" "ris->csl-json" "$C/ris25.ris" "$RIS_N" 1 json "$O/cjs-ris.json" \
      "cd '$DIR/cjs' && exec node cjs-ris.js '$C/ris25.ris' '$O/cjs-ris.json'"
  else missing_row "citationjs-ris" "Citation.js" "ris->csl-json" "$C/ris25.ris" "$RIS_N"; fi
  # MODS and EndNote XML: the same records as refconv writes them (83.9 and 77.9 MB),
  # read record by record (one record's tree at a time), beside bibutils.
  for x in mods endnote-xml; do
    if ! [ -s "$C/ris25.$x.xml" ] || [ "$C/ris25.$x.xml" -ot "$C/ris25.ris" ] || [ "$C/ris25.$x.xml" -ot "$REFCONV" ]; then
      "$REFCONV" convert "$C/ris25.ris" -f ris -t "$x" -q -o "$C/ris25.$x.xml"
    fi
    bench "refconv-$x" refconv "$x->csl-json" "$C/ris25.$x.xml" "$RIS_N" "$RUNS" json "$O/ris25.$x.json" \
      "exec '$REFCONV' convert '$C/ris25.$x.xml' -f $x -t csl-json -q -o '$O/ris25.$x.json'"
  done
  if [ "$HAVE_BIBUTILS" = 1 ]; then
    bench "xml2bib" "bibutils xml2bib" "MODS->bibtex" "$C/ris25.mods.xml" "$RIS_N" 3 bib "$O/xml2bib.bib" \
      "exec xml2bib '$C/ris25.mods.xml' > '$O/xml2bib.bib' 2>/dev/null"
    bench "endx2xml" "bibutils endx2xml" "endnote-xml->MODS" "$C/ris25.endnote-xml.xml" "$RIS_N" 3 mods "$O/endx2xml.xml" \
      "exec endx2xml '$C/ris25.endnote-xml.xml' > '$O/endx2xml.xml' 2>/dev/null"
  else
    missing_row "xml2bib" "bibutils xml2bib" "MODS->bibtex" "$C/ris25.mods.xml" "$RIS_N"
    missing_row "endx2xml" "bibutils endx2xml" "endnote-xml->MODS" "$C/ris25.endnote-xml.xml" "$RIS_N"
  fi
fi
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RES/machine.txt"

# ---------------------------------------------------------------- 5. report
python3 - "$ROWS" "$RES/machine.txt" >"$RES/report.md" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
R = {r['id']: r for r in rows}
def f(x):
    try: return float(x)
    except (TypeError, ValueError): return None
def med(i): r = R.get(i); return f(r['median']) if r and r['status'] == 'ok' else None
print('```'); print(open(sys.argv[2]).read().rstrip()); print('```\n')
print('| case | tool | task | input | entries | MB | runs | median s | min..max s | entries/s | MB/s | peak RSS MiB | RSS / input | out entries | load |')
print('|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for r in rows:
    m, b, n = f(r['median']), int(r['bytes'] or 0), int(r['entries'] or 0)
    rss = f(r['rss_kb'])
    if r['status'] != 'ok' or m is None:
        print('| %s | %s | %s | %s | %s | %.2f | | **%s** | | | | | | | |' % (r['id'], r['tool'], r['task'], r['input'], f'{n:,}', b / 1e6, r['status'].upper()))
        continue
    print('| %s | %s | %s | %s | %s | %.2f | %s | %.3f | %.3f..%.3f | %s | %.1f | %s | %s | %s | %s |' % (
        r['id'], r['tool'], r['task'].replace('|', '\\|'), r['input'], f'{n:,}', b / 1e6, r['runs'], m, f(r['min']), f(r['max']),
        f'{n / m:,.0f}', b / 1e6 / m, '%.0f' % (rss / 1024) if rss else '', '%.1f×' % (rss * 1024 / b) if rss else '',
        r['out_entries'], r['load']))
print()
print('Ratios (median of the peer / median of refconv, same run; > 1 means refconv is faster):\n')
pairs = []
for s in ('1k', '10k', '100k'):
    for peer in ('pandoc-b2c', 'bibrt', 'bib2xml', 'citationjs'):
        pairs.append(('refconv-b2c-' + s, peer + '-' + s))
    pairs.append(('refconv-b2t-' + s, 'bibrt-' + s))
pairs.append(('refconv-c2b-1k', 'pandoc-c2b-1k'))
pairs.append(('refconv-ris2c', 'ris2xml'))
pairs.append(('refconv-ris2c', 'citationjs-ris'))
print('| refconv case | peer case | peer / refconv |'); print('|---|---|---:|')
for a, b in pairs:
    if med(a) and med(b): print('| %s | %s | %.2f× |' % (a, b, med(b) / med(a)))
print()
def verdict(ok): return 'n/a (not measured)' if ok is None else ('**met**' if ok else '**NOT met**')
T = []
a, p, c = med('refconv-b2c-10k'), med('pandoc-b2c-10k'), med('bibrt-10k')
T.append(('BibTeX->CSL-JSON 10k >= 100x faster than pandoc', p and a and '%.1f×' % (p / a), verdict(p / a >= 100 if p and a else None)))
T.append(('BibTeX->CSL-JSON 10k >= 3x faster than biblatex crate parse+write', c and a and '%.2f×' % (c / a), verdict(c / a >= 3 if c and a else None)))
b10 = R.get('refconv-b2c-10k')
T.append(('BibTeX->CSL-JSON 10k >= 60 MB/s', a and '%.1f MB/s' % (int(b10['bytes']) / 1e6 / a), verdict(int(b10['bytes']) / 1e6 / a >= 60 if a else None)))
r100 = R.get('refconv-b2c-100k')
if r100 and f(r100['rss_kb']):
    x = f(r100['rss_kb']) * 1024 / int(r100['bytes'])
    T.append(('peak RSS <= 3x input at 100k', '%.1f× (%.0f MiB for %.1f MB)' % (x, f(r100['rss_kb']) / 1024, int(r100['bytes']) / 1e6), verdict(x <= 3)))
else:
    T.append(('peak RSS <= 3x input at 100k', '', verdict(None)))
rf = R.get('refconv-refs')
if rf and med('refconv-refs'):
    n = int(rf['entries']); w = med('refconv-refs'); cpu = f(rf['cpu']) or w
    T.append(('numbered references >= 20,000/s per core (rules only, before the CRF)', '%s/s wall, %s/s per CPU-second' % (f'{n / w:,.0f}', f'{n / cpu:,.0f}'), verdict(n / w >= 20000)))
    T.append(('numbered references >= 5,000/s on one core, whole process (issue 15, with the CRF)', '%s/s per CPU-second' % f'{n / cpu:,.0f}', verdict(n / cpu >= 5000)))
nt = R.get('refconv-notes')
if nt and med('refconv-notes'):
    n = int(nt['entries']); w = med('refconv-notes')
    T.append(('archival notes >= 200,000/s', '%s/s' % f'{n / w:,.0f}', verdict(n / w >= 200000)))
b1, b2 = med('refconv-batch4x10k-j1'), med('refconv-batch4x10k-j2')
s1, s2 = med('refconv-2x10k-seq'), med('refconv-2x10k-par')
if b1 and b2:
    T.append(('batch over 2 cores >= 1.7x one core', '%.2f× (batch mode, 4 x 10k, -j 1 / -j 2)' % (b1 / b2), verdict(b1 / b2 >= 1.7)))
else:
    T.append(('batch over 2 cores >= 1.7x one core', s1 and s2 and '%.2f× (two processes via xargs -P2; no batch mode in this build)' % (s1 / s2), 'proxy only: ' + verdict(s1 / s2 >= 1.7) if s1 and s2 else verdict(None)))
rr = R.get('refconv-ris2c')
if rr and med('refconv-ris2c'):
    mbs = int(rr['bytes']) / 1e6 / med('refconv-ris2c')
    T.append(('RIS->CSL-JSON >= 50 MB/s (issue 18)', '%.1f MB/s' % mbs, verdict(mbs >= 50)))
print('Issue 9 targets:\n'); print('| target | measured | verdict |'); print('|---|---|---|')
for t in T: print('| %s | %s | %s |' % (t[0], t[1] or '', t[2]))
PY
cat "$RES/report.md"
banner_missing
echo >&2
echo "results: $RES/report.md, $RES/rows.tsv, $RES/json/" >&2
