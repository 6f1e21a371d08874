// The pieces <story-diff> draws, built as DOM nodes from a report: the summary with its verdict and
// list of clashing values, the legend, the columns, the aligned rows, the facts table. The element
// puts them in its shadow root and wires them; the HTML export (story-diff-export.js) builds the
// same pieces, without their controls, and serializes them, so the report reads like the page.
// User text only ever becomes text nodes here.

import { STATUSES, SIDES, other, baseDirection, gapKind, written, factCounts } from './story-diff-model.js';

/** Builds an element from static parts. Strings become text nodes, never markup. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'hidden') el.hidden = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const bdi = (text) => h('bdi', {}, text);

const ICON = { conflicts: '⚠', possible: '?', different: '≠', unlinked: '≠', nostory: '∅', none: '○' };
const FACT_ICON = { shared: '=', only_a: '◆', only_b: '◆', conflict: '⚠', possible_conflict: '?' };

/**
 * Everything a view needs: the report and its texts, labels, strings, and what the reader chose.
 * `interactive` adds the controls (buttons, focusable sentences); an export leaves them out.
 */
export function viewContext({ report, texts, labels, s, lang, model, filter = 'all', hideFurniture = false, comparison = 'auto', moved = { a: 0, b: 0 }, interactive = true, large = false }) {
  return { report, texts, labels, s, lang, model, filter, hideFurniture, comparison, moved, interactive, large, clashes: clashesByUnit(report, model.verdict.clashes) };
}

/** unit id -> [{ own, theirs, kind, sure }] for each side, from the verdict's list of clashes. */
function clashesByUnit(report, clashes) {
  const out = { a: new Map(), b: new Map() };
  for (const c of clashes) {
    for (const p of c.places) {
      for (const side of SIDES) {
        const id = p[side];
        if (!out[side].has(id)) out[side].set(id, []);
        const list = out[side].get(id);
        const own = side === 'a' ? p.am : p.bm;
        const theirs = side === 'a' ? p.bm : p.am;
        // One pill per value and what it clashes with, however many sentences tell the other value.
        if (!list.some((x) => x.own.start === own.start && x.theirs.value === theirs.value)) {
          list.push({ own, theirs, kind: c.kind, sure: c.sure });
        }
      }
    }
  }
  return out;
}

const percent = (lang, x) => new Intl.NumberFormat(lang || 'en', { style: 'percent', maximumFractionDigits: 0 }).format(x);

/** The verdict in a few words, for the bar that stays in view. */
export function verdictShort(ctx) {
  const { s } = ctx;
  const v = ctx.model.verdict;
  switch (v.kind) {
    case 'conflicts': return s.conflicts(v.sure);
    case 'possible': return s.possible(v.possible);
    case 'different': return s.different;
    case 'unlinked': return s.unlinked;
    case 'nostory': return s.noStory(bdi(ctx.labels[v.noStory[0]]));
    case 'none': return s.noConflicts;
    default: return '';
  }
}

export function verdictIcon(kind) {
  return ICON[kind] ?? '';
}

/**
 * The verdict's words: `strong` (what was found), `details` (over how much of the texts, edits)
 * and `notes` (why a verdict is weak). Labels pass through `label` (a <bdi> on the page, plain
 * text in Markdown). Null for an empty side: no verdict at all.
 */
export function verdictParts(ctx, label = (x) => x) {
  const { s, labels, lang } = ctx;
  const v = ctx.model.verdict;
  if (v.kind === 'empty') return null;
  const among = () => s.among(v.linked, percent(lang, v.share.a), percent(lang, v.share.b), label(labels.a), label(labels.b));
  const out = { kind: v.kind, icon: ICON[v.kind], strong: [], details: [], notes: [] };
  switch (v.kind) {
    case 'conflicts':
      out.strong = [s.conflicts(v.sure)];
      out.details.push(among());
      if (v.possible) out.details.push([s.possible(v.possible), ' ', s.toCheck]);
      break;
    case 'possible':
      out.strong = [s.possible(v.possible), ' ', s.toCheck];
      out.details.push([s.noSureConflicts, ' ', among()]);
      break;
    case 'none':
      out.strong = [s.noConflicts];
      out.details.push(among());
      break;
    case 'different':
      out.strong = [s.different];
      out.notes.push(s.differentWhy(v.coverage.a.linked, v.coverage.a.story, v.coverage.b.linked, v.coverage.b.story, label(labels.a), label(labels.b)));
      break;
    case 'unlinked':
      out.strong = [s.unlinked];
      out.notes.push(s.unlinkedWhy);
      break;
    case 'nostory':
      out.strong = [s.noStory(label(labels[v.noStory[0]]))];
      break;
    default:
      break;
  }
  if (v.comparison === 'versions' && v.edits && v.kind !== 'different') out.details.push(s.edits(v.edits));
  if (v.low && ['conflicts', 'possible', 'none'].includes(v.kind)) out.notes.push(s.low);
  return out;
}

