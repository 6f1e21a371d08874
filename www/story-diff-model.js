// What the <story-diff> element and its exports say about a report, as plain data: the verdict, the
// ranked list of clashing values, the facts table's rows, and the rows of the aligned reading. No DOM
// here, so every rule is tested in Node (tests/node/model.test.mjs) on reports made by hand.

export const STATUSES = ['same', 'changed', 'conflict', 'only', 'ignored'];
export const FILTERS = ['all', 'divergent', 'conflicts'];
/** How the engine is told to compare: judge for itself, or as two versions of one article, or two outlets. */
export const COMPARISONS = ['auto', 'versions', 'outlets'];
export const SIDES = ['a', 'b'];
export const other = (side) => (side === 'a' ? 'b' : 'a');

/** Template text as authors indent it inside HTML: without the blank first and last lines and the common indent. */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** Index of the unit whose span holds `offset` (units are in text order), or -1. */
export function unitAt(units, offset) {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (offset < u.start) hi = mid - 1;
    else if (offset >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// First strong character decides, as dir=auto does (HTML's rule), over the whole text of a side.
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
/** The direction of a text's first letter: 'rtl', 'ltr', or 'auto' when it has none. */
export function baseDirection(text) {
  const m = /\p{L}/u.exec(text);
  return m ? (RTL.test(m[0]) ? 'rtl' : 'ltr') : 'auto';
}

/** A mention as written (whitespace collapsed), or its normalized value when the slice is empty. */
export function written(text, m) {
  const w = text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  return w || m.value || '';
}

/**
 * A clashing value as its text tells it; a count added up from several numbers ("90 passengers
 * and 8 crew") shows its sum too: "90 passengers and 8 crew = 98".
 */
export function asTold(text, m) {
  const w = written(text, m);
  const v = m.value ?? '';
  return /^[0-9.]+$/.test(v) && w.includes(' ') && !w.includes(v) ? `${w} = ${v}` : w;
}

/** unit id -> [{ id, link }] of its partners on the other side, for each side. */
export function partnersIndex(report) {
  const partners = { a: new Map(), b: new Map() };
  const add = (side, id, partner, link) => {
    let list = partners[side].get(id);
    if (!list) partners[side].set(id, (list = []));
    if (!list.some((p) => p.id === partner)) list.push({ id: partner, link });
  };
  report.links.forEach((l, i) => {
    for (const ia of l.a) for (const ib of l.b) {
      add('a', ia, ib, i);
      add('b', ib, ia, i);
    }
  });
  // In text order: the first partner is the one the other side tells first.
  for (const side of SIDES) for (const list of partners[side].values()) list.sort((x, y) => x.id - y.id);
  return partners;
}

/** Story units and how many of them are linked, per side: the report's own, or counted from the units. */
export function coverage(report) {
  if (report.summary?.coverage) return report.summary.coverage;
  const side = (s) => {
    const c = report.summary?.[s] ?? {};
    const linked = (c.same ?? 0) + (c.changed ?? 0) + (c.conflict ?? 0);
    return { story: linked + (c.only ?? 0), linked };
  };
  return { a: side('a'), b: side('b') };
}

/** Lines set aside (bylines, captions, furniture) per side. */
export function setAside(report) {
  const count = (side) => report[side].units.filter((u) => u.status === 'ignored').length;
  return { a: count('a'), b: count('b') };
}

// What a reader looks for first: a death toll before an injury count, a count before a name.
const SLOT_RANK = ['dead', 'killed', 'injured', 'missing', 'rescued', 'evacuated', 'displaced', 'arrested', 'aboard', 'passengers', 'crew', 'money'];
const KIND_RANK = ['number', 'date', 'weekday', 'time', 'name', 'negation', 'antonym', 'timing'];
const rank = (list, x) => {
  const i = list.indexOf(x);
  return i < 0 ? list.length : i;
};

/**
 * Every value that clashes, sure ones first, then by what it counts and its kind, then in A's order:
 * the clashes of links (`conflicts`, then `possible`) and the facts in conflict or possible conflict.
 * One entry per pair of values however often the texts repeat it, with each place it is told:
 * `{ sure, kind, slot, a: { text, value }, b: { text, value }, places: [{ link, a, b, am, bm }] }`,
 * where `a`/`b` in a place are unit ids, `am`/`bm` the mentions, and `link` the link's index
 * (-1 for a clash of facts in sentences that are not linked).
 */
export function clashList(report, texts) {
  const entries = new Map();
  const add = (sure, c, link, i) => {
    // By what is counted and the two values: a clash the engine finds between linked sentences
    // and as a fact (where a weekday clash is a date fact) is one.
    const key = [c.slot ?? '', c.a.value, c.b.value].join('\u0000');
    const ia = unitAt(report.a.units, c.a.start);
    const ib = unitAt(report.b.units, c.b.start);
    if ((ia < 0 && !link) || (ib < 0 && !link)) return;
    const place = {
      link: i,
      a: ia < 0 ? link.a[0] : report.a.units[ia].id,
      b: ib < 0 ? link.b[0] : report.b.units[ib].id,
      am: c.a,
      bm: c.b,
    };
    // A possible clash of values that elsewhere clash for sure is one more place of that conflict.
    let e = entries.get(key);
    if (!e || (sure && !e.sure)) {
      e = {
        sure,
        kind: c.kind,
        slot: c.slot ?? null,
        a: { text: asTold(texts.a, c.a), value: c.a.value },
        b: { text: asTold(texts.b, c.b), value: c.b.value },
        places: [],
      };
      entries.set(key, e);
    }
    if (!e.places.some((p) => p.a === place.a && p.b === place.b)) e.places.push(place);
  };
  report.links.forEach((l, i) => {
    for (const c of l.conflicts ?? []) add(true, c, l, i);
  });
  report.links.forEach((l, i) => {
    for (const c of l.possible ?? []) add(false, c, l, i);
  });
  // Values of one slot that clash between sentences that are not linked are facts only: the
  // engine pairs the two sides' claims slot by slot (a toll in the lede against one further down).
  for (const f of report.facts) {
    if ((f.status !== 'conflict' && f.status !== 'possible_conflict') || !f.a.length || !f.b.length) continue;
    add(f.status === 'conflict', { kind: f.kind, slot: f.slot, a: f.a[0], b: f.b[0] }, null, -1);
  }
  return [...entries.values()].sort((x, y) =>
    (y.sure - x.sure) ||
    (rank(SLOT_RANK, x.slot) - rank(SLOT_RANK, y.slot)) ||
    (rank(KIND_RANK, x.kind) - rank(KIND_RANK, y.kind)) ||
    (x.places[0].am.start - y.places[0].am.start));
}

/**
 * What the summary says first. Never a verdict without both texts; never "no conflicts" where
 * nothing could be compared. `kind` is one of:
 *   empty      a side has no text: no verdict at all
 *   nostory    a side has text but no story content (all of it set aside)
 *   different  the engine judges these to be two different stories
 *   unlinked   no sentence of one side matches one of the other
 *   conflicts  sure conflicts (possible ones may come with them)
 *   possible   only possible conflicts
 *   none       no conflict among the sentences that match
 * The counts are the list's: `sure` + `possible` === clashes.length.
 */
export function verdict(report, texts) {
  if (!report || !texts.a.trim() || !texts.b.trim()) return { kind: 'empty', clashes: [], sure: 0, possible: 0 };
  const cov = coverage(report);
  const clashes = clashList(report, texts);
  const sure = clashes.filter((c) => c.sure).length;
  const possible = clashes.length - sure;
  const share = {
    a: cov.a.story ? cov.a.linked / cov.a.story : 0,
    b: cov.b.story ? cov.b.linked / cov.b.story : 0,
  };
  let kind;
  if (!cov.a.story || !cov.b.story) kind = 'nostory';
  else if (report.summary.different_stories) kind = 'different';
  else if (!cov.a.linked || !cov.b.linked) kind = 'unlinked';
  else if (sure) kind = 'conflicts';
  else if (possible) kind = 'possible';
  else kind = 'none';
  return {
    kind,
    clashes,
    sure,
    possible,
    coverage: cov,
    linked: cov.a.linked + cov.b.linked,
    share,
    // Most of one side has no partner: the verdict speaks for a small part of the texts.
    low: kind !== 'different' && Math.min(share.a, share.b) < 0.25,
    edits: report.summary.edits ?? 0,
    comparison: report.comparison ?? 'outlets',
    noStory: SIDES.filter((s) => !cov[s].story),
  };
}

const FACT_GROUP = { conflict: 0, possible_conflict: 1, only_a: 2, only_b: 2, shared: 3 };
const FACT_KIND = ['number', 'date', 'name', 'quote'];

/** A side's mentions as the chips of one cell: each way of writing it once, with how often it is told. */
function chips(text, mentions) {
  const out = new Map();
  for (const m of mentions) {
    const shown = written(text, m);
    const key = shown.toLowerCase();
    let c = out.get(key);
    if (!c) out.set(key, (c = { text: shown, value: m.value, mentions: [] }));
    c.mentions.push(m);
  }
  return [...out.values()];
}

/**
 * The facts table: one row per fact, conflicts first, then facts one side alone tells, then shared
 * ones; by kind and place within each group. A value that one side tells both in a conflict and
 * elsewhere on its own is one row, the conflict's: it is not also "only A".
 * Rows: `{ fact, index, group, kind, status, slot, a: [chip], b: [chip], first }`.
 */
export function factRows(report, texts) {
  const facts = report.facts.map((fact, index) => ({ fact, index, a: [...fact.a], b: [...fact.b] }));
  const clashing = facts.filter((r) => r.fact.status === 'conflict' || r.fact.status === 'possible_conflict');
  const dropped = new Set();
  for (const r of facts) {
    const side = r.fact.status === 'only_a' ? 'a' : r.fact.status === 'only_b' ? 'b' : null;
    if (!side) continue;
    const values = new Set(r.fact[side].map((m) => m.value));
    const into = clashing.find((c) => c.fact.kind === r.fact.kind && c.fact[side].some((m) => values.has(m.value)));
    if (!into) continue;
    // A value can be told a hundred thousand times in a long text: a set, not a search per mention.
    const had = new Set(into[side].map((x) => x.start));
    for (const m of r.fact[side]) if (!had.has(m.start)) into[side].push(m);
    into[side].sort((x, y) => x.start - y.start);
    dropped.add(r.index);
  }
  // The same words read as two facts ("Tuesday" a date A alone tells, "Tuesday's" a name both
  // tell): the one-sided reading goes, or the table would call one value both "only A" and shared.
  const both = { a: new Set(), b: new Set() };
  for (const r of facts) {
    if (dropped.has(r.index) || r.fact.status === 'only_a' || r.fact.status === 'only_b') continue;
    for (const side of ['a', 'b']) for (const m of r[side]) both[side].add(`${m.start}:${m.end}`);
  }
  for (const r of facts) {
    const side = r.fact.status === 'only_a' ? 'a' : r.fact.status === 'only_b' ? 'b' : null;
    if (side && r[side].length && r[side].every((m) => both[side].has(`${m.start}:${m.end}`))) dropped.add(r.index);
  }
  const first = (r) => Math.min(r.a[0]?.start ?? Infinity, r.b[0]?.start ?? Infinity);
  return facts
    .filter((r) => !dropped.has(r.index))
    .map((r) => ({
      fact: r.fact,
      index: r.index,
      group: FACT_GROUP[r.fact.status] ?? 4,
      kind: r.fact.kind,
      status: r.fact.status,
      slot: r.fact.slot ?? null,
      a: chips(texts.a, r.a),
      b: chips(texts.b, r.b),
      first: first(r),
    }))
    .sort((x, y) => (x.group - y.group) || (rank(FACT_KIND, x.kind) - rank(FACT_KIND, y.kind)) || (x.first - y.first));
}

/** The facts table's rows per group, as its heading counts them: { conflict, possible, only, shared }. */
export function factCounts(rows) {
  const c = { conflict: 0, possible: 0, only: 0, shared: 0 };
  for (const r of rows) c[['conflict', 'possible', 'only', 'shared'][r.group] ?? 'shared']++;
  return c;
}

const DIVERGENT = new Set(['changed', 'conflict', 'only']);

/**
 * The aligned reading: rows of A's units each with the B units that tell the same, in A's order;
 * B's units that no A unit tells come right after the row of the B unit before them. Partners mostly
 * sit in one row (a B sentence told again further down A stays in its first row) (a phone shows each sentence followed by its partner; the "differences" view
 * shows only the rows that differ). B's sentences before the first it shares follow A's first row.
 * Rows: `{ a: [id], b: [id] }`.
 *
 * filter: 'all' | 'divergent' (rows holding a change, a conflict or a one-sided sentence) |
 * 'conflicts'; hideFurniture drops lines set aside (so do the two filters: furniture is never a difference).
 */
export function rows(report, partners = partnersIndex(report), { filter = 'all', hideFurniture = false } = {}) {
  const placed = new Map(); // b id -> row
  const main = [];
  for (const u of report.a.units) {
    const ps = partners.a.get(u.id) ?? [];
    const last = main[main.length - 1];
    let row;
    if (last && ps.some((p) => placed.get(p.id) === last)) {
      // The next sentence of A telling what the last row's B sentence tells joins that row (a
      // sentence B split in two, or merged). One further down does not: A is read in its order.
      row = last;
      row.a.push(u.id);
    } else {
      row = { a: [u.id], b: [], index: main.length };
      main.push(row);
    }
    for (const p of ps) {
      if (placed.has(p.id)) continue;
      row.b.push(p.id);
      placed.set(p.id, row);
    }
  }
  // B's own sentences follow the row of the B sentence before them.
  const after = new Map(); // row index (-1: before all) -> rows
  let prev = -1;
  for (const u of report.b.units) {
    const row = placed.get(u.id);
    if (row) {
      prev = row.index;
      continue;
    }
    if (!after.has(prev)) after.set(prev, []);
    after.get(prev).push({ a: [], b: [u.id] });
  }
  // B's sentences before any it shares with A (its own headline, a byline) follow A's first row:
  // the reading starts with A, as the columns do.
  if (after.has(-1) && main.length) after.set(0, [...after.get(-1), ...(after.get(0) ?? [])]);
  const out = main.length ? [] : [...(after.get(-1) ?? [])];
  for (const row of main) {
    row.b.sort((x, y) => x - y);
    out.push({ a: row.a, b: row.b });
    out.push(...(after.get(row.index) ?? []));
  }
  const status = (side, id) => report[side].units[id]?.status;
  const dropFurniture = hideFurniture || filter !== 'all';
  const keep = (side) => (id) => !(dropFurniture && status(side, id) === 'ignored');
  const kept = out
    .map((r) => ({ a: r.a.filter(keep('a')), b: r.b.filter(keep('b')) }))
    .filter((r) => r.a.length + r.b.length > 0)
    .filter((r) => {
      if (filter === 'all') return true;
      const statuses = [...r.a.map((id) => status('a', id)), ...r.b.map((id) => status('b', id))];
      return filter === 'conflicts' ? statuses.includes('conflict') : statuses.some((s) => DIVERGENT.has(s));
    });
  // A run of one side's furniture (a share bar, a byline and its date) reads as one row, not one each.
  const furniture = (r) => {
    const side = r.a.length ? (r.b.length ? null : 'a') : 'b';
    return side && r[side].every((id) => status(side, id) === 'ignored') ? side : null;
  };
  const merged = [];
  for (const r of kept) {
    const prev = merged[merged.length - 1];
    const side = furniture(r);
    if (side && prev && furniture(prev) === side) prev[side].push(...r[side]);
    else merged.push(r);
  }
  return merged;
}

/**
 * How the stretch of whitespace between two units reads: a paragraph break, a line break or a
 * space. The texts keep whatever indentation and blank lines they were pasted with; shown
 * verbatim, those are gaps and ragged margins.
 */
export function gapKind(gap) {
  const breaks = (gap.match(/\n/g) ?? []).length;
  return breaks >= 2 ? 'para' : breaks === 1 ? 'line' : gap ? 'space' : 'none';
}

export const OVERRIDE_KEYS = ['storyA', 'furnitureA', 'storyB', 'furnitureB'];

/**
 * Units a reader moved between story and furniture, as the engine's options take them
 * ({ storyA, furnitureA, storyB, furnitureB }: unit ids): sorted, unique, empty lists left out.
 */
export function cleanOverrides(o) {
  const out = {};
  for (const k of OVERRIDE_KEYS) {
    const ids = [...new Set((Array.isArray(o?.[k]) ? o[k] : []).filter((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32))].sort((x, y) => x - y);
    if (ids.length) out[k] = ids;
  }
  return out;
}

/**
 * Moves a unit to the other pile: a story line is set aside, a line set aside becomes story. A unit
 * the reader moved before goes back to what the engine made of it.
 */
export function toggleOverride(o, side, id, isStory) {
  const S = side.toUpperCase();
  const next = { ...cleanOverrides(o) };
  const undo = isStory ? `story${S}` : `furniture${S}`;
  const move = isStory ? `furniture${S}` : `story${S}`;
  if (next[undo]?.includes(id)) next[undo] = next[undo].filter((x) => x !== id);
  else next[move] = [...(next[move] ?? []), id];
  return cleanOverrides(next);
}

/** How many units the reader moved, per side. */
export function overrideCount(o) {
  const c = cleanOverrides(o);
  return { a: (c.storyA?.length ?? 0) + (c.furnitureA?.length ?? 0), b: (c.storyB?.length ?? 0) + (c.furnitureB?.length ?? 0) };
}
