#!/usr/bin/env node
// Builds dist/storydiff.html: the whole page in ONE file that works when opened from disk
// (file://), for readers who cannot run a server or must work offline. No bundler:
//
//   - every ES module reachable from www/app.js is kept as it is, except that its relative
//     import specifiers become bare names ("storydiff/app.js"), and an inline import map maps
//     each name to a data: URL holding that module. Module identity, order and top-level
//     await all behave exactly as on the served page.
//   - the wasm is a base64 data block (<script type="application/octet-stream">, never run);
//     the wasm-bindgen glue reads it instead of fetching storydiff_bg.wasm, which file:// forbids.
//   - a Web Worker cannot be started from a data: module on file://, so code that starts one
//     gets `globalThis.STORYDIFF_SINGLE_FILE = true` to test, and compares on the page's thread.
//   - the page's stylesheet is inlined; the element's (linked from its shadow root) becomes a
//     data: URL.
//
// The Content-Security-Policy is as strict as the page's: the import map, the two inline scripts
// and the <style> are allowed by their SHA-256 hashes, never 'unsafe-inline'; script-src adds
// data: (the modules, which this script wrote) and 'wasm-unsafe-eval' (WebAssembly.compile),
// style-src adds data: (the element's sheet). Nothing is fetched: default-src 'none' leaves no
// way out, and no user text is ever parsed as markup, so data: cannot be abused to inject.
//
// The output is deterministic: the same inputs give the same bytes.
//
// usage: node scripts/single-file.mjs [--out dist/storydiff.html]

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(root, 'www');
const ENTRY = 'app.js';
const PREFIX = 'storydiff/';
const WASM_BLOCK_ID = 'storydiff-wasm';

// Static imports and re-exports (`import x from '...'`, `import '...'`, `export * from '...'`) and
// dynamic imports with a literal specifier. Our own modules are plain enough for a pattern:
// no specifier is built at run time, and a browser needs the file extension anyway, which keeps
// JSDoc types such as import('./storydiff').Report out. A match inside a comment is harmless.
const IMPORT_RE = /(\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?|\bexport\s*[\w$*{}\s,]+?\s*from\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+\.m?js)\2/g;
// Assets located relative to a module: the wasm (wasm-bindgen glue) and workers.
const ASSET_RE = /new\s+URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const toPosix = (p) => p.split(sep).join('/');

/** Reads every module reachable from the entry, keyed by its path relative to www/ (posix). */
async function collectModules(entry) {
  const modules = new Map();
  const queue = [entry];
  while (queue.length > 0) {
    const rel = queue.shift();
    if (modules.has(rel)) continue;
    const file = join(www, ...rel.split('/'));
    if (!existsSync(file)) throw new Error(`single-file: ${rel} is imported but www/${rel} does not exist`);
    const source = await readFile(file, 'utf8');
    const deps = [];
    for (const m of source.matchAll(IMPORT_RE)) {
      deps.push(posix.normalize(posix.join(posix.dirname(rel), m[3])));
    }
    modules.set(rel, { source, deps });
    queue.push(...deps);
  }
  return modules;
}

