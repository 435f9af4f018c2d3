// Renders the bibliography of a CSL-JSON array through citeproc-js (Zotero's and
// Mendeley's engine) and prints it as one JSON object: entry id -> HTML of its
// entry. Items citeproc-js cannot take are reported on standard error and left out.
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
    bib[0].entry_ids.forEach((eid, k) => {
      out[eid[0]] = bib[1][k].trim();
    });
  } catch (e) {
    console.error(`items ${i}..${i + chunk.length}: ${e.message}`);
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