/** The verdict: what was found, and over how much of the texts. Nothing at all for an empty side. */
export function verdictView(ctx) {
  const p = verdictParts(ctx, bdi);
  if (!p) return null;
  return h('div', { class: `verdict v-${p.kind}`, 'data-verdict': p.kind },
    h('p', { class: 'verdict-line' },
      h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, p.icon),
      h('strong', {}, p.strong),
      p.details.map((d, i) => h('span', { class: 'verdict-detail' }, i ? ' · ' : ' ', d))),
    p.notes.map((n) => h('p', { class: 'verdict-note' }, n)));
}

/** A stretch of a unit's text around a mention, the mention in bold: enough to recognise the sentence. */
function snippet(text, unit, m, width = 64) {
  const start = Math.max(unit.start, m.start - Math.floor(width / 2));
  const end = Math.min(unit.end, Math.max(m.end + Math.floor(width / 2), start + width));
  const clean = (x) => x.replace(/\s+/g, ' ');
  return [
    start > unit.start ? '…' : '',
    clean(text.slice(start, m.start)),
    h('b', {}, clean(text.slice(m.start, m.end))),
    clean(text.slice(m.end, end)),
    end < unit.end ? '…' : '',
  ];
}

/** Where a clash is told, when it is told more than once: in how many sentences of each side. */
function placesView(c, s, label, labels) {
  const na = new Set(c.places.map((p) => p.a)).size;
  const nb = new Set(c.places.map((p) => p.b)).size;
  return na > 1 || nb > 1 ? h('span', { class: 'clash-places' }, s.places(na, nb, label(labels.a), label(labels.b))) : null;
}

/** The ranked list of clashing values: what each counts, both values, and both sentences a click away. */
export function clashListView(ctx) {
  const { s, labels, report, texts } = ctx;
  const list = ctx.model.verdict.clashes;
  if (!list.length) return null;
  const items = list.map((c, i) => {
    const p = c.places[0];
    const what = c.slot ? (s.slot[c.slot] ?? c.slot) : (s.clashKind[c.kind] ?? c.kind);
    const sentence = (side) => {
      const unit = report[side].units[p[side]];
      const m = side === 'a' ? p.am : p.bm;
      const body = [h('span', { class: 'side-tag', 'aria-hidden': 'true' }, side.toUpperCase()), ' ', h('span', { class: 'quote', dir: 'auto' }, unit ? snippet(texts[side], unit, m) : written(texts[side], m))];
      return ctx.interactive
        ? h('button', { type: 'button', class: 'place', 'data-clash': i, 'data-side': side, title: s.showBoth }, body)
        : h('a', { class: 'place', href: `#${side}-${p[side]}` }, body);
    };
    return h('li', { class: `clash-entry ${c.sure ? 'sure' : 'possible'}`, 'data-clash': i },
      h('div', { class: 'clash-head' },
        h('span', { class: 'clash-tag' }, h('span', { 'aria-hidden': 'true' }, c.sure ? '⚠ ' : '? '), c.sure ? s.clashSure : s.clashPossible),
        h('span', { class: 'clash-what' }, what),
        h('span', { class: 'clash-values', dir: 'ltr' },
          h('span', { class: 'sr' }, s.clash(bdi(labels.a), c.a.text, bdi(labels.b), c.b.text)),
          h('span', { 'aria-hidden': 'true' }, h('bdi', { class: 'val' }, c.a.text), ' ↔ ', h('bdi', { class: 'val' }, c.b.text))),
        placesView(c, s, (x) => bdi(x), labels)),
      h('div', { class: 'clash-sentences' }, sentence('a'), sentence('b')));
  });
  return h('section', { class: 'clash-list', 'aria-label': s.clashes },
    h('h3', {}, s.clashes),
    h('ol', {}, items));
}

/** Per side: its sentences by status, and the lines set aside. */
export function countsView(ctx) {
  const { s, report, labels } = ctx;
  return SIDES.map((side) => {
    const c = report.summary[side];
    const story = (c.same ?? 0) + (c.changed ?? 0) + (c.conflict ?? 0) + (c.only ?? 0);
    return h('p', { class: 'counts', 'data-side': side },
      h('span', { class: 'counts-label' }, h('span', { class: 'side-badge', 'aria-hidden': 'true' }, side.toUpperCase()), ' ', h('bdi', {}, labels[side])),
      h('span', { class: 'counts-total' }, s.sentences(story)),
      STATUSES.map((st) => h('span', { class: `chip ${st}` },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'num' }, String(c[st] ?? 0)), ' ', s.status[st])));
  });
}