async function rewriteModule(rel, source) {
  let out = source.replace(IMPORT_RE, (whole, head, quote, spec) => {
    const target = posix.normalize(posix.join(posix.dirname(rel), spec));
    return `${head}${quote}${PREFIX}${target}${quote}`;
  });
  // Stylesheets a module links (the element's shadow-root sheet) travel as data: URLs.
  const sheets = new Map();
  for (const m of out.matchAll(ASSET_RE)) {
    if (!m[2].endsWith('.css')) continue;
    const css = await readFile(join(www, ...posix.normalize(posix.join(posix.dirname(rel), m[2])).split('/')), 'utf8');
    sheets.set(m[2], `data:text/css;base64,${Buffer.from(css, 'utf8').toString('base64')}`);
  }
  let usesWasm = false;
  out = out.replace(ASSET_RE, (whole, quote, spec) => {
    if (spec.endsWith('.wasm')) {
      usesWasm = true;
      return '__storydiffWasmBytes()';
    }
    if (sheets.has(spec)) return `new URL(${JSON.stringify(sheets.get(spec))})`;
    // Anything else located by URL (a worker script) does not exist in this build; the code
    // that asks for it must have checked STORYDIFF_SINGLE_FILE first. Failing loudly here beats
    // a file that breaks only when a reader opens a long story.
    return `(() => { throw new Error('single-file build: ${spec} is not available'); })()`;
  });
  if (usesWasm) {
    // wasm-bindgen's init() compiles a BufferSource directly, with no fetch.
    out = `const __storydiffWasmBytes = () => {
  const b64 = document.getElementById(${JSON.stringify(WASM_BLOCK_ID)}).textContent.replace(/\\s+/g, '');
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
};
${out}`;
  }
  return out;
}

// Stylesheets linked from the page, and @import-free: inlined as they are.
async function collectStyles(html) {
  const styles = [];
  for (const m of html.matchAll(/<link\s+rel="stylesheet"\s+href="([^"]+)"\s*>/g)) {
    styles.push(await readFile(join(www, ...m[1].split('/')), 'utf8'));
  }
  return styles;
}

export async function build({ out = join(root, 'dist', 'storydiff.html') } = {}) {
  const wasmFile = join(www, 'pkg', 'storydiff_bg.wasm');
  if (!existsSync(wasmFile)) throw new Error('single-file: www/pkg/storydiff_bg.wasm is missing: run scripts/build-wasm.sh first');
  const html = await readFile(join(www, 'index.html'), 'utf8');
  const modules = await collectModules(ENTRY);
  const styles = await collectStyles(html);
  const wasm = (await readFile(wasmFile)).toString('base64');

  // Sorted keys: the output must not depend on the order modules were discovered in.
  const imports = {};
  for (const rel of [...modules.keys()].sort()) {
    const code = await rewriteModule(rel, modules.get(rel).source);
    imports[PREFIX + rel] = `data:text/javascript;base64,${Buffer.from(code, 'utf8').toString('base64')}`;
  }
  const importMap = JSON.stringify({ imports }, null, 1);
  // Classic script: runs before any module, so the flag is set when the modules evaluate.
  const flag = 'globalThis.STORYDIFF_SINGLE_FILE = true;';
  const boot = `import '${PREFIX}${ENTRY}';`;

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(flag)} ${sha256(importMap)} ${sha256(boot)} data: 'wasm-unsafe-eval'`,
    // data: for the element's own stylesheet, linked from its shadow root.
    `style-src ${styles.map(sha256).join(' ')} data:`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

  let page = html
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
    .replace(/<link\s+rel="stylesheet"\s+href="[^"]+"\s*>\n?/g, '')
    .replace(/<script type="module" src="[^"]+"><\/script>\n?/, '');
  if (!page.includes(csp)) throw new Error('single-file: index.html has no Content-Security-Policy meta to replace');

  const head = [
    '<meta name="storydiff-build" content="single-file">',
    ...styles.map((css) => `<style>${css}</style>`),
    `<script>${flag}</script>`,
    `<script type="importmap">${importMap}</script>`,
    `<script type="module">${boot}</script>`,
  ].join('\n');
  page = page.replace('</head>', `${head}\n</head>`);
  // A data block at the end of the body: the browser parses past it without running it.
  page = page.replace('</body>', `<script type="application/octet-stream" id="${WASM_BLOCK_ID}">\n${wasm.replace(/.{1,120}/g, '$&\n')}</script>\n</body>`);

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  return { out, bytes: Buffer.byteLength(page), modules: modules.size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : undefined;
  try {
    const r = await build(out ? { out } : {});
    console.log(`single-file: wrote ${toPosix(relative(process.cwd(), r.out))} (${r.modules} modules, ${r.bytes} bytes)`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
