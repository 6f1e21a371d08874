// The page at desktop and phone widths, light and dark: layout checks (no sideways scrolling,
// panes side by side or stacked), WCAG AA contrast of the page's own text, and screenshots in
// test-results/ for a person to look at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pageHarness, loadPage, openInputs, RESULTS, ROOT } from './helpers.mjs';

const env = pageHarness({ setup: () => mkdir(RESULTS, { recursive: true }) });

const SIZES = {
  desktop: { width: 1280, height: 800 },
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
    for (const lang of ['en', 'hi']) {
      test(`${size}, ${colorScheme}, ${lang}: fits the width, AA contrast, screenshots`, async () => {
        const g = await loadPage(env.browser, env.server.url, { viewport, colorScheme, locale: lang === 'hi' ? 'hi-IN' : 'en-US' });
        const { page } = g;
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page.mouse.move(0, 0);
        const name = `page-${size}-${colorScheme}-${lang}`;
        // What the reader sees first: the folded inputs, the verdict and, on a desktop, the texts.
        await page.screenshot({ path: join(RESULTS, `${name}.png`) });
        // UPDATE_SCREENSHOT=1 writes the README's picture: this view, a little taller.
        if (process.env.UPDATE_SCREENSHOT && name === 'page-desktop-light-en') {
          await page.setViewportSize({ width: 1280, height: 960 });
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
          await page.setViewportSize(viewport);
        }
        await page.screenshot({ path: join(RESULTS, `${name}-full.png`), fullPage: true });
        const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: innerWidth }));
        assert.ok(widths.doc <= widths.view, `no sideways scrolling: ${widths.doc} > ${widths.view}`);
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        assert.equal(bg, colorScheme === 'dark' ? 'rgb(21, 23, 27)' : 'rgb(255, 255, 255)', 'follows the system scheme');
        // No seam: the element sits on the page's own background.
        const elementBg = await page.evaluate(() => getComputedStyle(document.querySelector('story-diff').shadowRoot.querySelector('.toolbar')).backgroundColor);
        assert.equal(elementBg, bg, 'the element\'s bands have the page\'s background');
        assert.deepEqual(await contrastFailures(page), []);

        // Opened: two notices, an info and a warning, so their colours are checked and seen too.
        await openInputs(page);
        await page.click('#load-example');
        await openInputs(page);
        await page.setInputFiles('#file-b', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) });
        await page.locator('[data-notice="notice.fileType"]').waitFor();
        await page.evaluate(() => document.querySelector('story-diff').compare());
        const a = await page.locator('#pane-a').boundingBox();
        const b = await page.locator('#pane-b').boundingBox();
        if (size === 'phone') assert.ok(b.y >= a.y + a.height, 'panes stack on a phone');
        else assert.equal(Math.round(b.y), Math.round(a.y), 'panes side by side on a desktop');
        assert.deepEqual(await contrastFailures(page), []);
        await page.screenshot({ path: join(RESULTS, `${name}-inputs.png`) });
        assert.deepEqual(await g.problems(), []);
        await g.context.close();
      });
    }
  }
}
