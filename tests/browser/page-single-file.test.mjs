// The single-file build (scripts/single-file.mjs): one HTML file, opened from disk (file://),
// must compare, export and share like the served page, under its own strict CSP, with no
// request at all beyond the file itself.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, requireWasm, openPage, settle, compareTexts, setLabel } from './helpers.mjs';
import { build } from '../../scripts/single-file.mjs';

let browser;
let dir;
let file;

before(async () => {
  requireWasm();
  dir = await mkdtemp(join(tmpdir(), 'storydiff-single-'));
  file = join(dir, 'storydiff.html');
  await build({ out: file });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the build is one deterministic file with nothing to fetch', async () => {
  const first = await readFile(file, 'utf8');
  const again = join(dir, 'again.html');
  await build({ out: again });
  assert.equal(await readFile(again, 'utf8'), first, 'the same inputs give the same bytes');
  assert.doesNotMatch(first, /<script[^>]+\bsrc=/i, 'no external script');
  assert.doesNotMatch(first, /<link[^>]+rel="stylesheet"/i, 'no external stylesheet');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(first)?.[1];
  assert.ok(csp, 'a CSP');
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
});

test('opened from disk: compares, exports and shares, with no CSP violation and no request', async () => {
  const url = pathToFileURL(file).href;
  const g = await openPage(browser);
  const { page } = g;
  const fetched = [];
  page.on('request', (r) => { if (!r.url().startsWith('data:')) fetched.push(r.url()); });
  await page.goto(url);
  await settle(page);
  g.markLoaded();
  assert.deepEqual(fetched, [url], 'the file itself and nothing else');
  assert.equal(new URL(page.url()).protocol, 'file:');

  // The seed example, compared and drawn by the element.
  const report = await page.evaluate(() => document.querySelector('story-diff').report);
  assert.ok(report.links.length > 0);
  assert.ok(await page.locator('story-diff .unit[data-status="only"]').count() > 0);
  assert.match(await page.textContent('#engine-version'), /Single-file edition/);

  // Live comparison works on the page's thread.
  const r = await compareTexts(page, 'Floods killed 23 people on Tuesday. Roads were closed.',
    'On Tuesday, floods killed 27 people. Schools stayed open.');
  assert.equal(r.summary.conflicts, 1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const html = await readFile(await download.path(), 'utf8');
  assert.ok(html.includes('Schools stayed open.'));
  // The element's sheet travels as a data: URL here, and is still read into the report.
  assert.ok(html.includes('--story-diff-conflict, #c5161f'), 'the report has the element\'s palette');

  // A permalink to the file itself restores the texts in a fresh browser.
  await setLabel(page, 'a', 'Wire');
  await page.click('#export-link');
  await page.locator('#permalink').waitFor();
  const link = await page.inputValue('#permalink-url');
  assert.ok(link.startsWith(`${url}#v1=`));
  const other = await openPage(browser);
  await other.page.goto(link);
  await settle(other.page);
  other.markLoaded();
  assert.equal(await other.page.inputValue('#text-b'), 'On Tuesday, floods killed 27 people. Schools stayed open.');
  assert.equal(await other.page.inputValue('#label-a'), 'Wire');
  assert.deepEqual(await other.problems(), []);
  await other.context.close();

  // The Hindi UI works here too.
  await page.selectOption('#ui-lang', 'hi');
  assert.equal(await page.textContent('#compare'), 'तुलना करें');
  assert.deepEqual(await g.problems(), []);
  await g.context.close();
});
