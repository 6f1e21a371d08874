// The CLI's `--html` and `--markdown` and the JS API's render(..., 'html' | 'markdown') are one Rust
// renderer, so they must give the same bytes for the same texts and labels. Checked on the seed pair
// and on a conflicting pair. (The page's own exports are made in JS from the report its element
// holds: story-diff-export.js, tested in tests/browser/page-exports.test.mjs.)

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'target', 'release', 'storydiff');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'seed-defence-mou');
let sd;

before(async () => {
  // Always (re)build: a stale CLI would compare yesterday's renderer with today's wasm. The native
  // build uses rustup's toolchain, never the Debian rustc the wasm build may have in RUSTC.
  const env = { ...process.env };
  for (const k of ['RUSTC', 'RUSTC_BOOTSTRAP', 'RUSTFLAGS']) delete env[k];
  execFileSync('cargo', ['build', '--release', '--quiet'], { cwd: ROOT, stdio: 'inherit', env });
  sd = await import(pathToFileURL(path.join(ROOT, 'www', 'pkg', 'storydiff.js')).href);
  sd.initSync({ module: fs.readFileSync(path.join(ROOT, 'www', 'pkg', 'storydiff_bg.wasm')) });
});

function cli(format, a, b, labelA, labelB) {
  return execFileSync(CLI, [`--${format}`, '--label-a', labelA, '--label-b', labelB, a, b], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

for (const format of ['html', 'markdown']) {
  test(`${format}: the CLI and the JS API give the same report for the seed pair`, () => {
    const a = path.join(SEED, 'a.txt');
    const b = path.join(SEED, 'b.txt');
    const page = sd.render(fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'), { labelA: 'अमर उजाला', labelB: 'Jagran' }, format);
    assert.equal(cli(format, a, b, 'अमर उजाला', 'Jagran'), page);
    assert.ok(page.includes('अमर उजाला'));
  });
}

test('html: the same for a pair with a conflict, and the conflict is in it', () => {
  const dir = fs.mkdtempSync(path.join(ROOT, 'target', 'parity-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  fs.writeFileSync(a, 'Floods killed 23 people in the north on Tuesday. Roads were closed.');
  fs.writeFileSync(b, 'On Tuesday, floods killed 27 people in the north. Schools stayed open.');
  const page = sd.render(fs.readFileSync(a, 'utf8'), fs.readFileSync(b, 'utf8'), { labelA: 'Wire', labelB: 'Paper' }, 'html');
  assert.equal(cli('html', a, b, 'Wire', 'Paper'), page);
  assert.match(page, /<strong>23<\/strong>.*<strong>27<\/strong>/s);
  // An honest verdict over what was compared, and no partner ids to read.
  assert.match(page, /⚠ 1 conflict among 2 linked sentences \(\d+% of Wire, \d+% of Paper\)/);
  assert.doesNotMatch(page, /class="p"/);
  fs.rmSync(dir, { recursive: true });
});