/** How many lines were set aside, and how many of those the reader moved. */
export function asideView(ctx) {
  const { s, report, labels, moved } = ctx;
  const n = { a: report.summary.a.ignored ?? 0, b: report.summary.b.ignored ?? 0 };
  const movedN = moved.a + moved.b;
  if (!n.a && !n.b && !movedN) return null;
  return h('p', { class: 'aside-line' },
    s.setAside(n.a, n.b, bdi(labels.a), bdi(labels.b)),
    movedN ? [' ', s.moved(movedN), ctx.interactive ? [' ', h('button', { type: 'button', class: 'undo-moves link' }, s.undoMoves)] : null] : null);
}

/** Which comparison the engine made (versions of one article, two outlets), and the switch. */
export function comparisonView(ctx) {
  const { s } = ctx;
  const made = ctx.report.comparison ?? 'outlets';
  const chosen = ctx.comparison !== 'auto';
  const choices = ['versions', 'outlets'].map((c) => (ctx.interactive
    ? h('button', { type: 'button', class: 'comparison-choice', 'data-comparison': c, 'aria-pressed': String(made === c) }, s.comparison[c])
    : made === c ? h('strong', {}, s.comparison[c]) : null));
  return h('div', { class: 'comparison', role: ctx.interactive ? 'group' : null, 'aria-label': s.comparedAs },
    h('span', { class: 'comparison-label' }, s.comparedAs),
    choices,
    h('span', { class: 'comparison-note' }, '(', chosen ? s.chosen : s.judged, ' · ', s.comparisonHint[made], ')'),
    chosen && ctx.interactive ? h('button', { type: 'button', class: 'comparison-auto link' }, s.letJudge) : null);
}

/**
 * The legend: one line of samples, each status drawn as the text draws it, that opens (a
 * <details>) on what each means.
 */
export function legendView(s, open = false) {
  const sample = (st) => h('span', { class: `unit sample ${st}`, 'aria-hidden': 'true' }, 'Aa');
  return h('details', { class: 'legend', part: 'legend', open },
    h('summary', {}, h('span', { class: 'legend-title' }, s.legend), ' ',
      STATUSES.map((st) => h('span', { class: 'legend-item' }, sample(st), ' ', s.status[st]))),
    h('ul', {}, STATUSES.map((st) => h('li', {},
      sample(st),
      h('strong', {}, s.status[st]), ' ',
      h('span', { class: 'legend-text' }, s.statusLong[st])))));
}

/** Appends text[start..end] to parent, wrapping ranges in <mark>s (classes merged where they overlap). */
export function paint(parent, text, start, end, ranges) {
  const inside = ranges
    .map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end), cls: r.cls }))
    .filter((r) => r.end > r.start);
  if (!inside.length) {
    parent.append(text.slice(start, end));
    return;
  }
  const cuts = new Set([start, end]);
  for (const r of inside) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i];
    const q = points[i + 1];
    const cls = [...new Set(inside.filter((r) => r.start <= p && r.end >= q).map((r) => r.cls))].join(' ');
    const piece = text.slice(p, q);
    if (cls) parent.append(h('mark', { class: cls }, piece));
    else parent.append(piece);
  }
}

/**
 * One unit: its status in words for screen readers, its text with marked words, its clashing
 * values, then `gap` (the whitespace to the next unit). Returns `{ node, el }`: `el` the unit,
 * `node` what to append. A long text is thousands of units, so a unit gets a wrapper only when
 * it needs one (pills beside it; or set aside, to hide with its gap), and attributes only where
 * they say something (no tabindex on long texts: the element gives one to a unit when it is clicked).
 */
