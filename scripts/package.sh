#!/usr/bin/env bash
# Builds the npm package folder dist/package/ from www/ (it is never published from here).
#
#   bash scripts/package.sh        (or: make package)   needs www/pkg from scripts/build-wasm.sh
#
# dist/package/ holds storydiff.js (the JS API), story-diff.js (the element), worker.js, story-diff.css,
# the typings, pkg/ (wasm-bindgen glue + the wasm, optimised again with npm binaryen's wasm-opt -Oz),
# embed.html (the embedding example; same relative paths as in www/), README.md and the licence texts.
# The version is Cargo.toml's, so the package and the crate never disagree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=dist/package
TMP=$OUT.tmp
WASM_OPT=node_modules/.bin/wasm-opt

die() { echo "package: $*" >&2; exit 1; }

[[ -f www/pkg/storydiff.js && -f www/pkg/storydiff_bg.wasm ]] ||
  die "www/pkg is missing: run scripts/build-wasm.sh (or make build) first"
# Debian's binaryen (108) writes a module that throws at instantiation; only npm's is trusted here.
[[ -x $WASM_OPT ]] || die "$WASM_OPT is missing: run 'npm ci' (the binaryen npm package), never Debian's binaryen"
version=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -n1)
[[ -n $version ]] || die "no version in Cargo.toml"

rm -rf "$TMP"
mkdir -p "$TMP/pkg"
# The element is story-diff.js with its modules beside it (story-diff-*.js: runs, model, view, strings, export).
cp www/storydiff.js www/story-diff.js www/story-diff-*.js www/worker.js www/story-diff.css www/storydiff.d.ts www/story-diff.d.ts www/embed.html "$TMP/"
cp www/pkg/storydiff.js "$TMP/pkg/"
for f in storydiff.d.ts storydiff_bg.wasm.d.ts; do
  [[ -f www/pkg/$f ]] && cp "www/pkg/$f" "$TMP/pkg/"
done
"$WASM_OPT" -Oz www/pkg/storydiff_bg.wasm -o "$TMP/pkg/storydiff_bg.wasm"

node --input-type=module - "$version" "$TMP/package.json" <<'EOF'
import fs from 'node:fs';
const [version, out] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync('packaging/package.json', 'utf8'));
pkg.version = version;
fs.writeFileSync(out, JSON.stringify(pkg, null, 2) + '\n');
EOF

# Licence texts: the repository's own when it has them, else MIT written here and Debian's copy of Apache-2.0.
if [[ -f LICENSE-MIT ]]; then
  cp LICENSE-MIT "$TMP/LICENSE-MIT"
else
  cat >"$TMP/LICENSE-MIT" <<'EOF'
MIT License

Copyright (c) The Storydiff authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
EOF
fi
if [[ -f LICENSE-APACHE ]]; then
  cp LICENSE-APACHE "$TMP/LICENSE-APACHE"
elif [[ -f /usr/share/common-licenses/Apache-2.0 ]]; then
  cp /usr/share/common-licenses/Apache-2.0 "$TMP/LICENSE-APACHE"
else
  die "no Apache-2.0 text: add LICENSE-APACHE at the repository root"
fi

cat >"$TMP/README.md" <<EOF
# storydiff $version

Compare two versions of a news story — two outlets, or a story before and after an edit — and see which
facts both tell, which only one tells, and where they contradict (23 ↔ 27 killed, Tuesday ↔ Wednesday).
Works in any script: Devanagari, Arabic, Chinese and the rest. Everything runs locally in WebAssembly;
the texts never leave the page.

## The element

