// The page (www/index.html) in Chromium: inputs, paste, files, drafts, live comparison,
// the <story-diff> element's highlights, partners and filters, and the Hindi UI.
// Every test also fails on console errors, exceptions, CSP violations and requests after load.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageHarness, openPage, loadPage, settle, waitForReport, nextReport, setText, setLabel, openInputs, compareTexts, SMALL_A, SMALL_B } from './helpers.mjs';
import { dictionaries } from '../../www/i18n.js';

const env = pageHarness();

async function clean(guarded) {
  assert.deepEqual(await guarded.problems(), [], 'console errors, exceptions, CSP violations or requests after load');
  await guarded.context.close();
}

const report = (page) => page.evaluate(() => document.querySelector('story-diff').report);

test('a first visit shows the example in the UI\'s language, compared, with the inputs folded away', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  const a = await page.inputValue('#text-a');
  const b = await page.inputValue('#text-b');
  // The English UI opens with an English pair (two outlets, a toll in conflict), not the Hindi seed.
  assert.match(a, /Flash floods kill 23/, 'side A holds the English example');
  assert.match(b, /death toll rises to 27/, 'side B holds the English example');
  assert.equal(await page.locator('#example').inputValue(), 'en-flood-toll');
  // Compared: the inputs fold into one line, and the comparison takes the screen.
  assert.ok(await page.locator('#inputs-bar').isVisible(), 'the inputs are folded into their bar');
  assert.ok(await page.locator('#text-a').isHidden());
  assert.match(await page.textContent('#inputs-bar'), /A.*1,617 characters.*B.*1,430 characters/s);
  const r = await report(page);
  assert.equal(r.version, 1);
  assert.equal(r.offsets, 'utf16');
  assert.ok(r.links.length > 0, 'the seed pair has linked sentences');
  // The element draws every unit with its status; the seed pair has shared, one-sided and furniture units.
  const statuses = await page.evaluate(() => {
    const root = document.querySelector('story-diff').shadowRoot;
    return [...root.querySelectorAll('[data-status]')].map((e) => e.dataset.status);
  });
  for (const s of ['only', 'ignored']) assert.ok(statuses.includes(s), `a unit drawn as ${s}`);
  assert.ok(statuses.some((s) => s === 'same' || s === 'changed' || s === 'conflict'), 'a linked unit drawn');
  // Edit the texts opens them again, and Compare folds them.
  await page.click('#edit-inputs');
  assert.ok(await page.locator('#text-a').isVisible());
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-a');
  await page.click('#compare');
  assert.ok(await page.locator('#inputs-bar').isVisible());
  await clean(g);
});

test('typing updates the comparison live, and Compare recompares', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  // The example of docs/REPORT.md: the same toll on both sides, then a contradiction typed in.
  let r = await compareTexts(page, 'Floods killed 23 people on Tuesday. Roads were closed.',
    'On Tuesday, floods killed 23 people. Schools stayed open.');
  assert.equal(r.summary.conflicts, 0);
  await page.locator('#text-b').click();
  await page.keyboard.press('ControlOrMeta+Home');
  // Past "On Tuesday, floods killed 2", then 3 → 7 as a user would.
  for (let i = 0; i < 'On Tuesday, floods killed 2'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  await page.keyboard.type('7');
  assert.equal(await page.inputValue('#text-b'), 'On Tuesday, floods killed 27 people. Schools stayed open.');
  assert.equal(await page.evaluate(() => document.querySelector('story-diff').b), 'On Tuesday, floods killed 27 people. Schools stayed open.');
  // No button pressed: the element compares again by itself.
  await page.waitForFunction(() => document.querySelector('story-diff').report?.summary.conflicts === 1);
  r = await report(page);
  assert.equal(r.summary.conflicts, 1, 'the typed 27 contradicts 23');
  // The count under the pane follows the text.
  assert.match(await page.textContent('#count-b'), /57/);
  // Typing never folds the inputs away; Compare does.
  assert.ok(await page.locator('#text-b').isVisible());
  const again = await nextReport(page, () => page.click('#compare'));
  assert.deepEqual(again.summary, r.summary);
  await clean(g);
});

