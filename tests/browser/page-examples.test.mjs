// The Examples menu: www/examples.js is exactly what scripts/gen-examples.mjs makes from
// tests/fixtures/, and every example loads and compares on the page in its own script.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageHarness, loadPage, nextReport, openInputs, ROOT } from './helpers.mjs';
import { generate } from '../../scripts/gen-examples.mjs';
import { examples, defaultExamples } from '../../www/examples.js';

const env = pageHarness();

test('www/examples.js is up to date with tests/fixtures/', async () => {
  const committed = await readFile(join(ROOT, 'www', 'examples.js'), 'utf8');
  assert.equal(committed, await generate(), 'stale: run `node scripts/gen-examples.mjs` and commit www/examples.js');
  // A first visit opens with an example in the language of the page's own words.
  assert.deepEqual(defaultExamples, { en: 'en-flood-toll', hi: 'seed-defence-mou' });
  for (const [lang, id] of Object.entries(defaultExamples)) assert.equal(examples.find((e) => e.id === id)?.language, lang, `${id} is in ${lang}`);
  assert.equal(examples[0].id, 'seed-defence-mou', 'the seed pair comes first in the menu');
  for (const ex of examples) {
    assert.equal(ex.a, await readFile(join(ROOT, 'tests', 'fixtures', ex.id, 'a.txt'), 'utf8'), `${ex.id}: side A verbatim`);
    assert.equal(ex.b, await readFile(join(ROOT, 'tests', 'fixtures', ex.id, 'b.txt'), 'utf8'), `${ex.id}: side B verbatim`);
  }
  assert.ok(new Set(examples.map((e) => e.language)).size >= 3, 'examples in several languages');
});

test('every example loads from the menu and is compared', async () => {
  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  const options = await page.$$eval('#example option', (os) => os.map((o) => ({ value: o.value, text: o.textContent, lang: o.lang })));
  assert.deepEqual(options.map((o) => o.value), examples.map((e) => e.id));
  for (const ex of examples) {
    const option = options.find((o) => o.value === ex.id);
    assert.ok(option.text.startsWith(ex.title), `${ex.id}: the menu shows its headline`);
    assert.equal(option.lang, ex.language);
    await openInputs(page);
    await page.selectOption('#example', ex.id);
    const report = await nextReport(page, () => page.click('#load-example'));
    assert.equal(await page.inputValue('#text-a'), ex.a);
    assert.equal(await page.inputValue('#text-b'), ex.b);
    assert.equal(await page.inputValue('#label-a'), ex.labelA);
    assert.ok(report.links.length > 0, `${ex.id}: linked sentences`);
    // The panes take their direction from their first letter (set by the page, not dir="auto").
    const rtl = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(ex.a);
    assert.equal(await page.getAttribute('#text-a', 'dir'), rtl ? 'rtl' : 'ltr', `${ex.id}: pane A's direction`);
    assert.ok(report.a.units.length > 0 && report.b.units.length > 0);
  }
  assert.deepEqual(await g.problems(), []);
  await g.context.close();
});