export function unitView(ctx, side, u, gap = '') {
  const { s } = ctx;
  const text = ctx.texts[side];
  const el = document.createElement('span');
  el.className = `unit ${u.status}`;
  if (ctx.interactive) {
    el.setAttribute('part', 'unit');
    if (!ctx.large) el.tabIndex = -1;
  } else el.id = `${side}-${u.id}`;
  el.dir = 'auto';
  el.dataset.side = side;
  el.dataset.id = u.id;
  el.dataset.status = u.status;
  if (u.kind !== 'text') el.dataset.kind = u.kind;
  // Its own dir keeps these words out of the unit's dir=auto guess: Arabic must stay right to left.
  const sr = document.createElement('span');
  sr.className = 'sr';
  sr.dir = 'ltr';
  sr.textContent = `${s.status[u.status] ?? u.status}. `;
  el.append(sr);
  const clashes = ctx.clashes[side].get(u.id);
  const ranges = (u.marks ?? []).map((m) => ({ start: m.start, end: m.end, cls: 'added' }));
  for (const c of clashes ?? []) ranges.push({ start: c.own.start, end: c.own.end, cls: c.sure ? 'clash' : 'clash maybe' });
  paint(el, text, u.start, Math.max(u.end, u.start), ranges);
  if (!clashes && u.status !== 'ignored') {
    if (!gap) return { node: el, el };
    const frag = document.createDocumentFragment();
    frag.append(el, gap);
    return { node: frag, el };
  }
  const seg = h('span', { class: `seg s-${u.status}` }, el);
  for (const c of clashes ?? []) {
    const own = written(text, c.own);
    const theirs = written(ctx.texts[other(side)], c.theirs);
    const [va, vb] = side === 'a' ? [own, theirs] : [theirs, own];
    seg.append(h('span', { class: `clash-pill${c.sure ? '' : ' maybe'}`, dir: 'ltr', 'data-kind': c.kind },
      h('span', { class: 'sr' }, c.sure ? '' : `${s.clashPossible}: `, s.clash(bdi(ctx.labels.a), va, bdi(ctx.labels.b), vb)),
      h('span', { 'aria-hidden': 'true' },
        h('span', { class: 'icon' }, c.sure ? '⚠' : '?'), ' ',
        h('bdi', { class: 'own' }, own), ' ↔ ', h('bdi', {}, theirs))));
  }
  if (gap) seg.append(gap);
  return { node: seg, el };
}

const GAP_TEXT = { space: ' ', line: '\n', para: '', none: '' };

/**
 * Writes one side's text as it reads, unit after unit, into `box`: the whitespace between units
 * becomes a space, a line break or a new paragraph, never a gap of blank lines or a stray indent.
 * Returns a function that writes units until `budget` milliseconds have gone (all of them without
 * one) and says whether any are left. `onUnit(id, el)` hears of each unit drawn.
 */
export function columnWriter(ctx, side, box, onUnit) {
  const text = ctx.texts[side];
  const units = ctx.report[side].units;
  let i = 0;
  let block = h('div', { class: 'para' });
  // A long text's paragraphs go in chunks of about CHUNK_UNITS units, which skip layout and paint
  // while off screen (content-visibility): per paragraph, the browser's checking which are on
  // screen would cost more every frame than it saves.
  let chunk = null;
  let inChunk = 0;
  let inBlock = 0;
  const place = (frag, el) => {
    if (!ctx.large) {
      frag.append(el);
      return;
    }
    if (!chunk || inChunk >= CHUNK_UNITS) {
      chunk = h('div', { class: 'chunk' });
      inChunk = 0;
    }
    if (!chunk.parentNode) frag.append(chunk);
    chunk.append(el);
  };
  return (budget = Infinity) => {
    const frag = document.createDocumentFragment();
    const until = performance.now() + budget;
    for (let n = 0; i < units.length; i++, n++) {
      // The clock is read every 50 units: reading it costs too.
      if (n % 50 === 49 && performance.now() > until) break;
      const u = units[i];
      const next = units[i + 1];
      const gap = next ? gapKind(text.slice(u.end, next.start)) : 'none';
      const { node, el } = unitView(ctx, side, u, GAP_TEXT[gap]);
      block.append(node);
      inChunk++;
      inBlock++;
      onUnit?.(u.id, el);
      if (gap === 'para' || inBlock >= PARA_UNITS) {
        // A paragraph of thousands of sentences (a text with no line breaks) goes on in blocks of
        // its own: appended to, one block is laid out again whole at every slice of drawing.
        if (!block.parentNode) place(frag, block);
        block = h('div', { class: gap === 'para' ? 'para' : 'para cont' });
        inBlock = 0;
      }
    }
    if (block.firstChild && !block.parentNode) place(frag, block);
    box.append(frag);
    return i < units.length;
  };
}

const CHUNK_UNITS = 150;
const PARA_UNITS = 100;
const CHUNK_ROWS = 60;

/**
 * Writes the aligned rows (story-diff-model.js rows()) into `box`, `max` rows a call: each row holds
 * A's sentences and the B sentences that tell the same. Returns the same kind of function as columnWriter.
 */
