// The README's two copy-paste examples ("Use from JavaScript" and "Embed in your site"), run as a
// reader would paste them: each code block is taken from README.md verbatim and loaded in Chromium
// from a page beside the package folder's files (dist/package, as the README says; rebuilt here when
// older than its sources).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageHarness, ROOT, PKG, ensurePackage, openPage } from './helpers.mjs';

/** The fenced block that follows `<!-- readme-test: NAME -->` in README.md. */
function block(name) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = readme.match(new RegExp(`<!-- readme-test: ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``));
  assert.ok(m, `README.md has no block marked readme-test: ${name}`);
  return m[1];
}

const env = pageHarness({ setup: ensurePackage, root: PKG });

/** Serves `html` at a made-up path beside the real modules, so relative imports resolve. */
async function pageWith(html, path) {
  const guarded = await openPage(env.browser);
  const url = new URL(path, env.server.url).href;
  await guarded.page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const logs = [];
  guarded.page.on('console', (m) => logs.push(m.text()));
  await guarded.page.goto(url);
  return { ...guarded, logs };
}

test('README "Use from JavaScript" runs and finds the 23 ↔ 27 conflict', async () => {
  const js = block('js');
  const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module">${js}\nwindow.__done = { conflicts: report.summary.conflicts, html: html.slice(0, 15) };</script>`;
  const { page, logs, problems } = await pageWith(html, '__readme_js.html');
  const done = await page.waitForFunction(() => window.__done, null, { timeout: 20_000 }).then((h) => h.jsonValue());
  assert.equal(done.conflicts, 1);
  assert.equal(done.html, '<!doctype html>');
  assert.ok(logs.some((l) => l.includes('number 23 ↔ 27')), `console was: ${logs.join(' | ')}`);
  assert.deepEqual(await problems(), []);
});

test('README "Embed in your site" renders the element with a conflict', async () => {
  const snippet = block('embed');
  const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${snippet}`;
  const { page, problems } = await pageWith(html, '__readme_embed.html');
  const report = await page.waitForFunction(() => document.querySelector('story-diff')?.report, null, { timeout: 20_000 }).then((h) => h.jsonValue());
  assert.equal(report.version, 1);
  assert.equal(report.summary.conflicts, 1);
  const units = await page.evaluate(() => document.querySelector('story-diff').shadowRoot.querySelectorAll('[data-status]').length);
  assert.ok(units >= 4, `expected the four sentences rendered, found ${units}`);
  assert.deepEqual(await problems(), []);
});
