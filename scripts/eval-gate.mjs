// Regression gate for accuracy: runs `storydiff eval --json` on the project's gold folders and fails
// when any fixture finds fewer gold items than tests/eval-baseline.json records (or more spurious
// links). `node scripts/eval-gate.mjs --update` records the current figures after an improvement.
//
// Absolute targets live in the issue and in docs/ACCURACY.md; this gate keeps what was reached.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'target', 'release', 'storydiff');
const BASELINE = join(ROOT, 'tests', 'eval-baseline.json');
const AREAS = ['required_links', 'all_links', 'relation', 'conflict', 'only', 'only_required', 'noise', 'facts', 'not_facts', 'variants'];

const out = execFileSync(CLI, ['eval', '--json', join(ROOT, 'tests', 'fixtures')], { encoding: 'utf8', maxBuffer: 64 << 20 });
const report = JSON.parse(out);
const now = {};
for (const g of report.gold) {
  const s = g.score;
  now[g.name] = Object.fromEntries([...AREAS.map((k) => [k, s[k]?.hit ?? 0]), ['spurious_links', s.spurious_links]]);
}

if (process.argv.includes('--update')) {
  writeFileSync(BASELINE, JSON.stringify(now, null, 2) + '\n');
  console.log(`eval-gate: baseline written for ${Object.keys(now).length} fixtures`);
  process.exit(0);
}
if (!existsSync(BASELINE)) {
  console.error('eval-gate: tests/eval-baseline.json is missing; run node scripts/eval-gate.mjs --update');
  process.exit(1);
}
const base = JSON.parse(readFileSync(BASELINE, 'utf8'));
const worse = [];
for (const [name, b] of Object.entries(base)) {
  const n = now[name];
  if (!n) { worse.push(`${name}: fixture missing`); continue; }
  for (const k of AREAS) if ((n[k] ?? 0) < (b[k] ?? 0)) worse.push(`${name}: ${k} ${n[k]} < baseline ${b[k]}`);
  if (n.spurious_links > b.spurious_links) worse.push(`${name}: spurious_links ${n.spurious_links} > baseline ${b.spurious_links}`);
}
const t = report.gold_total?.figures ?? {};
console.log(`eval-gate: ${Object.keys(now).length} fixtures; required links ${t.required_link_recall?.toFixed(3)}, relation ${t.relation_accuracy?.toFixed(3)}, conflicts ${t.conflict_recall?.toFixed(3)}, only-in-one ${t.only_in_one?.toFixed(3)}, noise ${t.noise?.toFixed(3)}, spurious ${t.spurious_links}`);
if (worse.length) {
  console.error('eval-gate: accuracy regressed:\n  ' + worse.join('\n  '));
  process.exit(1);
}
console.log('eval-gate: no regression against tests/eval-baseline.json');
