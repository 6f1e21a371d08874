// What the element says about a report (www/story-diff-model.js), on reports made by hand so that
// each rule is seen on its own: the verdict never reassures without grounds and its counts are the
// list's; clashes are ranked and counted once; the facts table is ranked, one row a fact; the
// aligned rows keep partners together; moved units are kept clean. A real report (the engine in
// Node) checks that the rules hold on what the engine gives.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { verdict, clashList, factRows, factCounts, rows, partnersIndex, coverage, cleanOverrides, toggleOverride, overrideCount } from '../../www/story-diff-model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let sd;
before(async () => {
  sd = await import(pathToFileURL(path.join(ROOT, 'www', 'pkg', 'storydiff.js')).href);
  sd.initSync({ module: fs.readFileSync(path.join(ROOT, 'www', 'pkg', 'storydiff_bg.wasm')) });
});

/** Units over a text cut at ". ", each given a status. */
function side(text, statuses, kinds = []) {
  const units = [];
  let at = 0;
  text.split(/(?<=\.) /).forEach((s, i) => {
    units.push({ id: i, start: at, end: at + s.length, kind: kinds[i] ?? 'text', status: statuses[i] });
    at += s.length + 1;
  });
  return { units };
}

const counts = (units) => {
  const c = { same: 0, changed: 0, conflict: 0, only: 0, ignored: 0 };
  for (const u of units) c[u.status]++;
  return c;
};

function report({ a, b, links = [], facts = [], summary = {}, comparison = 'outlets' }) {
  const ca = counts(a.units);
  const cb = counts(b.units);
  const story = (c) => c.same + c.changed + c.conflict + c.only;
  const linked = (c) => c.same + c.changed + c.conflict;
  return {
    version: 1,
    offsets: 'utf16',
    comparison,
    a,
    b,
    links,
    facts,
    variants: [],
    summary: {
      a: ca,
      b: cb,
      conflicts: links.filter((l) => l.relation === 'conflict').length,
      coverage: { a: { story: story(ca), linked: linked(ca) }, b: { story: story(cb), linked: linked(cb) } },
      different_stories: false,
      edits: 0,
      ...summary,
    },
  };
}

const mention = (text, word, value = word, from = 0) => {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, word);
  return { start, end: start + word.length, value };
};

const A = 'Floods killed 23 people on Tuesday. Roads were closed. The mayor visited.';
const B = 'On Tuesday, floods killed 27 people. The mayor visited. Schools stayed open.';
const texts = { a: A, b: B };

function tollReport(extra = {}) {
  return report({
    a: side(A, ['conflict', 'only', 'same']),
    b: side(B, ['conflict', 'same', 'only']),
    links: [
      { a: [0], b: [0], relation: 'conflict', score: 0.7, conflicts: [{ kind: 'number', slot: 'dead', a: mention(A, '23'), b: mention(B, '27') }] },
      { a: [2], b: [1], relation: 'same', score: 1 },
    ],
    ...extra,
  });
}

test('verdict: no verdict on an empty side, whatever the report says', () => {
  for (const t of [{ a: '', b: B }, { a: A, b: '  \n ' }, { a: '', b: '' }]) {
    const v = verdict(tollReport(), t);
    assert.equal(v.kind, 'empty');
    assert.equal(v.sure + v.possible, 0);
  }
  assert.equal(verdict(null, texts).kind, 'empty');
});

test('verdict: conflicts found, with their count the list\'s and the shares of linked sentences', () => {
  const v = verdict(tollReport(), texts);
  assert.equal(v.kind, 'conflicts');
  assert.equal(v.sure, 1);
  assert.equal(v.clashes.length, v.sure + v.possible, 'the count is the list\'s');
  assert.equal(v.linked, 4);
  assert.deepEqual(v.share, { a: 2 / 3, b: 2 / 3 });
});

