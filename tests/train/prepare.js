#!/usr/bin/env node
// Plans the synthetic renderings: reads the CSL-JSON items (the converted .bib
// files and the CSL test suite's inputs), chooses the styles of each item by a
// hash of its id, makes the transliterated "References" copies of the Russian
// items, and writes one items file per (group, style) plus the job list that
// build-synthetic.sh hands to render.js.
//
//   node prepare.js --conv DIR --suite DIR --styles DIR --translit DIR --out DIR [--seed N]
//
// Everything is deterministic: inputs are read in sorted order, every choice is a
// hash of (seed, item id).
'use strict';

const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- options

const args = { seed: '20250101', perItem: 2, refsPerCopy: 2 };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i].replace(/^--/, '');
  args[k.replace(/-(\w)/g, (m, c) => c.toUpperCase())] = process.argv[++i];
}
for (const k of ['conv', 'suite', 'styles', 'translit', 'out']) {
  if (!args[k]) {
    process.stderr.write('usage: node prepare.js --conv DIR --suite DIR --styles DIR --translit DIR --out DIR [--seed N]\n');
    process.exit(2);
  }
}
const PER_ITEM = Number(args.perItem);
const REFS_PER_COPY = Number(args.refsPerCopy);

// ---------------------------------------------------------------- helpers

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
const hash = (...parts) => fnv1a([args.seed, ...parts].join('|'));

/** `k` distinct elements of `list` chosen by hashes of `key`. */
function choose(list, k, key) {
  const pool = list.slice();
  const out = [];
  for (let i = 0; i < k && pool.length; i++) out.push(pool.splice(hash(key, i) % pool.length, 1)[0]);
  return out;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const NAME_VARS = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'compiler',
  'editorial-director', 'composer', 'director', 'illustrator', 'interviewer', 'original-author',
  'recipient', 'reviewed-author', 'chair', 'contributor', 'curator', 'executive-producer', 'guest',
  'host', 'narrator', 'organizer', 'performer', 'producer', 'script-writer', 'series-creator'];

function namesText(item) {
  const parts = [];
  for (const v of NAME_VARS) {
    for (const n of Array.isArray(item[v]) ? item[v] : []) {
      if (n && typeof n === 'object') parts.push(...Object.values(n).filter((x) => typeof x === 'string'));
    }
  }
  return parts.join(' ');
}
const isCyrillic = (item) => CYRILLIC.test(namesText(item) + ' ' + (item.title || ''));

// ---------------------------------------------------------------- styles

const styleDir = path.resolve(args.styles);
const locales = new Set(fs.readdirSync(styleDir).filter((f) => /^locales-.*\.xml$/.test(f))
  .map((f) => f.slice(8, -4)));
const styles = [];
const skippedStyles = [];
for (const f of fs.readdirSync(styleDir).filter((f) => f.endsWith('.csl')).sort()) {
  const xml = fs.readFileSync(path.join(styleDir, f), 'utf8');
  const head = (xml.match(/<style\b[^>]*>/) || [''])[0];
  const name = f.slice(0, -4);
  if (/\bclass="note"/.test(head)) {
    skippedStyles.push(`${name}: note style`);
    continue;
  }
  if (!/<bibliography\b/.test(xml)) {
    skippedStyles.push(`${name}: no bibliography`);
    continue;
  }
  const loc = (head.match(/\bdefault-locale="([^"]*)"/) || [])[1];
  styles.push({ name, file: path.join(styleDir, f), locale: loc && locales.has(loc) ? loc : 'en-US' });
}
const styleByName = new Map(styles.map((s) => [s.name, s]));
const GOST = styles.filter((s) => s.name.startsWith('gost-r-7-0-5-2008')).map((s) => s.name);
// English styles of Russian journals' transliterated reference lists.
const REFERENCES = ['american-medical-association', 'apa', 'elsevier-harvard',
  'institute-of-physics-numeric', 'springer-basic-author-date', 'nlm-citation-sequence']
  .filter((n) => styleByName.has(n));

// ---------------------------------------------------------------- items

const GROUPS = [
  // [group, file prefix in --conv]
  ['large', 'bibtex-large__'],
  ['biblatex', 'bibtex-biblatex__'],
  ['biber', 'bibtex-biber-tdata__'],
  ['gost', 'gold-gost__'],
];

