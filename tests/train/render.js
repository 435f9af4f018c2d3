#!/usr/bin/env node
// Renders the bibliography entries of CSL-JSON items through one CSL style with
// citeproc-js and writes them as labelled strings (GROBID-like TEI `<bibl>`s whose
// child elements are refconv's label names).
//
//   node render.js ITEMS.json STYLE.csl LOCALES_DIR LOCALE OUT.xml [options]
//
//   LOCALE          e.g. ru-RU; `auto` = the style's default-locale (en-US if we
//                   have no such locale file)
//   --seed N        seed of the (deterministic) reference-list sizes [1]
//   --batch A-B     items are rendered as reference lists of A..B entries, so
//                   citation numbers and year suffixes stay realistic [10-80]
//   --append-note   an item's `note` the style did not print is appended to its
//                   entry as <note> ("(In Russ.)" of the References copies)
//   --stats FILE    write counts (entries, labels, alignments, failures) as JSON
//   --debug         also print each entry's marked rendering to stderr
//
// How the labels are found: the style is parsed with citeproc-js's own XML
// parser and every element that renders a variable (<text variable>, <number
// variable>, <date variable>, <names variable>, also inside macros and
// substitutes) is wrapped in a <group> between two <text value> markers:
// U+E000, one private-use character U+E100+k naming the variable, U+E001, the
// element, U+E002. A <names> with several variables becomes one <names> per
// variable (in a group with the names' delimiter) so that each gets its own
// label. Entries are rendered with the `text` output format twice: with the
// marked style and with the original style. The markers are decoded into a label
// per character (nested markers: the innermost wins); the marker-free text is then
// aligned with the original rendering (which is what is written, so the markers
// can never change the string, e.g. by blocking citeproc's punctuation rules),
// and each character of the original rendering takes the label of the character it
// is aligned with.
'use strict';

const fs = require('fs');
const path = require('path');

function loadCiteproc() {
  const tries = [];
  if (process.env.CITEPROC_JS) tries.push(process.env.CITEPROC_JS);
  tries.push('citeproc', '/tmp/citeproc-node/node_modules/citeproc');
  for (const t of tries) {
    try {
      return require(t);
    } catch (e) {
      /* next */
    }
  }
  throw new Error('citeproc-js not found: npm install --prefix /tmp/citeproc-node citeproc@2.4.63, ' +
    'then set CITEPROC_JS=/tmp/citeproc-node/node_modules/citeproc');
}

// ---------------------------------------------------------------- labels

const JOURNAL_TYPES = new Set(['article-journal', 'article-magazine', 'article-newspaper']);

/** refconv's label for a CSL variable in an item of type `type`. */
function labelOf(variable, type) {
  switch (variable) {
    case 'author': return 'author';
    case 'editor': case 'container-author': case 'collection-editor':
    case 'editorial-director': return 'editor';
    case 'translator': return 'translator';
    case 'compiler': return 'compiler';
    case 'title': case 'title-short': return 'title';
    case 'container-title': case 'container-title-short':
      return JOURNAL_TYPES.has(type) ? 'journal' : 'container-title';
    case 'collection-title': return 'collection-title';
    case 'collection-number': return 'collection-number';
    case 'volume': case 'issue': return 'volume';
    case 'number-of-volumes': return 'number-of-volumes';
    case 'volume-title': return 'volume-title';
    case 'page': case 'page-first': case 'number-of-pages': return 'pages';
    case 'publisher': return 'publisher';
    case 'publisher-place': case 'event-place': return 'location';
    case 'issued': case 'year-suffix': return 'date';
    case 'edition': return 'edition';
    case 'URL': return 'url';
    case 'DOI': return 'doi';
    case 'ISBN': return 'isbn';
    case 'accessed': return 'accessed';
    case 'genre': return 'genre';
    case 'medium': return 'medium';
    case 'citation-number': return 'citation-number';
    case 'event': case 'event-title': return 'container-title';
    default: return 'note';
  }
}

