// The embeddable part, as another site sees it: dist/package/embed.html loads <story-diff> from the
// package folder. Checks the rendering, the events and their payloads, theming, keyboard use, the
// worker path with its busy state and Cancel, the JS API's worker errors, and that nothing is fetched
// after load. Screenshots go to test-results/embed*.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, RESULTS, PKG, ensurePackage, isWorkerReload, launch, openPage, startServer } from './helpers.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');

let server;
let browser;

before(async () => {
  ensurePackage();
  mkdirSync(RESULTS, { recursive: true });
  server = await startServer(PKG);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every story-diff:* event from the first moment, before the element is defined. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['ready', 'result', 'select', 'busy', 'error']) {
      document.addEventListener(`story-diff:${name}`, (e) => {
        window.__events.push({ name, detail: JSON.parse(JSON.stringify(e.detail ?? null)), composed: e.composed, bubbles: e.bubbles });
      });
    }
  });
}

async function openEmbed(options = {}) {
  const guarded = await openPage(browser, options);
  await recordEvents(guarded.page);
  await guarded.page.goto(new URL('embed.html', server.url).href);
  await guarded.page.waitForFunction(() => window.__events.some((e) => e.name === 'result'), null, { timeout: 20_000 });
  // The element warms its worker before `ready`; once the network is idle, every later request is a leak.
  await guarded.page.waitForLoadState('networkidle');
  guarded.markLoaded();
  return guarded;
}

const events = (page, name) => page.evaluate((n) => window.__events.filter((e) => e.name === n), name);

