#!/usr/bin/env node
// Checks and counts the output of build-synthetic.sh:
//
//   node check.js OUT_DIR            (writes OUT_DIR/summary.json, prints a report)
//
// - every <bibl> holds only text and elements named by refconv's labels, no
//   element nested in another, no private-use marker characters, no HTML markup;
// - for each item variable whose value is printed in the string, the printed value
//   is inside an element of that variable's label ("variable checks");
// - counts of strings per style, group, language, script and label.
'use strict';

const fs = require('fs');
const path = require('path');
const { labelOf } = require('./render.js');

const LABELS = new Set(['citation-number', 'author', 'editor', 'translator', 'compiler', 'title',
  'volume-title', 'container-title', 'journal', 'collection-title', 'collection-number', 'edition',
  'location', 'publisher', 'date', 'volume', 'pages', 'number-of-volumes', 'medium', 'genre', 'url',
  'accessed', 'doi', 'isbn', 'note']);

const out = path.resolve(process.argv[2] || 'target/train-synthetic');
const files = fs.readdirSync(out).filter((f) => f.endsWith('.xml')).sort();
const plan = fs.existsSync(path.join(out, 'plan.json')) ? JSON.parse(fs.readFileSync(path.join(out, 'plan.json'), 'utf8')) : {};

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const inc = (o, k, n = 1) => { o[k] = (o[k] || 0) + n; };
const norm = (s) => String(s).replace(/<[^>]+>/g, '').replace(/[\u2010-\u2015-]/g, '-').replace(/\s+/g, ' ')
  .trim().toLowerCase();

function script(text) {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const n = (re) => (letters.match(re) || []).length;
  const cyr = n(/[\u0400-\u04FF]/g), lat = n(/[A-Za-z\u00C0-\u024F]/g), grk = n(/[\u0370-\u03FF\u1F00-\u1FFF]/g);
  const other = letters.length - cyr - lat - grk;
  if (cyr && cyr >= lat) return lat ? 'Cyrillic (with Latin)' : 'Cyrillic';
  if (grk > lat) return 'Greek';
  if (other > lat) return 'other';
  return cyr ? 'Latin (with Cyrillic)' : 'Latin';
}

const CHECKED = ['title', 'container-title', 'collection-title', 'publisher', 'publisher-place', 'DOI', 'URL',
  'ISBN', 'volume', 'issue', 'page', 'edition', 'genre', 'number-of-pages', 'note'];

const S = {
  files: files.length, strings: 0, byStyle: {}, byGroup: {}, byKind: {}, byLanguage: {}, byScript: {},
  labels: {}, stringsWithLabel: {}, problems: { markers: 0, privateUse: 0, unknownElements: {}, nested: 0, html: 0, entities: 0, notWellFormed: 0 },
  variableChecks: { ambiguous: 0, checked: 0, inLabel: 0, byVariable: {}, examples: [] },
  render: { entries: 0, realigned: 0, entriesWithLettersUnaligned: 0, lettersUnaligned: 0, failed: 0, notPrinted: 0, empty: 0, markerErrors: 0, privateUseRemoved: 0, tagsRemoved: 0, failures: [] },
  biggestFile: null,
};
let biggest = 0;