\`\`\`html
<script type="module" src="node_modules/storydiff/story-diff.js?define"></script>
<story-diff label-a="Agency" label-b="Newspaper">
  <template slot="a">Floods killed 23 people on Tuesday. Roads were closed.</template>
  <template slot="b">On Tuesday, floods killed 27 people. Schools stayed open.</template>
</story-diff>
\`\`\`

\`?define\` registers \`<story-diff>\` (\`?define=my-tag\` picks another tag). From a script of your own instead:

\`\`\`js
import { StoryDiff } from 'storydiff/element';
StoryDiff.define();
const el = document.querySelector('story-diff');
el.a = textA;
el.b = textB;
el.addEventListener('story-diff:result', (e) => console.log(e.detail.report.summary));
\`\`\`

- Inputs: properties \`a\`, \`b\`, \`labelA\`, \`labelB\`, \`options\`; attributes \`a\`, \`b\`, \`label-a\`, \`label-b\`,
  \`lang\` (\`en\` or \`hi\`: the element's own words), \`filter\` (\`all\`, \`divergent\`, \`conflicts\`),
  \`hide-furniture\`, \`no-worker\`, \`wasm-url\`; or \`<template slot="a">\` / \`<template slot="b">\` children.
- It recompares 150 ms after a change; \`compare()\` runs at once (a Promise of the report), \`cancel()\` stops a run.
  Texts over 50 000 characters together are compared in a Web Worker, with a busy bar and a Cancel button.
- Events (bubbling, composed): \`story-diff:ready\`, \`story-diff:result\` {report}, \`story-diff:select\`
  {side, unit, partners}, \`story-diff:busy\` {busy}, \`story-diff:error\` {message}.
- Keys inside the element: j / n next difference, k / p previous, Enter the matching sentence, Escape clears, ? help.
- Theme: \`--story-diff-same\`, \`--story-diff-changed\`, \`--story-diff-conflict\`, \`--story-diff-only\`,
  \`--story-diff-ignored\`, \`--story-diff-bg\`, \`--story-diff-fg\`, \`--story-diff-font\`, \`--story-diff-focus\`,
  \`--story-diff-height\`; parts: \`summary\`, \`legend\`, \`toolbar\`, \`column\`, \`column-a\`, \`column-b\`, \`unit\`, \`facts\`.
- Content-Security-Policy: it needs \`script-src 'self' 'wasm-unsafe-eval'\`, \`style-src 'self'\` (its stylesheet is
  story-diff.css, loaded from beside story-diff.js) and \`worker-src 'self'\`. No inline styles, no network after load.

## The JS API

\`\`\`js
import { init, compare, render, compareInWorker, version } from 'storydiff';
await init();                                  // browser: fetches pkg/storydiff_bg.wasm beside storydiff.js
const report = compare(a, b, { sensitivity: 0.5 });
a.slice(report.a.units[0].start, report.a.units[0].end); // offsets count UTF-16 code units
const md = render(a, b, {}, 'markdown');       // 'html' | 'markdown' | 'text' | 'json'
const big = await compareInWorker(a, b, {}, { signal, timeoutMs: 30_000 });
\`\`\`

In Node, \`await init()\` reads the wasm from disk, or pass the bytes: \`await init(fs.readFileSync(path))\`.
Each text may be up to 20 MB. The report's fields are described in storydiff.d.ts (schema version 1).

## Files

storydiff.js, storydiff.d.ts, story-diff.js (with its modules story-diff-runs.js, story-diff-model.js,
story-diff-view.js, story-diff-strings.js and story-diff-export.js), story-diff.d.ts, story-diff.css, worker.js,
pkg/ (the engine), embed.html (an example page: serve this folder over HTTP and open it).

Licensed under either of MIT (LICENSE-MIT) or Apache-2.0 (LICENSE-APACHE), at your option.
EOF

rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
mv "$TMP" "$OUT"

node --input-type=module - "$OUT" <<'EOF'
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
const dir = process.argv[2];
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
const rows = walk(dir).map((f) => {
  const buf = fs.readFileSync(f);
  return { file: path.relative(dir, f), raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length };
}).sort((x, y) => y.gz - x.gz);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
const w = Math.max(...rows.map((r) => r.file.length));
console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const r of rows) console.log(`${r.file.padEnd(w)}  ${kb(r.raw)}  ${kb(r.gz)}`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${'total'.padEnd(w)}  ${kb(sum('raw'))}  ${kb(sum('gz'))}`);
EOF
echo "package: $OUT (storydiff $version)"
