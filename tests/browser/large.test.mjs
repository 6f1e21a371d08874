// A 5 MB-a-side pair on the page (www/index.html): the comparison runs in the worker, and while it
// does the page keeps drawing frames and answering, keystrokes land in the pane (and abandon the
// run for one on the new text), and Cancel ends the run, keeping every text. The whole run is never
// waited for: it takes about 30 s on a 2-core machine. A screenshot goes to test-results/large-busy.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageHarness, ROOT, RESULTS, isWorkerReload, loadPage, openInputs } from './helpers.mjs';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const SIZE = 5_000_000;

// Fixture paragraphs joined this many to a paragraph: 1, the fixtures' own short paragraphs (about
// 107,000 lines a side), as in real news. This is also the page's guard against Chromium's dir="auto"
// on a textarea, which sets a value in time that grows with the square of its line count (1 MB in
// 16,000 lines: 1.5 s with dir="auto", 8 ms without): with it, these texts froze the page for almost
// four minutes before any comparison began. The page now sets the panes' direction itself.
const JOIN = 1;

/**
 * About `size` characters of news: every fixture story again and again, each copy with its own
 * numbers and (after the first) some names changed, so that the engine keeps meeting new sentences. An English story
 * comes first so that the pane is laid out left to right, as for most users.
 */
function bigText(side, size) {
  const dirs = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'a.txt'))).sort();
  dirs.sort((x, y) => (y === 'en-flood-toll') - (x === 'en-flood-toll'));
  const stories = dirs.map((d) => readFileSync(join(FIXTURES, d, `${side}.txt`), 'utf8')
    .split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean));
  const out = [];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    for (const paragraphs of stories) {
      const varied = paragraphs.map((p) => p
        .replace(/\d+/g, (n) => String(Number(n) + 3 * copy))
        .replace(/\b[A-Z][a-z]{4,}\b/g, (w, at) => (copy && (at + copy) % 4 === 0 ? `${w}${copy.toString(36)}` : w)));
      for (let i = 0; i < varied.length; i += JOIN) {
        const p = varied.slice(i, i + JOIN).join(' ');
        out.push(p);
        length += p.length + 2;
      }
    }
  }
  return out.join('\n\n');
}

const env = pageHarness({ setup: () => mkdirSync(RESULTS, { recursive: true }) });

/**
 * Records, in the page: every frame and every setTimeout(0) turn (a gap between two of them is
 * time the main thread did not get to draw or to run the page's own timers), the element's busy,
 * result and error events, and what is posted to a worker and when one is stopped (the Worker
 * methods are wrapped to watch, and still do what they did).
 */