for (const f of files) {
  const src = fs.readFileSync(path.join(out, f), 'utf8');
  if (src.length > biggest) {
    biggest = src.length;
    S.biggestFile = `${f} (${src.length} bytes)`;
  }
  const head = src.match(/<listBibl style="([^"]*)" locale="([^"]*)" items="([^"]*)">/);
  const style = head ? head[1] : '?';
  const group = f.split('--')[0];
  const kind = group.startsWith('translit-') ? 'References (transliterated)'
    : style.startsWith('gost-') ? 'GOST' : 'other styles';
  let items = new Map();
  if (head && fs.existsSync(path.join(out, 'items', head[3]))) {
    items = new Map(JSON.parse(fs.readFileSync(path.join(out, 'items', head[3]), 'utf8')).map((it) => [it.id, it]));
  }
  S.problems.markers += (src.match(/[\uE000-\uE002\uE100-\uE1FF]/g) || []).length;
  S.problems.privateUse += (src.match(/[\uE000-\uF8FF]/g) || []).length;
  const bibls = src.match(/<bibl n="[^"]*">[\s\S]*?<\/bibl>/g) || [];
  const nb = (src.match(/<bibl\b/g) || []).length;
  if (nb !== bibls.length || !/<\/listBibl>\s*$/.test(src)) S.problems.notWellFormed++;
  for (const b of bibls) {
    S.strings++;
    inc(S.byStyle, style);
    inc(S.byGroup, group);
    inc(S.byKind, kind);
    const id = unescape(b.match(/^<bibl n="([^"]*)">/)[1]);
    const item = items.get(id) || {};
    const lang = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(String(item.language || '').trim());
    inc(S.byLanguage, item.language ? (lang ? lang[1].toLowerCase() : 'malformed language field') : 'no language field');
    const inner = b.replace(/^<bibl n="[^"]*">/, '').replace(/<\/bibl>$/, '');
    // Pieces: text and elements.
    const pieces = [];
    const re = /<([a-z-]+)>([^<]*)<\/\1>|([^<]+)|(<[^>]*>)/g;
    let m;
    const seenLabels = new Set();
    while ((m = re.exec(inner))) {
      if (m[1]) {
        if (!LABELS.has(m[1])) inc(S.problems.unknownElements, m[1]);
        pieces.push({ label: m[1], text: unescape(m[2]) });
        inc(S.labels, m[1]);
        seenLabels.add(m[1]);
      } else if (m[3] !== undefined) {
        pieces.push({ label: null, text: unescape(m[3]) });
      } else {
        S.problems.nested++;
      }
    }
    for (const l of seenLabels) inc(S.stringsWithLabel, l);
    const text = pieces.map((p) => p.text).join('');
    inc(S.byScript, `${script(text)}${kind === 'References (transliterated)' ? ' (transliterated)' : ''}`);
    if (/<\/?(i|b|sup|sub|span|sc)\b[^>]*>/i.test(text)) S.problems.html++;
    if (/&(amp|lt|gt|quot|#\d+);/.test(text)) S.problems.entities++;
    // Variable checks: a printed value must lie inside an element of its label.
    const labelAt = [];
    for (const p of pieces) for (const c of Array.from(p.text)) labelAt.push(c && p.label);
    const flat = Array.from(text);
    // Index from normalized offsets to label: build the normalized string char by char.
    let normStr = '';
    const normLabel = [];
    let lastSpace = true;
    flat.forEach((c, i) => {
      let d = /[\u2010-\u2015-]/.test(c) ? '-' : c.toLowerCase();
      if (/\s/.test(d)) {
        if (lastSpace) return;
        d = ' ';
        lastSpace = true;
      } else lastSpace = false;
      for (const x of Array.from(d)) {
        normStr += x;
        normLabel.push(labelAt[i]);
      }
    });
    // Names: the family name of the first author, editor, translator.
    const values = {};
    for (const v of CHECKED) values[v] = item[v];
    for (const v of ['author', 'editor', 'translator']) {
      const n = Array.isArray(item[v]) && item[v][0];
      if (n && (n.family || n.literal)) values[v] = n.family || n.literal;
    }
    for (const v of Object.keys(values)) {
      if (typeof values[v] !== 'string' && typeof values[v] !== 'number') continue;
      if (v === 'note' && kind !== 'References (transliterated)') continue;
      const val = norm(values[v]).replace(/[.,;:]+$/, ''); // styles strip or move final stops
      if (val.length < 4) continue; // too short to be found unambiguously
      const want = labelOf(v, item.type);
      let at = normStr.indexOf(val);
      if (at < 0) continue;
      // A value that is also part of another field of another label ("Uppsala"
      // of "Uppsala Universitet", an ISBN inside a DOI) cannot be checked.
      const others = Object.entries(item).filter(([k]) => k !== v && k !== 'id');
      for (const k of ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'compiler']) {
        if (k !== v && Array.isArray(item[k])) for (const n of item[k]) others.push([k, Object.values(n || {}).join(' ')]);
      }
      const ambiguous = others.some(([k, o]) =>
        (typeof o === 'string' || typeof o === 'number') && labelOf(k, item.type) !== want && norm(o).includes(val));
      if (ambiguous) {
        S.variableChecks.ambiguous++;
        continue;
      }
      S.variableChecks.checked++;
      const rec = S.variableChecks.byVariable[v] || (S.variableChecks.byVariable[v] = { checked: 0, inLabel: 0 });
      rec.checked++;
      let ok = false;
      const got = new Set();
      while (at >= 0 && !ok) {
        const ls = normLabel.slice(at, at + Array.from(val).length).filter((c, k) => normStr[at + k] !== ' ');
        ok = ls.every((l) => l === want);
        ls.forEach((l) => got.add(l || '(none)'));
        at = normStr.indexOf(val, at + 1);
      }
      if (ok) {
        S.variableChecks.inLabel++;
        rec.inLabel++;
      } else if (S.variableChecks.examples.length < 40) {
        S.variableChecks.examples.push(`${f} ${id}: ${v} ${JSON.stringify(String(values[v]).slice(0, 60))} wants <${want}>, got ${[...got].join('/')}`);
      }
    }
  }
}