test('embed.html renders the example from the package folder, with the events and payloads embedders rely on', async () => {
  const { page, context, problems } = await openEmbed();
  try {
    const ready = await events(page, 'ready');
    const results = await events(page, 'result');
    assert.equal(ready.length, 1, 'story-diff:ready fires once');
    assert.ok(ready[0].bubbles && ready[0].composed, 'events bubble out of the shadow root');
    const order = await page.evaluate(() => window.__events.map((e) => e.name));
    assert.ok(order.indexOf('ready') < order.indexOf('result'), `ready comes before result: ${order}`);
    const report = results.at(-1).detail.report;
    assert.equal(report.version, 1);
    assert.equal(report.offsets, 'utf16');
    // The seed pair, as published (tests/fixtures/seed-defence-mou): Israel spelled two ways is one
    // name, the related posts under A are furniture, and (as its gold file says) nothing contradicts.
    assert.ok(report.variants.some((v) => v.a === 'इस्राइल' && v.b === 'इजरायल'), JSON.stringify(report.variants));
    assert.equal(report.summary.conflicts, 0);
    assert.ok(report.facts.some((f) => f.key === '17th' && f.status === 'only_b'));

    // Every unit is on screen, with its status class, and holds exactly its slice of the text.
    const check = await page.evaluate(() => {
      const el = document.querySelector('story-diff');
      const out = { units: 0, wrong: [], statuses: new Set(), templates: { a: el.a, b: el.b } };
      for (const side of ['a', 'b']) {
        const text = el[side];
        for (const u of el.report[side].units) {
          const node = el.shadowRoot.querySelector(`.text[data-side="${side}"] .unit[data-id="${u.id}"]`);
          if (!node) { out.wrong.push(`${side}${u.id} missing`); continue; }
          out.units++;
          if (!node.classList.contains(u.status)) out.wrong.push(`${side}${u.id} lacks class ${u.status}`);
          out.statuses.add(u.status);
          const clone = node.cloneNode(true);
          clone.querySelectorAll('.sr').forEach((s) => s.remove());
          if (clone.textContent !== text.slice(u.start, u.end)) out.wrong.push(`${side}${u.id} text differs`);
        }
      }
      out.statuses = [...out.statuses];
      out.pills = el.shadowRoot.querySelectorAll('.clash-pill').length;
      out.clashes = el.report.links.reduce((n, l) => n + (l.conflicts?.length ?? 0) + (l.possible?.length ?? 0), 0);
      // A sentence shows each pair of clashing values once, however many of its links carry it.
      const shown = new Set();
      for (const l of el.report.links) {
        for (const c of [...(l.conflicts ?? []), ...(l.possible ?? [])]) {
          shown.add(`a${l.a[0]}|${c.a.value}|${c.b.value}`);
          shown.add(`b${l.b[0]}|${c.a.value}|${c.b.value}`);
        }
      }
      out.shown = shown.size;
      out.verdict = el.shadowRoot.querySelector('.verdict')?.textContent;
      out.bar = el.shadowRoot.querySelector('.bar-verdict')?.textContent;
      out.factRows = el.shadowRoot.querySelectorAll('tr.fact').length;
      return out;
    });
    assert.deepEqual(check.wrong, []);
    assert.equal(check.units, report.a.units.length + report.b.units.length);
    for (const s of ['same', 'changed', 'only', 'ignored']) assert.ok(check.statuses.includes(s), `a ${s} unit is shown`);
    // The templates hold the seed texts, line for line (dedented: each line's indent may differ).
    const lines = (text) => text.trim().split('\n').map((l) => l.trim());
    const seed = (side) => lines(readFileSync(join(FIXTURES, 'seed-defence-mou', `${side}.txt`), 'utf8'));
    assert.deepEqual(lines(check.templates.a), seed('a'), 'template A is the seed pair\'s A');
    assert.deepEqual(lines(check.templates.b), seed('b'), 'template B is the seed pair\'s B');
    assert.ok(check.clashes > 0, 'the seed pair has its after / during signing');
    assert.equal(check.pills, check.shown, 'each clash shows its two values on both sides');
    // Nothing contradicts for sure; the signing after or during the meeting is to check. The verdict
    // says so, and over how much of the texts, with no tick of approval.
    const cov = report.summary.coverage;
    assert.match(check.verdict, new RegExp(`^\\?1 possible conflict to check No sure conflicts among ${cov.a.linked + cov.b.linked} linked sentences \\(\\d+% of Outlet A, \\d+% of Outlet B\\)`));
    assert.doesNotMatch(check.verdict + check.bar, /✓/);
    assert.equal(check.bar, '? 1 possible conflict');
    assert.ok(check.factRows > 0 && check.factRows <= report.facts.length, 'one row a fact');

    // Theme variables from the embedding page reach units inside the shadow root (the conflict colour
    // as the legend draws it: the seed pair has no conflict).
    const colours = await page.evaluate(() => {
      const root = document.querySelector('story-diff').shadowRoot;
      const c = getComputedStyle(root.querySelector('.legend .unit.conflict'));
      const o = getComputedStyle(root.querySelector('.text .unit.only'));
      return { conflict: c.textDecorationColor, conflictStyle: c.textDecorationStyle, only: o.textDecorationColor, font: c.fontFamily };
    });
    assert.equal(colours.conflict, 'rgb(176, 16, 79)', 'conflict units use --story-diff-conflict');
    assert.equal(colours.conflictStyle, 'double', 'conflict has a second cue besides colour');
    assert.equal(colours.only, 'rgb(91, 60, 196)', 'only-here units use --story-diff-only');
    assert.match(colours.font, /Noto Serif/, '--story-diff-font applies');

    await page.screenshot({ path: join(RESULTS, 'embed.png'), fullPage: true });

    // Selecting a linked unit ties it to its partners (every link it is in) and says so in
    // story-diff:select.
    const linked = await page.evaluate(() => {
      const el = document.querySelector('story-diff');
      const a = el.report.links.find((l) => l.relation === 'changed').a[0];
      const b = [...new Set(el.report.links.filter((l) => l.a.includes(a)).flatMap((l) => l.b))];
      return { a, b: b.sort((x, y) => x - y) };
    });
    await page.locator(`story-diff .text[data-side="a"] .unit[data-id="${linked.a}"]`).click();
    await page.waitForFunction(() => window.__events.some((e) => e.name === 'select'));
    const select = (await events(page, 'select')).at(-1).detail;
    assert.equal(select.side, 'a');
    assert.equal(select.unit.id, linked.a);
    assert.deepEqual(select.partners.map((p) => [p.side, p.unit.id]), linked.b.map((id) => ['b', id]));
    const tie = await page.evaluate((ids) => {
      const root = document.querySelector('story-diff').shadowRoot;
      const self = root.querySelector('.text[data-side="a"] .unit.selected');
      const partners = ids.map((id) => root.querySelector(`.text[data-side="b"] .unit[data-id="${id}"]`));
      return {
        self: Boolean(self),
        partners: partners.map((p) => p.classList.contains('partner')),
        // No link numbers: they meant nothing to a reader. The bar at the bottom says what is tied to what.
        badge: getComputedStyle(partners[0], '::after').content,
        bar: root.querySelector('.selbar').hidden ? null : root.querySelector('.selbar .sel-info').textContent,
      };
    }, linked.b);
    assert.ok(tie.self, 'the clicked unit is selected');
    assert.ok(tie.partners.every(Boolean), 'partners are highlighted');
    assert.equal(tie.badge, 'none', 'no link-number badge');
    assert.match(tie.bar, linked.b.length === 1 ? /Changed\. 1 matching sentence in Outlet B\./ : /matching sentences in Outlet B/);
    await page.screenshot({ path: join(RESULTS, 'embed-selected.png') });

    // Keyboard: Enter jumps to the partner, j goes to the next difference, ? opens the help, Escape clears.
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => {
      const a = document.querySelector('story-diff').shadowRoot.activeElement;
      return a && { side: a.dataset.side, id: Number(a.dataset.id) };
    });
    assert.deepEqual(focused, { side: 'b', id: linked.b[0] });
    await page.keyboard.press('j');
    const next = await page.evaluate(() => {
      const el = document.querySelector('story-diff');
      const a = el.shadowRoot.activeElement;
      return { side: a.dataset.side, id: Number(a.dataset.id), status: a.dataset.status };
    });
    assert.equal(next.side, 'b');
    assert.ok(['changed', 'conflict', 'only'].includes(next.status), `j lands on a difference, not ${next.status}`);
    assert.notEqual(next.id, linked.b[0]);
    await page.keyboard.press('?');
    assert.ok(await page.locator('story-diff .help').isVisible(), '? opens the help');
    assert.match(await page.locator('story-diff .help').textContent(), /next difference/);
    await page.keyboard.press('Escape');
    assert.ok(!(await page.locator('story-diff .help').isVisible()), 'Escape closes the help');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('story-diff .unit.selected').count(), 0, 'Escape clears the selection');

    // The differences view lists what differs, a sentence beside its partner; the furniture switch hides bylines and datelines.
    await page.locator('story-diff button[data-filter="divergent"]').click();
    assert.equal(await page.locator('story-diff').getAttribute('filter'), 'divergent');
    const shown = await page.evaluate(() => {
      const el = document.querySelector('story-diff');
      const rows = [...el.shadowRoot.querySelectorAll('.rows .row')].map((r) => [...r.querySelectorAll('.unit')].map((u) => u.dataset.status));
      const differing = ['a', 'b'].reduce((n, s) => n + el.report[s].units.filter((u) => ['changed', 'conflict', 'only'].includes(u.status)).length, 0);
      return { rows, differing, ignored: el.shadowRoot.querySelectorAll('.rows .unit.ignored').length };
    });
    assert.ok(shown.rows.length > 0);
    assert.ok(shown.rows.every((r) => r.some((st) => ['changed', 'conflict', 'only'].includes(st))), `every row holds a difference: ${JSON.stringify(shown.rows)}`);
    assert.equal(shown.rows.flat().filter((st) => st !== 'same').length, shown.differing, 'every difference is listed');
    assert.equal(shown.ignored, 0);
    await page.locator('story-diff button[data-filter="conflicts"]').click();
    assert.equal(await page.evaluate(() => [...document.querySelector('story-diff').shadowRoot.querySelectorAll('.rows .unit')]
      .filter((u) => u.getClientRects().length).length), 0, 'no conflict, nothing shown under Conflicts');
    assert.match(await page.locator('story-diff .view-empty').textContent(), /No conflicts: nothing to show in this view/, 'and it says so');
    await page.locator('story-diff button[data-filter="all"]').click();
    await page.locator('story-diff .furniture-switch').check();
    assert.ok(await page.locator('story-diff').evaluate((el) => el.hasAttribute('hide-furniture')));
    assert.equal(await page.locator('story-diff .text .unit.ignored').evaluateAll((us) => us.filter((u) => u.getClientRects().length).length), 0);
    await page.locator('story-diff .furniture-switch').uncheck();

    // A fact row leads to its mention.
    await page.locator('story-diff tr.fact.only_b').first().click();
    const sel = await page.evaluate(() => {
      const root = document.querySelector('story-diff').shadowRoot;
      const hl = globalThis.CSS?.highlights?.get('story-diff-fact');
      return { selected: root.querySelectorAll('.unit.selected').length, ranges: hl ? hl.size : -1, text: hl ? [...hl].map((r) => r.toString()) : [] };
    });
    assert.equal(sel.selected, 1, 'the mention\'s sentence is selected');
    assert.ok(sel.ranges >= 1, 'the mention\'s words are highlighted');

    // Hindi UI strings.
    await page.locator('story-diff').evaluate((el) => el.setAttribute('lang', 'hi'));
    assert.match(await page.locator('story-diff .verdict').textContent(), /1 संभावित विरोधाभास जाँचने लायक कोई पक्का विरोधाभास नहीं/);
    assert.equal(await page.locator('story-diff .text .unit').count(), check.units, 'the text stays on screen after a language switch');

    assert.deepEqual(await problems(), []);
  } finally {
    await context.close();
  }
});

