// The JS API as the page and embedders see it: www/pkg/storydiff.js loaded in Node with initSync.
// Run after scripts/build-wasm.sh (make test does both).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = path.join(ROOT, 'www', 'pkg');
const WASM = path.join(PKG, 'storydiff_bg.wasm');

let sd;
before(async () => {
  if (!fs.existsSync(WASM)) throw new Error(`${WASM} is missing: run scripts/build-wasm.sh first`);
  sd = await import(pathToFileURL(path.join(PKG, 'storydiff.js')).href);
  sd.initSync({ module: fs.readFileSync(WASM) });
});

const KINDS = ['title', 'heading', 'text', 'caption', 'byline', 'dateline', 'boilerplate'];
const STATUSES = ['same', 'changed', 'conflict', 'only', 'ignored'];
const RELATIONS = ['same', 'changed', 'conflict'];
const FACT_KINDS = ['number', 'date', 'name', 'quote'];
const FACT_STATUSES = ['shared', 'only_a', 'only_b', 'conflict'];
const CLASH_KINDS = ['number', 'date', 'weekday', 'name', 'negation', 'antonym'];

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** A span must lie inside the text and must not cut a surrogate pair in half. */
function assertSpan(text, { start, end }, what) {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: ${start}..${end} inside 0..${text.length}`);
  assert.ok(!(start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))),
    `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!(end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))),
    `${what}: end ${end} splits a surrogate pair`);
}

/** Units are in order, trimmed, and every non-whitespace character of the text lies in exactly one. */
function assertTiles(text, units, side) {
  let pos = 0;
  units.forEach((u, i) => {
    assertSpan(text, u, `${side}.units[${i}]`);
    assert.ok(u.start < u.end, `${side}.units[${i}] is empty`);
    assert.ok(u.start >= pos, `${side}.units[${i}] overlaps or is out of order`);
    assert.match(text.slice(pos, u.start), /^\s*$/u, `${side}: text between units ${i - 1} and ${i} is not whitespace`);
    const s = text.slice(u.start, u.end);
    assert.equal(s, s.trim(), `${side}.units[${i}] ${JSON.stringify(s)} is not trimmed`);
    pos = u.end;
  });
  assert.match(text.slice(pos), /^\s*$/u, `${side}: text after the last unit is not covered`);
}