// LaTeX that refconv's BibTeX reader keeps as written (Mendeley exports:
// `{\vphantom}GaN\vphantom{}`, `$\slash$`, `$<$110$>$`) and that no printed
// reference shows.
const GREEK = { alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eta: 'η',
  theta: 'θ', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ',
  phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ',
  Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω' };
const latexFixes = { count: 0 };
function unlatex(s) {
  if (typeof s !== 'string' || !/[\\$]/.test(s)) return s;
  const t = s
    .replace(/\{\\vphantom\}|\\vphantom\{\}/g, '')
    .replace(/\\foreignlanguage\{[^{}]*\}\{([^{}]*)\}/g, '$1')
    .replace(/\$?\\slash\$?/g, '/')
    .replace(/\$?\\langle\$?(\{\})?/g, '⟨').replace(/\$?\\rangle\$?(\{\})?/g, '⟩')
    .replace(/\\textasciimacron(\{\})?/g, '¯')
    .replace(/\\isdot\b|\\\/|\\mathrm\s*/g, '')
    .replace(/\\\(|\\\)/g, '$')
    .replace(/\$\\([A-Za-z]+)\$/g, (m, g) => GREEK[g] || m)
    .replace(/\\([A-Za-z]+)(?![A-Za-z])/g, (m, g) => GREEK[g] || m)
    .replace(/\$([^$\\\s]{1,20})\$/g, (m, x) => x.replace(/^[_^]\{?|\}$/g, ''));
  if (t !== s) latexFixes.count++;
  return t;
}
function unlatexDeep(v) {
  if (typeof v === 'string') return unlatex(v);
  if (Array.isArray(v)) return v.map(unlatexDeep);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[k] = k === 'URL' || k === 'DOI' ? x : unlatexDeep(x);
    return o;
  }
  return v;
}

function cleanItem(it) {
  const c = {};
  for (const k of Object.keys(it).sort()) {
    // Abstracts and annotations are no part of a reference string (a few styles print them).
    if (k === 'custom' || k === 'id' || k === 'abstract' || k === 'annote') continue;
    c[k] = k === 'URL' || k === 'DOI' ? it[k] : unlatexDeep(it[k]);
  }
  // A part's pages, not its container's page count (biblatex's pagetotal of an
  // @incollection), which styles would print after the pages.
  if (c.page !== undefined && c['number-of-pages'] !== undefined) delete c['number-of-pages'];
  return c;
}

const items = []; // {id, group, source, item}
const seen = new Set();
const ids = new Set();
const dropped = { xdata: 0, duplicate: 0, noid: 0 };
function add(group, source, it) {
  if (!it || typeof it !== 'object' || it.id === undefined) {
    dropped.noid++;
    return;
  }
  const custom = it.custom || {};
  if (custom.entrytype === 'xdata') {
    dropped.xdata++;
    return;
  }
  const c = cleanItem(it);
  const key = JSON.stringify(c);
  if (seen.has(key)) {
    dropped.duplicate++;
    return;
  }
  seen.add(key);
  let id = `${group}:${String(it.id)}`;
  for (let k = 2; ids.has(id); k++) id = `${group}:${String(it.id)}-${k}`;
  ids.add(id);
  c.id = id;
  items.push({ id, group, source, item: c });
}

const convFiles = fs.readdirSync(args.conv).filter((f) => f.endsWith('.json')).sort();
for (const [group, prefix] of GROUPS) {
  for (const f of convFiles.filter((f) => f.startsWith(prefix))) {
    let data;
    try {
      data = JSON.parse(fs.readFileSync(path.join(args.conv, f), 'utf8'));
    } catch (e) {
      continue;
    }
    for (const it of Array.isArray(data) ? data : [data]) add(group, f, it);
  }
}
for (const f of fs.readdirSync(args.suite).filter((f) => f.endsWith('.json')).sort()) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(path.join(args.suite, f), 'utf8'));
  } catch (e) {
    continue;
  }
  for (const it of Array.isArray(data) ? data : [data]) add('csl-suite', f, it);
}

// ---------------------------------------------------------------- transliteration

function loadScheme(file) {
  const s = JSON.parse(fs.readFileSync(path.join(args.translit, file), 'utf8'));
  const extra = { 'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g', 'ў': 'u' }; // Ukrainian/Belarusian letters
  s.mapping = Object.assign({}, extra, s.mapping);
  return s;
}
const SCHEMES = [
  // BGN/PCGN (the variant without the "·" separators) and ALA-LC without diacritics.
  { key: 'bgn', name: 'BGN/PCGN', scheme: loadScheme('bgn_pcgn_alt.json') },
  { key: 'alalc', name: 'ALA-LC (no diacritics)', scheme: loadScheme('ala_lc_alt.json') },
];