test('verdict: a link holding two clashes counts two conflicts, as the list shows two', () => {
  const r = tollReport();
  r.links[0].conflicts.push({ kind: 'weekday', a: mention(A, 'Tuesday', 'tuesday'), b: mention(B, 'Tuesday', 'wednesday') });
  const v = verdict(r, texts);
  assert.equal(r.summary.conflicts, 1, 'one link in conflict');
  assert.equal(v.sure, 2);
  assert.equal(v.clashes.length, 2);
});

test('verdict: different stories, nothing linked, nothing but furniture: never "no conflicts"', () => {
  const different = tollReport({ summary: { different_stories: true } });
  assert.equal(verdict(different, texts).kind, 'different');

  const unlinked = report({ a: side(A, ['only', 'only', 'only']), b: side(B, ['only', 'only', 'only']) });
  const v = verdict(unlinked, texts);
  assert.equal(v.kind, 'unlinked');
  assert.equal(v.linked, 0);

  const furniture = report({ a: side(A, ['ignored', 'ignored', 'ignored']), b: side(B, ['only', 'only', 'only']) });
  const f = verdict(furniture, texts);
  assert.equal(f.kind, 'nostory');
  assert.deepEqual(f.noStory, ['a']);
});

test('verdict: no conflicts among the linked sentences; low coverage is said', () => {
  const r = report({
    a: side(A, ['same', 'only', 'only']),
    b: side(B, ['same', 'only', 'only']),
    links: [{ a: [0], b: [0], relation: 'same', score: 0.9 }],
  });
  const v = verdict(r, texts);
  assert.equal(v.kind, 'none');
  assert.equal(v.linked, 2);
  assert.equal(v.low, false, 'a third of each side is linked');
  const lower = report({
    a: side(`${A} One. Two. Three. Four.`, ['same', 'only', 'only', 'only', 'only', 'only', 'only']),
    b: side(B, ['same', 'only', 'only']),
    links: [{ a: [0], b: [0], relation: 'same', score: 0.9 }],
  });
  assert.equal(verdict(lower, { a: `${A} One. Two. Three. Four.`, b: B }).low, true);
});

test('verdict: possible conflicts alone are "to check", never a clean bill', () => {
  const r = tollReport();
  r.links[0].relation = 'changed';
  r.links[0].possible = r.links[0].conflicts;
  delete r.links[0].conflicts;
  r.a.units[0].status = 'changed';
  r.b.units[0].status = 'changed';
  const v = verdict(r, texts);
  assert.equal(v.kind, 'possible');
  assert.equal(v.possible, 1);
  assert.equal(v.sure, 0);
  assert.equal(v.clashes[0].sure, false);
});

test('verdict: coverage falls back to the counts for reports without it', () => {
  const r = tollReport();
  delete r.summary.coverage;
  assert.deepEqual(coverage(r), { a: { story: 3, linked: 2 }, b: { story: 3, linked: 2 } });
  assert.equal(verdict(r, texts).kind, 'conflicts');
});

