// Exports of what a <story-diff> element shows, made from the report it holds (the comparison is not
// run again): the JSON report with the texts, labels and options it was made from; a self-contained
// HTML page that reads like the element (its pieces, its stylesheet and palette, its language); a
// Markdown summary. The CLI keeps its own renderers (src/render/), which serve the terminal.
//
//   import { exportJson, exportHtml, exportMarkdown, snapshot } from './story-diff-export.js';
//   const shot = snapshot(el, { engine: version() });   // what the element shows, at this moment
//   download(exportHtml(shot));

import { verdict, factRows, partnersIndex, SIDES, STATUSES } from './story-diff-model.js';
import { stringsFor } from './story-diff-strings.js';
import {
  h, viewContext, verdictParts, verdictView, clashListView, countsView, asideView, comparisonView, legendView,
  columnWriter, factsView,
} from './story-diff-view.js';

/**
 * What an element shows, as plain data: its report, the texts and labels it was made from, the
 * options it was made with, and the reader's view. Throws when there is no report yet.
 */
export function snapshot(el, { engine = '', created = new Date() } = {}) {
  const report = el.report;
  if (!report) throw new Error('story-diff: nothing to export yet: no comparison has been shown');
  const lang = el.getAttribute('lang') || 'en';
  const options = { ...el.options };
  delete options.labelA;
  delete options.labelB;
  delete options.hideFurniture;
  if (el.comparison && el.comparison !== 'auto') options.comparison = el.comparison;
  Object.assign(options, el.overrides);
  return {
    report,
    texts: el.reportTexts,
    labels: { a: el.labelA, b: el.labelB },
    options,
    lang,
    hideFurniture: el.hideFurniture,
    comparison: el.comparison ?? 'auto',
    moved: { a: 0, b: 0 },
    css: el.styleText ?? '',
    engine,
    created: created instanceof Date ? created : new Date(created),
  };
}

function context(shot, interactive = false) {
  const { report, texts } = shot;
  const model = { verdict: verdict(report, texts), facts: factRows(report, texts), partners: partnersIndex(report) };
  return viewContext({
    report,
    texts,
    labels: shot.labels,
    s: stringsFor(shot.lang),
    lang: shot.lang,
    model,
    filter: 'all',
    hideFurniture: shot.hideFurniture,
    comparison: shot.comparison,
    moved: shot.moved ?? { a: 0, b: 0 },
    interactive,
  });
}

/**
 * The report as JSON, standing alone: the schema-v1 report (UTF-16 offsets) with what it was made
 * from: `engine` (name and version), `created` (ISO 8601), and `input` (both texts, both labels and
 * the engine options). Reading `input.a.slice(unit.start, unit.end)` gives a unit's text.
 */
export function exportJson(shot) {
  const { version, offsets, ...rest } = shot.report;
  return `${JSON.stringify({
    version,
    offsets,
    engine: { name: 'storydiff', version: shot.engine },
    created: shot.created.toISOString(),
    ...rest,
    input: { labelA: shot.labels.a, labelB: shot.labels.b, options: shot.options, a: shot.texts.a, b: shot.texts.b },
  }, null, 2)}\n`;
}

// The element's sheet addresses its host; in a page of its own, the wrapper stands in for it.
const hostless = (css) => css.replace(/:host\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g, '.story-diff$1').replace(/:host\b/g, '.story-diff');

// What a report page needs besides the element's sheet: the page around it, whole columns (a report
// has no scroll boxes), and columns that stack on a narrow screen but never on paper.
const REPORT_CSS = `
html { color-scheme: light dark; }
body.story-diff { margin: 0; min-height: 100vh; }
.root.report { max-width: 1200px; margin: 0 auto; padding: 1rem; gap: 1rem; }
.report-head h1 { margin: 0; font-size: 1.4rem; line-height: 1.3; }
.report-head p, .report-foot { margin: 0.2rem 0 0; color: var(--_muted); font-size: 0.9rem; }
.report .text, .report .table-wrap { max-height: none; overflow: visible; }
.report .unit { cursor: auto; }
.report .place { display: block; }
.report .place:hover { border-color: var(--_focus); }
.report .unit:target { outline: 3px solid var(--_focus); outline-offset: 1px; }
.report .facts .table-wrap { overflow-x: auto; }
@container (max-width: 700px) { .report .columns { grid-template-columns: minmax(0, 1fr); } }
@media print {
  .root.report { max-width: none; padding: 0; }
  .report .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  a.place { color: inherit; }
}
`;

const formatDate = (lang, d) => new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'long', timeStyle: 'short' }).format(d);

