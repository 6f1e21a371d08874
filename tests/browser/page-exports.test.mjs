// Saving and sharing, all without a server: the JSON and HTML downloads, the Markdown summary on
// the clipboard, and permalinks (round trip, and links that are cut, edited or oversized).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { pageHarness, openPage, loadPage, settle, compareTexts, setText, setLabel, SMALL_A, SMALL_B } from './helpers.mjs';
import { crc32, toBase64Url } from '../../www/permalink.js';

const env = pageHarness();

async function clean(guarded) {
  assert.deepEqual(await guarded.problems(), [], 'console errors, exceptions, CSP violations or requests after load');
  await guarded.context.close();
}

const A = 'Floods killed 23 people on Tuesday. Roads were closed.\n\nThe mayor visited the flooded area.';
// Non-Latin text, an emoji (a surrogate pair) and a quote mark: a link must carry them all unchanged.
const B = 'On Tuesday, floods killed 27 people. “We lost everything,” one farmer said. 🌊\n\nबाढ़ में 27 लोगों की मौत।';

async function fill(page, { a = A, b = B, labelA = 'Daily Courier', labelB = 'दैनिक समाचार' } = {}) {
  await setLabel(page, 'a', labelA);
  await setLabel(page, 'b', labelB);
  return compareTexts(page, a, b);
}

const elementReport = (page) => page.evaluate(() => document.querySelector('story-diff').report);

/**
 * Marks the report the element holds: an export that reuses it (instead of comparing again)
 * carries the mark.
 */