const isUpper = (c) => c !== c.toLowerCase() && c === c.toUpperCase();
const capitalize = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** Transliterates one word (iuliia's rules: previous/next-letter and ending mappings). */
function translitWord(word, sc) {
  const chars = Array.from(word);
  let ending = '';
  let stem = chars;
  if (sc.ending_mapping && chars.length > 2) {
    const lower = word.toLowerCase();
    for (const [k, v] of Object.entries(sc.ending_mapping)) {
      if (lower.endsWith(k) && chars.length > k.length) {
        stem = chars.slice(0, chars.length - k.length);
        ending = isUpper(chars[chars.length - k.length]) ? v.toUpperCase() : v;
        break;
      }
    }
  }
  let out = '';
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i];
    const lc = c.toLowerCase();
    const prev = i > 0 ? stem[i - 1].toLowerCase() : '';
    const next = i + 1 < stem.length ? stem[i + 1].toLowerCase() : '';
    let t;
    if (sc.prev_mapping && sc.prev_mapping[prev + lc] !== undefined) t = sc.prev_mapping[prev + lc];
    else if (sc.next_mapping && sc.next_mapping[lc + next] !== undefined) t = sc.next_mapping[lc + next];
    else if (sc.mapping[lc] !== undefined) t = sc.mapping[lc];
    else t = c;
    if (isUpper(c)) t = capitalize(t);
    out += t;
  }
  out += ending;
  // A word in capitals (an acronym) stays in capitals.
  if (chars.length > 1 && chars.every((c) => !/\p{L}/u.test(c) || isUpper(c)) && CYRILLIC.test(word)) {
    out = out.toUpperCase();
  }
  // No diacritics: BGN/PCGN's ë (written ё in the table) is e.
  return out.replace(/ё/g, 'e').replace(/Ё/g, 'E');
}

function translit(s, sc) {
  if (typeof s !== 'string' || !CYRILLIC.test(s)) return s;
  // The hard sign ending a word in the old orthography (Мусагетъ) is not written.
  return s.replace(/[\p{L}\p{M}]+/gu, (w) => (CYRILLIC.test(w) ? translitWord(w.replace(/(.)[ъЪ]$/u, '$1'), sc) : w));
}

const PLACES = new Map(Object.entries({
  'м': 'Moscow', 'москва': 'Moscow',
  'спб': 'St. Petersburg', 'с.-пб': 'St. Petersburg', 'санкт-петербург': 'St. Petersburg',
  'с.-петербург': 'St. Petersburg', 'петербург': 'St. Petersburg',
  'л': 'Leningrad', 'ленинград': 'Leningrad', 'пг': 'Petrograd', 'петроград': 'Petrograd',
  'к': 'Kiev', 'киев': 'Kiev', 'мн': 'Minsk', 'минск': 'Minsk',
  'н. новгород': 'Nizhny Novgorod', 'нижний новгород': 'Nizhny Novgorod',
  'ростов н/д': 'Rostov-on-Don', 'ростов-на-дону': 'Rostov-on-Don',
  'екатеринбург': 'Yekaterinburg', 'одесса': 'Odessa', 'харьков': 'Kharkov', 'казань': 'Kazan',
}));

function place(s, sc) {
  if (typeof s !== 'string') return s;
  return s.split(/(\s*[;,]\s*)/).map((part, i) => {
    if (i % 2) return part;
    const k = part.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
    return PLACES.get(k) || translit(part, sc);
  }).join('');
}