/** Everything docs/REPORT.md promises about the shape, checked against the texts it describes. */
function assertReport(r, a, b) {
  assert.equal(Object.getPrototypeOf(r), Object.prototype, 'a plain object, not a Map');
  assert.equal(r.version, 1);
  assert.equal(r.offsets, 'utf16');
  for (const [side, text] of [['a', a], ['b', b]]) {
    assert.ok(Array.isArray(r[side].units), `${side}.units is an array`);
    r[side].units.forEach((u, i) => {
      assert.equal(u.id, i, `${side}.units[${i}].id`);
      assert.ok(KINDS.includes(u.kind), `${side}.units[${i}].kind ${u.kind}`);
      assert.ok(STATUSES.includes(u.status), `${side}.units[${i}].status ${u.status}`);
      if (u.marks !== undefined) {
        assert.ok(Array.isArray(u.marks) && u.marks.length > 0, 'marks is absent when empty');
        assert.ok(['changed', 'conflict'].includes(u.status), `marks on a ${u.status} unit`);
        for (const m of u.marks) {
          assertSpan(text, m, `${side}.units[${i}].marks`);
          assert.ok(u.start <= m.start && m.end <= u.end, 'a mark lies inside its unit');
        }
      }
    });
    assertTiles(text, r[side].units, side);
  }
  assert.ok(Array.isArray(r.links));
  for (const l of r.links) {
    assert.ok(RELATIONS.includes(l.relation), `relation ${l.relation}`);
    assert.ok(l.a.length > 0 && l.b.length > 0, 'a link joins units on both sides');
    for (const id of l.a) assert.ok(r.a.units[id], `link names a.units[${id}]`);
    for (const id of l.b) assert.ok(r.b.units[id], `link names b.units[${id}]`);
    assert.ok(typeof l.score === 'number' && l.score >= 0 && l.score <= 1, `score ${l.score}`);
    if (l.relation === 'conflict') assert.ok(l.conflicts?.length > 0, 'a conflict says what clashes');
    for (const c of l.conflicts ?? []) {
      assert.ok(CLASH_KINDS.includes(c.kind), `clash kind ${c.kind}`);
      assertSpan(a, c.a, 'clash.a');
      assertSpan(b, c.b, 'clash.b');
      assert.equal(typeof c.a.value, 'string');
    }
  }
  assert.ok(Array.isArray(r.facts));
  for (const f of r.facts) {
    assert.ok(FACT_KINDS.includes(f.kind), `fact kind ${f.kind}`);
    assert.ok(FACT_STATUSES.includes(f.status), `fact status ${f.status}`);
    assert.equal(typeof f.key, 'string');
    for (const m of f.a) assertSpan(a, m, `fact ${f.key} in a`);
    for (const m of f.b) assertSpan(b, m, `fact ${f.key} in b`);
    const want = { shared: [1, 1], only_a: [1, 0], only_b: [0, 1], conflict: [1, 1] }[f.status];
    assert.equal(f.a.length > 0 ? 1 : 0, want[0], `${f.status} fact ${f.key}: mentions in a`);
    assert.equal(f.b.length > 0 ? 1 : 0, want[1], `${f.status} fact ${f.key}: mentions in b`);
  }
  assert.ok(Array.isArray(r.variants));
  // The summary agrees with the lists it summarizes.
  const s = r.summary;
  for (const side of ['a', 'b']) {
    for (const st of STATUSES) {
      assert.equal(s[side][st], r[side].units.filter((u) => u.status === st).length, `summary.${side}.${st}`);
    }
  }
  assert.equal(s.conflicts, r.links.filter((l) => l.relation === 'conflict').length, 'summary.conflicts');
  for (const st of FACT_STATUSES) {
    assert.equal(s.facts[st], r.facts.filter((f) => f.status === st).length, `summary.facts.${st}`);
  }
  for (const k of ['a_in_b', 'b_in_a']) assert.ok(s[k] >= 0 && s[k] <= 1, `summary.${k} = ${s[k]}`);
}

// Each sentence holds something that UTF-8 and UTF-16 count differently: Devanagari (3 bytes, 1 unit),
// astral emoji and math letters (4 bytes, 2 units), ZWJ sequences, skin tones, flags, curly quotes.
const SENTENCES = [
  'मुंबई में भारी बारिश से 14 लोगों की मौत हुई।',
  'राहत दल 🚒 सुबह पहुँचा।',
  'The family 👨‍👩‍👧‍👦 waited on the roof for six hours.',
  '“We lost everything,” said Asha Rao, a teacher.',
  'Officials said the 𝒻𝓁𝑜𝑜𝒹 warning came late 🌧️.',
  '“The water rose too fast.”',
  'Flags 🇮🇳 flew at half mast on Friday 👍🏽!',
];

test('UTF-16 offsets slice every sentence exactly, in any script', () => {
  const a = SENTENCES.join(' ');
  // Same sentences, other layout: paragraphs, CRLF-free newlines and doubled spaces must not shift offsets.
  const b = `${SENTENCES.slice(0, 2).join('  ')}\n\n${SENTENCES.slice(2, 5).join(' ')}\n\n${SENTENCES.slice(5).join('   ')}\n`;
  const r = sd.compare(a, b, {});
  assertReport(r, a, b);
  assert.deepEqual(r.a.units.map((u) => a.slice(u.start, u.end)), SENTENCES);
  assert.deepEqual(r.b.units.map((u) => b.slice(u.start, u.end)), SENTENCES);
});

test('text that differs by one number: a conflict, with values that slice out of the JS strings', () => {
  // The lead sentence pushes every later offset apart in UTF-8 and UTF-16.
  const lead = 'नदी 🌊 रात भर बढ़ती रही। ';
  const a = lead + 'Floods killed 23 people in the north on Tuesday. Roads were closed.';
  const b = lead + 'On Tuesday, floods killed 27 people in the north. Schools stayed open.';
  const r = sd.compare(a, b);
  assertReport(r, a, b);
  assert.equal(r.summary.conflicts, 1);
  const link = r.links.find((l) => l.relation === 'conflict');
  const clash = link.conflicts.find((c) => c.kind === 'number');
  assert.ok(clash, 'the clash is about a number');
  assert.equal(a.slice(clash.a.start, clash.a.end), '23');
  assert.equal(b.slice(clash.b.start, clash.b.end), '27');
  const fact = r.facts.find((f) => f.kind === 'number' && f.status === 'conflict');
  assert.ok(fact, 'a conflicting number fact');
  assert.deepEqual(fact.a.map((m) => a.slice(m.start, m.end)), ['23']);
  assert.deepEqual(fact.b.map((m) => b.slice(m.start, m.end)), ['27']);
  // The shared lead is linked as the same on both sides.
  assert.equal(r.a.units[0].status, 'same');
  assert.equal(a.slice(r.a.units[0].start, r.a.units[0].end), lead.trim());
});