test('clashList: sure before possible, deaths before other counts, counts before names; each pair of values once', () => {
  const a = 'The mayor Ann said 23 died and 40 were hurt. Ann said 23 died. Officials said 5 were missing.';
  const b = 'The mayor Anne said 27 died and 41 were hurt. Anne said 27 died. Officials said 6 were missing.';
  const r = report({
    a: side(a, ['conflict', 'conflict', 'changed']),
    b: side(b, ['conflict', 'conflict', 'changed']),
    links: [
      { a: [0], b: [0], relation: 'conflict', score: 0.8, conflicts: [
        { kind: 'name', a: mention(a, 'Ann'), b: mention(b, 'Anne') },
        { kind: 'number', slot: 'injured', a: mention(a, '40'), b: mention(b, '41') },
        { kind: 'number', slot: 'dead', a: mention(a, '23'), b: mention(b, '27') },
      ] },
      // The same values again, told a second time: one entry, two places.
      { a: [1], b: [1], relation: 'conflict', score: 0.8, conflicts: [{ kind: 'number', slot: 'dead', a: mention(a, '23', '23', 50), b: mention(b, '27', '27', 50) }] },
      { a: [2], b: [2], relation: 'changed', score: 0.6, possible: [{ kind: 'number', slot: 'missing', a: mention(a, '5'), b: mention(b, '6') }] },
      // A possible clash of values already in conflict for sure is that conflict.
      { a: [1], b: [0], relation: 'changed', score: 0.5, possible: [{ kind: 'number', slot: 'dead', a: mention(a, '23', '23', 50), b: mention(b, '27') }] },
    ],
  });
  const list = clashList(r, { a, b });
  assert.deepEqual(list.map((c) => [c.sure, c.slot ?? c.kind, c.a.text, c.b.text]), [
    [true, 'dead', '23', '27'],
    [true, 'injured', '40', '41'],
    [true, 'name', 'Ann', 'Anne'],
    [false, 'missing', '5', '6'],
  ]);
  assert.equal(list[0].places.length, 3, 'the toll is told in the first two sentences of each side');
  assert.deepEqual(list[0].places.map((p) => [p.a, p.b]), [[0, 0], [1, 1], [1, 0]]);
  const v = verdict(r, { a, b });
  assert.deepEqual([v.kind, v.sure, v.possible], ['conflicts', 3, 1]);
});

test('clashList: a clash of facts in sentences that are not linked is listed too, once with its link twin', () => {
  const a = 'At least two people died, officials said. The market was closed. 40 were hurt.';
  const b = 'Five people were killed in the attack. The market stayed shut. 41 were hurt.';
  const r = report({
    a: side(a, ['only', 'same', 'conflict']),
    b: side(b, ['only', 'same', 'conflict']),
    links: [
      { a: [1], b: [1], relation: 'same', score: 0.8 },
      { a: [2], b: [2], relation: 'conflict', score: 0.8, conflicts: [{ kind: 'number', slot: 'injured', a: mention(a, '40'), b: mention(b, '41') }] },
    ],
    facts: [
      // The toll: told in sentences the engine did not link, paired by what they count.
      { kind: 'number', status: 'possible_conflict', slot: 'dead', key: '2 ↔ 5', a: [mention(a, 'two', '2')], b: [mention(b, 'Five', '5')] },
      // The same clash as the link's: not listed twice.
      { kind: 'number', status: 'conflict', slot: 'injured', key: '40 ↔ 41', a: [mention(a, '40')], b: [mention(b, '41')] },
    ],
  });
  const list = clashList(r, { a, b });
  assert.deepEqual(list.map((c) => [c.sure, c.slot, c.a.text, c.b.text, c.places.map((p) => [p.link, p.a, p.b])]), [
    [true, 'injured', '40', '41', [[1, 2, 2]]],
    [false, 'dead', 'two', 'Five', [[-1, 0, 0]]],
  ]);
  const v = verdict(r, { a, b });
  assert.deepEqual([v.kind, v.sure, v.possible], ['conflicts', 1, 1]);
});