test('dark, narrow and Arabic: one column of sentences each followed by its partner, right-to-left text, AA colours', async () => {
  const { page, context, problems } = await openEmbed({ viewport: { width: 560, height: 1100 }, colorScheme: 'dark' });
  try {
    await page.waitForFunction(() => document.querySelector('story-diff').getAttribute('layout') === 'rows');
    const layout = await page.evaluate(() => {
      const root = document.querySelector('story-diff').shadowRoot;
      const row = root.querySelector('.row.paired');
      const a = row.querySelector('.cell-a').getBoundingClientRect();
      const b = row.querySelector('.cell-b').getBoundingClientRect();
      return { stacked: b.top >= a.bottom - 1, columns: !root.querySelector('.columns').hidden };
    });
    assert.ok(layout.stacked, 'below 700 px, a sentence\'s partner comes right under it');
    assert.equal(layout.columns, false, 'the two columns give way to the rows');
    await page.screenshot({ path: join(RESULTS, 'embed-dark-narrow.png'), fullPage: true });

    await page.locator('story-diff').evaluate((el) => {
      el.labelA = 'الوكالة';
      el.labelB = 'الصحيفة';
      el.a = 'قتلت الفيضانات 23 شخصا يوم الثلاثاء. وأغلقت الطرق في المنطقة.';
      el.b = 'قتلت الفيضانات 27 شخصا يوم الثلاثاء. وبقيت المدارس مفتوحة.';
      return el.compare();
    });
    const rtl = await page.evaluate(() => {
      const root = document.querySelector('story-diff').shadowRoot;
      const u = root.querySelector('.cell-a .unit');
      return { dir: getComputedStyle(u).direction, textDir: getComputedStyle(root.querySelector('.cell-a')).direction };
    });
    assert.equal(rtl.dir, 'rtl', 'dir=auto renders Arabic right to left');
    assert.equal(rtl.textDir, 'rtl', 'the Arabic cell runs right to left');
    await page.screenshot({ path: join(RESULTS, 'embed-arabic.png'), fullPage: true });

    // Contrast of the default dark palette: body text on the tinted backgrounds of every status.
    const ratios = await page.evaluate(() => {
      const root = document.querySelector('story-diff').shadowRoot;
      const parse = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (x, y) => {
        const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p);
        return (l1 + 0.05) / (l2 + 0.05);
      };
      const out = {};
      for (const u of root.querySelectorAll('.rows .unit')) {
        const s = getComputedStyle(u);
        const bg = parse(s.backgroundColor);
        const fg = parse(s.color);
        const back = bg.length === 3 && !/rgba\(.*, 0\)/.test(s.backgroundColor) ? bg : parse(getComputedStyle(document.querySelector('story-diff')).backgroundColor);
        out[u.dataset.status] = Math.min(out[u.dataset.status] ?? 99, ratio(fg, back));
      }
      return out;
    });
    for (const [status, r] of Object.entries(ratios)) assert.ok(r >= 4.5, `${status} text contrast ${r.toFixed(2)} >= 4.5`);

    assert.deepEqual(await problems(), []);
  } finally {
    await context.close();
  }
});