const markHeldReport = (page) => page.evaluate(() => { document.querySelector('story-diff').report.summary.__held = true; });

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`${size}: JSON download: the report on screen, with the texts, labels, options, engine version and time`, async () => {
    const g = await loadPage(env.browser, env.server.url, { viewport });
    const { page } = g;
    const shown = await fill(page);
    // On a phone the kind of comparison sits with the counts, one tap away.
    const more = page.locator('story-diff details.summary-foot');
    if (!(await more.evaluate((d) => d.open))) await more.locator('summary').click();
    await page.click('story-diff button[data-comparison="versions"]');
    await page.waitForFunction(() => document.querySelector('story-diff').report?.comparison === 'versions');
    const held = await elementReport(page);
    await markHeldReport(page);
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    assert.equal(download.suggestedFilename(), 'storydiff-Daily-Courier-vs-दैनिक-समाचार.json');
    const text = await readFile(await download.path(), 'utf8');
    const json = JSON.parse(text);
    assert.equal(json.summary.__held, true, 'the export is the report the element holds, not a second comparison');
    delete json.summary.__held;
    assert.equal(json.version, 1);
    // The report on screen, as a file: the same units, links and facts, the same UTF-16 offsets.
    assert.equal(json.offsets, 'utf16');
    // (Through JSON, as the file is: a score of -0 reads back as 0.)
    for (const k of ['a', 'b', 'links', 'facts', 'variants', 'summary', 'comparison']) assert.deepEqual(json[k], JSON.parse(JSON.stringify(held[k])), k);
    assert.deepEqual(json.a.units.map((u) => u.start), shown.a.units.map((u) => u.start));
    // And what it was made from, so the file stands alone.
    assert.equal(json.input.a, A);
    assert.equal(json.input.b, B);
    assert.equal(json.input.labelA, 'Daily Courier');
    assert.equal(json.input.labelB, 'दैनिक समाचार');
    assert.deepEqual(json.input.options, { comparison: 'versions' });
    assert.equal(json.engine.name, 'storydiff');
    assert.equal(json.engine.version, await page.evaluate(async () => (await import('./storydiff.js')).version()));
    assert.ok(Math.abs(Date.parse(json.created) - t0) < 60_000, json.created);
    const u = json.b.units.at(-1);
    assert.equal(json.input.b.slice(u.start, u.end), 'बाढ़ में 27 लोगों की मौत।');
    await clean(g);
  });

  test(`${size}: HTML download: a report page that reads like the page, stands alone, and prints both columns whole`, async () => {
    const g = await loadPage(env.browser, env.server.url, { viewport });
    const { page } = g;
    await fill(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
    assert.match(download.suggestedFilename(), /\.html$/);
    const html = await readFile(await download.path(), 'utf8');
    assert.match(html, /^<!doctype html>/i);
    for (const s of ['Daily Courier', 'दैनिक समाचार', 'The mayor visited the flooded area.', 'one farmer said']) {
      assert.ok(html.includes(s), `the report holds ${s}`);
    }
    // Self-contained: nothing to fetch, so it opens anywhere, offline; no script at all.
    assert.doesNotMatch(html, /<(script|link|img|iframe)\b/i);
    // The element's palette (tuned for WCAG AA), not one of its own.
    assert.ok(html.includes('--story-diff-conflict, #c5161f'), 'the element\'s conflict colour');

    const viewer = await openPage(env.browser, { viewport: { width: 1280, height: 800 } });
    await viewer.page.setContent(html);
    viewer.markLoaded();
    const seen = await viewer.page.evaluate(() => {
      const texts = [...document.querySelectorAll('.text')];
      return {
        columnText: texts.map((t) => t.textContent),
        verdict: document.querySelector('.verdict')?.textContent,
        clash: document.querySelector('.clash-list')?.textContent,
        // What a reader sees: the texts, without ids or link numbers of the engine's.
        visible: document.body.innerText,
        // No blank gaps: no run of blank lines, no empty paragraph, no indent carried over from the paste.
        gaps: texts.flatMap((t) => [...t.querySelectorAll('.para')]).filter((p) => !p.textContent.trim() || /\n\s*\n/.test(p.textContent) || /^\s/.test(p.textContent)).length,
        columns: texts.map((t) => t.getBoundingClientRect().left),
        conflictColour: getComputedStyle(document.querySelector('.unit.conflict')).textDecorationColor,
      };
    });
    assert.ok(seen.columnText[1].includes('बाढ़ में 27 लोगों की मौत।'), 'every sentence, marks and all');
    assert.match(seen.verdict, /1 conflict/);
    assert.match(seen.clash, /23 ↔ 27/);
    assert.doesNotMatch(seen.visible, /\b[ab]\d+\b/, 'no internal ids such as a0 or b4');
    assert.equal(seen.gaps, 0, 'no blank gaps in the columns');
    assert.ok(seen.columns[1] > seen.columns[0] + 300, 'the two columns side by side');
    assert.equal(seen.conflictColour, 'rgb(197, 22, 31)');
    await viewer.page.screenshot({ path: `test-results/export-report-${size}.png`, fullPage: true });
    await clean(viewer);
    await clean(g);
  });

  test(`${size}: Markdown summary goes to the clipboard: the verdict, the clashing values, the counts and the facts`, async () => {
    const g = await loadPage(env.browser, env.server.url, { viewport });
    const { page, context } = g;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
    await fill(page);
    await page.click('#export-markdown');
    await page.locator('[data-notice="copy"]').waitFor();
    assert.match(await page.textContent('[data-notice="copy"]'), /Markdown summary copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^# Storydiff: Daily Courier vs दैनिक समाचार/);
    assert.match(copied, /\*\*⚠ 1 conflict\*\*/);
    assert.match(copied, /\*\*23\*\* ↔ दैनिक समाचार \*\*27\*\*/);
    assert.match(copied, /\| Kind \| Status \|/);
    // In the Hindi UI, the summary is in Hindi.
    await page.selectOption('#ui-lang', 'hi');
    await page.click('#export-markdown');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('# स्टोरीडिफ़'));
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\*\*⚠ 1 विरोधाभास\*\*/);
    await page.selectOption('#ui-lang', 'en');
    // Exports refuse an empty side rather than produce an empty report.
    await setText(page, 'b', '');
    await page.click('#export-markdown');
    await page.locator('[data-notice="notice.needText"]').waitFor();
    await clean(g);
  });

  test(`${size}: printing the page prints the verdict and both columns whole, without the controls`, async () => {
    const g = await loadPage(env.browser, env.server.url, { viewport });
    const { page } = g;
    const r = await page.evaluate(() => document.querySelector('story-diff').report);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const root = document.querySelector('story-diff').shadowRoot;
      const texts = [...root.querySelectorAll('.text')];
      const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
      const rowsBox = root.querySelector('.rows');
      return {
        layout: document.querySelector('story-diff').getAttribute('layout'),
        rows: shown(rowsBox) && { units: rowsBox.querySelectorAll('.unit').length, clipped: rowsBox.scrollHeight > rowsBox.clientHeight + 1, maxHeight: getComputedStyle(rowsBox).maxHeight },
        columns: texts.map((t) => ({ left: Math.round(t.getBoundingClientRect().left), clipped: t.scrollHeight > t.clientHeight + 1, maxHeight: getComputedStyle(t).maxHeight, overflow: getComputedStyle(t).overflowY })),
        verdict: shown(root.querySelector('.verdict')),
        toolbar: shown(root.querySelector('.toolbar')),
        inputs: shown(document.querySelector('#inputs')),
        exports: shown(document.querySelector('.exports')),
        units: texts.map((t) => t.querySelectorAll('.unit').length),
      };
    });
    if (size === 'desktop') {
      assert.equal(printed.layout, 'columns');
      assert.ok(printed.columns[1].left > printed.columns[0].left + 100, 'both columns side by side');
      for (const c of printed.columns) {
        assert.equal(c.maxHeight, 'none', 'no 560 px box');
        assert.equal(c.clipped, false, 'nothing cut off');
      }
      assert.deepEqual(printed.units, [r.a.units.length, r.b.units.length], 'every sentence printed');
    } else {
      // From a phone: the reading it shows, each sentence followed by its partner, whole.
      assert.equal(printed.layout, 'rows');
      assert.ok(printed.rows, 'the rows are printed');
      assert.equal(printed.rows.maxHeight, 'none');
      assert.equal(printed.rows.clipped, false, 'nothing cut off');
      assert.equal(printed.rows.units, r.a.units.length + r.b.units.length, 'every sentence printed');
    }
    assert.equal(printed.verdict, true);
    assert.deepEqual([printed.toolbar, printed.inputs, printed.exports], [false, false, false], 'no controls on paper');
    await page.pdf({ path: `test-results/page-print-${size}.pdf` });
    await page.emulateMedia({ media: 'screen' });
    await clean(g);
  });
}

