// Renders refconv's csl-citations (each with its itemData) through citeproc-js, the
// citation processor of Zotero and Mendeley, and prints the notes and the
// bibliography as plain text.
//
// usage: node citeproc-render.js INPUT.json STYLE.csl LOCALES_DIR [LANG]
// INPUT is csl-citations (clusters with itemData: notes, then the bibliography) or
// a CSL-JSON array of items (the bibliography alone, in input order).
// needs: npm package `citeproc` (NODE_PATH or a node_modules beside it).
'use strict';
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const [citationsPath, stylePath, localesDir, lang = 'en-US'] = process.argv.slice(2);
if (!citationsPath || !stylePath || !localesDir) {
  console.error('usage: node citeproc-render.js CITATIONS.json STYLE.csl LOCALES_DIR [LANG]');
  process.exit(2);
}
const input = JSON.parse(fs.readFileSync(citationsPath, 'utf8'));
const isClusters = input.length > 0 && input[0].citationItems !== undefined;
const citations = isClusters ? input : [];
const items = {};
for (const c of citations) {
  for (const ci of c.citationItems) {
    items[ci.id] = ci.itemData;
  }
}
if (!isClusters) {
  for (const item of input) {
    items[item.id] = item;
  }
}
const sys = {
  retrieveLocale: (l) => {
    const p = path.join(localesDir, `locales-${l}.xml`);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : false;
  },
  retrieveItem: (id) => items[id],
};
const engine = new CSL.Engine(sys, fs.readFileSync(stylePath, 'utf8'), lang, true);
engine.setOutputFormat('text');

// Process the clusters in document order, as a word processor plug-in does; a
// later cluster may change an earlier one's text (ibid., short forms).
const rendered = new Map();
const pre = [];
for (const c of citations) {
  const citation = {
    citationID: c.citationID,
    citationItems: c.citationItems.map(({ itemData, ...rest }) => rest),
    properties: c.properties,
  };
  const [status, updates] = engine.processCitationCluster(citation, pre, []);
  if (status.citation_errors && status.citation_errors.length) {
    console.error(`${c.citationID}: ${JSON.stringify(status.citation_errors)}`);
    process.exitCode = 1;
  }
  for (const [, text, id] of updates) {
    rendered.set(id, text);
  }
  pre.push([c.citationID, c.properties.noteIndex]);
}
engine.updateUncitedItems(Object.keys(items));

const out = [];
if (isClusters) {
  out.push('# citations (note number: text; 0 = in the running text)');
  for (const c of citations) {
    out.push(`${c.properties.noteIndex}. ${rendered.get(c.citationID)}`);
  }
  out.push('');
}
const bib = engine.makeBibliography();
out.push('# bibliography');
if (bib) {
  for (const entry of bib[1]) {
    out.push(entry.trim());
  }
}
process.stdout.write(out.join('\n') + '\n');