test('long texts go to the warm worker with a busy bar; Cancel stops the run and keeps the last report', async () => {
  const { page, context, problems } = await openEmbed();
  try {
    const before = await page.evaluate(() => document.querySelector('story-diff').report);
    // About 120 KB: over the 50 KB worker threshold, and slow enough (a second or more) to see the busy bar.
    const big = await page.evaluate(async () => {
      const el = document.querySelector('story-diff');
      const a = Array.from({ length: 600 }, (_, i) => `Floods killed ${i} people in district ${i} on Tuesday. Roads were closed near village ${i}.`).join('\n\n');
      const b = Array.from({ length: 600 }, (_, i) => `On Tuesday, floods killed ${i + 1} people in district ${i}. Schools stayed open in village ${i}.`).join('\n\n');
      window.__events.length = 0;
      el.a = a;
      el.b = b;
      const t0 = performance.now();
      const report = await el.compare();
      return { ms: performance.now() - t0, units: report.a.units.length, size: a.length + b.length, shown: el.shadowRoot.querySelectorAll('.text .unit').length, events: window.__events.map((e) => [e.name, e.detail?.busy]) };
    });
    assert.ok(big.size > 50_000);
    assert.ok(big.units > 1000);
    assert.deepEqual(big.events.filter(([n]) => n === 'busy'), [['busy', true], ['busy', false]], 'busy goes on, then off');
    await page.waitForFunction((n) => document.querySelector('story-diff').shadowRoot.querySelectorAll('.text .unit').length >= n, big.units * 2);
    assert.deepEqual(await problems(), [], 'the warm worker fetched nothing after load');

    // A run of several seconds, cancelled from the busy bar.
    const cancelled = page.evaluate(async () => {
      const el = document.querySelector('story-diff');
      // Distinct paragraphs with a growing vocabulary (repeats are cheap for the engine): about
      // 2.7 MB a side, several seconds of work (0.8 MB ended in about a second once the engine got
      // faster, before Cancel could be clicked).
      const para = (i, v) => `Report ${i}: floods killed ${i + v} people in district d${i * 7} on day ${i % 28}; officials in town${i} said roads near village${i % 53}x${i} were closed by crew${v}${i}.`;
      el.a = Array.from({ length: 20000 }, (_, i) => para(i, 0)).join('\n\n');
      el.b = Array.from({ length: 20000 }, (_, i) => para(19999 - i, 1)).join('\n\n');
      try {
        await el.compare();
        return 'resolved';
      } catch (e) {
        return `${e instanceof Error}:${e.name}`;
      }
    });
    await page.locator('story-diff .busy').waitFor({ state: 'visible' });
    await page.waitForTimeout(400);
    assert.match(await page.locator('story-diff .busy-text').textContent(), /Comparing… \d+\.\d s/);
    await page.screenshot({ path: join(RESULTS, 'embed-busy.png') });
    await page.locator('story-diff .busy .cancel').click();
    assert.equal(await cancelled, 'true:AbortError');
    assert.ok(!(await page.locator('story-diff .busy').isVisible()), 'the busy bar goes away');
    assert.match(await page.locator('story-diff .message').textContent(), /cancelled/);
    const kept = await page.evaluate(() => document.querySelector('story-diff').report.a.units.length);
    assert.equal(kept, big.units, 'the last report stays');
    assert.notDeepEqual(kept, before.a.units.length);
  } finally {
    await context.close();
  }
});