function instrument(page) {
  return page.evaluate(() => {
    const s = { frames: [], timers: [], events: [], workers: [], stop: false };
    window.__large = s;
    let lastFrame = performance.now();
    const frame = () => {
      const now = performance.now();
      s.frames.push([lastFrame, now]);
      lastFrame = now;
      if (!s.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    let lastTimer = performance.now();
    const tick = () => {
      const now = performance.now();
      s.timers.push([lastTimer, now]);
      lastTimer = now;
      if (!s.stop) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    for (const name of ['busy', 'result', 'error']) {
      document.querySelector('story-diff').addEventListener(`story-diff:${name}`, (e) => {
        s.events.push({ name, busy: e.detail?.busy, at: performance.now() });
      });
    }
    const { postMessage, terminate } = Worker.prototype;
    Worker.prototype.postMessage = function (msg, ...rest) {
      if (typeof msg?.a === 'string') s.workers.push({ op: 'post', a: msg.a.length, tail: msg.a.slice(-40), b: msg.b.length, at: performance.now() });
      return postMessage.call(this, msg, ...rest);
    };
    Worker.prototype.terminate = function () {
      s.workers.push({ op: 'terminate', at: performance.now() });
      return terminate.call(this);
    };
  });
}

const now = (page) => page.evaluate(() => performance.now());
const busyText = (page) => page.locator('story-diff .busy-text').textContent();
const seconds = (text) => Number(/(\d+\.\d) s/.exec(text)?.[1]);

/** The longest frame and timer gaps inside [from, to] (page time), the parts outside cut off. */
function longestGaps(s, from, to) {
  const longest = (gaps) => Math.max(0, ...gaps.map(([x, y]) => Math.min(y, to) - Math.max(x, from)));
  return { frame: Math.round(longest(s.frames)), timer: Math.round(longest(s.timers)) };
}

/** Round trips from here to the page and back, one every `every` ms until `done()`; the longest. */
async function roundTrips(page, done, every = 150) {
  let slowest = 0;
  let count = 0;
  while (!done()) {
    const t0 = Date.now();
    await page.evaluate(() => 0);
    slowest = Math.max(slowest, Date.now() - t0);
    count++;
    await new Promise((r) => setTimeout(r, every));
  }
  return { slowest, count };
}

test('a 5 MB-a-side pair: the page keeps answering, takes keystrokes that restart the run, and Cancel ends it', { timeout: 150_000 }, async (t) => {
  const A = bigText('a', SIZE);
  const B = bigText('b', SIZE);
  assert.ok(A.length >= SIZE && B.length >= SIZE);
  assert.ok(A.split('\n\n').length > 3_000, 'paragraphs, not one line');

  const g = await loadPage(env.browser, env.server.url);
  const { page } = g;
  try {
    const before = await page.evaluate(() => document.querySelector('story-diff').report.a.units.length);
    await openInputs(page);
    await instrument(page);

    // As a drop or an opened file does it (fill() would type 10 MB through the editing pipeline):
    // the value, then an input event. The page's input handler makes Chromium lay the pane out
    // there and then (about 4.5 s for 5 MB): 7 to 13 s for both, before the comparison starts. It is
    // reported, not counted as "during the run".
    const setup = Date.now();
    await page.evaluate(([a, b]) => {
      for (const [side, text] of [['a', a], ['b', b]]) {
        const area = document.querySelector(`#text-${side}`);
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }, [A, B]);
    const setupMs = Date.now() - setup;

    t.diagnostic(`setup ${setupMs} ms`);

    // The run: the busy bar with its clock and Cancel button. Waited for through the element's own
    // events, recorded as they fire (a poll for the bar can miss it), with room for a slow machine;
    // if none comes, what the page did instead is the failure message.
    const opened = await page.waitForFunction(() => {
      const s = window.__large;
      return s.workers.some((w) => w.op === 'post') || s.events.some((e) => e.name !== 'busy' || !e.busy);
    }, null, { timeout: 60_000 }).then(() => true, () => false);
    const inWorker = () => page.evaluate(() => window.__large.events[0]?.busy === true && window.__large.workers.some((w) => w.op === 'post'));
    if (!opened || !(await inWorker())) {
      const state = await page.evaluate(() => {
        const s = window.__large;
        const el = document.querySelector('story-diff');
        const gaps = s.frames.map(([x, y]) => y - x);
        return {
          events: s.events.map((e) => [e.name, e.busy]),
          workers: s.workers.map((w) => w.op),
          message: el.shadowRoot.querySelector('.message')?.textContent,
          busyHidden: el.shadowRoot.querySelector('.busy')?.hidden,
          longestFrameGap: Math.round(Math.max(0, ...gaps)),
          since: Math.round(performance.now() - (s.frames[0]?.[0] ?? 0)),
        };
      }).catch((err) => `the page did not answer: ${err.message}`);
      assert.fail(`no run began in the worker within 60 s of the texts: ${JSON.stringify(state)}; page problems: ${JSON.stringify(await g.problems())}; failed requests: ${JSON.stringify(g.failedRequests())}`);
    }
    await page.locator('story-diff .busy').waitFor({ state: 'visible', timeout: 10_000 });
    await page.locator('story-diff .busy .cancel').waitFor({ state: 'visible' });
    const started = await page.evaluate(() => window.__large.events.find((e) => e.name === 'busy' && e.busy)?.at);
    assert.ok(started, 'a busy event opened the run');
    const firstJob = await page.evaluate(() => window.__large.workers.find((w) => w.op === 'post'));
    assert.deepEqual([firstJob?.a, firstJob?.b], [A.length, B.length], 'the worker was given both 5 MB texts');

    // 1. Three seconds of comparing with nobody typing. The comparison is in the worker: were it on
    // the page, the main thread would be gone for the whole run (about 30 s). What the page does
    // meanwhile is draw. Once, at the start, the first paint of the two filled panes; after it, the
    // busy clock's tick every 100 ms and this test's screenshot. With 4,500 long paragraphs a side
    // the gaps measured 0.1-0.7 s; with the 107,000 short lines used now, 0.67-0.73 s on a quiet
    // machine and up to 1.55 s with a fuzzer busy on one of the 2 cores (Chromium laying out and
    // painting the two 5 MB textareas). Held to 3 s at the first paint and 2.5 s after it: a real
    // freeze (dir="auto" took 226 s; a report redrawn on every input took seconds) still fails.
    // (A frame's callbacks run before its paint: the second frame from now starts after that paint.)
    const painted = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
    let quiet = false;
    const trips = roundTrips(page, () => quiet);
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: join(RESULTS, 'large-busy.png') });
    await page.waitForTimeout(1_500);
    quiet = true;
    const comparingTrips = await trips;
    const typingFrom = await now(page);
    const sampled = await page.evaluate(() => window.__large);
    const whole = longestGaps(sampled, started, typingFrom);
    const comparing = longestGaps(sampled, painted, typingFrom);
    const clockBefore = seconds(await busyText(page));
    assert.ok(clockBefore >= 2, `the busy clock runs: ${clockBefore} s`);
    assert.deepEqual(await page.evaluate(() => window.__large.events.map((e) => e.name)), ['busy'], 'still comparing: no result, no error, busy not yet off');
    t.diagnostic(`first paint in the run: frame gap ${whole.frame} ms, timer gap ${whole.timer} ms; `
      + `then comparing: frame gap ${comparing.frame} ms, timer gap ${comparing.timer} ms, round trip ${comparingTrips.slowest} ms (${comparingTrips.count})`);
    assert.ok(whole.frame < 3_000 && whole.timer < 3_000, `the run's first paint held the page for ${Math.max(whole.frame, whole.timer)} ms`);
    assert.ok(comparing.frame < 2_500, `no frame for ${comparing.frame} ms while comparing`);
    assert.ok(comparing.timer < 2_500, `timers waited ${comparing.timer} ms while comparing`);
    assert.ok(comparingTrips.slowest < 2_500, `the page took ${comparingTrips.slowest} ms to answer while comparing`);

    // 2. Keystrokes at the end of pane A, with the run going: real key events, each one an edit of a
    // 5 MB textarea. One key at a time, the next once the page has drawn a frame and run a timer
    // after it, so that what is measured is what a keystroke costs (a burst is discussed below).
    const typed = ' 7 more.';
    await page.locator('#text-a').focus();
    await page.keyboard.press('Control+End');
    const keys = [];
    for (const ch of typed) {
      const t0 = Date.now();
      await page.keyboard.type(ch);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      keys.push(Date.now() - t0);
    }
    const value = await page.inputValue('#text-a');
    assert.equal(value.length, A.length + typed.length, 'every keystroke landed, none twice');
    assert.equal(value.slice(-typed.length), typed, 'in order, at the end of the pane');
    assert.equal(value.slice(0, A.length), A, 'the rest of the text is untouched');

    // 4. ... and they abandon the run: the worker that was comparing the old text is stopped and a
    // run of the text as typed starts, with no result, error or end of busy for the old one.
    await page.waitForFunction(([length, tail]) => window.__large.workers.some((w) => w.op === 'post' && w.a === length && w.tail === tail),
      [value.length, value.slice(-40)], { timeout: 15_000 });
    const ops = await page.evaluate(() => window.__large.workers);
    const last = ops.findLastIndex((w) => w.op === 'post');
    assert.ok(ops.slice(1, last).some((w) => w.op === 'terminate'), `the old run's worker was stopped: ${JSON.stringify(ops.map((w) => w.op))}`);
    assert.equal(ops[last].b, B.length);
    const clockAfter = seconds(await busyText(page));
    assert.ok(clockAfter < clockBefore, `the busy clock started again (${clockBefore} s, then ${clockAfter} s)`);
    assert.deepEqual(await page.evaluate(() => window.__large.events.map((e) => e.name)), ['busy'], 'the old run ended with no result and no error, and the busy bar stayed up');
    assert.equal(await page.evaluate(() => document.querySelector('story-diff').report.a.units.length), before, 'the old report still shown, none for a text no longer in the pane');

    // Each keystroke is an edit of a 5 MB textarea. Chromium's insertion, selectionchange and
    // repaint of the pane alone (the page's input handler blocked) took 0.4 to 1.7 s from key to
    // echo here, with the worker on one of the two cores and other jobs on the machine; the page's
    // input handler (character count, draft, element update) and the new run's start 150 ms later
    // (a fresh worker, 10 MB posted to it) bring that to 0.4 to 2.9 s, in tasks of under 0.7 s:
    // frames were at most 0.6 s apart and timers 1.4 s. With 107,000 short lines a side (now): keys
    // 0.8-2.6 s, frames 0.74-0.81 s apart, timers 1.1-1.7 s. Held to 8 s a key (4.3 s seen with a fuzzer on one core) and 4 s between frames
    // or timers; a comparison on the page would hold the thread for the whole run, about 30 s.
    // (Keys faster than the page takes them pile up, and input goes before timers: with keys 150 ms
    // apart, timers waited up to 4.6 s.)
    const typing = longestGaps(await page.evaluate(() => window.__large), typingFrom, ops[last].at);
    t.diagnostic(`typing ${typed.length} keys: ${keys.join(' ')} ms each; frame gap ${typing.frame} ms, timer gap ${typing.timer} ms`);
    assert.ok(Math.max(...keys) < 8_000, `a keystroke took ${Math.max(...keys)} ms to show`);
    assert.ok(typing.frame < 4_000, `no frame for ${typing.frame} ms while typing`);
    assert.ok(typing.timer < 4_000, `timers waited ${typing.timer} ms while typing`);

    // 3. Cancel: the busy state clears, the message says so, every text stays.
    await page.waitForTimeout(500);
    await page.locator('story-diff .busy .cancel').click();
    // Generous: a keystroke in a 5 MB pane can hold the page for seconds on a loaded machine, and the
    // click and the redraw queue behind it. What is checked is that Cancel ends the run.
    await page.locator('story-diff .busy').waitFor({ state: 'hidden', timeout: 20_000 });
    assert.match(await page.locator('story-diff .message').textContent(), /cancelled/i);
    // The report still on screen is for the earlier texts: it is marked stale and faded.
    assert.equal(await page.locator('story-diff').getAttribute('stale'), '', 'the old report is marked stale');
    const faded = await page.evaluate(() => getComputedStyle(document.querySelector('story-diff').shadowRoot.querySelector('.columns')).opacity);
    assert.ok(Number(faded) < 1, `the stale report is faded (opacity ${faded})`);
    assert.equal(await page.evaluate(() => document.querySelector('story-diff').hasAttribute('busy')), false);
    assert.equal(await page.locator('#result').getAttribute('aria-busy'), 'false');
    assert.equal(await page.locator('#compare.busy').count(), 0, 'the Compare button stops spinning');
    const events = await page.evaluate(() => window.__large.events.map((e) => [e.name, e.busy]));
    assert.deepEqual(events, [['busy', true], ['busy', false]], 'busy went off, with no result and no error');
    assert.equal(await page.inputValue('#text-a'), value, 'pane A keeps the typed text');
    assert.equal(await page.inputValue('#text-b'), B, 'pane B keeps its text');
    assert.equal(await page.evaluate(() => document.querySelector('story-diff').a === document.querySelector('#text-a').value), true);
    // The draft: saved with the typed text, or, over the browser's storage quota (two 5 MB texts
    // are), the page says it is not being saved.
    const draft = await page.evaluate(() => {
      const raw = localStorage.getItem('storydiff:draft:v1');
      return { a: raw ? JSON.parse(raw).a : null, full: Boolean(document.querySelector('[data-notice="notice.storageFull"]')) };
    });
    assert.ok(draft.a === value || draft.full, `the draft is neither saved nor said to be unsaved: ${JSON.stringify({ a: draft.a?.length, full: draft.full })}`);

    // After Cancel, a change runs the comparison again, as the message says; Cancel stops that one too.
    // (Cancel had the focus, and went away with the busy bar.)
    await page.locator('#text-a').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    await page.locator('story-diff .busy').waitFor({ state: 'visible', timeout: 5_000 });
    await page.locator('story-diff .busy .cancel').click();
    // Generous: a keystroke in a 5 MB pane can hold the page for seconds on a loaded machine, and the
    // click and the redraw queue behind it. What is checked is that Cancel ends the run.
    await page.locator('story-diff .busy').waitFor({ state: 'hidden', timeout: 20_000 });
    assert.equal(await page.inputValue('#text-a'), `${value}!`);
    assert.deepEqual((await page.evaluate(() => window.__large.events.map((e) => [e.name, e.busy]))).slice(2), [['busy', true], ['busy', false]]);

    await page.evaluate(() => { window.__large.stop = true; });
    // Stopping a run ends the worker; the fresh one loads worker.js and its glue again (the page's
    // own files, with nothing of the texts in them). Anything else fetched is a failure.
    const problems = await g.problems();
    const refetched = problems.filter(isWorkerReload);
    if (refetched.length) t.diagnostic(`fetched again by the restarted worker: ${refetched.length} requests`);
    assert.deepEqual(problems.filter((p) => !refetched.includes(p)), []);
  } finally {
    await g.context.close();
  }
});