for (const f of fs.existsSync(path.join(out, 'stats')) ? fs.readdirSync(path.join(out, 'stats')).sort() : []) {
  const st = JSON.parse(fs.readFileSync(path.join(out, 'stats', f), 'utf8'));
  for (const k of ['entries', 'realigned', 'entriesWithLettersUnaligned', 'lettersUnaligned', 'failed', 'notPrinted', 'empty', 'markerErrors', 'privateUseRemoved', 'tagsRemoved']) S.render[k] += st[k === 'realigned' ? 'aligned' : k] || 0;
  for (const x of st.failures || []) if (S.render.failures.length < 30) S.render.failures.push(`${st.style}: ${x}`);
}
S.plan = plan;
fs.writeFileSync(path.join(out, 'summary.json'), JSON.stringify(S, null, 1) + '\n');

const table = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`).join('\n');
const lines = [];
lines.push(`${S.strings} strings in ${S.files} files (largest: ${S.biggestFile})`);
lines.push(`rendering: ${S.render.entries} entries written, ${S.render.realigned} realigned against the unmarked rendering ` +
  `(${S.render.entriesWithLettersUnaligned} of them with letters or digits the marked rendering lacks, ${S.render.lettersUnaligned} in all), ` +
  `${S.render.failed} items failed in citeproc-js, ${S.render.notPrinted} items citeproc-js printed nothing for, ` +
  `${S.render.empty} entries with fewer than two fields left out, ${S.render.markerErrors} unbalanced markers, ` +
  `${S.render.privateUseRemoved} private-use characters removed from items, ${S.render.tagsRemoved} unparsed HTML tags removed`);
lines.push(`problems: ${S.problems.markers} marker characters (${S.problems.privateUse} private-use characters in all), ${S.problems.nested} nested/stray tags, ` +
  `${S.problems.html} strings with HTML markup, ${S.problems.entities} with escaped entities in the text, ` +
  `${S.problems.notWellFormed} files not well-formed, unknown elements: ${JSON.stringify(S.problems.unknownElements)}`);
const vc = S.variableChecks;
lines.push(`variable checks: ${vc.inLabel}/${vc.checked} printed values inside an element of their label ` +
  `(${vc.ambiguous} values also part of another field not checked)`);
for (const [v, r] of Object.entries(vc.byVariable).sort()) lines.push(`  ${v}: ${r.inLabel}/${r.checked}`);
lines.push('by kind:\n' + table(S.byKind));
lines.push('by group (source):\n' + table(S.byGroup));
lines.push('by style:\n' + table(S.byStyle));
lines.push('by item language:\n' + table(S.byLanguage));
lines.push('by script:\n' + table(S.byScript));
lines.push('elements per label:\n' + table(S.labels));
lines.push('strings with the label:\n' + table(S.stringsWithLabel));
if (vc.examples.length) lines.push('variable check failures (first 40):\n  ' + vc.examples.join('\n  '));
if (S.render.failures.length) lines.push('citeproc-js failures (first 30):\n  ' + S.render.failures.join('\n  '));
process.stdout.write(lines.join('\n') + '\n');