export function rowsWriter(ctx, list, box, onUnit) {
  const { labels } = ctx;
  let i = 0;
  const cell = (side, ids) => h('div', { class: `cell cell-${side}`, 'data-side': side, dir: baseDirection(ctx.texts[side]) },
    ids.length ? h('span', { class: 'cell-label', 'aria-hidden': 'true' }, h('span', { class: 'side-badge' }, side.toUpperCase()), ' ', h('bdi', {}, labels[side])) : null,
    ids.map((id) => {
      const u = ctx.report[side].units[id];
      // Lines set aside run together in one row (a byline, its date, a share bar): one a line.
      const { node, el } = unitView(ctx, side, u, u.status === 'ignored' ? '\n' : ' ');
      onUnit?.(id, el, side);
      return node;
    }));
  let chunk = null;
  return (budget = Infinity) => {
    const frag = document.createDocumentFragment();
    const until = performance.now() + budget;
    for (let n = 0; i < list.length; i++, n++) {
      if (n % 20 === 19 && performance.now() > until) break;
      const r = list[i];
      const kinds = [...r.a.map((id) => ctx.report.a.units[id].status), ...r.b.map((id) => ctx.report.b.units[id].status)];
      const row = h('div', { class: `row${r.a.length && r.b.length ? ' paired' : ''}`, 'data-row': i, 'data-statuses': [...new Set(kinds)].join(' ') },
        cell('a', r.a), cell('b', r.b));
      // Long lists in chunks that skip layout off screen, as the columns' paragraphs (columnWriter).
      if (!ctx.large) {
        frag.append(row);
        continue;
      }
      if (!chunk || chunk.childElementCount >= CHUNK_ROWS) {
        chunk = h('div', { class: 'chunk' });
        frag.append(chunk);
      }
      chunk.append(row);
    }
    box.append(frag);
    return i < list.length;
  };
}

/** What a view with no rows says instead of two empty boxes. */
export function emptyViewText(ctx) {
  const { s } = ctx;
  if (ctx.filter === 'conflicts') return s.noneConflicts;
  if (ctx.filter === 'divergent') return s.noneDivergent;
  return s.noneShown;
}

/** The facts table, ranked: conflicts, then facts one side alone tells, then shared ones. */
export function factsView(ctx, { all = true, shown = 200 } = {}) {
  const { s, labels, model } = ctx;
  const f = ctx.filter;
  const rowsAll = model.facts;
  const list = rowsAll.filter((r) => f === 'all' || (f === 'divergent' ? r.status !== 'shared' : r.status === 'conflict' || r.status === 'possible_conflict'));
  const head = [h('h3', {}, s.facts), h('p', { class: 'facts-counts' }, s.factsCounts(factCounts(rowsAll)))];
  if (!list.length) return { nodes: [...head, h('p', { class: 'placeholder' }, rowsAll.length ? s.noFactsFiltered : s.noFacts)], more: 0 };
  const cell = (side, chips, i) => h('td', { dir: 'auto', 'data-label': labels[side] }, chips.map((c, j) => {
    const body = [h('bdi', {}, c.text)];
    if (c.value && c.value.toLowerCase() !== c.text.toLowerCase()) body.push(h('span', { class: 'norm' }, ` = ${c.value}`));
    if (c.mentions.length > 1) body.push(h('span', { class: 'times' }, ` ${s.times(c.mentions.length)}`));
    return ctx.interactive
      ? h('button', { type: 'button', class: 'mention', 'data-fact': i, 'data-side': side, 'data-chip': j }, body)
      : h('span', { class: 'mention' }, body);
  }));
  const visible = all ? list : list.slice(0, shown);
  let group = -1;
  const body = [];
  for (const r of visible) {
    const i = rowsAll.indexOf(r);
    body.push(h('tr', { class: `fact ${r.status}${r.group !== group && group >= 0 ? ' group-start' : ''}`, 'data-fact': i },
      h('td', {}, r.slot ? [s.factKind[r.kind] ?? r.kind, h('span', { class: 'norm' }, ` · ${s.slot[r.slot] ?? r.slot}`)] : s.factKind[r.kind] ?? r.kind),
      h('td', { class: 'fact-status' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, FACT_ICON[r.status] ?? ''), s.factStatus(r.status, bdi(labels.a), bdi(labels.b))),
      cell('a', r.a, i),
      cell('b', r.b, i)));
    group = r.group;
  }
  const table = h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.kind), h('th', { scope: 'col' }, s.statusCol),
      h('th', { scope: 'col', dir: 'auto' }, labels.a), h('th', { scope: 'col', dir: 'auto' }, labels.b))),
    h('tbody', {}, body)));
  return { nodes: [...head, table], more: list.length - visible.length, total: list.length };
}