test('a worker that fails to start is replaced: long texts still run off the page; twice in a row and the page compares itself', async () => {
  for (const failures of [1, Infinity]) {
    const guarded = await openPage(browser);
    const { page, context } = guarded;
    let refused = 0;
    await context.route(/\/worker\.js$/, (route) => (refused < failures ? (refused++, route.abort()) : route.continue()));
    await recordEvents(page);
    try {
      await page.goto(new URL('embed.html', server.url).href);
      await page.waitForFunction(() => window.__events.some((e) => e.name === 'result'), null, { timeout: 20_000 });
      const run = await page.evaluate(async () => {
        const posted = [];
        const { postMessage } = Worker.prototype;
        Worker.prototype.postMessage = function (msg, ...rest) {
          if (typeof msg?.a === 'string') posted.push(msg.a.length);
          return postMessage.call(this, msg, ...rest);
        };
        const el = document.querySelector('story-diff');
        el.a = Array.from({ length: 600 }, (_, i) => `Floods killed ${i} people in district ${i} on Tuesday.`).join('\n\n');
        el.b = Array.from({ length: 600 }, (_, i) => `On Tuesday, floods killed ${i + 1} people in district ${i}.`).join('\n\n');
        window.__events.length = 0;
        const report = await el.compare();
        return { posted, size: el.a.length, units: report.a.units.length, events: window.__events.map((e) => [e.name, e.detail?.busy ?? null]) };
      });
      assert.ok(run.size > 25_000 && run.units === 600, JSON.stringify(run));
      assert.deepEqual(run.events.filter(([n]) => n !== 'busy'), [['result', null]], 'a result and no error');
      if (failures === 1) {
        assert.equal(refused, 1, 'the first start failed');
        assert.deepEqual(run.posted, [run.size], 'the texts went to a fresh worker');
      } else {
        assert.ok(refused >= 2, `worker starts refused: ${refused}`);
        assert.deepEqual(run.posted.length <= 1, true, 'one more try at most, then the page');
      }
    } finally {
      await context.close();
    }
  }
});