test('paste: plain text as is; HTML becomes paragraphs and its scripts never run', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page, context } = g;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await setText(page, 'a', '');

  // A real Ctrl+V of plain text goes through the browser's own paste.
  await page.evaluate((t) => navigator.clipboard.writeText(t), SMALL_A);
  await page.locator('#text-a').focus();
  await page.keyboard.press('ControlOrMeta+V');
  assert.equal(await page.inputValue('#text-a'), SMALL_A);

  // Markup as a web page puts it on the clipboard, with a script and an event handler in it.
  const html = `<meta charset="utf-8"><!--StartFragment--><h1>Floods  kill 23</h1>
    <script>window.__pwned = 'script'</script><style>p{color:red}</style>
    <p>Floods killed <b>23</b> people
       on Tuesday.<br>Roads were closed.</p>
    <img src="x" onerror="window.__pwned = 'img'"><div>Share&nbsp;this</div>
    <ul><li>Related: one</li><li>Related: two</li></ul><iframe srcdoc="<p>framed</p>"></iframe>
    <noscript>Enable JS</noscript><template><p>tpl</p></template><!--EndFragment-->`;
  await setText(page, 'b', 'Keep this. ');
  await page.evaluate(() => {
    const area = document.querySelector('#text-b');
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });
  await page.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'plain fallback');
    document.querySelector('#text-b').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  assert.equal(await page.inputValue('#text-b'),
    'Keep this. Floods kill 23\n\nFloods killed 23 people on Tuesday.\nRoads were closed.\n\nShare\u00a0this\n\nRelated: one\n\nRelated: two');
  // A real Ctrl+V of rich text (the browser sanitizes what the clipboard API writes, but the
  // page's own path, text/html first, is the one that runs).
  await setText(page, 'b', '');
  await page.evaluate(async () => {
    const item = new ClipboardItem({
      'text/html': new Blob(['<p>First paragraph.</p><p>Second paragraph.</p>'], { type: 'text/html' }),
      'text/plain': new Blob(['First paragraph. Second paragraph.'], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
  });
  await page.locator('#text-b').focus();
  await page.keyboard.press('ControlOrMeta+V');
  assert.equal(await page.inputValue('#text-b'), 'First paragraph.\n\nSecond paragraph.');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no pasted code ran');
  await clean(g);
});

test('files: drop a .txt, open an .html, and a binary file gets a notice', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  await setLabel(page, 'a', '');
  const dropped = await page.evaluate(async (text) => {
    const pane = document.querySelector('#pane-a');
    const data = new DataTransfer();
    data.items.add(new File([text], 'agency-wire.txt', { type: 'text/plain' }));
    const fire = (type, target) => target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    fire('dragenter', pane);
    fire('dragover', document.querySelector('#text-a'));
    const highlighted = pane.classList.contains('dragging');
    fire('drop', document.querySelector('#text-a'));
    await new Promise((r) => setTimeout(r, 100));
    return { highlighted, after: pane.classList.contains('dragging') };
  }, SMALL_A);
  assert.deepEqual(dropped, { highlighted: true, after: false });
  // A file dropped elsewhere on the page is refused, so the browser does not leave the page for it.
  const strayDropCancelled = await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'stray.txt', { type: 'text/plain' }));
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    return !document.querySelector('header').dispatchEvent(drop);
  });
  assert.equal(strayDropCancelled, true);
  assert.equal(await page.inputValue('#text-a'), SMALL_A);
  assert.equal(await page.inputValue('#label-a'), 'agency-wire', 'an empty label takes the file name');
  await waitForReport(page);

  await page.setInputFiles('#file-b', {
    name: 'saved-page.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<!doctype html><html><head><title>Site name</title><script>window.__pwned=1</script></head>'
      + '<body><h1>Floods kill 23</h1><p>Floods killed 23 people on Tuesday.</p><p>Schools<br>stayed open.</p></body></html>'),
  });
  await page.waitForFunction(() => document.querySelector('#text-b').value.startsWith('Floods kill 23'));
  assert.equal(await page.inputValue('#text-b'), 'Floods kill 23\n\nFloods killed 23 people on Tuesday.\n\nSchools\nstayed open.');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(await page.locator('#notice-b').isHidden());

  // A PNG header and a NUL: decoded with replacement characters, and the page says so.
  await page.setInputFiles('#file-b', {
    name: 'photo.txt', mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x41, 0x42, 0xff, 0xfe, 0x43]),
  });
  await page.locator('#notice-b').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#notice-b'), /“photo\.txt” is not plain text; it is shown with replacement characters/);
  const value = await page.inputValue('#text-b');
  assert.ok(value.includes('\uFFFD') && !value.includes('\u0000'));
  // Clean text again: the notice goes.
  await setText(page, 'b', SMALL_B);
  assert.ok(await page.locator('#notice-b').isHidden());

  // Something that is not a text file is refused with a notice, and the text stays.
  await page.setInputFiles('#file-b', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) });
  await page.locator('[data-notice="notice.fileType"]').waitFor();
  assert.equal(await page.inputValue('#text-b'), SMALL_B);
  await clean(g);
});