test('factRows: conflicts first, then one side, then both; a value in a conflict is not also "only A"; chips once each', () => {
  const a = 'Floods killed 23 people. Officials said 23 died. Ann Lee spoke on Tuesday.';
  const b = 'Floods killed 27 people. Ann Lee spoke on Tuesday. Tuesday was wet.';
  const r = report({
    a: side(a, ['conflict', 'only', 'same']),
    b: side(b, ['conflict', 'same', 'only']),
    facts: [
      { kind: 'date', status: 'shared', key: 'tuesday', a: [mention(a, 'Tuesday', 'tuesday')], b: [mention(b, 'Tuesday', 'tuesday'), mention(b, 'Tuesday', 'tuesday', 50)] },
      { kind: 'name', status: 'only_a', key: 'ann lee', a: [mention(a, 'Ann Lee')], b: [] },
      { kind: 'number', status: 'conflict', key: '23 ↔ 27', a: [mention(a, '23')], b: [mention(b, '27')] },
      { kind: 'number', status: 'only_a', key: '23', a: [mention(a, '23', '23', 20)], b: [] },
      { kind: 'number', status: 'possible_conflict', key: '5 ↔ 6', a: [], b: [] },
    ],
  });
  const list = factRows(r, { a, b });
  assert.deepEqual(list.map((x) => [x.status, x.kind]), [
    ['conflict', 'number'], ['possible_conflict', 'number'], ['only_a', 'name'], ['shared', 'date'],
  ]);
  // The second 23 joined the conflict's row instead of standing as "only A".
  assert.deepEqual(list[0].a.map((c) => [c.text, c.mentions.length]), [['23', 2]]);
  // Tuesday told twice by B: one chip, counted twice.
  assert.deepEqual(list[3].b.map((c) => [c.text, c.mentions.length]), [['Tuesday', 2]]);
  assert.deepEqual(factCounts(list), { conflict: 1, possible: 1, only: 1, shared: 1 });
  // Rows point back at the report's facts.
  assert.equal(r.facts[list[0].index].key, '23 ↔ 27');
});

test('factRows: the same words read as two facts are one row, the one both sides tell (never "only A" and shared at once)', () => {
  const a = 'Floods killed 23 people on Tuesday.';
  const b = "Tuesday's floods killed 27 people.";
  const r = report({
    a: side(a, ['conflict']),
    b: side(b, ['conflict']),
    facts: [
      { kind: 'number', status: 'conflict', key: '23 ↔ 27', a: [mention(a, '23')], b: [mention(b, '27')] },
      { kind: 'date', status: 'only_a', key: 'tuesday', a: [mention(a, 'Tuesday', 'tuesday')], b: [] },
      { kind: 'name', status: 'shared', key: "tuesday's", a: [mention(a, 'Tuesday', 'tuesday')], b: [mention(b, "Tuesday's", "tuesday's")] },
      { kind: 'number', status: 'only_a', key: '23', a: [mention(a, '23')], b: [] },
    ],
  });
  const list = factRows(r, { a, b });
  assert.deepEqual(list.map((x) => [x.status, x.kind]), [['conflict', 'number'], ['shared', 'name']]);
  // A one-sided fact told in words of its own stays.
  const own = report({ ...r, facts: [...r.facts, { kind: 'name', status: 'only_a', key: 'floods', a: [mention(a, 'Floods', 'floods')], b: [] }] });
  assert.deepEqual(factRows(own, { a, b }).map((x) => x.status), ['conflict', 'only_a', 'shared']);
});

test('rows: partners share a row; B\'s own sentences follow the B sentence before them; filters keep what differs', () => {
  const a = 'Headline A. Floods killed 23. Roads closed. The mayor visited. Share this.';
  const b = 'Headline B. By a reporter. The mayor visited. Floods killed 27. Schools open. Rain fell.';
  const r = report({
    a: side(a, ['only', 'conflict', 'only', 'same', 'ignored']),
    b: side(b, ['only', 'ignored', 'same', 'conflict', 'only', 'only']),
    links: [
      { a: [1], b: [3], relation: 'conflict', score: 0.7 },
      { a: [3], b: [2], relation: 'same', score: 1 },
    ],
  });
  const p = partnersIndex(r);
  assert.deepEqual(rows(r, p), [
    { a: [0], b: [] },
    // B's headline and byline come before any sentence B shares: after A's first row.
    { a: [], b: [0] },
    { a: [], b: [1] },
    { a: [1], b: [3] },
    // B's sentences after its toll follow the toll's row.
    { a: [], b: [4] },
    { a: [], b: [5] },
    { a: [2], b: [] },
    { a: [3], b: [2] },
    { a: [4], b: [] },
  ]);
  assert.deepEqual(rows(r, p, { filter: 'conflicts' }), [{ a: [1], b: [3] }]);
  const divergent = rows(r, p, { filter: 'divergent' });
  assert.ok(divergent.every((row) => !row.a.includes(3) && !row.a.includes(4)), 'no same rows, no furniture');
  assert.ok(rows(r, p, { hideFurniture: true }).every((row) => !row.a.includes(4) && !row.b.includes(1)));
  // No conflicts: the conflicts view is empty (the element says so instead of showing empty boxes).
  const calm = report({ a: side(a, ['only', 'same', 'only', 'same', 'ignored']), b: side(b, ['only', 'ignored', 'same', 'same', 'only', 'only']), links: r.links.map((l) => ({ ...l, relation: 'same' })) });
  assert.deepEqual(rows(calm, partnersIndex(calm), { filter: 'conflicts' }), []);
});