test('a run stopped at its time limit says so and offers to try again with twice the time', async () => {
  const { page, context, problems } = await openEmbed();
  try {
    const first = await page.evaluate(async () => {
      const el = document.querySelector('story-diff');
      el.timeoutMs = 20;
      el.a = Array.from({ length: 2000 }, (_, i) => `Floods killed ${i} people in district ${i} on Tuesday.`).join('\n\n');
      el.b = Array.from({ length: 2000 }, (_, i) => `On Tuesday, floods killed ${i + 1} people in district ${i}.`).join('\n\n');
      window.__events.length = 0;
      const outcome = await el.compare().then(() => 'resolved', (e) => e.message);
      return { outcome, errors: window.__events.filter((e) => e.name === 'error').map((e) => e.detail.message) };
    });
    assert.match(first.outcome, /took longer than 20 ms and was stopped/);
    assert.equal(first.errors.length, 1);
    assert.equal(await page.locator('story-diff').getAttribute('stale'), '', 'the report on screen, for the old texts, is marked stale');
    const message = page.locator('story-diff .message');
    assert.match(await message.textContent(), /The comparison failed: the comparison took longer than 20 ms/);
    const retry = page.locator('story-diff .message button.retry');
    assert.equal(await retry.textContent(), 'Try again, allowing 40 ms');
    await page.screenshot({ path: join(RESULTS, 'embed-timeout.png') });
    // The offer doubles the limit and runs again; here that is still too short, and it says so again.
    await retry.click();
    await page.waitForFunction(() => window.__events.filter((e) => e.name === 'error').length === 2);
    assert.equal(await page.evaluate(() => document.querySelector('story-diff').timeoutMs), 40);
    assert.match(await message.textContent(), /longer than 40 ms/);
    // With room enough, the next run ends with a report and the alert goes.
    const done = await page.evaluate(async () => {
      const el = document.querySelector('story-diff');
      el.timeoutMs = 60_000;
      const report = await el.compare();
      return { units: report.a.units.length, hidden: el.shadowRoot.querySelector('.message').hidden };
    });
    assert.deepEqual(done, { units: 2000, hidden: true });
    assert.equal(await page.locator('story-diff').getAttribute('stale'), null);
    // Stopping a run ends its worker; the next one loads worker.js and the glue again (see large.test.mjs).
    assert.deepEqual((await problems()).filter((p) => !isWorkerReload(p)), []);
  } finally {
    await context.close();
  }
});