// ---------------------------------------------------------------- style rewriting

const OPEN = '\uE000', MID = '\uE001', CLOSE = '\uE002', VAR0 = 0xE100;
const MARKER_RE = /[\uE000-\uE002\uE100-\uE1FF]/;
const MODE = process.env.RENDER_WRAP || 'mixed';
const FORMAT = 'refconv-text';

function textNode(value) {
  return { name: 'text', attrs: { value }, children: [] };
}

/**
 * Rewrites a style (citeproc-js JSON form, in place) so that each variable-rendering
 * element is wrapped in markers. `specs` collects what each marker code stands for:
 * a variable name, or for a <names> element {names: own variables, subst:
 * the name variables of its <substitute>} (resolved per entry, see `resolve`).
 * `split`: a <names> with several variables becomes one <names> per variable.
 */
function markStyle(style, specs, split = true) {
  const code = (spec) => {
    const key = JSON.stringify(spec);
    let i = specs.findIndex((s) => JSON.stringify(s) === key);
    if (i < 0) {
      i = specs.length;
      specs.push(spec);
    }
    if (i > 0xff) throw new Error('too many variables');
    return String.fromCharCode(VAR0 + i);
  };
  const open = (spec) => OPEN + code(spec) + MID;
  // Markers as the element's own affixes (<names>, and everything inside a
  // <substitute>, whose children citeproc-js wants unwrapped), or as a <group>
  // around the element.
  const wrap = (node, spec, asAffix) => {
    if (asAffix || node.name === 'names' || MODE === 'affix') {
      const attrs = Object.assign({}, node.attrs);
      attrs.prefix = open(spec) + (attrs.prefix || '');
      attrs.suffix = (attrs.suffix || '') + CLOSE;
      return Object.assign({}, node, { attrs });
    }
    return {
      name: 'group',
      attrs: {},
      children: [textNode(open(spec)), node, textNode(CLOSE)],
    };
  };
  const clone = (n) => JSON.parse(JSON.stringify(n));
  const namesIn = (node, out) => {
    if (node && typeof node === 'object') {
      if (node.name === 'names' && node.attrs && node.attrs.variable) {
        for (const v of node.attrs.variable.trim().split(/\s+/)) if (!out.includes(v)) out.push(v);
      }
      for (const c of node.children || []) namesIn(c, out);
    }
    return out;
  };

  function rewriteNode(node, inSubst) {
    if (typeof node !== 'object' || node === null) return node;
    if (node.name === 'info' || node.name === 'locale' || node.name === 'sort') return node;
    const substHere = node.name === 'substitute';
    node.children = (node.children || []).map((c) => rewriteNode(c, inSubst || substHere));
    const v = node.attrs && node.attrs.variable;
    if (!v || !['text', 'number', 'date', 'names'].includes(node.name)) return node;
    const vars = v.trim().split(/\s+/);
    if (node.name !== 'names') return wrap(node, vars[0], inSubst);
    const subst = node.children.filter((c) => c && c.name === 'substitute');
    const spec = (own) => ({ names: own, subst: namesIn({ children: subst }, []) });
    if (vars.length === 1 || inSubst || !split) return wrap(node, spec(vars), true);
    // <names variable="editor translator">: one <names> per variable, in a group
    // with the names' delimiter and affixes.
    const rest = node.children.filter((c) => !(c && c.name === 'substitute'));
    const groupAttrs = {};
    const innerAttrs = Object.assign({}, node.attrs);
    for (const k of ['delimiter', 'prefix', 'suffix']) {
      if (innerAttrs[k] !== undefined) groupAttrs[k] = innerAttrs[k];
      delete innerAttrs[k];
    }
    const group = {
      name: 'group',
      attrs: groupAttrs,
      children: vars.map((one) => wrap({
        name: 'names', attrs: Object.assign({}, innerAttrs, { variable: one }), children: clone(rest),
      }, spec([one]), true)),
    };
    if (!subst.length) return group;
    // Substitute only when all the variables are empty, as the original does.
    return {
      name: 'choose',
      attrs: {},
      children: [
        { name: 'if', attrs: { variable: vars.join(' '), match: 'any' }, children: [group] },
        { name: 'else', attrs: {}, children: [wrap(node, spec(vars), true)] },
      ],
    };
  }
  // Sorting must not see the markers (the plain and the marked engine would
  // order entries differently, and then disagree on year suffixes and on
  // subsequent-author substitutes): the macros that sort keys call, and the
  // macros these call, are used unmarked, as copies.
  const macros = new Map(style.children.filter((c) => c && c.name === 'macro').map((c) => [c.attrs.name, c]));
  const PLAIN = '__unmarked__';
  const sortMacros = new Set();
  const callsOf = (node, out) => {
    if (node && typeof node === 'object') {
      if (node.attrs && node.attrs.macro && macros.has(node.attrs.macro)) out.push(node.attrs.macro);
      for (const c of node.children || []) callsOf(c, out);
    }
    return out;
  };
  const sorts = [];
  const findSorts = (node) => {
    if (node && typeof node === 'object') {
      if (node.name === 'sort') sorts.push(node);
      else for (const c of node.children || []) findSorts(c);
    }
  };
  findSorts(style);
  const todo = sorts.flatMap((n) => callsOf(n, []));
  while (todo.length) {
    const name = todo.pop();
    if (sortMacros.has(name)) continue;
    sortMacros.add(name);
    todo.push(...callsOf(macros.get(name), []));
  }
  const rename = (node) => {
    if (node && typeof node === 'object') {
      if (node.attrs && node.attrs.macro && sortMacros.has(node.attrs.macro)) {
        node.attrs = Object.assign({}, node.attrs, { macro: PLAIN + node.attrs.macro });
      }
      for (const c of node.children || []) rename(c);
    }
    return node;
  };
  const copies = [...sortMacros].sort().map((name) => {
    const copy = rename(clone(macros.get(name)));
    copy.attrs = Object.assign({}, copy.attrs, { name: PLAIN + name });
    return copy;
  });
  sorts.forEach(rename);
  style.children = style.children.map((c) => rewriteNode(c, false));
  const firstMacro = style.children.findIndex((c) => c && c.name === 'macro');
  style.children.splice(firstMacro < 0 ? 0 : firstMacro, 0, ...copies);
  return style;
}

