// The page and the embeddable element under a strict Content-Security-Policy sent as a response
// header, the way a newsroom's site would serve them:
//
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:
//
// No inline script or style, no eval, no third-party anything. The one data: URL allowed is an
// image: the page's empty favicon (`data:,`), which keeps the browser from asking the server for one
// after load; an image cannot run script. The page must
// compare, render, use its worker and export with zero securitypolicyviolation events. A probe at
// the end of each test (an inline script and an inline style) must be blocked and reported, which
// shows the policy was in force and the listener was listening.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launch, requireWasm, openPage, settle, compareTexts, WWW } from './helpers.mjs';
import { MIME, resolveInside } from '../../scripts/serve.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

// A third-party page embedding the element with nothing inline: one module script, two templates.
const EMBED = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Embedded under CSP</title>
<link rel="icon" href="/favicon.ico">
<script type="module" src="./story-diff.js?define"></script></head>
<body><h1>Newsroom page</h1>
<story-diff label-a="Wire" label-b="Paper">
<template slot="a">Floods killed 23 people in the north on Tuesday. Roads were closed.</template>
<template slot="b">On Tuesday, floods killed 27 people in the north. Schools stayed open.</template>
</story-diff></body></html>`;

let browser;
let server;
let base;

/** www/ with the policy on every response (a worker takes its policy from its own script's headers). */
function startCspServer() {
  const root = path.resolve(WWW);
  const srv = http.createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': POLICY, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/__embed.html') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(EMBED);
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204, headers);
      return res.end();
    }
    let file = resolveInside(root, pathname);
    try {
      if (file && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!file || !fs.statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    res.writeHead(200, { ...headers, 'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

before(async () => {
  requireWasm();
  server = await startCspServer();
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(() => r()) : r()));
});

/** Every violation the document saw so far (a worker's show up as console errors in problems()). */
async function violations(g) {
  const events = await g.page.evaluate(() => window.__csp ?? []);
  return events;
}

/** An inline script and an inline style must both be blocked, and the blocks seen as violations. */
async function assertPolicyEnforced(g) {
  const before = (await violations(g)).length;
  const ran = await g.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'html { outline: 7px solid rgb(1, 2, 3) }';
    document.head.append(style);
    return { script: window.__inlineRan === true, style: getComputedStyle(document.documentElement).outlineWidth === '7px' };
  });
  assert.deepEqual(ran, { script: false, style: false }, 'inline code ran: the policy header was not applied');
  await g.page.waitForFunction((n) => (window.__csp ?? []).length >= n + 2, before);
}

test('the response really carries the policy', async () => {
  for (const p of ['', 'app.js', 'worker.js', 'story-diff.js', 'pkg/storydiff_bg.wasm', '__embed.html']) {
    const res = await fetch(new URL(p, base));
    assert.equal(res.headers.get('content-security-policy'), POLICY, p);
    assert.equal(res.status, 200, p);
  }
});

test('the page under a strict CSP header: compares, renders, uses its worker and exports, with no violation', async () => {
  const g = await openPage(browser);
  const { page } = g;
  await page.goto(base);
  await settle(page);
  g.markLoaded();
  // Chromium fetches the icon at a time of its own choosing, so a violation from it would show up in
  // some runs only: check what it would load instead. Under img-src 'self' data:, only those two.
  const icons = await page.evaluate(() => [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.href));
  assert.ok(icons.length > 0, 'the page names its icon (else Chromium asks the server for /favicon.ico after load)');
  for (const href of icons) {
    const u = new URL(href);
    assert.ok(u.protocol === 'data:' || u.origin === new URL(base).origin, `the icon ${href.slice(0, 40)} is neither data: nor from 'self'`);
  }
  // The first report is drawn with statuses.
  const drawn = await page.evaluate(() => document.querySelector('story-diff').shadowRoot.querySelectorAll('[data-status]').length);
  assert.ok(drawn > 0, 'the comparison rendered');
  // A conflict typed in.
  const r = await compareTexts(page, 'Floods killed 23 people in the north on Tuesday. Roads were closed.',
    'On Tuesday, floods killed 27 people in the north. Schools stayed open.');
  assert.equal(r.summary.conflicts, 1);
  // A long pair goes to the worker, whose script is under the same header.
  const long = Array.from({ length: 1500 }, (_, i) => `Sentence ${i} says floods hit district ${i % 97}.`).join(' ');
  const big = await compareTexts(page, long, `${long} One more.`);
  assert.ok(big.a.units.length > 1000);
  // Exports: the HTML report and the JSON go out as downloads, the link is built in the page.
  for (const id of ['#export-json', '#export-html']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    assert.ok((await download.suggestedFilename()).length > 0);
  }
  await page.click('#export-link');
  await page.locator('#permalink').waitFor();
  // The Hindi UI is rendered under the policy too.
  await page.selectOption('#ui-lang', 'hi');
  await page.waitForFunction(() => document.documentElement.lang === 'hi');

  assert.deepEqual(await violations(g), [], 'securitypolicyviolation events');
  assert.deepEqual(await g.problems(), [], 'console errors, exceptions or requests after load');
  await assertPolicyEnforced(g);
  await g.context.close();
});

test('a third-party page embedding <story-diff> under a strict CSP header: renders with no violation', async () => {
  const g = await openPage(browser);
  const { page } = g;
  await page.goto(new URL('__embed.html', base).href);
  await settle(page);
  g.markLoaded();
  const r = await page.evaluate(() => document.querySelector('story-diff').report);
  assert.equal(r.summary.conflicts, 1, 'the element compared its templates');
  const drawn = await page.evaluate(() => document.querySelector('story-diff').shadowRoot.querySelectorAll('[data-status]').length);
  assert.ok(drawn >= 4, 'both sides drawn');
  // Styled: the element's stylesheet loaded from 'self' (an inline <style> would have been blocked).
  const styled = await page.evaluate(() => {
    const root = document.querySelector('story-diff').shadowRoot;
    const unit = root.querySelector('[data-status]');
    return getComputedStyle(unit).borderBottomStyle !== 'none' || getComputedStyle(unit).backgroundColor !== 'rgba(0, 0, 0, 0)';
  });
  assert.ok(styled, 'the element is styled');
  assert.deepEqual(await violations(g), [], 'securitypolicyviolation events');
  assert.deepEqual(await g.problems(), [], 'console errors, exceptions or requests after load');
  await assertPolicyEnforced(g);
  await g.context.close();
});