function publisher(s, sc) {
  if (typeof s !== 'string' || !CYRILLIC.test(s)) return s;
  return s.split(/\s*;\s*/).map((p) => {
    const t = translit(p.replace(/[«»„“”"]/g, '').trim(), sc);
    return /\bPubl\.?$/.test(t) ? t : `${t} Publ.`;
  }).join('; ');
}

// English titles to stand in for translations: the titles of English items.
const englishTitles = [...new Set(items
  .filter((x) => x.group !== 'gost' && (!x.item.language || /^en\b/.test(x.item.language)))
  .map((x) => x.item.title)
  .filter((t) => typeof t === 'string' && /^[A-Za-z][A-Za-z0-9 ,:;'()\-\u2013]+$/.test(t) &&
    t.split(' ').length >= 3 && t.split(' ').length <= 16))].sort();

const TITLE_VARS = ['title', 'title-short'];
function transliterated(x, s) {
  const sc = s.scheme;
  const it = JSON.parse(JSON.stringify(x.item));
  for (const v of NAME_VARS) {
    if (!Array.isArray(it[v])) continue;
    it[v] = it[v].map((n) => {
      const m = {};
      for (const [k, val] of Object.entries(n || {})) m[k] = translit(val, sc);
      return m;
    });
  }
  for (const [k, val] of Object.entries(it)) {
    if (typeof val !== 'string' || k === 'id') continue;
    // No markup: the transliterated apostrophes (’ ”) next to a tag confuse
    // citeproc-js's rich-text parser, and the copies are not title-cased anyway.
    if (/<[^>]+>/.test(val) && CYRILLIC.test(x.item[k] || '')) it[k] = val.replace(/<\/?[a-z]+\b[^<>]*>/gi, '');
  }
  for (const [k, val] of Object.entries(it)) {
    if (typeof val !== 'string' || k === 'id') continue;
    if (k === 'publisher-place' || k === 'event-place' || k === 'archive-place') it[k] = place(val, sc);
    else if (k === 'publisher') it[k] = publisher(val, sc);
    else it[k] = translit(val, sc);
  }
  if (typeof x.item.title === 'string' && englishTitles.length) {
    const en = englishTitles[hash(x.id, 'title') % englishTitles.length];
    it.title = `${it.title} [${en}]`;
    for (const v of TITLE_VARS.slice(1)) delete it[v];
  }
  it.note = hash(x.id, s.key, 'note') % 2 ? '(In Russ.)' : '(in Russian)';
  it.language = 'ru';
  it.id = `${x.id}~${s.key}`;
  return it;
}

// ---------------------------------------------------------------- plan

const jobs = new Map(); // `${group}--${style}` -> {group, style, items: [], appendNote}
function assign(group, style, item, appendNote = false) {
  const key = `${group}--${style}`;
  if (!jobs.has(key)) jobs.set(key, { group, style, items: [], ids: new Set(), appendNote });
  const j = jobs.get(key);
  if (!j.ids.has(item.id)) {
    j.ids.add(item.id);
    j.items.push(item);
  }
}

const counts = { items: items.length, byGroup: {}, russian: 0, gost: 0, translitCopies: 0 };
const allStyles = styles.map((s) => s.name);
const nonGost = allStyles.filter((n) => !GOST.includes(n));
for (const x of items) {
  counts.byGroup[x.group] = (counts.byGroup[x.group] || 0) + 1;
  const cyr = isCyrillic(x.item);
  const gostItem = cyr || x.group === 'gost';
  if (cyr) counts.russian++;
  if (gostItem) counts.gost++;
  // Every item in PER_ITEM styles chosen by its hash (GOST items: in the other
  // styles, since they get all the GOST ones below).
  for (const st of choose(gostItem ? nonGost : allStyles, PER_ITEM, x.id)) assign(x.group, st, x.item);
  if (gostItem) for (const st of GOST) assign(x.group, st, x.item);
  if (cyr) {
    for (const s of SCHEMES) {
      const copy = transliterated(x, s);
      counts.translitCopies++;
      for (const st of choose(REFERENCES, REFS_PER_COPY, copy.id)) assign(`translit-${s.key}`, st, copy, true);
    }
  }
}

const out = path.resolve(args.out);
fs.mkdirSync(path.join(out, 'items'), { recursive: true });
const lines = [];
for (const key of [...jobs.keys()].sort()) {
  const j = jobs.get(key);
  const st = styleByName.get(j.style);
  const itemsFile = path.join('items', `${key}.json`);
  fs.writeFileSync(path.join(out, itemsFile), JSON.stringify(j.items, null, 1) + '\n');
  // GOST styles are rendered with the Russian locale, every other style with its own.
  const locale = GOST.includes(j.style) ? 'ru-RU' : st.locale;
  lines.push([itemsFile, st.file, styleDir, locale, `${key}.xml`, '--seed', args.seed,
    '--stats', path.join('stats', `${key}.json`)].concat(j.appendNote ? ['--append-note'] : []).join(' '));
}
fs.writeFileSync(path.join(out, 'jobs.txt'), lines.join('\n') + '\n');
const plan = {
  seed: args.seed, styles: allStyles, skippedStyles, gostStyles: GOST, referencesStyles: REFERENCES,
  schemes: SCHEMES.map((s) => s.name), englishTitles: englishTitles.length, dropped, latexFixed: latexFixes.count, counts,
  jobs: lines.length, renderings: [...jobs.values()].reduce((a, j) => a + j.items.length, 0),
};
fs.writeFileSync(path.join(out, 'plan.json'), JSON.stringify(plan, null, 1) + '\n');
process.stderr.write(`prepare: ${items.length} items (${counts.russian} Cyrillic, ${counts.gost} for GOST, ` +
  `${counts.translitCopies} transliterated copies), ${lines.length} jobs, ${plan.renderings} renderings\n`);