test('drafts survive a reload; Clear empties both sides and can be undone', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  await setLabel(page, 'a', 'Daily Courier');
  await setLabel(page, 'b', 'Evening Star');
  await setText(page, 'a', SMALL_A);
  await setText(page, 'b', SMALL_B);
  // The draft is written after 300 ms of quiet.
  await page.waitForFunction((a) => JSON.parse(localStorage.getItem('storydiff:draft:v1') ?? '{}').a === a, SMALL_A);
  await g.reload();
  assert.equal(await page.inputValue('#text-a'), SMALL_A);
  assert.equal(await page.inputValue('#text-b'), SMALL_B);
  assert.equal(await page.inputValue('#label-a'), 'Daily Courier');
  assert.equal(await page.inputValue('#label-b'), 'Evening Star');
  assert.equal(await page.evaluate(() => document.querySelector('story-diff').labelA), 'Daily Courier');
  assert.ok(await page.locator('#inputs-bar').isVisible(), 'a restored draft is compared, its inputs folded');
  assert.match(await page.textContent('#inputs-bar'), /Daily Courier.*Evening Star/s);

  await openInputs(page);
  await page.click('#clear');
  assert.equal(await page.inputValue('#text-a'), '');
  assert.equal(await page.inputValue('#label-b'), '');
  await g.reload({ report: false });
  await page.waitForTimeout(300);
  assert.equal(await page.inputValue('#text-a'), '', 'a cleared page stays empty: the example does not come back');
  assert.equal(await page.inputValue('#text-b'), '');

  // Undo right after Clear brings everything back.
  await setText(page, 'a', SMALL_A);
  await setLabel(page, 'a', 'Courier');
  await page.click('#clear');
  await page.click('[data-notice="clear"] button:not(.notice-close)');
  assert.equal(await page.inputValue('#text-a'), SMALL_A);
  assert.equal(await page.inputValue('#label-a'), 'Courier');

  // Closing or reloading within the 300 ms wait still saves the last keystroke.
  await setText(page, 'b', `${SMALL_B} Last words.`);
  await g.reload();
  assert.equal(await page.inputValue('#text-b'), `${SMALL_B} Last words.`);
  await clean(g);
});

test('full storage: a notice, and comparing goes on', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  await setText(page, 'a', SMALL_A);
  await setText(page, 'b', SMALL_B);
  await page.waitForFunction((b) => JSON.parse(localStorage.getItem('storydiff:draft:v1') ?? '{}').b === b, SMALL_B);
  // Fill the origin's real quota with other data, in ever smaller pieces, until not one more
  // character fits: then any draft longer than the saved one cannot be written.
  const filled = await page.evaluate(() => {
    let name = '';
    let n = 0;
    for (const size of [256 * 1024, 16 * 1024, 1024, 64, 1]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n++;
        } catch (e) {
          name = e.name;
          break;
        }
      }
    }
    return { name, n };
  });
  assert.equal(filled.name, 'QuotaExceededError');
  const r = await nextReport(page, () => setText(page, 'b', `${SMALL_B} The river rose two metres overnight.`));
  assert.ok(r.b.units.length >= 3, 'the comparison still ran');
  await page.locator('[data-notice="notice.storageFull"]').waitFor();
  assert.match(await page.textContent('[data-notice="notice.storageFull"]'), /storage is full/);
  // The draft from before is intact, not half-written.
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('storydiff:draft:v1')).b), SMALL_B);
  // Room again: the next save succeeds and the notice goes.
  await page.evaluate((n) => { for (let i = 0; i < n; i++) localStorage.removeItem(`filler-${i}`); }, filled.n);
  await setText(page, 'b', SMALL_B);
  await page.locator('[data-notice="notice.storageFull"]').waitFor({ state: 'detached' });
  await clean(g);
});

