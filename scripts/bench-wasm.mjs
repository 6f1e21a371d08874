#!/usr/bin/env node
// The wasm side of the benchmark: the inputs the native bench wrote, through the JS API of www/pkg,
// in Node and in headless Chromium, with the ratio to the native time of the same input.
//
//   cargo bench --bench pipeline          writes target/bench-inputs/*.txt and target/bench-native.json
//   bash scripts/build-wasm.sh            builds www/pkg
//   node scripts/bench-wasm.mjs [--max 1MB] [--case en-shuffled,repeat] [--no-node] [--no-browser]
//
// The inputs are read from the native bench's files rather than generated again in JS, so both sides
// time byte-identical texts by construction. Each case gets a fresh wasm instance (a fresh module
// import in Node, a fresh page in Chromium): linear memory never shrinks, and a case that runs out of
// it must not poison the next one. Writes target/bench-wasm.json. See docs/PERFORMANCE.md.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MIME, resolveInside } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target');
const NATIVE_JSON = path.join(TARGET, 'bench-native.json');
const PKG = path.join(ROOT, 'www', 'pkg');
const PAGE = path.join(ROOT, 'scripts', 'bench-wasm-page.html');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Targets from the performance issue, for the page (Chromium).
const TARGETS = [
  { nominal: 10_000, ms: 2, what: '10 KB pair' },
  { nominal: 1_000_000, ms: 300, what: '1 MB pair' },
];

const HELP = `node scripts/bench-wasm.mjs [options]
  --max SIZE        largest native case to run, bytes per side (default 1MB; 10MB runs everything)
  --case A,B        only cases whose id contains A or B
  --runs N          timed runs per case (default: as many as the native bench ran, at most 5)
  --limit SECS      skip a case whose native time suggests a wasm run over this (default 60)
  --budget SECS     start no new case after this many seconds (default 150)
  --no-node         skip Node
  --no-browser      skip Chromium`;

function parseSize(s) {
  const m = /^([\d.]+)\s*(kb|mb|b)?$/i.exec(String(s).trim());
  if (!m) return null;
  const mul = { kb: 1e3, mb: 1e6, b: 1 }[(m[2] ?? 'b').toLowerCase()];
  return Math.round(Number(m[1]) * mul);
}

function parseArgs(argv) {
  const o = { max: 1_000_000, only: [], runs: null, limit: 60, budget: 150, node: true, browser: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--max') o.max = parseSize(val()) ?? die('--max needs a size like 1MB');
    else if (a === '--case') o.only = val().split(',');
    else if (a === '--runs') o.runs = Number(val());
    else if (a === '--limit') o.limit = Number(val());
    else if (a === '--budget') o.budget = Number(val());
    else if (a === '--no-node') o.node = false;
    else if (a === '--no-browser') o.browser = false;
    else if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    } else die(`unknown option ${a}`);
  }
  if (o.runs !== null && !(o.runs >= 1)) die('--runs needs a positive number');
  return o;
}

function die(msg) {
  console.error(`bench-wasm: ${msg}\n\n${HELP}`);
  process.exit(2);
}

const median = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];