test('permalink: the same texts, labels and view in a fresh browser', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page, context } = g;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await fill(page);
  await page.click('story-diff button[data-filter="divergent"]');
  await page.click('story-diff .furniture-switch');
  await page.click('#export-link');
  await page.locator('#permalink').waitFor();
  const url = await page.inputValue('#permalink-url');
  assert.ok(url.startsWith(`${env.server.url}#v1=`), url);
  assert.equal(page.url(), url, 'the address bar shows the link');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  assert.equal(await page.getAttribute('#permalink-length', 'data-chars'), String(url.length));
  assert.match(await page.textContent('#permalink-length'), new RegExp(`${url.length.toLocaleString('en')} characters`));
  assert.match(url.slice(url.indexOf('#') + 1), /^v1=[A-Za-z0-9_-]+$/);

  // Editing the texts takes the stale link out of the address bar.
  await setLabel(page, 'a', 'Daily Courier (edited)');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.ok(await page.locator('#permalink').isHidden());

  // A fresh browser (no draft, no storage) opens the link.
  const other = await openPage(env.browser);
  await other.page.goto(url);
  await settle(other.page);
  other.markLoaded();
  assert.equal(await other.page.inputValue('#text-a'), A);
  assert.equal(await other.page.inputValue('#text-b'), B);
  assert.equal(await other.page.inputValue('#label-a'), 'Daily Courier');
  assert.equal(await other.page.inputValue('#label-b'), 'दैनिक समाचार');
  assert.equal(await other.page.getAttribute('story-diff', 'filter'), 'divergent');
  assert.equal(await other.page.evaluate(() => document.querySelector('story-diff').hasAttribute('hide-furniture')), true);
  assert.equal(await other.page.evaluate(() => document.querySelector('story-diff').labelB), 'दैनिक समाचार');
  await other.page.locator('[data-notice="link-open"]').waitFor();
  // Opening a link saves nothing over the visitor's own draft.
  assert.equal(await other.page.evaluate(() => localStorage.getItem('storydiff:draft:v1')), null);

  // A link pasted into an open page's address bar (only the fragment changes) opens too.
  await setText(other.page, 'a', SMALL_A);
  await other.page.evaluate((hash) => { location.hash = hash; }, new URL(url).hash);
  await other.page.waitForFunction((a) => document.querySelector('#text-a').value === a, A);
  await clean(other);
  await clean(g);
});