test('typing in a 10 KB pair keeps the page responsive and ends on the last text', async () => {
  const dirs = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'a.txt'))).sort();
  let a = '';
  let b = '';
  for (const d of dirs) {
    if (a.length >= 10_000) break;
    a += readFileSync(join(FIXTURES, d, 'a.txt'), 'utf8') + '\n\n';
    b += readFileSync(join(FIXTURES, d, 'b.txt'), 'utf8') + '\n\n';
  }
  const { page, context, problems } = await openEmbed();
  try {
    const out = await page.evaluate(async ([a, b]) => {
      const el = document.querySelector('story-diff');
      el.a = a;
      el.b = b;
      await el.compare();
      // That first run may have been slow on the page (the element learns from it); it is not typing.
      await new Promise((r) => setTimeout(r, 50));
      const tasks = [];
      const obs = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      obs.observe({ type: 'longtask' });
      let typed = a;
      for (let i = 0; i < 12; i++) {
        typed += ` word${i}`;
        el.a = typed;
        await new Promise((r) => setTimeout(r, 120));
      }
      const report = await el.compare();
      obs.disconnect();
      const last = report.a.units.at(-1);
      return { tasks, lastText: typed.slice(last.start, last.end), same: el.a === typed, results: window.__events.filter((e) => e.name === 'result').length };
    }, [a, b]);
    assert.ok(out.same);
    assert.match(out.lastText, /word11$/, 'the report on screen is for the last keystroke');
    const worst = Math.max(0, ...out.tasks);
    assert.ok(worst < 250, `no keystroke blocks the page: longest task ${worst.toFixed(0)} ms`);
    assert.deepEqual(await problems(), []);
  } finally {
    await context.close();
  }
});

test('errors reach story-diff:error and an alert; no-worker compares on the page; a bad wasm-url is reported', async () => {
  const { page, context, problems } = await openEmbed();
  try {
    const failed = await page.evaluate(async () => {
      const el = document.querySelector('story-diff');
      window.__events.length = 0;
      el.options = { sensitivity: 'high' };
      const outcome = await el.compare().then(() => 'resolved', (e) => `${e instanceof Error}:${e.message}`);
      const msg = el.shadowRoot.querySelector('.message');
      const shown = { role: msg.getAttribute('role'), hidden: msg.hidden, text: msg.textContent };
      el.options = {};
      await el.compare();
      return { outcome, shown, errors: window.__events.filter((e) => e.name === 'error').map((e) => e.detail.message), after: msg.hidden };
    });
    assert.match(failed.outcome, /^true:.*option/i);
    assert.equal(failed.errors.length, 1);
    assert.match(failed.errors[0], /option/i);
    assert.deepEqual([failed.shown.role, failed.shown.hidden], ['alert', false]);
    assert.match(failed.shown.text, /The comparison failed: .*option/i);
    assert.ok(failed.after, 'the alert goes once a comparison succeeds');

    // Hovering a sentence previews its partner without selecting it.
    const linked = await page.evaluate(() => {
      const l = document.querySelector('story-diff').report.links[0];
      return { a: l.a[0], b: l.b[0] };
    });
    await page.locator(`story-diff .text[data-side="a"] .unit[data-id="${linked.a}"]`).hover();
    await page.waitForFunction((id) => document.querySelector('story-diff').shadowRoot
      .querySelector(`.text[data-side="b"] .unit[data-id="${id}"]`).classList.contains('preview-partner'), linked.b);
    assert.equal(await page.locator('story-diff .unit.selected').count(), 0);

    const noWorker = await page.evaluate(async () => {
      const el = document.createElement('story-diff');
      el.setAttribute('no-worker', '');
      const seen = [];
      el.addEventListener('story-diff:busy', (e) => seen.push([e.detail.busy, !el.shadowRoot.querySelector('.cancel').hidden]));
      document.body.append(el);
      el.a = Array.from({ length: 1200 }, (_, i) => `Floods killed ${i} people in district ${i}.`).join(' ');
      el.b = Array.from({ length: 1200 }, (_, i) => `In district ${i}, floods killed ${i + 1} people.`).join(' ');
      const report = await el.compare();
      // The adopted sheet applies: units get the pointer cursor and the underline only the sheet sets.
      const unit = getComputedStyle(el.shadowRoot.querySelector('.text .unit:not(.ignored)'));
      const styled = [unit.cursor, unit.textDecorationLine];
      el.remove();
      return { seen, version: report.version, adopted: el.shadowRoot.adoptedStyleSheets.length, links: el.shadowRoot.querySelectorAll('link').length, styled };
    });
    assert.equal(noWorker.version, 1);
    assert.deepEqual([noWorker.adopted, noWorker.links], [1, 0], 'a second element adopts the parsed stylesheet instead of fetching it');
    assert.deepEqual(noWorker.styled, ['pointer', 'underline']);
    assert.deepEqual(noWorker.seen, [[true, false], [false, false]], 'busy on and off, with no Cancel (a run on the page cannot be stopped)');
    assert.deepEqual(await problems(), []);
  } finally {
    await context.close();
  }

  // A fresh page whose only element names a wasm that does not exist.
  const fresh = await browser.newContext();
  try {
    const page = await fresh.newPage();
    await page.goto(new URL('package.json', server.url).href);
    const message = await page.evaluate(async () => {
      const { StoryDiff } = await import('./story-diff.js');
      StoryDiff.define();
      const el = document.createElement('story-diff');
      el.setAttribute('wasm-url', 'pkg/missing.wasm');
      const error = new Promise((resolve) => el.addEventListener('story-diff:error', (e) => resolve(e.detail.message)));
      document.body.append(el);
      return error;
    });
    assert.match(message, /404.*missing\.wasm/);
  } finally {
    await fresh.close();
  }
});