// CSL's name variables, the usual ones first.
const NAME_VARIABLES = ['author', 'editor', 'translator', 'container-author', 'collection-editor',
  'compiler', 'editorial-director', 'composer', 'director', 'illustrator', 'interviewer',
  'original-author', 'recipient', 'reviewed-author', 'chair', 'contributor', 'curator',
  'executive-producer', 'guest', 'host', 'narrator', 'organizer', 'performer', 'producer',
  'script-writer', 'series-creator', 'editor-translator'];

const hasNames = (item, v) => Array.isArray(item[v]) && item[v].length > 0;

/** Whether one of the names of `list` is printed in `text` (family, else literal or given name). */
function namesAppear(list, text) {
  const t = text.toLowerCase();
  return list.some((n) => {
    const s = n && (n.family || n.literal || n.given);
    return s && t.includes(String(s).replace(/<[^>]*>/g, '').toLowerCase());
  });
}

/**
 * The variable a marker stands for in this entry: a variable name, or for a
 * <names> (which prints one of its own variables, or else what its substitute
 * found) the own variable the item has, else the first substitute variable the
 * item has whose names are printed in the span.
 */
function resolve(spec, item, text) {
  if (typeof spec === 'string') return spec;
  const own = spec.names.filter((v) => hasNames(item, v));
  if (own.length) return own[0];
  // Substituted. citeproc-js gives a shorthand <names variable="editor"/> of a
  // <substitute> the affixes (so the marker) of its parent or of a <names> before
  // it, so the variable is found by the names printed.
  const subst = spec.subst.filter((v) => hasNames(item, v));
  const others = NAME_VARIABLES.filter((v) => hasNames(item, v) && !subst.includes(v));
  return subst.concat(others).find((v) => namesAppear(item[v], text)) || subst[0] || spec.names[0];
}

