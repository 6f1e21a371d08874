// The npm package folder (dist/package, built by scripts/package.sh) as a Node user meets it:
// its storydiff.js initialised with the wasm bytes, UTF-16 offsets on Devanagari with emoji,
// Error objects for bad input, and package.json in step with Cargo.toml.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensurePackage } from '../browser/helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PKG = path.join(ROOT, 'dist', 'package');
const WASM = path.join(PKG, 'pkg', 'storydiff_bg.wasm');

let sd;
before(async () => {
  ensurePackage();
  sd = await import(pathToFileURL(path.join(PKG, 'storydiff.js')).href);
});

// Devanagari (combining vowel signs, a nukta, Devanagari digits) with emoji outside the BMP: UTF-8 bytes,
// code points and UTF-16 units all differ, so only UTF-16 offsets slice these strings right.
const A = '🌧️ बाढ़ से २३ लोगों की मौत 😢 हुई। सड़कें बंद रहीं 🚧।\n\nराहत दल मंगलवार को पहुँचा।';
const B = 'बाढ़ से 27 लोगों की मौत 😢 हुई। 🏫 स्कूल खुले रहे।\n\nराहत दल मंगलवार को पहुँचा।';

test('compare before init throws an Error that says what to do', () => {
  assert.throws(() => sd.compare('a', 'b'), (e) => e instanceof Error && /await init\(\)/.test(e.message));
});

test('init takes the wasm bytes, and is idempotent', async () => {
  const p1 = sd.init(fs.readFileSync(WASM));
  const p2 = sd.init(fs.readFileSync(WASM));
  assert.equal(p1, p2, 'a second call returns the first load');
  await p1;
  assert.match(sd.version(), /^\d+\.\d+\.\d+/);
});

test('UTF-16 offsets slice Devanagari with emoji exactly', async () => {
  await sd.init(fs.readFileSync(WASM));
  const r = sd.compare(A, B);
  assert.equal(r.version, 1);
  assert.equal(r.offsets, 'utf16');
  for (const [side, text] of [['a', A], ['b', B]]) {
    const units = r[side].units;
    assert.ok(units.length >= 2, `${side}: several units`);
    let covered = '';
    let pos = 0;
    for (const u of units) {
      assert.match(text.slice(pos, u.start), /^\s*$/u, `${side}: only whitespace lies between units`);
      pos = u.end;
      const s = text.slice(u.start, u.end);
      assert.equal(s, s.trim(), `${side}${u.id} is trimmed`);
      assert.ok(s.length > 0);
      // A slice that cut an emoji in half would leave a lone surrogate, which is not well-formed.
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), `${side}${u.id} splits a surrogate pair`);
      covered += s;
      for (const m of u.marks ?? []) assert.ok(m.start >= u.start && m.end <= u.end, 'marks lie inside their unit');
    }
    assert.equal(covered.replace(/\s+/gu, ''), text.replace(/\s+/gu, ''), `${side}: units tile every non-space character`);
  }
  // Where each sentence starts, counted in UTF-16 units by JavaScript itself.
  const starts = r.a.units.map((u) => u.start);
  assert.ok(starts.includes(A.indexOf('सड़कें')), `a sentence starts at सड़कें (${A.indexOf('सड़कें')}), got ${starts}`);
  assert.ok(starts.includes(A.indexOf('राहत')), 'the last paragraph starts at राहत');
  assert.equal(A.slice(r.a.units.at(-1).start, r.a.units.at(-1).end), 'राहत दल मंगलवार को पहुँचा।');

  // The death toll: २३ in Devanagari digits against 27; the mentions slice to the digits as written.
  const toll = r.facts.find((f) => f.kind === 'number' && f.a.some((m) => m.value.includes('23')));
  assert.ok(toll, `a number fact holds 23: ${JSON.stringify(r.facts)}`);
  assert.equal(A.slice(toll.a[0].start, toll.a[0].end), '२३');
  assert.equal(toll.status, 'conflict');
  assert.equal(B.slice(toll.b[0].start, toll.b[0].end), '27');
  const clash = r.links.flatMap((l) => l.conflicts ?? []).find((c) => c.kind === 'number');
  assert.ok(clash, 'the conflicting link names the clash');
  assert.equal(A.slice(clash.a.start, clash.a.end), '२३');
  assert.equal(B.slice(clash.b.start, clash.b.end), '27');
});