test('properties set before the element is defined still count', async () => {
  const fresh = await browser.newContext();
  try {
    const page = await fresh.newPage();
    await page.goto(new URL('package.json', server.url).href);
    const out = await page.evaluate(async () => {
      const el = document.createElement('story-diff');
      document.body.append(el);
      el.a = 'Floods killed 23 people on Tuesday.';
      el.b = 'On Tuesday, floods killed 27 people.';
      el.labelA = 'Wire';
      const { StoryDiff } = await import('./story-diff.js');
      StoryDiff.define();
      const report = await el.compare();
      return { conflicts: report.summary.conflicts, label: el.shadowRoot.querySelector('.column-a .col-label').textContent, own: Object.keys(el) };
    });
    assert.deepEqual(out, { conflicts: 1, label: 'Wire', own: [] });
  } finally {
    await fresh.close();
  }
});

test('compareInWorker: time limit, AbortSignal, input errors, reuse of one worker', async () => {
  const { page, context } = await openEmbed();
  try {
    const out = await page.evaluate(async () => {
      const api = await import('./storydiff.js');
      const text = Array.from({ length: 300 }, (_, i) => `Floods killed ${i} people on Tuesday in district ${i}.`).join(' ');
      const outcome = (p) => p.then((r) => `ok:${r.version}`, (e) => `${e instanceof Error}:${e.name}:${e.message}`);
      const ac = new AbortController();
      const aborted = outcome(api.compareInWorker(text, text, {}, { signal: ac.signal }));
      ac.abort();
      return {
        timeout: await outcome(api.compareInWorker(text, text + ' More.', {}, { timeoutMs: 5 })),
        aborted: await aborted,
        type: await outcome(api.compareInWorker(42, 'x')),
        tooBig: await outcome(api.compareInWorker('x'.repeat(20_000_001), 'x')),
        options: await outcome(api.compareInWorker('a', 'b', 'fast')),
        first: await outcome(api.compareInWorker('Floods killed 23 people.', 'Floods killed 27 people.')),
        second: await outcome(api.compareInWorker('Roads closed.', 'Roads closed.')),
        format: await outcome(api.renderInWorker('a.', 'b.', {}, 'pdf')),
        markdown: (await api.renderInWorker('Floods killed 23 people.', 'Floods killed 27 people.', {}, 'markdown')).length > 0,
      };
    });
    assert.match(out.timeout, /^true:Error:.*took longer than 5 ms and was stopped/);
    assert.match(out.aborted, /^true:AbortError:/);
    assert.match(out.type, /^true:TypeError:.*text a must be a string/);
    assert.match(out.tooBig, /^true:RangeError:.*limit is 20 MB per side/);
    assert.match(out.options, /^true:TypeError:.*options must be an object/);
    assert.equal(out.first, 'ok:1');
    assert.equal(out.second, 'ok:1');
    assert.match(out.format, /^true:TypeError:.*format must be one of/);
    assert.ok(out.markdown);
  } finally {
    await context.close();
  }
});