test('rows: a second sentence of A telling what a row\'s B sentence tells joins that row; runs of furniture are one row', () => {
  const a = 'First half. Second half. Share. Email. Tweet.';
  const b = 'Both halves in one.';
  const r = report({
    a: side(a, ['same', 'same', 'ignored', 'ignored', 'ignored']),
    b: side(b, ['same']),
    links: [{ a: [0, 1], b: [0], relation: 'same', score: 0.9 }],
  });
  assert.deepEqual(rows(r), [{ a: [0, 1], b: [0] }, { a: [2, 3, 4], b: [] }]);
});

test('overrides: moving a unit and moving it back; clean lists only', () => {
  let o = {};
  o = toggleOverride(o, 'a', 4, true); // a story line set aside
  assert.deepEqual(o, { furnitureA: [4] });
  o = toggleOverride(o, 'b', 0, false); // a line set aside counted as story
  assert.deepEqual(o, { furnitureA: [4], storyB: [0] });
  o = toggleOverride(o, 'a', 4, false); // moved back: the engine's judgement again
  assert.deepEqual(o, { storyB: [0] });
  assert.deepEqual(overrideCount(o), { a: 0, b: 1 });
  assert.deepEqual(cleanOverrides({ storyA: [3, 1, 3, -1, 1.5, '2'], furnitureB: 'x', other: [1] }), { storyA: [1, 3] });
});

test('on the engine\'s own reports: the verdict\'s counts are its list\'s, and every unit is in exactly one row', () => {
  const pairs = ['en-flood-toll', 'seed-defence-mou', 'hi-vote-count', 'en-template-unrelated', 'zh-no-spaces']
    .map((d) => ['a', 'b'].map((s) => fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', d, `${s}.txt`), 'utf8')));
  for (const [a, b] of pairs) {
    const r = sd.compare(a, b, {});
    const v = verdict(r, { a, b });
    assert.equal(v.sure, v.clashes.filter((c) => c.sure).length);
    assert.ok(v.sure >= Math.min(1, r.summary.conflicts), 'a conflict link yields a listed conflict');
    if (v.kind === 'none') assert.ok(v.linked > 0 && r.summary.conflicts === 0);
    const seen = { a: new Set(), b: new Set() };
    for (const row of rows(r)) for (const s of ['a', 'b']) for (const id of row[s]) {
      assert.ok(!seen[s].has(id), `${s}${id} in two rows`);
      seen[s].add(id);
    }
    assert.equal(seen.a.size, r.a.units.length);
    assert.equal(seen.b.size, r.b.units.length);
  }
  const unrelated = ['a', 'b'].map((s) => fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'en-template-unrelated', `${s}.txt`), 'utf8'));
  assert.notEqual(verdict(sd.compare(...unrelated, {}), { a: unrelated[0], b: unrelated[1] }).kind, 'none', 'two unrelated stories never read "no conflicts"');
});