function fmtMs(ms) {
  if (ms == null) return '-';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

function fmtBytes(n) {
  if (n >= 1e7) return `${(n / 1e6).toFixed(0)} MB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(0)} KB`;
  return `${n} B`;
}

const errText = (e) => String(e?.message ?? e).split('\n')[0].slice(0, 60);

// ---- Node -------------------------------------------------------------------------------------------

async function benchNode(c, runs, inputs) {
  const a = fs.readFileSync(path.join(inputs, c.a), 'utf8');
  const b = fs.readFileSync(path.join(inputs, c.b), 'utf8');
  // A query string makes Node load a new copy of the module, hence a new instance with fresh memory.
  const url = `${pathToFileURL(path.join(PKG, 'storydiff.js')).href}?case=${encodeURIComponent(c.id)}`;
  const mod = await import(url);
  mod.initSync({ module: fs.readFileSync(path.join(PKG, 'storydiff_bg.wasm')) });
  const times = [];
  const total = runs > 1 ? runs + 1 : 1;
  for (let i = 0; i < total; i++) {
    const t0 = performance.now();
    mod.compare(a, b);
    const t1 = performance.now();
    if (runs === 1 || i > 0) times.push(t1 - t0);
  }
  return median(times);
}

// ---- Chromium ---------------------------------------------------------------------------------------

/** A server for the bench page alone: the page at /, www/pkg at /pkg/, the inputs at /inputs/. */
async function startServer(inputs) {
  const mounts = [
    ['/pkg/', PKG],
    ['/inputs/', inputs],
  ];
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    let file = null;
    if (pathname === '/') file = PAGE;
    for (const [prefix, dir] of mounts) {
      if (pathname.startsWith(prefix)) file = resolveInside(dir, pathname.slice(prefix.length));
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

async function launchChromium() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function benchPage(browser, url, c, runs, timeoutMs) {
  const page = await browser.newPage();
  try {
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => window.benchReady || window.benchError, null, { timeout: 30_000 });
    const err = await page.evaluate(() => window.benchError);
    if (err) throw new Error(err);
    let timer;
    const result = await Promise.race([
      page.evaluate(([a, b, n]) => window.bench(a, b, n), [c.a, c.b, runs]),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    if (problems.length) throw new Error(problems[0]);
    return median(result.times);
  } finally {
    await page.close().catch(() => {});
  }
}

// ---- main -------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(NATIVE_JSON)) {
    console.error(`bench-wasm: ${path.relative(ROOT, NATIVE_JSON)} is missing: run 'cargo bench --bench pipeline' first`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(PKG, 'storydiff_bg.wasm'))) {
    console.error('bench-wasm: www/pkg/storydiff_bg.wasm is missing: run scripts/build-wasm.sh first');
    process.exit(1);
  }
  const native = JSON.parse(fs.readFileSync(NATIVE_JSON, 'utf8'));
  const inputs = native.inputs_dir;
  const wasmBytes = fs.statSync(path.join(PKG, 'storydiff_bg.wasm')).size;

  const cases = native.cases.filter((c) => {
    if (o.only.length && !o.only.some((s) => c.id.includes(s))) return false;
    return Math.max(c.bytes_a, c.bytes_b) <= o.max * 1.1;
  });
  console.log(`storydiff ${native.storydiff} wasm bench: www/pkg/storydiff_bg.wasm (${fmtBytes(wasmBytes)}), ` +
    `Node ${process.versions.node}, ${o.browser ? CHROMIUM : 'no browser'}`);
  console.log(`  ${cases.length} of ${native.cases.length} native cases (--max ${fmtBytes(o.max)}); ` +
    'time = median of compare(a, b) including the report\'s conversion to a JS object\n');

  let browser = null;
  let server = null;
  if (o.browser) {
    try {
      browser = await launchChromium();
      server = await startServer(inputs);
    } catch (e) {
      console.log(`  Chromium skipped: ${errText(e)}\n`);
      browser = null;
    }
  }

  const cols = [['case', 24], ['A+B', 8], ['native', 9], ['node wasm', 10], ['×native', 8], ['chromium', 10], ['×native', 8]];
  const row = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(cols[i][1]) : String(c).padStart(cols[i][1]))).join('  ');
  const head = row(cols.map((c) => c[0]));
  console.log(head);
  console.log('-'.repeat(head.length));

  const out = [];
  const started = performance.now();
  for (const c of cases) {
    const runs = o.runs ?? Math.min(c.runs, 5);
    const r = { id: c.id, nominal: c.nominal, group: c.group, native_ms: c.compare_ms, node_ms: null, chromium_ms: null };
    // Wasm has run at 1-3× native here; a case predicted over the limit is left out rather than stalling the bench.
    const predicted = (c.compare_ms * 3 * (runs > 1 ? runs + 1 : 1)) / 1000;
    const overBudget = (performance.now() - started) / 1000 > o.budget;
    if (predicted > o.limit || overBudget) {
      r.skipped = overBudget
        ? `time budget (--budget ${o.budget} s) used up`
        : `native ${fmtMs(c.compare_ms)}: wasm predicted over --limit ${o.limit} s`;
      console.log(row([c.id, fmtBytes(c.bytes_a + c.bytes_b), fmtMs(c.compare_ms), 'skipped', '', 'skipped', '']));
      console.log(`    ${r.skipped}`);
      out.push(r);
      continue;
    }
    if (o.node) {
      try {
        r.node_ms = await benchNode(c, runs, inputs);
      } catch (e) {
        r.node_error = errText(e);
      }
    }
    if (browser) {
      try {
        r.chromium_ms = await benchPage(browser, server.url, c, runs, Math.max(60_000, o.limit * 2000));
      } catch (e) {
        r.chromium_error = errText(e);
      }
    }
    const ratio = (ms) => (ms == null ? '-' : (ms / c.compare_ms).toFixed(2));
    console.log(row([
      c.id,
      fmtBytes(c.bytes_a + c.bytes_b),
      fmtMs(c.compare_ms),
      r.node_error ? 'error' : fmtMs(r.node_ms),
      ratio(r.node_ms),
      r.chromium_error ? 'error' : fmtMs(r.chromium_ms),
      ratio(r.chromium_ms),
    ]));
    for (const k of ['node_error', 'chromium_error']) if (r[k]) console.log(`    ${k.replace('_', ' ')}: ${r[k]}`);
    out.push(r);
  }
  if (browser) await browser.close();
  if (server) await server.close();

  // The targets, judged in the page (the user's view); the slowest case of each size counts.
  const verdicts = [];
  if (browser) {
    console.log('\nTargets (in the page, Chromium; slowest case of the size):');
    for (const t of TARGETS) {
      const got = out.filter((r) => r.group === 'size' && r.nominal === t.nominal);
      if (!got.length) {
        console.log(`  ${t.what}: not run (raise --max)`);
        continue;
      }
      const timed = got.filter((r) => r.chromium_ms != null);
      if (timed.length < got.length) {
        console.log(`  ${t.what}: MISS (target < ${t.ms} ms): ${got.length - timed.length} case(s) did not finish`);
        verdicts.push({ what: t.what, target_ms: t.ms, pass: false });
        continue;
      }
      const worst = timed.reduce((x, y) => (y.chromium_ms > x.chromium_ms ? y : x));
      const pass = worst.chromium_ms < t.ms;
      console.log(`  ${t.what}: ${fmtMs(worst.chromium_ms)} (${worst.id}), target < ${t.ms} ms: ${pass ? 'ok' : 'MISS'}`);
      verdicts.push({ what: t.what, target_ms: t.ms, worst: worst.id, got_ms: worst.chromium_ms, pass });
    }
  }

  const file = path.join(TARGET, 'bench-wasm.json');
  fs.writeFileSync(file, JSON.stringify({ storydiff: native.storydiff, wasm_bytes: wasmBytes, node: process.versions.node, cases: out, targets: verdicts }, null, 2));
  console.log(`\nwrote ${path.relative(ROOT, file)}`);
}

main().catch((e) => {
  console.error(`bench-wasm: ${e?.stack ?? e}`);
  process.exit(1);
});