test('identical texts: every story unit is the same, nothing conflicts', () => {
  const t = SENTENCES.join(' ');
  const r = sd.compare(t, t);
  assertReport(r, t, t);
  assert.ok(r.a.units.every((u) => u.status === 'same' || u.status === 'ignored'), 'no unit only on one side');
  assert.ok(r.a.units.filter((u) => u.status === 'same').length >= SENTENCES.length - 1);
  assert.equal(r.summary.conflicts, 0);
  assert.equal(r.summary.facts.only_a + r.summary.facts.only_b + r.summary.facts.conflict, 0);
});

test('empty and whitespace-only sides give an empty report', () => {
  for (const [a, b] of [['', ''], ['  \n\n ', ''], ['', 'One sentence here.']]) {
    const r = sd.compare(a, b);
    assertReport(r, a, b);
    assert.equal(r.a.units.length, 0);
  }
});

test('a lone surrogate (invalid UTF-16 from a paste) neither throws nor shifts later offsets', () => {
  const a = 'Broken \ud83d text here. Second sentence stays put.';
  const r = sd.compare(a, a);
  assertReport(r, a, a);
  assert.equal(a.slice(r.a.units.at(-1).start, r.a.units.at(-1).end), 'Second sentence stays put.');
});

test('compare is deterministic and options default when absent', () => {
  const a = SENTENCES.slice(0, 4).join(' ');
  const b = SENTENCES.slice(2).join(' ');
  const r1 = sd.compare(a, b);
  assert.deepEqual(sd.compare(a, b, undefined), r1);
  assert.deepEqual(sd.compare(a, b, {}), r1);
  assert.deepEqual(sd.compare(a, b, { sensitivity: 0.5 }), r1);
  assert.deepEqual(sd.compare(a, b), r1);
});

test('options are read: factKinds limits the facts reported', () => {
  const a = 'Floods killed 23 people in the north on Tuesday. Roads were closed.';
  const b = 'On Tuesday, floods killed 27 people in the north. Schools stayed open.';
  const all = sd.compare(a, b);
  assert.ok(all.facts.some((f) => f.kind === 'number'));
  const dates = sd.compare(a, b, { factKinds: ['date'] });
  assertReport(dates, a, b);
  assert.ok(dates.facts.length > 0 && dates.facts.every((f) => f.kind === 'date'), 'only date facts');
});

test('bad options throw an Error with a message that names the problem', () => {
  const cases = [
    [{ sensitivity: 'x' }, /sensitivity|invalid type|expected/i],
    [{ colour: 'red' }, /colour/],
    [{ factKinds: ['rumour'] }, /rumour|unknown variant/i],
  ];
  for (const [options, message] of cases) {
    let caught;
    try {
      sd.compare('One.', 'Two.', options);
    } catch (e) {
      caught = e;
    }
    assert.ok(caught !== undefined, `${JSON.stringify(options)} must throw`);
    assert.ok(caught instanceof Error, `${JSON.stringify(options)} threw ${typeof caught} ${String(caught)}, not an Error`);
    assert.match(caught.message, message);
  }
});

test('options go through serde: a key set to undefined is absent, a misspelt key is named with the known ones', () => {
  const base = sd.compare('Floods killed 23 people.', 'Floods killed 27 people.', {});
  assert.deepEqual(sd.compare('Floods killed 23 people.', 'Floods killed 27 people.', { sensitivity: undefined }), base);
  assert.throws(() => sd.compare('One.', 'Two.', { sensitvity: 0.4 }), (e) => e instanceof Error && /`sensitvity`/.test(e.message) && /sensitivity/.test(e.message.replace('`sensitvity`', '')));
  assert.throws(() => sd.compare('One.', 'Two.', [1, 2]), /expected an object/);
  assert.throws(() => sd.compare('One.', 'Two.', { hideFurniture: 'yes' }), /boolean|invalid type/i);
});