test('render gives every format; JSON matches compare()', async () => {
  await sd.init(fs.readFileSync(WASM));
  for (const f of sd.FORMATS) assert.ok(sd.render(A, B, {}, f).length > 0, f);
  // Scores are f32 in the engine: JSON prints them shortest, the JS object carries them widened to f64.
  const round = (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v);
  assert.deepEqual(JSON.parse(sd.render(A, B, {}, 'json'), round), JSON.parse(JSON.stringify(sd.compare(A, B)), round));
  assert.throws(() => sd.render(A, B, {}, 'pdf'), (e) => e instanceof TypeError && /format must be one of html, markdown, text, json/.test(e.message));
});

test('bad input fails with Error objects that name the problem', async () => {
  await sd.init(fs.readFileSync(WASM));
  assert.throws(() => sd.compare(null, 'x'), (e) => e instanceof TypeError && /text a must be a string, got null/.test(e.message));
  assert.throws(() => sd.compare('x', 12), (e) => e instanceof TypeError && /text b must be a string, got number/.test(e.message));
  assert.throws(() => sd.compare('x', 'y', 'loose'), (e) => e instanceof TypeError && /options must be an object/.test(e.message));
  assert.throws(() => sd.compare('x', 'y', { sensitivity: 'high' }), (e) => e instanceof Error && /option/i.test(e.message));
  // 20 MB of Devanagari is 6.7 M characters: the limit counts UTF-8 bytes, as the MB in the message says.
  const big = 'क'.repeat(Math.ceil(sd.MAX_BYTES / 3) + 1);
  assert.throws(() => sd.compare(big, 'x'), (e) => e instanceof RangeError && /text a is 20\.0 MB; the limit is 20 MB per side/.test(e.message));
  assert.doesNotThrow(() => sd.compare('क'.repeat(1000), 'x'));
  await assert.rejects(sd.compareInWorker('a', 'b'), (e) => e instanceof Error && /no Web Workers/.test(e.message));
});

test('init() with no argument reads the wasm beside the module in Node', () => {
  const script = `import(${JSON.stringify(pathToFileURL(path.join(PKG, 'storydiff.js')).href)})
    .then(async (m) => { await m.init(); process.stdout.write(String(m.compare('Floods killed 23.', 'Floods killed 27.').summary.conflicts)); })`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(out, '1');
});

test('package.json: version from Cargo.toml, the documented exports, and every listed file present', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(pkg.version, /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1]);
  assert.equal(pkg.version, sd.version(), 'the package and its engine agree');
  assert.equal(pkg.name, 'storydiff');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.exports['.'].default, './storydiff.js');
  assert.equal(pkg.exports['./element'].default, './story-diff.js');
  for (const f of pkg.files) assert.ok(fs.existsSync(path.join(PKG, f)), `${f} is listed and present`);
  for (const t of [pkg.types, pkg.exports['.'].types, pkg.exports['./element'].types]) assert.ok(fs.existsSync(path.join(PKG, t)), t);
  // wasm-opt -Oz ran: its output starts with the wasm magic and is no larger than the input.
  const out = fs.readFileSync(WASM);
  assert.deepEqual([...out.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  assert.ok(out.length <= fs.statSync(path.join(ROOT, 'www', 'pkg', 'storydiff_bg.wasm')).size);
});

test('packaging/package.json carries the crate version too, so that the template never reads as a release', () => {
  const template = JSON.parse(fs.readFileSync(path.join(ROOT, 'packaging', 'package.json'), 'utf8'));
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(template.version, /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1]);
});

test('each typings file declares exactly the values its module exports', () => {
  // Value exports only (const, function, class); interfaces and types have no runtime counterpart.
  const names = (file, re) => [...fs.readFileSync(path.join(PKG, file), 'utf8').matchAll(re)]
    .flatMap((m) => (m[1] ?? m[2]).split(',').map((n) => n.trim().split(/\s+as\s+/).pop())).filter(Boolean).sort();
  // Declarations, and lists re-exported from the element's own modules (export { a, b } from './x.js').
  const js = /^export (?:async )?(?:const|let|function\*?|class) (\w+)|^export \{([^}]*)\}/gm;
  const dts = /^export (?:declare )?(?:const|function|class) (\w+)/gm;
  assert.deepEqual([...new Set(names('storydiff.d.ts', dts))], Object.keys(sd).sort(), 'storydiff.d.ts against the module itself');
  assert.deepEqual([...new Set(names('story-diff.d.ts', dts))], names('story-diff.js', js), 'story-diff.d.ts against story-diff.js');
  const types = fs.readFileSync(path.join(PKG, 'story-diff.d.ts'), 'utf8');
  assert.match(types, /from '\.\/storydiff\.js'/, 'the element typings take the report types from the API typings');
});
