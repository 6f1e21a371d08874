// The page at desktop and phone widths, light and dark: layout checks (no sideways scrolling,
// panes side by side or stacked), WCAG AA contrast of the page's own text, and screenshots in
// test-results/ for a person to look at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pageHarness, loadPage, RESULTS } from './helpers.mjs';

const env = pageHarness({ setup: () => mkdir(RESULTS, { recursive: true }) });

const SIZES = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

/** Contrast of every visible text element of the page (outside the element) against its background. */
function contrastFailures(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg.a > 0.5) return bg;
      }
      return parse(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255 };
    };
    const failures = [];
    for (const el of document.querySelectorAll('body *:not(story-diff):not(script):not(style)')) {
      if (el.closest('story-diff') || !el.checkVisibility()) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      const isField = el.matches('input, textarea, select');
      if (!own && !isField) continue;
      const style = getComputedStyle(el);
      const fg = parse(style.color);
      const bg = background(el);
      const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      // Disabled controls are exempt from WCAG 1.4.3.
      if (ratio < 4.5 && !el.matches(':disabled')) failures.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}: ${ratio.toFixed(2)}`);
    }
    return failures;
  });
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`${size}, ${colorScheme}: fits the width, AA contrast, screenshot`, async () => {
      const g = await loadPage(env.browser, env.server.url, { viewport, colorScheme });
      const { page } = g;
      // Two notices, an info and a warning, so their colours are checked and seen too.
      await page.click('#load-example');
      await page.setInputFiles('#file-b', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) });
      await page.locator('[data-notice="notice.fileType"]').waitFor();
      await page.evaluate(() => document.querySelector('story-diff').compare());
      await page.mouse.move(0, 0);

      const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: innerWidth }));
      assert.ok(widths.doc <= widths.view, `no sideways scrolling: ${widths.doc} > ${widths.view}`);
      const a = await page.locator('#pane-a').boundingBox();
      const b = await page.locator('#pane-b').boundingBox();
      if (size === 'phone') assert.ok(b.y >= a.y + a.height, 'panes stack on a phone');
      else assert.equal(Math.round(b.y), Math.round(a.y), 'panes side by side on a desktop');
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(bg, colorScheme === 'dark' ? 'rgb(21, 23, 27)' : 'rgb(255, 255, 255)', 'follows the system scheme');
      assert.deepEqual(await contrastFailures(page), []);

      await page.screenshot({ path: join(RESULTS, `page-${size}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(await g.problems(), []);
      await g.context.close();
    });
  }
}

test('Hindi UI on a phone, dark: screenshot and contrast', async () => {
  const g = await loadPage(env.browser, env.server.url, { viewport: SIZES.phone, colorScheme: 'dark', locale: 'hi-IN' });
  const { page } = g;
  assert.equal(await page.getAttribute('html', 'lang'), 'hi');
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: innerWidth }));
  assert.ok(widths.doc <= widths.view, `no sideways scrolling: ${widths.doc} > ${widths.view}`);
  assert.deepEqual(await contrastFailures(page), []);
  await page.screenshot({ path: join(RESULTS, 'page-phone-dark-hi.png'), fullPage: true });
  // The top of the page as a phone shows it first.
  await page.screenshot({ path: join(RESULTS, 'page-phone-dark-hi-top.png') });
  assert.deepEqual(await g.problems(), []);
  await g.context.close();
});