test('Hindi UI: switch, remembered, and the element follows; its first example is the seed pair', async () => {
  assert.deepEqual(Object.keys(dictionaries.hi).sort(), Object.keys(dictionaries.en).sort(), 'every string in both languages');
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  await nextReport(page, () => page.selectOption('#ui-lang', 'hi'));
  // The untouched English example gives way to the Hindi UI's own: the seed pair.
  assert.equal(await page.locator('#example').inputValue(), 'seed-defence-mou');
  assert.match(await page.inputValue('#text-a'), /इस्राइल/);
  assert.equal(await page.getAttribute('html', 'lang'), 'hi');
  assert.equal(await page.textContent('h1'), 'स्टोरीडिफ़');
  assert.equal(await page.textContent('#compare'), 'तुलना करें');
  assert.equal(await page.getAttribute('#text-a', 'placeholder'), 'ख़बर यहाँ चिपकाएँ, कोई फ़ाइल खोलें, या उसे यहाँ छोड़ें।');
  assert.equal(await page.getAttribute('story-diff', 'lang'), 'hi');
  assert.match(await page.title(), /स्टोरीडिफ़/);
  await g.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'hi', 'the choice is remembered');
  assert.equal(await page.inputValue('#ui-lang'), 'hi');
  await page.selectOption('#ui-lang', 'en');
  assert.equal(await page.textContent('#compare'), 'Compare');
  // Texts the reader made their own stay when the language changes.
  await setText(page, 'a', SMALL_A);
  await page.selectOption('#ui-lang', 'hi');
  assert.equal(await page.inputValue('#text-a'), SMALL_A);
  await page.selectOption('#ui-lang', 'en');
  await clean(g);

  // A browser that prefers Hindi gets Hindi on a first visit.
  const hi = await openPage(env.browser, { locale: 'hi-IN' });
  await hi.page.goto(env.server.url);
  await settle(hi.page);
  hi.markLoaded();
  assert.equal(await hi.page.getAttribute('html', 'lang'), 'hi');
  assert.equal(await hi.page.locator('#example').inputValue(), 'seed-defence-mou', 'the Hindi UI opens with the seed pair');
  await clean(hi);
});

test('accessibility: landmarks, a label for every control, skip link, focus order', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  assert.equal(await page.locator('body > header').count(), 1);
  assert.equal(await page.locator('body > main').count(), 1);
  assert.equal(await page.locator('body > footer').count(), 1);
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]):not([hidden]), select, textarea, button')]
    .filter((el) => !el.closest('[hidden]') && !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim()))
    .map((el) => el.id || el.outerHTML.slice(0, 60)));
  assert.deepEqual(unlabelled, []);

  // The first Tab shows the skip link; following it lands on the comparison.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const box = await page.locator('.skip-link').boundingBox();
  assert.ok(box && box.y >= 0, 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result');

  // Tab order follows the page: language, then the folded inputs' one button.
  await page.locator('#ui-lang').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'edit-inputs');
  // Opened: example, load, clear, then pane A, then pane B, then Compare.
  await page.keyboard.press('Enter');
  await page.locator('#ui-lang').focus();
  const order = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(order, ['example', 'load-example', 'clear', 'label-a', 'text-a', 'open-a', 'label-b', 'text-b', 'open-b', 'compare']);
  // Focus is visible: a 3px outline on a focused button.
  await page.locator('#compare').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineWidth), '3px');
  await clean(g);
});

const PAIR_A = 'Floods killed 23 people on Tuesday. Roads were closed. The mayor visited the flooded area.';
const PAIR_B = 'On Tuesday, floods killed 27 people. The mayor visited the flooded area. Schools stayed open.';

async function showPair(page) {
  return compareTexts(page, PAIR_A, PAIR_B);
}

// Locators pierce the element's open shadow root.
const unitSel = (side, id) => `story-diff .unit[data-side="${side}"][data-id="${id}"]`;
const idOf = (r, side, text, words) => {
  const u = r[side].units.find((x) => text.slice(x.start, x.end).includes(words));
  assert.ok(u, `a unit of ${side} holds "${words}"`);
  return u.id;
};

