// The web layer's pure helpers, table by table, in Node: bareMarkup (clipboard HTML to bare tags),
// permalinks (encode and decode, and links that must fail), dedent (template text), unitAt (the
// unit holding an offset), Markdown escaping, and the stylesheet rewrite of the HTML export.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareMarkup } from '../../www/clipboard.js';
import { encodeState, decodeState, isPermalink, toBase64Url, fromBase64Url, crc32, PermalinkError, MAX_JSON_BYTES } from '../../www/permalink.js';
import { dedent, unitAt, baseDirection, gapKind, written, asTold } from '../../www/story-diff-model.js';
import { md } from '../../www/story-diff-export.js';
import { deflateRawSync } from 'node:zlib';

test('bareMarkup: tags keep their names only; comments, raw text and attributes go', () => {
  const cases = [
    ['plain text', 'plain text'],
    ['<p style="color:red">Hi</p>', '<p>Hi</p>'],
    ['<b onclick="x()">bold</b>', '<b>bold</b>'],
    ['<div hidden class="x">gone</div>', '<div hidden>gone</div>'],
    ['<!-- a comment -->text', 'text'],
    ['<!doctype html><p>x', '<p>x'],
    ['<script>alert(1)</script>after', 'after'],
    ['<style>p{}</style>after', 'after'],
    ['<textarea><b>not a tag</b></textarea>after', 'after'],
    ['<title>Site</title><h1>Head</h1>', '<h1>Head</h1>'],
    ['a < b and c > d', 'a &lt; b and c > d'],
    ['<img src=x onerror=alert(1)>', '<img>'],
    ['<a href="javascript:alert(1)">link</a>', '<a>link</a>'],
    ['<p title="a > b">x</p>', '<p>x</p>'],
    ['<SCRIPT SRC=x></SCRIPT>ok', 'ok'],
    ['<script>never closed', ''],
    ['&amp; &lt;b&gt;', '&amp; &lt;b&gt;'],
    ['<?xml version="1.0"?><p>x</p>', '<p>x</p>'],
    ['<svg><script>x</script></svg>y', '<svg></svg>y'],
  ];
  for (const [input, expected] of cases) assert.equal(bareMarkup(input), expected, input);
});

test('permalink: encode and decode round trip, for every kind of text and view', async () => {
  const states = [
    { a: 'Floods killed 23.', b: 'Floods killed 27.' },
    { a: '', b: '' },
    { a: 'बाढ़ में २३ लोगों की मौत।', b: 'قتلت الفيضانات 23 شخصا', labelA: 'अमर उजाला', labelB: 'الصحيفة' },
    { a: '🌊 emoji and a lone surrogate \uD800 here', b: 'x', filter: 'divergent', hideFurniture: true },
    { a: 'x'.repeat(100_000), b: 'y', filter: 'conflicts', comparison: 'versions', overrides: { furnitureA: [3, 1, 1], storyB: [0] } },
  ];
  for (const st of states) {
    const fragment = await encodeState(st);
    assert.ok(isPermalink(fragment) && isPermalink(`#${fragment}`), 'a v1 fragment');
    assert.match(fragment, /^v1=[A-Za-z0-9_-]+$/);
    const back = await decodeState(`#${fragment}`);
    assert.equal(back.a, st.a, 'text as given, a lone surrogate included (JSON escapes it)');
    assert.equal(back.b, st.b);
    assert.equal(back.labelA, st.labelA ?? '');
    assert.equal(back.filter, st.filter ?? 'all');
    assert.equal(back.hideFurniture, st.hideFurniture ?? false);
    assert.equal(back.comparison, st.comparison ?? 'auto');
    // Moved units are kept sorted and without repeats.
    assert.deepEqual(back.overrides, st.overrides ? { furnitureA: [1, 3], storyB: [0] } : {});
  }
});

test('permalink: links that were cut, edited, forged or are too large fail with a code', async () => {
  const good = await encodeState({ a: 'Floods killed 23 people on Tuesday.', b: 'On Tuesday, floods killed 27 people.' });
  const mid = Math.floor(good.length / 2);
  const forged = (obj) => {
    const json = Buffer.from(JSON.stringify(obj));
    const deflated = deflateRawSync(json);
    const body = Buffer.concat([deflated, Buffer.alloc(4)]);
    body.writeUInt32BE(crc32(json), deflated.length);
    return `v1=${toBase64Url(new Uint8Array(body))}`;
  };
  const cases = [
    [good.slice(0, -6), 'damaged'],
    [good.slice(0, 12), 'damaged'],
    [good.slice(0, mid) + (good[mid] === 'A' ? 'B' : 'A') + good.slice(mid + 1), 'damaged'],
    ['v1=%%%', 'damaged'],
    ['v1=A', 'damaged'],
    ['v2=AAAA', 'newer'],
    ['v0=AAAA', 'damaged'],
    ['nonsense', 'damaged'],
    [forged({ a: 'only a' }), 'damaged'],
    [forged([1, 2]), 'damaged'],
    [forged({ a: 'x'.repeat(MAX_JSON_BYTES + 1), b: '' }), 'too-large'],
  ];
  for (const [fragment, code] of cases) {
    await assert.rejects(decodeState(fragment), (e) => e instanceof PermalinkError && e.code === code, `${fragment.slice(0, 30)}: ${code}`);
  }
  // Fields of the wrong type are cleaned, not trusted.
  const odd = await decodeState(forged({ a: 'A', b: 'B', labelA: { html: '<b>' }, filter: '<script>', hideFurniture: 'yes', comparison: 'maybe', overrides: { storyA: [-1, 1.5, 'x', 2, 2 ** 40], evil: [1] } }));
  assert.deepEqual(odd, { a: 'A', b: 'B', labelA: '', labelB: '', filter: 'all', hideFurniture: false, comparison: 'auto', overrides: { storyA: [2] } });
});

