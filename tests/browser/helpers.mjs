// Shared pieces of the page's browser tests: a static server, Debian's Chromium driven by
// playwright-core, and a page guard that fails a test on any console error, uncaught
// exception, CSP violation, or network request made after the page has loaded.

import { before, after } from 'node:test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// STORYDIFF_WWW points the tests at another copy of the page (a staged or packaged www/).
export const WWW = process.env.STORYDIFF_WWW ?? join(ROOT, 'www');
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The npm-ready package folder that scripts/package.sh (make package) builds. */
export const PKG = join(ROOT, 'dist', 'package');

/** Rebuilds dist/package when it is missing or older than anything it is built from. */
export function ensurePackage() {
  requireWasm();
  const element = readdirSync(join(ROOT, 'www')).filter((f) => /^story-diff.*\.(js|css|d\.ts)$/.test(f));
  const sources = ['storydiff.js', ...element, 'worker.js', 'storydiff.d.ts', 'embed.html', 'pkg/storydiff_bg.wasm', 'pkg/storydiff.js']
    .map((f) => join(ROOT, 'www', f))
    .concat(join(ROOT, 'packaging', 'package.json'), join(ROOT, 'Cargo.toml'), join(ROOT, 'scripts', 'package.sh'));
  const built = join(PKG, 'pkg', 'storydiff_bg.wasm');
  const stale = !existsSync(built) || !existsSync(join(PKG, 'embed.html')) ||
    sources.some((f) => statSync(f).mtimeMs > statSync(built).mtimeMs);
  if (stale) execFileSync('bash', [join(ROOT, 'scripts', 'package.sh')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Fails early, with the fix in the message, when the wasm has not been built. */
export function requireWasm() {
  const wasm = join(WWW, 'pkg', 'storydiff_bg.wasm');
  if (!existsSync(wasm)) throw new Error(`${wasm} is missing: run scripts/build-wasm.sh first`);
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Registers the hooks most test files share: check the wasm is built, run `setup`, start the static
 * server on `root` (www/ by default) and Chromium before the tests, close both after. The returned object holds
 * `browser` and `server` once the tests run.
 */
export function pageHarness({ setup, root } = {}) {
  const env = { browser: null, server: null };
  before(async () => {
    requireWasm();
    await setup?.();
    env.server = await startServer(root);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Serves a folder (www/ by default) on 127.0.0.1 with the project's own static server. */
export async function startServer(root = WWW) {
  return serve({ root, port: 0 });
}

/**
 * A fresh context and page with guards. `problems()` lists everything that went wrong so far;
 * call `markLoaded()` once the page is ready: any network request after it is a problem.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', locale = 'en-US', context: existing } = {}) {
  const context = existing ?? await browser.newContext({ viewport, colorScheme, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  let loaded = false;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`exception: ${err.message}`));
  page.on('crash', () => errors.push('the page crashed'));
  // Not a problem by itself (a stopped worker's fetches fail), but it explains one.
  const failedRequests = [];
  page.on('requestfailed', (req) => failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
  page.on('request', (req) => {
    const url = req.url();
    // blob: and data: URLs are the page's own memory (downloads, the single-file modules), not the network.
    if (/^(blob|data):/.test(url)) return;
    if (loaded) requests.push(url);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    context,
    page,
    markLoaded() { loaded = true; },
    failedRequests: () => [...failedRequests],
    /** Reloads: the page's own files are fetched again, which is not a request "after load". */
    async reload({ report = true } = {}) {
      loaded = false;
      await page.reload();
      if (report) await settle(page);
      else await page.waitForLoadState('networkidle');
      loaded = true;
    },
    async problems() {
      const csp = await page.evaluate(() => window.__csp ?? []).catch(() => []);
      return [
        ...errors,
        ...csp.map((v) => `CSP: ${v}`),
        ...requests.map((u) => `request after load: ${u}`),
      ];
    },
  };
}

/**
 * A stopped run ends its worker; the fresh one loads worker.js and the wasm glue again (the page's
 * own files, nothing of the texts). True for the problems() line of such a request.
 */
export const isWorkerReload = (problem) => /^request after load: .*\/(worker\.js|pkg\/storydiff\.js)$/.test(problem);

/** Waits until the element has produced a report for the current texts. */
export async function waitForReport(page, timeout = 20_000) {
  await page.waitForFunction(() => {
    const el = document.querySelector('story-diff');
    return el && el.report && el.report.version === 1;
  }, null, { timeout });
}

/** Resolves with the next story-diff:result report after `action` runs. */
export async function nextReport(page, action, timeout = 20_000) {
  const waiting = page.evaluate((ms) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no story-diff:result')), ms);
    document.querySelector('story-diff').addEventListener('story-diff:result', (e) => {
      clearTimeout(timer);
      resolve(e.detail.report);
    }, { once: true });
  }), timeout);
  // The listener must be in place before the action can trigger the event.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  await action();
  return waiting;
}

/**
 * Loads the page and waits until it is fully loaded: a first report shown and no request for
 * half a second (the element starts its worker, which fetches its own modules, in the
 * background). Returns the guarded page; from here on, any request is a failure.
 */
export async function loadPage(browser, base, options = {}) {
  const guarded = await openPage(browser, options);
  await guarded.page.goto(options.path ? new URL(options.path, base).href : base);
  await settle(guarded.page);
  guarded.markLoaded();
  return guarded;
}

export async function settle(page) {
  await waitForReport(page);
  await page.waitForLoadState('networkidle');
}

/**
 * Puts both texts in (as a user would, with input events) and resolves with the report for
 * exactly these texts: the element's compare() waits out its debounce and any older run.
 */
export async function compareTexts(page, a, b) {
  await setText(page, 'a', a);
  await setText(page, 'b', b);
  return page.evaluate(() => document.querySelector('story-diff').compare());
}

/** Opens the inputs when the page has folded them into their one-line bar (it does once compared). */
export async function openInputs(page) {
  if (await page.locator('#inputs-bar').isVisible()) await page.click('#edit-inputs');
}

/** Replaces a pane's text the way a user would (select all, type over), firing input events. */
export async function setText(page, side, text) {
  await openInputs(page);
  await page.locator(`#text-${side}`).fill(text);
}

/** Types a side's name into its label field, as a user would. */
export async function setLabel(page, side, text) {
  await openInputs(page);
  await page.locator(`input#label-${side}`).fill(text);
}

export const SMALL_A = 'Floods killed 23 people in the north on Tuesday. Roads were closed across the region.';
export const SMALL_B = 'On Tuesday, floods killed 23 people in the north. Schools stayed open all week.';
