import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { escapeUTF8 } from 'entities';
import serialize from 'serialize-javascript';
import type { ReportData } from './model.ts';

const asset = (name: string): string => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/**
 * The data as the text of a JSON script element. serialize-javascript escapes <, >, / and U+2028/2029, so no
 * sentence can close the element (</script>), open a comment (<!--) or break a line in old parsers.
 */
export function embedJson(value: unknown): string {
  return serialize(value, { isJSON: true });
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * One self-contained review page: inline CSS and JS, the data as embedded JSON, no network (the content
 * security policy allows only this page's own script and style). All text is escaped here or set as DOM text.
 */
export function renderReportHtml(data: ReportData): string {
  const e = escapeUTF8;
  const css = asset('style.css');
  const js = `${asset('lib.js')}\n${asset('app.js')}`;
  const csp = `default-src 'none'; script-src ${sha256(js)}; style-src ${sha256(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const links = data.rows.filter((r) => r.score !== null && r.status !== 'rejected').length;
  const unaligned = data.rows.filter((r) => r.score === null).length;
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="arabic-english-aligner report">
<title>${e(data.title)} — alignment review</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${e(data.title)}</h1>
<p class="meta"><bdi lang="ar" dir="auto">${e(data.arFile)}</bdi> ↔ <bdi dir="auto">${e(data.enFile)}</bdi> · ${data.ar.length} Arabic and ${data.en.length} English sentences · ${links} links, ${unaligned} unaligned · mode <b>${e(data.mode)}</b> (${e(data.reason)})</p>
${data.resources ? `<p class="meta resources">${e(data.resources)}</p>\n` : ''}</header>
<main>
<section id="alignment" aria-label="Alignment">
<h2>Alignment</h2>
<div class="toolbar">
<label>Minimum score <input type="range" id="min-score" min="0" max="1" step="0.01" value="0"> <output id="min-score-value">0.00</output></label>
<label><input type="checkbox" id="show-unaligned" checked> unaligned sentences</label>
<span id="order-toggle" role="group" aria-label="Order">Order: <button type="button" data-order="ar">by Arabic</button> <button type="button" data-order="en">by English</button></span>
<span id="link-count"></span> <span id="link-review-count"></span>
</div>
<div class="toolbar"><span id="legend" class="legend"></span></div>
<div class="toolbar" id="link-tools" role="group" aria-label="Edit links">
<button type="button" id="link-picked" title="link the picked sentences (one or more on each side) — key L">Link</button>
<button type="button" id="unlink" title="remove the current link; its sentences stand alone — key U">Unlink</button>
<button type="button" id="merge" title="merge the current row with the next one into one group — key M">Merge with next</button>
<button type="button" id="split" title="take the picked sentences (or the last one) out of the current group — key S">Split</button>
<button type="button" id="download-links" title="the links file with your decisions: save it over ${e(data.linksFile)} and re-run">Download links</button>
<button type="button" id="download-tmx" title="approved links as TMX 1.4">Download TMX</button>
</div>
<p class="help" id="edit-help">Keys: <kbd>A</kbd> approve, <kbd>R</kbd> reject the current link, <kbd>J</kbd>/<kbd>K</kbd> next/previous row, click sentences to pick them, then <kbd>L</kbd> link, <kbd>U</kbd> unlink, <kbd>M</kbd> merge with next, <kbd>S</kbd> split, <kbd>Esc</kbd> clear picks. Sentence numbers count from 0, as in ${e(data.linksFile)}. Scores: the probability that a link is right.</p>
<div id="edit-status" role="status"></div>
<div id="highlight-status" role="status"></div>
<table id="links">
<thead><tr><th>English</th><th>score</th><th lang="ar" dir="rtl">العربية</th></tr></thead>
<tbody id="links-body"></tbody>
</table>
</section>
<aside id="glossary" aria-label="Glossary">
<h2>Glossary${data.glossary ? ` <small>(${e(data.glossary.file)})</small>` : ''}</h2>
<div class="toolbar" id="glossary-tools">
<label>Type <select id="type-filter"><option value="">all</option></select></label>
<label>Status <select id="status-filter"><option value="">all</option><option>proposed</option><option>approved</option><option>rejected</option></select></label>
<label>Score ≥ <input type="range" id="term-min-score" min="0" max="1" step="0.05" value="0"> <output id="term-min-score-value">0.00</output></label>
<button type="button" id="download">Download CSV</button>
<span id="term-count"></span>
</div>
<table id="terms">
<thead><tr><th>status</th><th>English</th><th lang="ar" dir="rtl">العربية</th><th>type</th><th>score</th><th id="note-head">note</th><th></th></tr></thead>
<tbody id="terms-body"></tbody>
</table>
</aside>
</main>
<script type="application/json" id="report-data">${embedJson(data)}</script>
<script>${js}</script>
</body>
</html>
`;
}
