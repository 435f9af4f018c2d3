// Renders the bibliography of a CSL-JSON array through citeproc-js (Zotero's and
// Mendeley's engine) and prints it as one JSON object: entry id -> HTML of its
// entry (empty when it renders empty). The items are rendered as separate
// bibliographies of CHUNK items each, in file order (ours are cut the same way).
// Items citeproc-js cannot take are reported on standard error and left out.
//
// usage: node citeproc-bib.js ITEMS.json STYLE.csl LOCALES_DIR [LANG]
// needs: npm package `citeproc` (NODE_PATH or a node_modules beside it).
'use strict';
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [itemsPath, stylePath, localesDir, lang = 'en-US'] = process.argv.slice(2);
if (!itemsPath || !stylePath || !localesDir) {
  console.error('usage: node citeproc-bib.js ITEMS.json STYLE.csl LOCALES_DIR [LANG]');
  process.exit(2);
}
const items = {};
for (const item of JSON.parse(fs.readFileSync(itemsPath, 'utf8'))) {
  items[item.id] = item;
}
const sys = {
  retrieveLocale: (l) => {
    const p = path.join(localesDir, `locales-${l}.xml`);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : false;
  },
  retrieveItem: (id) => items[id],
};
const style = fs.readFileSync(stylePath, 'utf8');
// The text of one entry rendered alone ('' when it renders empty).
function alone(id) {
  try {
    const engine = new CSL.Engine(sys, style, lang, true);
    engine.setOutputFormat('html');
    engine.updateItems([id]);
    const bib = engine.makeBibliography();
    return bib && bib[1].length ? bib[1][0].replace(/<[^>]*>/g, '').trim() : '';
  } catch (e) {
    return '';
  }
}
const out = {};
// One engine per chunk: an item that throws loses its chunk only, not the run.
const ids = Object.keys(items);
const CHUNK = 200;
for (let i = 0; i < ids.length; i += CHUNK) {
  const chunk = ids.slice(i, i + CHUNK);
  try {
    const engine = new CSL.Engine(sys, style, lang, true);
    engine.setOutputFormat('html');
    engine.updateItems(chunk);
    const bib = engine.makeBibliography();
    if (!bib) continue;
    // An entry that renders empty is listed in `bibliography_errors` and has
    // no string: the strings line up with the other ids only.
    const empty = new Set((bib[0].bibliography_errors || []).map((e) => e.index));
    let kept = bib[0].entry_ids.filter((_, k) => !empty.has(k));
    if (kept.length !== bib[1].length) {
      // Some styles drop an empty entry without listing it: find those by
      // rendering each entry alone.
      kept = kept.filter((eid) => {
        const text = alone(eid[0]);
        if (text === '') {
          empty.add(bib[0].entry_ids.indexOf(eid));
        }
        return text !== '';
      });
    }
    if (kept.length !== bib[1].length) {
      console.error(`items ${i}..${i + chunk.length}: entries and ids do not line up; left out`);
      continue;
    }
    kept.forEach((eid, k) => {
      out[eid[0]] = bib[1][k].trim();
    });
    for (const k of empty) {
      out[bib[0].entry_ids[k][0]] = '';
    }
  } catch (e) {
    console.error(`items ${i}..${i + chunk.length}: ${e.message}`);
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