test('partners: hovering a sentence marks its partner; keyboard selects, jumps and steps', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  const r = await showPair(page);
  const a0 = idOf(r, 'a', PAIR_A, 'killed 23');
  const b0 = idOf(r, 'b', PAIR_B, 'killed 27');
  const aMayor = idOf(r, 'a', PAIR_A, 'mayor');
  const bMayor = idOf(r, 'b', PAIR_B, 'mayor');
  assert.ok(r.links.some((l) => l.a.includes(a0) && l.b.includes(b0) && l.relation === 'conflict'), 'the tolls are linked as a conflict');

  // A sentence wraps over lines, so its box's middle may be outside it: aim at its first line.
  const rect = await page.locator(unitSel('a', aMayor)).evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    const first = el.getClientRects()[0];
    return { x: first.left + Math.min(20, first.width / 2), y: first.top + first.height / 2 };
  });
  await page.mouse.move(rect.x, rect.y);
  await page.waitForFunction((sel) => document.querySelector('story-diff').shadowRoot.querySelector(sel)?.classList.contains('preview-partner'),
    `.unit[data-side="b"][data-id="${bMayor}"]`);
  assert.equal(await page.locator(unitSel('b', b0)).evaluate((el) => el.classList.contains('preview-partner')), false,
    'only the partner is marked');
  await page.mouse.move(0, 0);

  // Focus a sentence: it is selected, its partner marked, and the page hears of it.
  const selected = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('story-diff').addEventListener('story-diff:select', (e) => resolve({
      side: e.detail.side, id: e.detail.unit.id, partners: e.detail.partners.map((p) => [p.side, p.unit.id]),
    }), { once: true });
  }));
  await page.locator(unitSel('a', a0)).focus();
  assert.deepEqual(await selected, { side: 'a', id: a0, partners: [['b', b0]] });
  assert.ok(await page.locator(unitSel('b', b0)).evaluate((el) => el.classList.contains('partner')));
  // Enter jumps to the partner on the other side.
  await page.keyboard.press('Enter');
  const focused = () => page.evaluate(() => {
    const el = document.querySelector('story-diff').shadowRoot.activeElement;
    return el ? [el.dataset.side, Number(el.dataset.id)] : null;
  });
  assert.deepEqual(await focused(), ['b', b0]);
  // j steps to the next difference on that side: past the shared mayor sentence, to the one B alone tells.
  await page.keyboard.press('j');
  const bOnly = idOf(r, 'b', PAIR_B, 'Schools');
  assert.deepEqual(await focused(), ['b', bOnly]);
  await page.keyboard.press('k');
  assert.deepEqual(await focused(), ['b', b0]);
  // n and p do the same, as the help panel says.
  await page.keyboard.press('n');
  assert.deepEqual(await focused(), ['b', bOnly]);
  await page.keyboard.press('p');
  assert.deepEqual(await focused(), ['b', b0]);
  await clean(g);
});