/** A self-contained HTML page of the comparison: no script, nothing fetched, every text escaped. */
export function exportHtml(shot) {
  const ctx = context(shot);
  const { s } = ctx;
  const title = s.reportTitle(shot.labels.a, shot.labels.b);
  const root = h('div', { class: 'root report' });
  root.append(h('header', { class: 'report-head' }, h('h1', { dir: 'auto' }, title)));
  const summary = h('section', { class: 'summary' },
    verdictView(ctx), clashListView(ctx),
    h('details', { class: 'summary-foot', open: true }, h('summary', {}, s.countsTitle), countsView(ctx), asideView(ctx)), comparisonView(ctx));
  const legend = legendView(s, true);
  const columns = h('div', { class: `columns${shot.hideFurniture ? ' no-furniture' : ''}` }, SIDES.map((side) => {
    const text = h('div', { class: 'text', dir: 'auto', lang: '', 'data-side': side });
    columnWriter(ctx, side, text)();
    return h('section', { class: `column column-${side}`, 'data-side': side },
      h('div', { class: 'col-head' }, h('span', { class: 'side-badge', 'aria-hidden': 'true' }, side.toUpperCase()), h('span', { class: 'col-label', dir: 'auto' }, shot.labels[side])),
      text);
  }));
  const facts = h('section', { class: 'facts' }, factsView(ctx).nodes);
  const when = formatDate(shot.lang, shot.created);
  root.append(summary, legend, columns, facts, h('footer', { class: 'report-foot' }, s.reportMade(shot.engine, when)));
  // The serializer escapes every text node and attribute: the texts cannot become markup.
  const titleEl = h('title', {}, title);
  const css = `${hostless(shot.css)}\n${REPORT_CSS}`.replace(/<\/(style)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="${shot.lang === 'hi' ? 'hi' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Storydiff ${escapeAttr(shot.engine)}">
${titleEl.outerHTML}
<style>${css}</style>
</head>
<body class="story-diff">
${root.outerHTML}
</body>
</html>
`;
}

function escapeAttr(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markdown text: every character that could start markup escaped, whitespace on one line. */
export function md(text) {
  return String(text)
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|~>]/g, '\\$&')
    .replace(/</g, '&lt;')
    .trim();
}

const joinText = (x) => (Array.isArray(x) ? x.map(joinText).join('') : String(x ?? ''));

/** A Markdown summary: the verdict, the values that clash with their sentences, the counts and the facts. */
export function exportMarkdown(shot) {
  const ctx = context(shot);
  const { s, report, texts } = ctx;
  const la = md(shot.labels.a);
  const lb = md(shot.labels.b);
  const out = [`# ${md(joinText(s.reportTitle(shot.labels.a, shot.labels.b)))}`, ''];
  const p = verdictParts(ctx, md);
  if (!p) {
    out.push(md(s.empty), '');
    return `${out.join('\n')}\n`;
  }
  // The strings hold labels already escaped (passed through md); the rest is ours.
  out.push(`**${p.icon} ${joinText(p.strong)}**${p.details.map((d) => ` · ${joinText(d)}`).join('')}`, '');
  for (const n of p.notes) out.push(joinText(n), '');
  const clashes = ctx.model.verdict.clashes;
  if (clashes.length) {
    out.push(`## ${md(s.clashes)}`, '');
    clashes.forEach((c, i) => {
      const what = c.slot ? (s.slot[c.slot] ?? c.slot) : (s.clashKind[c.kind] ?? c.kind);
      const tag = c.sure ? `⚠ ${s.clashSure}` : `? ${s.clashPossible}`;
      const na = new Set(c.places.map((p) => p.a)).size;
      const nb = new Set(c.places.map((p) => p.b)).size;
      const where = na > 1 || nb > 1 ? ` (${joinText(s.places(na, nb, la, lb))})` : '';
      out.push(`${i + 1}. ${md(tag)}, ${md(what)}: ${la} **${md(c.a.text)}** ↔ ${lb} **${md(c.b.text)}**${where}`);
      const place = c.places[0];
      for (const side of SIDES) {
        const u = report[side].units[place[side]];
        if (u) out.push(`   - ${side === 'a' ? la : lb}: “${md(texts[side].slice(u.start, u.end))}”`);
      }
    });
    out.push('');
  }
  for (const side of SIDES) {
    const c = report.summary[side];
    const story = c.same + c.changed + c.conflict + c.only;
    out.push(`- ${side === 'a' ? la : lb}: ${md(s.sentences(story))}: ${STATUSES.map((st) => `${c[st]} ${md(s.status[st])}`).join(', ')}`);
  }
  const made = report.comparison ?? 'outlets';
  out.push('', `${md(s.comparedAs)}: ${md(s.comparison[made])} (${md(shot.comparison !== 'auto' ? s.chosen : s.judged)}).`, '');
  const facts = ctx.model.facts;
  if (facts.length) {
    out.push(`## ${md(s.facts)}`, '', `| ${md(s.kind)} | ${md(s.statusCol)} | ${la} | ${lb} |`, '|---|---|---|---|');
    for (const r of facts) {
      const cell = (chips) => chips.map((c) => md(c.text) + (c.mentions.length > 1 ? ` ${md(s.times(c.mentions.length))}` : '')).join(', ');
      out.push(`| ${md(s.factKind[r.kind] ?? r.kind)} | ${md(joinText(s.factStatus(r.status, shot.labels.a, shot.labels.b)))} | ${cell(r.a)} | ${cell(r.b)} |`);
    }
    out.push('');
  }
  out.push(`_${md(s.reportMade(shot.engine, formatDate(shot.lang, shot.created)))}_`);
  return `${out.join('\n')}\n`;
}