/** The marked rendering as characters with labels (innermost marker wins). */
function decode(marked, specs, item) {
  const chars = [];
  const stack = [];
  const spans = [];
  let errors = 0;
  const cps = Array.from(marked);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === OPEN) {
      const k = cps[i + 1] ? cps[i + 1].charCodeAt(0) - VAR0 : -1;
      if (k >= 0 && k < specs.length && cps[i + 2] === MID) {
        const span = { spec: specs[k], text: '' };
        spans.push(span);
        stack.push(span);
        i += 2;
      } else {
        errors++;
      }
    } else if (c === CLOSE) {
      if (stack.length) stack.pop();
      else errors++;
    } else if (MARKER_RE.test(c)) {
      errors++;
    } else {
      const span = stack.length ? stack[stack.length - 1] : null;
      chars.push({ ch: c, span, off: span ? span.text.length : 0 });
      for (const s of stack) s.text += c;
    }
  }
  if (stack.length) errors++;
  for (const s of spans) {
    s.variable = resolve(s.spec, item, s.text);
    s.label = labelOf(s.variable, item.type);
    s.parts = typeof s.spec === 'string' ? null : splitNames(s, item);
  }
  const labelAt = (c) => {
    if (!c.span) return null;
    if (!c.span.parts) return c.span.label;
    let l = c.span.label;
    for (const [at, label] of c.span.parts) if (c.off >= at) l = label;
    return l;
  };
  return { chars: chars.map((c) => ({ ch: c.ch, label: labelAt(c) })), errors };
}

/**
 * A <names> span that printed the names of several variables (a <names
 * variable="editor translator"> inside a <substitute>, which cannot be split in
 * the style): [offset, label] where each variable's part starts — after the
 * last "," or ";" before its first family name.
 */
function splitNames(span, item) {
  const own = span.spec.names.filter((v) => hasNames(item, v));
  // A <names> of one variable the item has printed that variable's names only.
  if (span.spec.names.length === 1 && own.length === 1) return null;
  const vars = own.length ? own
    : [...new Set(span.spec.subst.concat(NAME_VARIABLES))].filter((v) => hasNames(item, v));
  const text = span.text.toLowerCase();
  const found = [];
  for (const v of vars) {
    const n = item[v][0];
    const name = n && String(n.family || n.literal || '').replace(/<[^>]*>/g, '').toLowerCase();
    const at = name ? text.indexOf(name) : -1;
    if (at >= 0 && !found.some((f) => f.at === at)) found.push({ v, at });
  }
  if (found.length < 2) return null;
  found.sort((a, b) => a.at - b.at);
  const parts = [[0, labelOf(found[0].v, item.type)]];
  for (let i = 1; i < found.length; i++) {
    const before = text.slice(found[i - 1].at, found[i].at);
    const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    let at = cut >= 0 ? found[i - 1].at + cut + 1 : found[i].at;
    while (at < found[i].at && /\s/.test(text[at])) at++;
    parts.push([at, labelOf(found[i].v, item.type)]);
  }
  return parts;
}

// ---------------------------------------------------------------- alignment

const fold = (c) => c.toLowerCase();

/**
 * Labels for each character of `plain` (an array of code points) from `marked`
 * (characters with labels): common prefix and suffix, then a longest common
 * subsequence (case-insensitive) of the middle. Characters of `plain` with no
 * partner take the label their two aligned neighbours agree on, else none.
 */