async function withDraft() {
  const g = await loadPage(env.browser, env.server.url);
  await fill(g.page, { a: SMALL_A, b: SMALL_B, labelA: 'Mine A', labelB: 'Mine B' });
  await g.page.waitForFunction((b) => JSON.parse(localStorage.getItem('storydiff:draft:v1') ?? '{}').b === b, SMALL_B);
  return g;
}

async function openBadLink(g, fragment, notice) {
  const { page } = g;
  const saved = await page.evaluate(() => localStorage.getItem('storydiff:draft:v1'));
  // Navigating to the link loads the page again: its files are fetched anew.
  const guarded = await openPage(env.browser, { context: g.context });
  await guarded.page.goto(`${env.server.url}#${fragment}`);
  await settle(guarded.page);
  guarded.markLoaded();
  const p = guarded.page;
  await p.locator(`[data-notice="link-open"]`).waitFor();
  assert.match(await p.textContent('[data-notice="link-open"]'), notice);
  assert.equal(await p.inputValue('#text-a'), SMALL_A, 'the draft is shown');
  assert.equal(await p.inputValue('#label-b'), 'Mine B');
  assert.equal(await p.evaluate(() => localStorage.getItem('storydiff:draft:v1')), saved, 'the draft is untouched');
  assert.equal(await p.evaluate(() => location.hash), '', 'the bad link leaves the address bar');
  assert.deepEqual(await guarded.problems(), []);
  await p.close();
}

test('permalink: cut short, edited, oversized or from a newer version: a notice, and the draft stays', async () => {
  const g = await withDraft();
  const { page } = g;
  // A real link to other texts, to damage in different ways.
  await fill(page, { a: A, b: B, labelA: 'Link A', labelB: 'Link B' });
  await page.click('#export-link');
  await page.locator('#permalink').waitFor();
  const fragment = new URL(await page.inputValue('#permalink-url')).hash.slice(1);
  // Put the draft back as it was.
  await fill(page, { a: SMALL_A, b: SMALL_B, labelA: 'Mine A', labelB: 'Mine B' });
  await page.waitForFunction((b) => JSON.parse(localStorage.getItem('storydiff:draft:v1') ?? '{}').labelA === 'Mine A', SMALL_B);

  await openBadLink(g, fragment.slice(0, -12), /damaged or incomplete/);
  await openBadLink(g, fragment.slice(0, 40), /damaged or incomplete/);
  // One character changed in the middle: deflate may still inflate it, the checksum catches it.
  const mid = Math.floor(fragment.length / 2);
  const swapped = fragment.slice(0, mid) + (fragment[mid] === 'A' ? 'B' : 'A') + fragment.slice(mid + 1);
  await openBadLink(g, swapped, /damaged or incomplete/);
  await openBadLink(g, 'v1=%%%', /damaged or incomplete/);
  await openBadLink(g, 'v2=AAAA', /newer version/);

  // A small link that inflates to more than the page accepts (16 MB): refused before it is read.
  const json = Buffer.from(JSON.stringify({ a: 'a'.repeat(17 * 1024 * 1024), b: '' }));
  const deflated = deflateRawSync(json, { level: 9 });
  const body = Buffer.concat([deflated, Buffer.alloc(4)]);
  body.writeUInt32BE(crc32(json), deflated.length);
  const bomb = `v1=${toBase64Url(new Uint8Array(body))}`;
  assert.ok(bomb.length < 100_000);
  await openBadLink(g, bomb, /too large to open/);
  await clean(g);
});