test('render: html is a whole self-contained page, with user text escaped', () => {
  const a = 'Police said <b>bold</b> & "quoted" things on Monday. The road reopened.';
  const b = 'Police said <b>bold</b> & "quoted" things on Tuesday. Shops stayed shut.';
  const html = sd.render(a, b, { labelA: 'Outlet Ünø', labelB: 'Outlet 😀' }, 'html');
  assert.equal(typeof html, 'string');
  assert.match(html, /^\s*<!doctype html>/i);
  assert.match(html, /<html[\s>]/i);
  assert.match(html, /<\/html>\s*$/i);
  assert.match(html, /<meta charset="?utf-8"?/i);
  assert.ok(html.includes('Outlet Ünø') && html.includes('Outlet 😀'), 'labels appear');
  assert.ok(!html.includes('<b>bold</b>'), 'user markup is not injected');
  assert.ok(html.includes('&lt;b&gt;bold&lt;/b&gt;'), 'user markup is shown as text');
  // Self-contained: opens from a file or an email with nothing to fetch.
  assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i, 'no external resources');
  assert.doesNotMatch(html, /@import|url\(\s*["']?(?:https?:)?\/\//i, 'no external CSS');
});

test('render: markdown, text and json', () => {
  const a = 'Floods killed 23 people in the north on Tuesday. Roads were closed.';
  const b = 'On Tuesday, floods killed 27 people in the north. Schools stayed open.';
  const md = sd.render(a, b, {}, 'markdown');
  assert.equal(typeof md, 'string');
  assert.match(md, /^#{1,3} \S/m, 'has a markdown heading');
  assert.doesNotMatch(md, /^\s*</, 'not HTML');
  assert.ok(md.includes('23') && md.includes('27'), 'the clashing values are in the summary');

  const txt = sd.render(a, b, {}, 'text');
  assert.equal(typeof txt, 'string');
  assert.ok(txt.length > 0);
  assert.doesNotMatch(txt, /\x1b\[/, 'no terminal colour codes from the JS API');

  const json = JSON.parse(sd.render(a, b, {}, 'json'));
  const r = sd.compare(a, b);
  assert.equal(json.version, 1);
  assert.deepEqual(json.a.units.map((u) => u.status), r.a.units.map((u) => u.status));
  assert.deepEqual(json.summary, r.summary);
});

test('render: an unknown format throws an Error naming it', () => {
  let caught;
  try {
    sd.render('One.', 'Two.', {}, 'pdf');
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof Error, `threw ${String(caught)}, not an Error`);
  assert.match(caught.message, /pdf/);
});

test('version() is the crate version', () => {
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const want = cargo.match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(sd.version(), want);
});

test('the wasm memory is capped at 2 GiB', () => {
  // Read the limits from the binary: the JS API cannot ask a Memory for its maximum.
  const buf = fs.readFileSync(WASM);
  let p = 8;
  const leb = () => {
    let r = 0, shift = 0, byte;
    do {
      byte = buf[p++];
      r += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return r;
  };
  const name = () => { const n = leb(); const s = buf.subarray(p, p + n).toString(); p += n; return s; };
  const limits = () => { const flags = leb(); const min = leb(); return { min, max: flags & 1 ? leb() : null }; };
  let memory = null;
  while (p < buf.length && !memory) {
    const id = buf[p++];
    const size = leb();
    const end = p + size;
    if (id === 2) { // imports: a memory may come from the host
      for (let n = leb(); n > 0 && !memory; n--) {
        name(); name();
        const kind = buf[p++];
        if (kind === 0) leb();
        else if (kind === 1) { p++; limits(); }
        else if (kind === 2) memory = limits();
        else if (kind === 3) p += 2;
        else if (kind === 4) { p++; leb(); }
        else break;
      }
    } else if (id === 5 && leb() > 0) {
      memory = limits();
    }
    p = end;
  }
  assert.ok(memory, 'the module has a memory');
  assert.equal(memory.max, 32768, `maximum ${memory.max} pages of 64 KiB, want 32768 (2 GiB)`);
});