function align(marked, plain) {
  const n = marked.length, m = plain.length;
  const out = new Array(m).fill(undefined);
  let a = 0;
  while (a < n && a < m && fold(marked[a].ch) === fold(plain[a])) {
    out[a] = marked[a].label;
    a++;
  }
  // A common suffix is only trimmed when the table would be too large: the LCS
  // below matches as early as it can, which gives a doubled full stop that
  // citeproc collapsed ("M.." + "." -> "M.") to the field before it.
  let b = 0;
  while ((n - a - b) * (m - a - b) > 25e6 && b < n - a && b < m - a &&
    fold(marked[n - 1 - b].ch) === fold(plain[m - 1 - b])) {
    out[m - 1 - b] = marked[n - 1 - b].label;
    b++;
  }
  const mn = n - a - b, mm = m - a - b;
  if (mn > 0 && mm > 0) {
    if (mn * mm <= 25e6) {
      // LCS table over the middles.
      const w = mm + 1;
      const t = new Uint16Array((mn + 1) * w);
      for (let i = mn - 1; i >= 0; i--) {
        for (let j = mm - 1; j >= 0; j--) {
          t[i * w + j] = fold(marked[a + i].ch) === fold(plain[a + j])
            ? t[(i + 1) * w + j + 1] + 1
            : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
        }
      }
      let i = 0, j = 0;
      while (i < mn && j < mm) {
        if (fold(marked[a + i].ch) === fold(plain[a + j])) {
          out[a + j] = marked[a + i].label;
          i++;
          j++;
        } else if (t[(i + 1) * w + j] > t[i * w + j + 1]) {
          i++;
        } else {
          j++;
        }
      }
    }
  }
  // Unaligned characters: the label both aligned neighbours have.
  const aligned = out.slice();
  let missed = 0;
  for (let j = 0; j < m; j++) {
    if (aligned[j] !== undefined) continue;
    if (/[\p{L}\p{N}]/u.test(plain[j])) missed++;
    let p = j - 1;
    while (p >= 0 && aligned[p] === undefined) p--;
    let q = j + 1;
    while (q < m && aligned[q] === undefined) q++;
    const lp = p >= 0 ? aligned[p] : null, lq = q < m ? aligned[q] : null;
    out[j] = lp === lq ? lp : null;
  }
  return { labels: out.map((l) => (l === undefined ? null : l)), missed };
}