test('base64url and CRC-32 agree with the standard vectors', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  for (const bytes of [[], [0], [255, 254, 253], [...Array(300).keys()].map((i) => i % 256)]) {
    const u = new Uint8Array(bytes);
    assert.deepEqual([...fromBase64Url(toBase64Url(u))], [...u]);
    assert.equal(toBase64Url(u), Buffer.from(u).toString('base64url'));
  }
});

test('dedent: template text as authors indent it', () => {
  const cases = [
    ['', ''],
    ['one line', 'one line'],
    ['\n    Floods killed 23.\n    Roads closed.\n  ', 'Floods killed 23.\nRoads closed.'],
    ['\n\t\tA\n\t\t\tB\n', 'A\n\tB'],
    ['\r\n  a\r\n\r\n  b\r\n', 'a\n\nb'],
    ['  first\n    second', 'first\n  second'],
    ['\n\n   \n', ''],
  ];
  for (const [input, expected] of cases) assert.equal(dedent(input), expected, JSON.stringify(input));
});

test('unitAt: the unit whose span holds an offset, or -1 in a gap', () => {
  const units = [{ start: 0, end: 5 }, { start: 6, end: 10 }, { start: 12, end: 20 }];
  const cases = [[0, 0], [4, 0], [5, -1], [6, 1], [9, 1], [10, -1], [11, -1], [12, 2], [19, 2], [20, -1], [-3, -1], [1e9, -1]];
  for (const [offset, expected] of cases) assert.equal(unitAt(units, offset), expected, `offset ${offset}`);
  assert.equal(unitAt([], 0), -1);
  // Binary search: a million units answer at once.
  const many = Array.from({ length: 1_000_000 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }));
  assert.equal(unitAt(many, 1_234_568), 617_284);
});

test('baseDirection, gapKind and written: the small rules of drawing', () => {
  for (const [text, dir] of [['Floods', 'ltr'], ['  ٢٣ قتلت', 'rtl'], ['123 —', 'auto'], ['"שלום"', 'rtl'], ['बाढ़', 'ltr']]) assert.equal(baseDirection(text), dir, text);
  for (const [gap, kind] of [['', 'none'], [' ', 'space'], ['   \t', 'space'], ['\n', 'line'], ['  \n    ', 'line'], ['\n\n', 'para'], ['\n \n\n    ', 'para']]) assert.equal(gapKind(gap), kind, JSON.stringify(gap));
  assert.equal(written('Killed  23\npeople', { start: 7, end: 18, value: 'x' }), '23 people');
  assert.equal(written('abc', { start: 3, end: 3, value: '17th' }), '17th');
  // A count added up from two numbers shows its sum; a value its text tells shows the text alone.
  const t = 'It had 90 passengers and 8 crew.';
  assert.equal(asTold(t, { start: 7, end: 26, value: '98' }), '90 passengers and 8 = 98');
  assert.equal(asTold('दो यात्री', { start: 0, end: 2, value: '2' }), 'दो');
  assert.equal(asTold('Killed 23 people', { start: 7, end: 16, value: '23' }), '23 people');
});

test('md: user text cannot become Markdown or HTML', () => {
  const cases = [
    ['plain words', 'plain words'],
    ['**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['[link](javascript:alert(1))', '\\[link\\]\\(javascript:alert\\(1\\)\\)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)\\>'],
    ['a | b', 'a \\| b'],
    ['# heading\n\n- item', '\\# heading \\- item'],
    ['`code`', '\\`code\\`'],
  ];
  for (const [input, expected] of cases) assert.equal(md(input), expected, input);
});

test('the web layer defines each shared piece once: FILTERS, abortError, ensurePackage', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join, dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const files = (dir) => readdirSync(join(root, dir)).filter((f) => /\.m?js$/.test(f)).map((f) => [`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')]);
  const all = [...files('www'), ...files('tests/browser'), ...files('tests/node')].filter(([f]) => !f.endsWith('helpers.test.mjs'));
  const where = (re) => all.filter(([, text]) => re.test(text)).map(([f]) => f);
  assert.deepEqual(where(/(const|let|var)\s+FILTERS\s*=/), ['www/story-diff-model.js']);
  assert.deepEqual(where(/function\s+abortError\s*\(/), ['www/storydiff.js']);
  assert.deepEqual(where(/function\s+ensurePackage\s*\(/), ['tests/browser/helpers.mjs']);
  // The element is split into itself, its strings and its run scheduler (and the pure model,
  // the view and the exports), and none of them is what story-diff.js was (1,300 lines).
  for (const f of ['story-diff.js', 'story-diff-strings.js', 'story-diff-runs.js', 'story-diff-model.js', 'story-diff-view.js', 'story-diff-export.js']) {
    const lines = readFileSync(join(root, 'www', f), 'utf8').split('\n').length;
    assert.ok(lines < 1_200, `${f}: ${lines} lines`);
  }
});