test('reading aids on the seed pair: a legend that folds, shares, marked words, partners scrolled into view', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  await openInputs(page);
  await page.selectOption('#example', 'seed-defence-mou');
  const r = await nextReport(page, () => page.click('#load-example'));
  const seen = await page.evaluate(() => {
    const el = document.querySelector('story-diff');
    const root = el.shadowRoot;
    // The words a changed sentence does not share, as drawn, against the report's marks.
    const drawn = [];
    const expected = [];
    for (const side of ['a', 'b']) {
      for (const u of el.report[side].units.filter((x) => x.marks?.length)) {
        const node = root.querySelector(`.unit[data-side="${side}"][data-id="${u.id}"]`);
        drawn.push(...[...node.querySelectorAll('mark')].map((m) => m.textContent));
        expected.push(...u.marks.map((m) => el[side].slice(m.start, m.end)));
      }
    }
    return {
      legend: [...root.querySelectorAll('.legend li')].map((li) => [li.querySelector('.sample')?.className, li.textContent]),
      summary: root.querySelector('.summary').textContent,
      drawn: drawn.join('|'),
      expected: expected.join('|'),
    };
  });
  // The legend names each status with a sample drawn as the text draws it.
  assert.equal(seen.legend.length, 5);
  for (const st of ['same', 'changed', 'conflict', 'only', 'ignored']) {
    assert.ok(seen.legend.some(([cls]) => cls?.split(' ').includes(st)), `a legend sample for ${st}`);
  }
  assert.match(seen.legend.map(([, t]) => t).join(' '), /Same.*Changed.*Conflict.*Only here.*Set aside/);
  // The legend is one line of samples, and opens on what each means.
  const legend = page.locator('story-diff details.legend');
  assert.equal(await legend.evaluate((d) => d.open), false);
  assert.ok(await page.locator('story-diff .legend .legend-text').first().isHidden());
  await page.click('story-diff .legend summary');
  assert.ok(await page.locator('story-diff .legend .legend-text').first().isVisible());
  await page.click('story-diff .legend summary');
  // The summary gives the share of each side's sentences that are linked, from the report's coverage.
  const pct = (x) => `${Math.round(x * 100)}%`;
  const cov = r.summary.coverage;
  assert.ok(seen.summary.includes(`among ${cov.a.linked + cov.b.linked} linked sentences (${pct(cov.a.linked / cov.a.story)} of A, ${pct(cov.b.linked / cov.b.story)} of B)`), seen.summary);
  // Marked words are exactly the report's marks.
  assert.ok(seen.expected.length > 0, 'the seed pair has changed sentences with marked words');
  assert.equal(seen.drawn, seen.expected);

  // A short column, scrolled to its top; selecting a sentence of A whose partner sits far down B
  // scrolls B's column to that partner.
  await page.locator('story-diff').evaluate((el) => el.style.setProperty('--story-diff-height', '9rem'));
  const far = await page.evaluate(() => {
    const el = document.querySelector('story-diff');
    const link = el.report.links.at(-1);
    el.shadowRoot.querySelectorAll('.text').forEach((t) => t.scrollTo(0, 0));
    return { a: link.a[0], b: link.b[0] };
  });
  const inView = (side, id) => page.evaluate(([s, i]) => {
    const root = document.querySelector('story-diff').shadowRoot;
    const u = root.querySelector(`.unit[data-side="${s}"][data-id="${i}"]`).getBoundingClientRect();
    const box = u && root.querySelector(`.text[data-side="${s}"]`).getBoundingClientRect();
    return u.top >= box.top - 1 && u.bottom <= box.bottom + 1;
  }, [side, id]);
  assert.equal(await inView('b', far.b), false, 'the partner starts out of view');
  await page.locator(unitSel('a', far.a)).focus();
  await page.waitForFunction(([i]) => {
    const root = document.querySelector('story-diff').shadowRoot;
    const u = root.querySelector(`.unit[data-side="b"][data-id="${i}"]`).getBoundingClientRect();
    const box = root.querySelector('.text[data-side="b"]').getBoundingClientRect();
    return u.top >= box.top - 1 && u.top < box.bottom;
  }, [far.b], { timeout: 5_000 });
  await page.screenshot({ path: 'test-results/page-partner-scrolled.png' });
  await clean(g);
});

test('filters: all, differences, conflicts, and hiding furniture', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  const r = await showPair(page);
  const visible = () => page.evaluate(() => {
    const root = document.querySelector('story-diff').shadowRoot;
    const out = {};
    for (const el of root.querySelectorAll(':is(.text, .rows) .unit')) {
      if (el.checkVisibility()) (out[el.dataset.status] ??= []).push(`${el.dataset.side}${el.dataset.id}`);
    }
    return out;
  });
  const statuses = (v) => Object.keys(v).sort();
  const all = await visible();
  assert.deepEqual(statuses(all), [...new Set([...r.a.units, ...r.b.units].map((u) => u.status))].sort());
  assert.ok(all.same?.length || all.changed?.length, 'the mayor sentence is linked');

  await page.click('story-diff button[data-filter="divergent"]');
  assert.equal(await page.getAttribute('story-diff', 'filter'), 'divergent');
  const divergent = await visible();
  assert.equal(divergent.same, undefined, 'differences hide what both tell alike');
  assert.ok(divergent.conflict?.length && divergent.only?.length);

  await page.click('story-diff button[data-filter="conflicts"]');
  assert.deepEqual(statuses(await visible()), ['conflict']);

  await page.click('story-diff button[data-filter="all"]');
  assert.deepEqual(await visible(), all);

  // Furniture: the seed example has share buttons, bylines and related stories.
  await openInputs(page);
  await page.selectOption('#example', 'seed-defence-mou');
  await nextReport(page, () => page.click('#load-example'));
  assert.ok((await visible()).ignored?.length, 'furniture shown by default');
  await page.click('story-diff .furniture-switch');
  assert.equal(await page.evaluate(() => document.querySelector('story-diff').hasAttribute('hide-furniture')), true);
  assert.equal((await visible()).ignored, undefined, 'furniture hidden');
  await clean(g);
});