// ---------------------------------------------------------------- output

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attrEscape(s) {
  return xmlEscape(s).replace(/"/g, '&quot;');
}

// Characters XML 1.0 does not allow.
const BAD_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Runs of (character, label) as XML: maximal runs of one label become elements,
 * white space at their ends and separator punctuation at their start
 * (", " "// " ". ") stay outside, as text between fields.
 */
function toXml(cps, labels) {
  const runs = [];
  for (let i = 0; i < cps.length; i++) {
    const l = labels[i];
    if (runs.length && runs[runs.length - 1].label === l) runs[runs.length - 1].text += cps[i];
    else runs.push({ label: l, text: cps[i] });
  }
  let out = '';
  const counts = {};
  for (const r of runs) {
    if (!r.label) {
      out += xmlEscape(r.text);
      continue;
    }
    const m = r.text.match(/^((?:[,;:.\/\u2013\u2014-]+\s+|\s+)*)([\s\S]*?)(\s*)$/);
    const [lead, body, trail] = [m[1], m[2], m[3]];
    out += xmlEscape(lead);
    if (body) {
      out += `<${r.label}>${xmlEscape(body)}</${r.label}>`;
      counts[r.label] = (counts[r.label] || 0) + 1;
    }
    out += xmlEscape(trail);
  }
  return { xml: out, counts };
}

// ---------------------------------------------------------------- rendering

/** Deterministic PRNG (mulberry32) and string hash (FNV-1a). */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An item with no private-use characters (our markers are private-use
 * characters; some exports carry symbol-font characters there) and no control
 * characters in its strings.
 */
function sanitize(value, stats) {
  if (typeof value === 'string') {
    const clean = value.replace(/[\uE000-\uF8FF]/g, '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
    stats.privateUseRemoved += value.length - clean.length;
    return clean;
  }
  if (Array.isArray(value)) return value.map((v) => sanitize(v, stats));
  if (value && typeof value === 'object') {
    const o = {};
    for (const [k, v] of Object.entries(value)) o[k] = sanitize(v, stats);
    return o;
  }
  return value;
}

// Markup citeproc-js could not parse (unbalanced, or in malformed input) and
// printed as text.
const TAG = /<\/?(?:i|b|em|strong|sup|sub|sc|span)\b[^<>]*>/gi;

/** `cps` and `labels` without the characters of leftover HTML tags. */
function dropTags(cps, labels, stats) {
  const str = cps.join('');
  const cut = new Set();
  for (const m of str.matchAll(TAG)) {
    for (let i = m.index; i < m.index + m[0].length; i++) cut.add(i);
    stats.tagsRemoved++;
  }
  if (!cut.size) return [cps, labels];
  const keep = [];
  let off = 0;
  for (const c of cps) {
    keep.push(!cut.has(off));
    off += c.length;
  }
  return [cps.filter((c, i) => keep[i]), labels.filter((l, i) => keep[i])];
}

/** The entry text as rendered by the `text` format, newlines of display blocks as one space. */
function cleanEntry(s) {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

function styleInfo(xml) {
  const m = xml.match(/<style\b[^>]*>/);
  const head = m ? m[0] : '';
  const cls = (head.match(/\bclass="([^"]*)"/) || [])[1];
  const loc = (head.match(/\bdefault-locale="([^"]*)"/) || [])[1];
  return { cls, defaultLocale: loc, hasBibliography: /<bibliography\b/.test(xml) };
}

function render(opts) {
  const CSL = loadCiteproc();
  // citeproc-js's `text` format, each entry prefixed with U+0003 id U+0004.
  if (!CSL.Output.Formats[FORMAT]) {
    CSL.Output.Formats[FORMAT] = Object.assign({}, CSL.Output.Formats.text, {
      '@bibliography/entry': function (state, str) {
        return `\u0003${this.system_id !== undefined ? this.system_id : this.item_id}\u0004${str}\n`;
      },
    });
  }
  const styleXml = fs.readFileSync(opts.style, 'utf8');
  const info = styleInfo(styleXml);
  if (info.cls === 'note') throw Object.assign(new Error('note style: skipped'), { skip: true });
  if (!info.hasBibliography) throw Object.assign(new Error('no bibliography: skipped'), { skip: true });
  const localeFile = (l) => path.join(opts.locales, `locales-${l}.xml`);
  let locale = opts.locale;
  if (!locale || locale === 'auto') {
    locale = info.defaultLocale && fs.existsSync(localeFile(info.defaultLocale)) ? info.defaultLocale : 'en-US';
  }
  const stats = {
    items: 0, entries: 0, aligned: 0, entriesWithLettersUnaligned: 0, lettersUnaligned: 0, failed: 0, notPrinted: 0, empty: 0, markerErrors: 0, privateUseRemoved: 0,
    tagsRemoved: 0, labels: {}, failures: [],
  };
  let items = JSON.parse(fs.readFileSync(opts.items, 'utf8'));
  if (!Array.isArray(items)) items = [items];
  const byId = new Map();
  for (const it of items) {
    if (it && it.id !== undefined && !byId.has(String(it.id))) {
      const copy = sanitize(Object.assign({}, it, { id: String(it.id) }), stats);
      delete copy.custom;
      byId.set(copy.id, copy);
    }
  }
  const sys = {
    retrieveLocale(lang) {
      const f = localeFile(lang);
      if (fs.existsSync(f)) return fs.readFileSync(f, 'utf8');
      const short = Object.keys(CSL.LANGS || {}).find((k) => k.startsWith(lang + '-'));
      if (short && fs.existsSync(localeFile(short))) return fs.readFileSync(localeFile(short), 'utf8');
      return fs.readFileSync(localeFile('en-US'), 'utf8');
    },
    retrieveItem(id) {
      return byId.get(String(id));
    },
  };
  const engine = (style) => {
    const e = new CSL.Engine(sys, style, locale, true);
    e.setOutputFormat(FORMAT);
    return e;
  };
  const plainEngine = engine(CSL.parseXml(styleXml));
  const specs = [];
  const markedEngine = engine(markStyle(CSL.parseXml(styleXml), specs));
  // Items whose editors are their translators: citeproc-js prints them once
  // ("edited and translated by"), which split <names> cannot; these items are
  // rendered with the <names> left whole (labelled by their first variable).
  const wholeSpecs = [];
  let wholeEngine = null;
  const sameEditorTranslator = (it) => hasNames(it, 'editor') && hasNames(it, 'translator') &&
    JSON.stringify(it.editor) === JSON.stringify(it.translator);

  stats.items = byId.size;
  const [bmin, bmax] = opts.batch;
  const rnd = mulberry32(fnv1a(`${opts.seed}|${path.basename(opts.items)}|${path.basename(opts.style)}`));
  const ids = [...byId.keys()];
  const batches = [];
  for (let i = 0; i < ids.length;) {
    const size = bmin + Math.floor(rnd() * (bmax - bmin + 1));
    batches.push(ids.slice(i, i + size));
    i += size;
  }

  // Entries by item id: each entry starts with its id (see FORMAT), since
  // citeproc-js leaves out entries that print nothing but keeps their ids.
  function bib(e, batch) {
    e.updateItems(batch);
    const r = e.makeBibliography();
    const map = new Map();
    if (!r) return map;
    for (const entry of r[1]) {
      const m = entry.match(/^\u0003([^\u0004]*)\u0004([\s\S]*)$/);
      if (m) map.set(m[1], m[2]);
    }
    return map;
  }
  // [plain, marked] renderings of a batch (a list of entries), or null when it
  // fails (a batch that fails is rendered an item at a time).
  function bibSafe(batch) {
    try {
      const plain = bib(plainEngine, batch);
      const marked = bib(markedEngine, batch);
      const whole = batch.filter((id) => sameEditorTranslator(byId.get(id)));
      if (whole.length) {
        if (!wholeEngine) wholeEngine = engine(markStyle(CSL.parseXml(styleXml), wholeSpecs, false));
        const w = bib(wholeEngine, batch);
        for (const id of whole) marked.set(id, { whole: w.get(id) });
      }
      return [[plain, marked]];
    } catch (e) {
      if (batch.length === 1) {
        stats.failed++;
        if (stats.failures.length < 20) stats.failures.push(`${batch[0]}: ${String(e.message || e).split('\n')[0]}`);
        return [];
      }
      return batch.flatMap((id) => bibSafe([id]));
    }
  }

  const out = [];
  for (const batch of batches) {
    const results = bibSafe(batch);
    const printed = new Set(results.flatMap(([plainMap]) => [...plainMap.keys()]));
    stats.notPrinted += batch.filter((id) => !printed.has(id)).length;
    for (const [plainMap, markedMap] of results) {
      for (const [id, rawPlain] of plainMap) {
        const item = byId.get(id);
        const plain = cleanEntry(rawPlain);
        let rawMarked = markedMap.get(id);
        let itemSpecs = specs;
        if (rawMarked && typeof rawMarked === 'object') {
          rawMarked = rawMarked.whole;
          itemSpecs = wholeSpecs;
        }
        if (!plain || /CSL STYLE ERROR/.test(plain) || rawMarked === undefined) {
          stats.empty++;
          continue;
        }
        const dec = decode(cleanEntry(rawMarked), itemSpecs, item);
        stats.markerErrors += dec.errors;
        if (opts.debug) {
          const vis = cleanEntry(rawMarked)
            .replace(/\uE000([\uE100-\uE1FF])\uE001/g, (m, c) => {
              const sp = itemSpecs[c.charCodeAt(0) - VAR0];
              return `{${typeof sp === 'string' ? sp : sp.names.join('+')}:`;
            })
            .replace(/\uE002/g, '}');
          process.stderr.write(`${id}\n  M ${vis}\n  P ${plain}\n`);
        }
        let cps = Array.from(plain);
        let labels;
        const stripped = dec.chars.map((c) => c.ch).join('');
        if (stripped === plain) {
          labels = dec.chars.map((c) => c.label);
        } else {
          stats.aligned++;
          const al = align(dec.chars, cps);
          labels = al.labels;
          // Letters or digits of the string the marked rendering does not have:
          // the two renderings differ by more than punctuation.
          if (al.missed) {
            stats.lettersUnaligned += al.missed;
            stats.entriesWithLettersUnaligned++;
          }
        }
        if (opts.appendNote && item.note) {
          const noteText = cps.filter((c, i) => labels[i] === 'note').join('');
          const note = String(item.note).trim();
          if (note && !noteText.includes(note)) {
            const add = Array.from(' ' + note);
            labels = labels.concat(add.map((c, i) => (i === 0 ? null : 'note')));
            cps = cps.concat(add);
          }
        }
        [cps, labels] = dropTags(cps, labels, stats);
        // Nothing of the markers, nor text XML cannot hold, may be written.
        const keep = cps.map((c) => !MARKER_RE.test(c) && !BAD_XML.test(c));
        cps = cps.filter((c, i) => keep[i]);
        labels = labels.filter((l, i) => keep[i]);
        const { xml, counts } = toXml(cps, labels);
        const fields = Object.keys(counts).filter((k) => k !== 'citation-number');
        if (fields.length < 2) {
          // Nothing but a number (a set) or a single field ("Blether, John:"):
          // no reference string.
          stats.empty++;
          continue;
        }
        for (const [k, v] of Object.entries(counts)) stats.labels[k] = (stats.labels[k] || 0) + v;
        stats.entries++;
        out.push(`<bibl n="${attrEscape(id)}">${xml}</bibl>`);
      }
    }
  }
  const styleName = path.basename(opts.style).replace(/\.csl$/, '');
  const doc = '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<listBibl style="${attrEscape(styleName)}" locale="${attrEscape(locale)}" items="${attrEscape(path.basename(opts.items))}">\n` +
    out.map((b) => b + '\n').join('') + '</listBibl>\n';
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  fs.writeFileSync(opts.out, doc);
  stats.style = styleName;
  stats.locale = locale;
  stats.file = opts.out;
  return stats;
}

function main(argv) {
  const pos = [];
  const opts = { seed: 1, batch: [10, 80], appendNote: false, stats: null, debug: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--batch') opts.batch = argv[++i].split('-').map(Number);
    else if (a === '--append-note') opts.appendNote = true;
    else if (a === '--stats') opts.stats = argv[++i];
    else if (a === '--debug') opts.debug = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 17).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      return 0;
    } else pos.push(a);
  }
  if (pos.length !== 5) {
    process.stderr.write('usage: node render.js ITEMS.json STYLE.csl LOCALES_DIR LOCALE OUT.xml [--seed N] [--batch A-B] [--append-note] [--stats FILE]\n');
    return 2;
  }
  [opts.items, opts.style, opts.locales, opts.locale, opts.out] = pos;
  let stats;
  try {
    stats = render(opts);
  } catch (e) {
    process.stderr.write(`${opts.style}: ${e.message}\n`);
    return e.skip ? 3 : 1;
  }
  if (opts.stats) fs.writeFileSync(opts.stats, JSON.stringify(stats, null, 1) + '\n');
  process.stderr.write(`${path.basename(opts.out)}: ${stats.entries} entries (${stats.aligned} realigned, ` +
    `${stats.failed} failed, ${stats.notPrinted} not printed, ${stats.empty} empty, ${stats.markerErrors} marker errors)\n`);
  return 0;
}

module.exports = { labelOf, markStyle, decode, align, toXml, render };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
