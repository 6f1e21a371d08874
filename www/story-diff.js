// <story-diff>: two versions of a story side by side, every sentence coloured by what the other side does with it.
//
//   <script type="module">
//     import { StoryDiff, baseDirection } from './story-diff.js';
//     StoryDiff.define();
//   </script>
//   <story-diff label-a="Outlet A" label-b="Outlet B">
//     <template slot="a">Floods killed 23 people on Tuesday.</template>
//     <template slot="b">On Tuesday, floods killed 27 people.</template>
//   </story-diff>
//
// Inputs: properties a, b, labelA, labelB, options; attributes a, b, label-a, label-b, lang (en|hi),
// filter (all|divergent|conflicts), hide-furniture, no-worker, wasm-url; or <template slot="a|b"> children.
// Every piece of user text reaches the shadow DOM as a text node.

import { init, compare as compareHere, compareInWorker, warmWorker } from './storydiff.js';

/** Inputs longer than this (both sides together, in UTF-16 units) are compared in a worker. */
export const WORKER_THRESHOLD = 50_000;
const DEBOUNCE_MS = 150;
/** A run in the worker older than this is stopped, not waited for, when the texts change again. */
const SUPERSEDE_AFTER_MS = 1_000;
/** Units rendered per task: more than this and the columns fill in over several frames. */
const CHUNK = 400;
/** Above this many units on a side, blocks off screen skip layout until scrolled to. */
const LARGE = 1_500;
/** Facts rows shown before a "show all" button: a table of thousands of rows costs more than it tells. */
const FACTS_SHOWN = 200;
/** Mentions listed per fact and side; a weekday can be told thousands of times in a long text. */
const MENTIONS_SHOWN = 5;
const WARM_WAIT_MS = 3_000;
/** Worker starts that may fail in a row before long texts are compared on the page instead. */
const WORKER_TRIES = 2;
/** A comparison on the page that takes longer than this blocks typing: texts that long go to the worker from then on. */
const SLOW_MS = 80;

// Learned across elements: the size (UTF-16 units, both sides) of the smallest pair that was slow on the page.
let slowSize = Infinity;

const STATUSES = ['same', 'changed', 'conflict', 'only', 'ignored'];
const FILTERS = ['all', 'divergent', 'conflicts'];
const SIDES = ['a', 'b'];
const other = (side) => (side === 'a' ? 'b' : 'a');

const STRINGS = {
  en: {
    loading: 'Loading the comparison engine…',
    empty: 'Nothing to compare yet: give both versions.',
    emptySide: 'No text on this side.',
    busy: (s) => `Comparing… ${s} s`,
    cancel: 'Cancel',
    cancelled: 'Comparison cancelled. The report shown is for the texts as they were before; change a text or compare again to run it.',
    failed: 'The comparison failed: ',
    retry: (limit) => `Try again, allowing ${limit}`,
    toolbar: 'Comparison view',
    show: 'Show',
    filter: { all: 'All', divergent: 'Differences', conflicts: 'Conflicts' },
    furniture: 'Hide bylines and page furniture',
    helpButton: 'Keyboard shortcuts',
    helpTitle: 'Keyboard shortcuts',
    keys: [
      [['j', 'n'], 'next difference'],
      [['k', 'p'], 'previous difference'],
      [['Enter'], 'jump to the matching sentence on the other side'],
      [['Escape'], 'clear the selection'],
      [['?'], 'show or hide this list'],
    ],
    status: { same: 'Same', changed: 'Changed', conflict: 'Conflict', only: 'Only here', ignored: 'Not compared' },
    statusLong: {
      same: 'told the same way on both sides',
      changed: 'told on both sides, with details added, dropped or altered (words the other side lacks are marked)',
      conflict: 'told on both sides, but a value contradicts the other side',
      only: 'told by this side only',
      ignored: 'byline, dateline, caption or page furniture: not compared',
    },
    legend: 'Key',
    conflicts: (n) => (n === 0 ? 'No conflicts' : n === 1 ? '1 conflict' : `${n} conflicts`),
    share: (of, by, pct) => [by, ` tells ${pct} of `, of],
    units: 'Sentences',
    facts: 'Facts',
    factsCounts: (c) => `${c.shared} shared · ${c.conflict} in conflict · ${c.only_a + c.only_b} told by one side`,
    kind: 'Kind',
    statusCol: 'Status',
    factKind: { number: 'Number', date: 'Date', name: 'Name', quote: 'Quote' },
    factStatus: (s, la, lb) => ({ shared: 'Both', only_a: ['Only ', la], only_b: ['Only ', lb], conflict: 'Conflict' })[s] ?? s,
    noFacts: 'No numbers, dates, names or quotes found.',
    moreFacts: (n) => `Show all ${n} facts`,
    moreMentions: (n) => `and ${n} more`,
    noFactsFiltered: 'No facts match this filter.',
    clash: (la, va, lb, vb) => `${la} says ${va}; ${lb} says ${vb}.`,
    partners: (n, label) => (n === 0 ? `Not told by ${label}.` : n === 1 ? `1 matching sentence in ${label}.` : `${n} matching sentences in ${label}.`),
    noMore: 'No more differences.',
  },
  hi: {
    loading: 'तुलना इंजन लोड हो रहा है…',
    empty: 'तुलना के लिए अभी कुछ नहीं है: दोनों संस्करण दें।',
    emptySide: 'इस ओर कोई पाठ नहीं है।',
    busy: (s) => `तुलना हो रही है… ${s} सेकंड`,
    cancel: 'रद्द करें',
    cancelled: 'तुलना रद्द की गई। दिखाई गई रिपोर्ट पहले वाले पाठों की है; फिर से चलाने के लिए कोई पाठ बदलें या दोबारा तुलना करें।',
    failed: 'तुलना नहीं हो सकी: ',
    retry: (limit) => `फिर कोशिश करें, ${limit} तक`,
    toolbar: 'तुलना का दृश्य',
    show: 'दिखाएँ',
    filter: { all: 'सब', divergent: 'अंतर', conflicts: 'विरोधाभास' },
    furniture: 'बायलाइन और पेज की अन्य सामग्री छिपाएँ',
    helpButton: 'कीबोर्ड शॉर्टकट',
    helpTitle: 'कीबोर्ड शॉर्टकट',
    keys: [
      [['j', 'n'], 'अगला अंतर'],
      [['k', 'p'], 'पिछला अंतर'],
      [['Enter'], 'दूसरी ओर के मेल खाते वाक्य पर जाएँ'],
      [['Escape'], 'चयन हटाएँ'],
      [['?'], 'यह सूची दिखाएँ या छिपाएँ'],
    ],
    status: { same: 'समान', changed: 'बदला हुआ', conflict: 'विरोधाभास', only: 'केवल यहाँ', ignored: 'तुलना से बाहर' },
    statusLong: {
      same: 'दोनों ओर एक जैसा कहा गया',
      changed: 'दोनों ओर कहा गया, पर ब्योरे जोड़े, हटाए या बदले गए (जो शब्द दूसरी ओर नहीं हैं वे चिह्नित हैं)',
      conflict: 'दोनों ओर कहा गया, पर कोई मान दूसरी ओर से मेल नहीं खाता',
      only: 'केवल इसी ओर कहा गया',
      ignored: 'बायलाइन, डेटलाइन, कैप्शन या पेज की अन्य सामग्री: तुलना नहीं की गई',
    },
    legend: 'संकेत',
    conflicts: (n) => (n === 0 ? 'कोई विरोधाभास नहीं' : `${n} विरोधाभास`),
    share: (of, by, pct) => [of, ` का ${pct} `, by, ' में भी है'],
    units: 'वाक्य',
    facts: 'तथ्य',
    factsCounts: (c) => `${c.shared} दोनों में · ${c.conflict} विरोधाभासी · ${c.only_a + c.only_b} केवल एक ओर`,
    kind: 'प्रकार',
    statusCol: 'स्थिति',
    factKind: { number: 'संख्या', date: 'तारीख', name: 'नाम', quote: 'उद्धरण' },
    factStatus: (s, la, lb) => ({ shared: 'दोनों में', only_a: ['केवल ', la, ' में'], only_b: ['केवल ', lb, ' में'], conflict: 'विरोधाभास' })[s] ?? s,
    noFacts: 'कोई संख्या, तारीख, नाम या उद्धरण नहीं मिला।',
    moreFacts: (n) => `सभी ${n} तथ्य दिखाएँ`,
    moreMentions: (n) => `और ${n}`,
    noFactsFiltered: 'इस फ़िल्टर से कोई तथ्य मेल नहीं खाता।',
    clash: (la, va, lb, vb) => `${la} के अनुसार ${va}; ${lb} के अनुसार ${vb}।`,
    partners: (n, label) => (n === 0 ? `${label} में नहीं।` : `${label} में ${n} मेल खाते वाक्य।`),
    noMore: 'और कोई अंतर नहीं।',
  },
};

/** Builds an element from static parts. Strings become text nodes, never markup. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'hidden') el.hidden = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Template text as authors indent it inside HTML: without the blank first and last lines and the common indent. */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

function abortError() {
  const err = new Error('storydiff: the comparison was cancelled');
  err.name = 'AbortError';
  return err;
}

/** Index of the unit whose span holds `offset` (units are in text order), or -1. */
function unitAt(units, offset) {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (offset < u.start) hi = mid - 1;
    else if (offset >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export class StoryDiff extends HTMLElement {
  static observedAttributes = ['a', 'b', 'label-a', 'label-b', 'lang', 'filter', 'hide-furniture', 'wasm-url', 'no-worker'];

  /** Where the element's stylesheet is; a build that moves the files can point it elsewhere before define(). */
  static stylesheetUrl = new URL('./story-diff.css', import.meta.url).href;

  /** Registers the element (once) and returns the class. */
  static define(tag = 'story-diff', registry = customElements) {
    if (registry.get(tag) !== this) registry.define(tag, this);
    return this;
  }

  // Inputs
  #a = null;
  #b = null;
  #labelA = null;
  #labelB = null;
  #options = {};
  #timeoutMs = 60_000;

  // Engine state
  #engine = null; // Promise from init()
  #engineReady = false;
  #inputVersion = 0;
  #shownVersion = -1;
  #debounce = 0;
  #supersede = 0;
  #running = null; // { version, controller, t0 } for a run in the worker
  #waiters = [];
  #workerBroken = false;
  #workerFailures = 0; // worker starts that failed in a row; WORKER_TRIES of them and the page compares
  #lastRunMs = 0;
  #factsAll = false;

  // Display state
  #report = null;
  #texts = { a: '', b: '' };
  #built = false;
  #ui = null;
  #unitEls = { a: [], b: [] };
  #partners = { a: new Map(), b: new Map() }; // unit id -> [{ id, link }]
  #selected = null; // { side, id }
  #hover = null;
  #hoverTimer = 0;
  #renderToken = 0;
  #busyTimer = 0;
  #busySince = 0;
  #observer = null;
  #sheet = null;
  #styled = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  // ---------------------------------------------------------------- inputs

  get a() {
    return this.#a ?? this.#templateText('a') ?? '';
  }
  set a(v) {
    this.#a = v == null ? null : String(v);
    this.#inputChanged();
  }
  get b() {
    return this.#b ?? this.#templateText('b') ?? '';
  }
  set b(v) {
    this.#b = v == null ? null : String(v);
    this.#inputChanged();
  }
  get labelA() {
    return this.#labelA || this.getAttribute('label-a') || 'A';
  }
  set labelA(v) {
    const next = v == null ? null : String(v);
    if (next === this.#labelA) return; // the page sets it on every keystroke: no redraw for nothing
    this.#labelA = next;
    this.#redraw();
  }
  get labelB() {
    return this.#labelB || this.getAttribute('label-b') || 'B';
  }
  set labelB(v) {
    const next = v == null ? null : String(v);
    if (next === this.#labelB) return;
    this.#labelB = next;
    this.#redraw();
  }
  /** Engine options: { sensitivity, factKinds }. See storydiff.d.ts. */
  get options() {
    return { ...this.#options };
  }
  set options(v) {
    this.#options = v && typeof v === 'object' ? { ...v } : {};
    this.#inputChanged();
  }
  get filter() {
    const f = this.getAttribute('filter');
    return FILTERS.includes(f) ? f : 'all';
  }
  set filter(v) {
    this.setAttribute('filter', FILTERS.includes(v) ? v : 'all');
  }
  get hideFurniture() {
    return this.hasAttribute('hide-furniture');
  }
  set hideFurniture(v) {
    this.toggleAttribute('hide-furniture', Boolean(v));
  }
  /** Milliseconds a comparison in the worker may take before it is stopped (default 60 000). */
  get timeoutMs() {
    return this.#timeoutMs;
  }
  set timeoutMs(v) {
    const ms = Number(v);
    if (!(ms > 0)) throw new RangeError(`story-diff: timeoutMs must be a positive number of milliseconds, got ${v}`);
    this.#timeoutMs = ms;
  }
  /** The last report shown (schema v1, UTF-16 offsets), or null. */
  get report() {
    return this.#report;
  }

  #templateText(side) {
    const t = this.querySelector(`:scope > template[slot="${side}"]`);
    return t ? dedent(t.content.textContent) : null;
  }

  #strings() {
    return STRINGS[this.getAttribute('lang')] ?? STRINGS.en;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    switch (name) {
      case 'a':
        this.#a = value;
        this.#inputChanged();
        break;
      case 'b':
        this.#b = value;
        this.#inputChanged();
        break;
      case 'label-a':
      case 'label-b':
        this.#redraw();
        break;
      case 'lang':
        if (this.#built) {
          this.#build();
          this.#redraw();
        }
        break;
      case 'filter':
      case 'hide-furniture':
        this.#applyView();
        break;
      default:
        break;
    }
  }

  connectedCallback() {
    // Properties set before the element was defined sit on the instance and hide the class's setters.
    for (const prop of ['a', 'b', 'labelA', 'labelB', 'options', 'filter', 'hideFurniture', 'timeoutMs']) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = this[prop];
        delete this[prop];
        this[prop] = value;
      }
    }
    if (!this.#built) this.#build();
    // Templates can be added or edited after the element is upgraded.
    this.#observer ??= new MutationObserver(() => {
      if (this.#a === null || this.#b === null) this.#inputChanged();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#startEngine();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    clearTimeout(this.#debounce);
  }

  #startEngine() {
    if (this.#engine) return;
    const url = this.getAttribute('wasm-url');
    this.#setMessage(this.#strings().loading);
    this.#engine = init(url ? new URL(url, document.baseURI) : undefined)
      .then(() => this.#warm())
      .then(
        () => {
          this.#engineReady = true;
          this.#setMessage(null);
          this.#emit('ready', {});
          this.#kick();
        },
        (err) => {
          this.#engine = null; // a later connection retries
          this.#fail(err);
        },
      );
  }

  /** Loads the engine into the worker now, so a long text later neither waits for it nor fetches anything. */
  async #warm() {
    if (!this.#workerAllowed()) return;
    let timer = 0;
    const limit = new Promise((resolve) => {
      timer = setTimeout(resolve, WARM_WAIT_MS);
    });
    try {
      await Promise.race([warmWorker(), limit]);
    } catch {
      // A CSP without worker-src, say. One failed start may be a hiccup (a script fetch that
      // failed): the first long text tries a fresh worker before the page compares by itself.
      this.#workerFailed();
    } finally {
      clearTimeout(timer);
    }
  }

  /** Counts a worker that failed to start; after WORKER_TRIES in a row, long texts are compared on the page. */
  #workerFailed() {
    this.#workerFailures++;
    if (this.#workerFailures >= WORKER_TRIES) this.#workerBroken = true;
  }

  #workerAllowed() {
    return typeof Worker === 'function' && !globalThis.STORYDIFF_SINGLE_FILE && !this.hasAttribute('no-worker') && !this.#workerBroken;
  }

  #inputChanged() {
    this.#inputVersion++;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#kick(), DEBOUNCE_MS);
  }

  // ---------------------------------------------------------------- runs

  /** Compares now (no debounce). Resolves with the report for the current texts. */
  compare() {
    clearTimeout(this.#debounce);
    const p = new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
    if (this.#engineReady) this.#kick();
    return p;
  }

  /** Abandons the comparison in progress; the last report stays on screen. */
  cancel() {
    clearTimeout(this.#debounce);
    clearTimeout(this.#supersede);
    const run = this.#running;
    this.#running = null;
    if (run) {
      run.cancelled = true;
      run.controller.abort();
      this.#setMessage(this.#strings().cancelled);
      // The report on screen is for older texts: it stays, faded, until a new one replaces it.
      if (this.#report && this.#shownVersion !== this.#inputVersion) this.setAttribute('stale', '');
    }
    this.#setBusy(false);
    this.#settle(null, abortError());
  }

  #settle(report, error) {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) error ? w.reject(error) : w.resolve(report);
  }

  #engineOptions() {
    const { sensitivity, factKinds } = this.#options;
    const out = {};
    if (sensitivity !== undefined) out.sensitivity = sensitivity;
    if (factKinds !== undefined) out.factKinds = factKinds;
    for (const [k, v] of Object.entries(this.#options)) {
      // Unknown options go through so that the engine can name them in its error.
      if (!(k in out) && !['hideFurniture', 'labelA', 'labelB'].includes(k) && v !== undefined) out[k] = v;
    }
    return out;
  }

  #kick() {
    clearTimeout(this.#supersede);
    if (!this.#engineReady) return;
    const version = this.#inputVersion;
    if (this.#shownVersion === version && !this.#running) {
      this.#settle(this.#report);
      return;
    }
    const a = this.a;
    const b = this.b;
    const options = this.#engineOptions();
    const size = a.length + b.length;
    const big = size > WORKER_THRESHOLD || size >= slowSize;
    const inWorker = big && this.#workerAllowed();

    if (this.#running) {
      const run = this.#running;
      if (run.version === version) return;
      const age = performance.now() - run.t0;
      // Stopping a run costs a new worker; one that should end soon is cheaper to wait for (its result is dropped).
      const patience = Math.max(SUPERSEDE_AFTER_MS, 1.5 * this.#lastRunMs);
      if (inWorker && age < patience) {
        this.#supersede = setTimeout(() => this.#kick(), patience - age);
        return;
      }
      run.superseded = true;
      run.controller.abort();
      this.#running = null;
    }

    if (!inWorker) {
      this.#runHere(a, b, options, version, big);
      return;
    }
    const run = { version, controller: new AbortController(), t0: performance.now() };
    this.#running = run;
    this.#setMessage(null);
    this.#setBusy(true, true);
    compareInWorker(a, b, options, { signal: run.controller.signal, timeoutMs: this.#timeoutMs }).then(
      (report) => {
        if (this.#running === run) this.#running = null;
        this.#lastRunMs = performance.now() - run.t0;
        this.#workerFailures = 0;
        if (run.superseded || run.cancelled) return;
        if (version === this.#inputVersion) {
          this.#setBusy(false);
          this.#show(report, a, b, version);
        } else this.#kick();
      },
      (err) => {
        if (this.#running === run) this.#running = null;
        if (run.superseded || run.cancelled) return;
        if (/worker failed|no Web Workers/.test(err.message)) {
          // The failed worker is gone; the next run starts a fresh one, or compares on the page.
          if (/no Web Workers/.test(err.message)) this.#workerBroken = true;
          else this.#workerFailed();
          this.#kick();
          return;
        }
        this.#setBusy(false);
        if (version === this.#inputVersion) this.#fail(err);
        else this.#kick();
      },
    );
  }

  async #runHere(a, b, options, version, big) {
    if (big) {
      // No worker: say so before the page freezes for the length of the run.
      this.#setBusy(true, false);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (version !== this.#inputVersion) return;
    }
    let report;
    try {
      const t0 = performance.now();
      report = compareHere(a, b, options);
      // Inputs a little shorter than a slow one are slow too; the margin keeps typing on the worker.
      if (performance.now() - t0 > SLOW_MS) slowSize = Math.min(slowSize, Math.floor((a.length + b.length) * 0.8));
    } catch (err) {
      this.#setBusy(false);
      this.#fail(err);
      return;
    }
    this.#setBusy(false);
    this.#show(report, a, b, version);
  }

  #fail(err) {
    const error = err instanceof Error ? err : new Error(String(err));
    // Readers see the element's own words around it; the library prefix says nothing to them.
    const message = error.message.replace(/^storydiff: /, '');
    // A run stopped at the time limit may just need longer: offer it twice the time.
    const retry = /took longer than/.test(message)
      ? { label: this.#strings().retry(2 * this.#timeoutMs < 1000 ? `${2 * this.#timeoutMs} ms` : `${Math.round((2 * this.#timeoutMs) / 1000)} s`),
          run: () => {
            this.#timeoutMs *= 2;
            this.compare().catch(() => {}); // the outcome shows in the element, as for any run
          } }
      : null;
    this.#setMessage(this.#strings().failed + message, true, retry);
    // As after Cancel: what is on screen is for texts that have since changed.
    if (this.#report && this.#shownVersion !== this.#inputVersion) this.setAttribute('stale', '');
    this.#emit('error', { message });
    this.#settle(null, error);
  }

  #show(report, a, b, version) {
    this.removeAttribute('stale');
    this.#report = report;
    this.#factsAll = false;
    this.#texts = { a, b };
    this.#shownVersion = version;
    this.#setMessage(null);
    this.#redraw();
    this.#emit('result', { report });
    this.#settle(report);
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`story-diff:${name}`, { bubbles: true, composed: true, detail }));
  }

  #setBusy(busy, cancellable = false) {
    const ui = this.#ui;
    clearInterval(this.#busyTimer);
    const was = this.hasAttribute('busy');
    this.toggleAttribute('busy', busy);
    if (ui) {
      ui.busy.hidden = !busy;
      ui.cancel.hidden = !cancellable;
      ui.root.setAttribute('aria-busy', String(busy));
    }
    if (busy) {
      this.#busySince = performance.now();
      const tick = () => {
        if (!this.#ui) return;
        const s = ((performance.now() - this.#busySince) / 1000).toFixed(1);
        this.#ui.busyText.textContent = this.#strings().busy(s);
      };
      tick();
      this.#busyTimer = setInterval(tick, 100);
    }
    if (was !== busy) this.#emit('busy', { busy });
  }

  /** Shows a status line, or an alert when `isError`; `action` ({ label, run }) adds a button after it. */
  #setMessage(text, isError = false, action = null) {
    const ui = this.#ui;
    if (!ui) return;
    ui.message.hidden = !text;
    ui.message.textContent = text ?? '';
    if (text && action) {
      const button = h('button', { type: 'button', class: 'retry', part: 'retry' }, action.label);
      button.addEventListener('click', () => {
        this.#setMessage(null);
        action.run();
      });
      ui.message.append(' ', button);
    }
    ui.message.classList.toggle('error', Boolean(isError));
    ui.message.setAttribute('role', isError ? 'alert' : 'status');
  }

  // ---------------------------------------------------------------- static structure

  #build() {
    const s = this.#strings();
    const root = this.shadowRoot;
    if (!this.#sheet && !this.#styled && sharedSheet?.href === StoryDiff.stylesheetUrl) {
      // A later element: the stylesheet is already parsed, nothing to fetch and nothing to wait for.
      root.adoptedStyleSheets = [sharedSheet.sheet];
      this.#styled = true;
    }
    const wrap = h('div', { class: 'root', hidden: !this.#styled });
    if (!this.#sheet && !this.#styled) {
      const link = h('link', { rel: 'stylesheet', href: StoryDiff.stylesheetUrl });
      this.#sheet = link;
      // Unstyled markup must not flash: show it once the stylesheet is in (or has failed).
      const reveal = () => {
        this.#styled = true;
        if (this.#ui) this.#ui.root.hidden = false;
      };
      link.addEventListener('load', () => {
        shareSheet(link);
        reveal();
      }, { once: true });
      link.addEventListener('error', reveal, { once: true });
    }

    const filterButtons = FILTERS.map((f) =>
      h('button', { type: 'button', class: `filter-${f}`, 'data-filter': f, 'aria-pressed': 'false' }, s.filter[f]),
    );
    const furniture = h('input', { type: 'checkbox', class: 'furniture-switch' });
    const helpButton = h('button', { type: 'button', class: 'help-button', 'aria-expanded': 'false', title: s.helpButton },
      h('span', { 'aria-hidden': 'true' }, '?'), h('span', { class: 'sr' }, s.helpButton));
    const toolbar = h('div', { class: 'toolbar', part: 'toolbar', role: 'toolbar', 'aria-label': s.toolbar },
      h('div', { class: 'filters', role: 'group', 'aria-label': s.show }, h('span', { class: 'filters-label', 'aria-hidden': 'true' }, s.show), filterButtons),
      h('label', { class: 'switch' }, furniture, h('span', {}, s.furniture)),
      helpButton,
    );

    const help = h('div', { class: 'help', hidden: true, role: 'region', 'aria-label': s.helpTitle },
      h('h3', {}, s.helpTitle),
      h('dl', {}, s.keys.map(([keys, what]) => [
        h('dt', {}, keys.map((k, i) => [i ? ' / ' : '', h('kbd', {}, k)])),
        h('dd', {}, what),
      ])),
    );

    const busyText = h('span', { class: 'busy-text' });
    const cancel = h('button', { type: 'button', class: 'cancel' }, s.cancel);
    const busy = h('div', { class: 'busy', role: 'status', hidden: true }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), busyText, cancel);
    const message = h('div', { class: 'message', role: 'status', hidden: true });

    const summary = h('div', { class: 'summary', part: 'summary', 'aria-live': 'polite' });
    const legend = h('ul', { class: 'legend', part: 'legend', 'aria-label': s.legend },
      STATUSES.map((st) => h('li', {},
        h('span', { class: `unit sample ${st}`, 'aria-hidden': 'true' }, 'Aa'),
        h('strong', {}, s.status[st]), ' ',
        h('span', { class: 'legend-text' }, s.statusLong[st]),
      )),
    );

    const column = (side) => {
      const head = h('div', { class: 'col-head' }, h('span', { class: 'side-badge', 'aria-hidden': 'true' }, side.toUpperCase()), h('span', { class: 'col-label', id: `label-${side}`, dir: 'auto' }));
      // lang="": the texts are in whatever language they are, not in the language of the element's own words.
      const text = h('div', { class: 'text', dir: 'auto', lang: '', 'data-side': side });
      const col = h('section', { class: `column column-${side}`, part: `column column-${side}`, 'data-side': side, role: 'region', 'aria-labelledby': `label-${side}` }, head, text);
      return { col, head, label: head.lastChild, text };
    };
    const colA = column('a');
    const colB = column('b');
    const columns = h('div', { class: 'columns' }, colA.col, colB.col);

    const facts = h('section', { class: 'facts', part: 'facts' });
    const live = h('div', { class: 'sr', 'aria-live': 'polite' });

    wrap.append(toolbar, help, busy, message, summary, legend, columns, facts, live);
    // The same <link> stays in place across rebuilds: moving it would fetch the stylesheet again.
    if (this.#ui?.root.parentNode === root) this.#ui.root.replaceWith(wrap);
    else root.replaceChildren(...(this.#sheet ? [this.#sheet] : []), wrap);

    this.#ui = { root: wrap, toolbar, filterButtons, furniture, helpButton, help, busy, busyText, cancel, message, summary, legend, columns, cols: { a: colA, b: colB }, facts, live };
    this.#built = true;

    for (const btn of filterButtons) btn.addEventListener('click', () => { this.filter = btn.dataset.filter; });
    furniture.addEventListener('change', () => { this.hideFurniture = furniture.checked; });
    helpButton.addEventListener('click', () => this.#toggleHelp());
    cancel.addEventListener('click', () => this.cancel());
    for (const side of SIDES) this.#wireColumn(side);
    wrap.addEventListener('keydown', (e) => this.#onKey(e));
    facts.addEventListener('click', (e) => this.#onFactClick(e));

    if (this.hasAttribute('busy')) this.#setBusy(true, Boolean(this.#running));
    if (!this.#engineReady && this.#engine) this.#setMessage(s.loading);
    this.#applyView();
  }

  #applyView() {
    const ui = this.#ui;
    if (!ui) return;
    const f = this.filter;
    for (const btn of ui.filterButtons) btn.setAttribute('aria-pressed', String(btn.dataset.filter === f));
    ui.furniture.checked = this.hideFurniture;
    ui.columns.classList.remove('f-all', 'f-divergent', 'f-conflicts');
    ui.columns.classList.add(`f-${f}`);
    ui.columns.classList.toggle('no-furniture', this.hideFurniture);
    this.#renderFacts();
  }

  #toggleHelp(force) {
    const ui = this.#ui;
    const open = force ?? ui.help.hidden;
    ui.help.hidden = !open;
    ui.helpButton.setAttribute('aria-expanded', String(open));
  }

  // ---------------------------------------------------------------- report rendering

  #redraw() {
    if (!this.#ui) return;
    const ui = this.#ui;
    ui.cols.a.label.textContent = this.labelA;
    ui.cols.b.label.textContent = this.labelB;
    const report = this.#report;
    if (!report) return;
    // Keep the reader's place: the same unit focused, the columns scrolled where they were.
    const focused = this.#focusedUnit();
    const scroll = { a: ui.cols.a.text.scrollTop, b: ui.cols.b.text.scrollTop };
    this.#selected = null;
    this.#hover = null;
    this.#indexLinks(report);
    this.#renderSummary();
    const token = ++this.#renderToken;
    for (const side of SIDES) this.#renderSide(side, token);
    this.#renderFacts();
    // Setting scrollTop forces a layout: only when there is a place to go back to.
    if (scroll.a) ui.cols.a.text.scrollTop = scroll.a;
    if (scroll.b) ui.cols.b.text.scrollTop = scroll.b;
    if (focused) {
      const el = this.#unitEls[focused.side][focused.id];
      if (el) el.focus({ preventScroll: true });
    }
  }

  #focusedUnit() {
    const el = this.shadowRoot.activeElement;
    return el?.classList?.contains('unit') ? { side: el.dataset.side, id: Number(el.dataset.id) } : null;
  }

  #indexLinks(report) {
    const partners = { a: new Map(), b: new Map() };
    const add = (side, id, partner, link) => {
      let list = partners[side].get(id);
      if (!list) partners[side].set(id, (list = []));
      if (!list.some((p) => p.id === partner && p.link === link)) list.push({ id: partner, link });
    };
    report.links.forEach((l, i) => {
      for (const ia of l.a) for (const ib of l.b) {
        add('a', ia, ib, i);
        add('b', ib, ia, i);
      }
    });
    this.#partners = partners;
  }

  #renderSummary() {
    const s = this.#strings();
    const r = this.#report;
    const pct = new Intl.NumberFormat(this.getAttribute('lang') || 'en', { style: 'percent', maximumFractionDigits: 0 });
    const n = r.summary.conflicts;
    const sideCounts = (side, label) => h('div', { class: 'counts' },
      h('span', { class: 'counts-label', dir: 'auto' }, label),
      STATUSES.map((st) => h('span', { class: `chip ${st}` },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'num' }, String(r.summary[side][st] ?? 0)), ' ', s.status[st])),
    );
    const la = this.labelA;
    const lb = this.labelB;
    this.#ui.summary.replaceChildren(
      h('div', { class: `conflict-count${n ? '' : ' none'}` }, h('span', { 'aria-hidden': 'true' }, n ? '⚠ ' : '✓ '), s.conflicts(n)),
      h('div', { class: 'shares' },
        h('span', { class: 'share' }, s.share(bdi(la), bdi(lb), pct.format(r.summary.a_in_b))),
        h('span', { class: 'share' }, s.share(bdi(lb), bdi(la), pct.format(r.summary.b_in_a))),
      ),
      sideCounts('a', la),
      sideCounts('b', lb),
    );
  }

  #renderSide(side, token) {
    const s = this.#strings();
    const text = this.#texts[side];
    const units = this.#report[side].units;
    const box = this.#ui.cols[side].text;
    // Units are isolates (dir=auto each), which a dir=auto column would not look into: decide its direction here.
    box.setAttribute('dir', baseDirection(text));
    box.classList.toggle('large', units.length > LARGE);
    const els = [];
    this.#unitEls[side] = els;
    box.replaceChildren();
    if (!text.trim()) {
      box.append(h('p', { class: 'placeholder' }, this.#texts[other(side)].trim() ? s.emptySide : s.empty));
      return;
    }
    const clashes = this.#clashesBySide(side);
    let pos = 0;
    let i = 0;
    // One block per stretch of text between line breaks: appending to a long text then lays out only the new
    // blocks, and on large texts the browser can skip blocks off screen (content-visibility in the CSS).
    let block = h('div', { class: 'para' });
    const step = () => {
      if (token !== this.#renderToken) return;
      const frag = document.createDocumentFragment();
      const stop = Math.min(units.length, i + CHUNK);
      for (; i < stop; i++) {
        const u = units[i];
        const start = Math.max(u.start, pos);
        const end = Math.max(u.end, start);
        if (start > pos) block.append(text.slice(pos, start));
        const next = units[i + 1];
        const gapEnd = next ? Math.max(next.start, end) : text.length;
        const seg = this.#renderUnit(side, u, start, end, text, clashes.get(u.id), s);
        const gap = text.slice(end, gapEnd);
        if (gap) seg.append(h('span', { class: 'gap' }, gap));
        block.append(seg);
        els[u.id] = seg.firstChild;
        pos = Math.max(pos, gapEnd);
        if (gap.includes('\n')) {
          if (!block.parentNode) frag.append(block);
          block = h('div', { class: 'para' });
        }
      }
      if (i >= units.length && pos < text.length) block.append(text.slice(pos));
      if (block.firstChild && !block.parentNode) frag.append(block);
      box.append(frag);
      if (els.length && !box.querySelector('.unit[tabindex="0"]')) els.find(Boolean)?.setAttribute('tabindex', '0');
      // A very long text fills in over several tasks so that the page stays responsive.
      if (i < units.length) setTimeout(step, 0);
    };
    step();
  }

  /** Conflicts to show next to each unit of `side`: unit id -> [{ own, theirs, kind }]. */
  #clashesBySide(side) {
    const out = new Map();
    const units = this.#report[side].units;
    for (const link of this.#report.links) {
      for (const c of link.conflicts ?? []) {
        const idx = unitAt(units, c[side].start);
        if (idx < 0) continue;
        const id = units[idx].id;
        if (!out.has(id)) out.set(id, []);
        out.get(id).push({ own: c[side], theirs: c[other(side)], kind: c.kind });
      }
    }
    return out;
  }

  #renderUnit(side, u, start, end, text, clashes, s) {
    const seg = h('span', { class: `seg s-${u.status}` });
    const el = h('span', {
      class: `unit ${u.status}`,
      part: 'unit',
      tabindex: '-1',
      dir: 'auto',
      'data-side': side,
      'data-id': u.id,
      'data-kind': u.kind,
      'data-status': u.status,
    });
    // Its own dir keeps these words out of the unit's dir=auto guess: Arabic must stay right to left.
    el.append(h('span', { class: 'sr', dir: 'ltr' }, `${s.status[u.status] ?? u.status}. `));
    const ranges = (u.marks ?? []).map((m) => ({ start: m.start, end: m.end, cls: 'added' }));
    for (const c of clashes ?? []) ranges.push({ start: c.own.start, end: c.own.end, cls: 'clash' });
    paint(el, text, start, end, ranges);
    seg.append(el);
    if (clashes) {
      const la = this.labelA;
      const lb = this.labelB;
      for (const c of clashes) {
        const own = valueText(this.#texts[side], c.own);
        const theirs = valueText(this.#texts[other(side)], c.theirs);
        const [va, vb] = side === 'a' ? [own, theirs] : [theirs, own];
        seg.append(h('span', { class: 'clash-pill', dir: 'ltr', 'data-kind': c.kind },
          h('span', { class: 'sr' }, s.clash(la, va, lb, vb)),
          h('span', { 'aria-hidden': 'true' },
            h('span', { class: 'icon' }, '⚠'), ' ',
            h('bdi', { class: 'own' }, own), ' ↔ ', h('bdi', {}, theirs)),
        ));
      }
    }
    return seg;
  }

  #renderFacts() {
    const ui = this.#ui;
    const r = this.#report;
    if (!ui || !r) return;
    const s = this.#strings();
    const la = this.labelA;
    const lb = this.labelB;
    const f = this.filter;
    const facts = r.facts
      .map((fact, i) => ({ fact, i }))
      .filter(({ fact: x }) => f === 'all' || (f === 'divergent' ? x.status !== 'shared' : x.status === 'conflict'));
    const head = [h('h3', {}, s.facts), h('p', { class: 'facts-counts' }, s.factsCounts(r.summary.facts))];
    if (!facts.length) {
      ui.facts.replaceChildren(...head, h('p', { class: 'placeholder' }, r.facts.length ? s.noFactsFiltered : s.noFacts));
      return;
    }
    const cell = (side, mentions, i) => h('td', { dir: 'auto' }, mentions.slice(0, MENTIONS_SHOWN).map((m, j) => {
      const written = this.#texts[side].slice(m.start, m.end);
      const btn = h('button', { type: 'button', class: 'mention', 'data-fact': i, 'data-side': side, 'data-mention': j },
        h('bdi', {}, written || m.value));
      if (m.value && written && m.value.toLowerCase() !== written.toLowerCase()) btn.append(h('span', { class: 'norm' }, ` = ${m.value}`));
      return btn;
    }), mentions.length > MENTIONS_SHOWN ? h('span', { class: 'norm' }, s.moreMentions(mentions.length - MENTIONS_SHOWN)) : null);
    const shown = this.#factsAll ? facts : facts.slice(0, FACTS_SHOWN);
    const rows = shown.map(({ fact: x, i }) => {
      return h('tr', { class: `fact ${x.status}`, 'data-fact': i },
        h('td', {}, s.factKind[x.kind] ?? x.kind),
        h('td', { class: 'fact-status' }, h('span', { class: 'icon', 'aria-hidden': 'true' }, FACT_ICON[x.status] ?? ''), s.factStatus(x.status, bdi(la), bdi(lb))),
        cell('a', x.a, i),
        cell('b', x.b, i),
      );
    });
    ui.facts.replaceChildren(...head, h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.kind), h('th', { scope: 'col' }, s.statusCol),
        h('th', { scope: 'col', dir: 'auto' }, la), h('th', { scope: 'col', dir: 'auto' }, lb))),
      h('tbody', {}, rows),
    )));
    if (shown.length < facts.length) {
      const more = h('button', { type: 'button', class: 'more-facts' }, s.moreFacts(facts.length));
      more.addEventListener('click', () => {
        this.#factsAll = true;
        this.#renderFacts();
      });
      ui.facts.append(more);
    }
  }

  // ---------------------------------------------------------------- interaction

  #wireColumn(side) {
    const box = this.#ui.cols[side].text;
    const unitOf = (e) => e.target.closest?.('.unit');
    box.addEventListener('focusin', (e) => {
      const u = unitOf(e);
      if (u) this.#select(side, Number(u.dataset.id), { emit: true });
    });
    box.addEventListener('click', (e) => {
      const u = unitOf(e);
      // A click that ends a text selection must leave the selection alone.
      if (u && this.shadowRoot.activeElement !== u && !String(getSelection()).length) u.focus({ preventScroll: true });
    });
    box.addEventListener('mouseover', (e) => {
      const u = unitOf(e);
      clearTimeout(this.#hoverTimer);
      if (!u) return;
      // A short delay: sweeping the mouse across the column must not scroll the other one at every sentence.
      this.#hoverTimer = setTimeout(() => this.#preview(side, Number(u.dataset.id)), 120);
    });
    box.addEventListener('mouseleave', () => {
      clearTimeout(this.#hoverTimer);
      this.#preview(null);
    });
  }

  #partnersOf(side, id) {
    return this.#partners[side].get(id) ?? [];
  }

  #clearMarks(cls) {
    for (const el of this.shadowRoot.querySelectorAll(`.unit.${cls}`)) {
      el.classList.remove(cls);
      if (!el.classList.contains('selected') && !el.classList.contains('partner') && !el.classList.contains('preview')) delete el.dataset.link;
    }
  }

  #tie(side, id, selfCls, partnerCls, reveal) {
    const self = this.#unitEls[side][id];
    const partners = this.#partnersOf(side, id);
    if (!self) return partners;
    self.classList.add(selfCls);
    const numbers = [...new Set(partners.map((p) => p.link + 1))];
    if (numbers.length) self.dataset.link = numbers.join('·');
    let first = true;
    for (const p of partners) {
      const el = this.#unitEls[other(side)][p.id];
      if (!el) continue;
      el.classList.add(partnerCls);
      el.dataset.link = String(p.link + 1);
      if (reveal && first) this.#reveal(el);
      first = false;
    }
    return partners;
  }

  #select(side, id, { emit = false, announce = false } = {}) {
    if (this.#selected?.side === side && this.#selected?.id === id) return;
    this.#clearMarks('selected');
    this.#clearMarks('partner');
    this.#selected = { side, id };
    const self = this.#unitEls[side][id];
    if (self) {
      for (const el of this.shadowRoot.querySelectorAll(`.text[data-side="${side}"] .unit[tabindex="0"]`)) el.setAttribute('tabindex', '-1');
      self.setAttribute('tabindex', '0');
    }
    const partners = this.#tie(side, id, 'selected', 'partner', true);
    const report = this.#report;
    const unit = report[side].units[id];
    if (announce && unit) {
      const s = this.#strings();
      const label = side === 'a' ? this.labelB : this.labelA;
      this.#ui.live.textContent = `${s.status[unit.status]}. ${unit.status === 'ignored' ? '' : s.partners(partners.length, label)}`;
    }
    if (emit && unit) {
      this.#emit('select', {
        side,
        unit,
        partners: partners.map((p) => ({ side: other(side), unit: report[other(side)].units[p.id] })),
      });
    }
  }

  #preview(side, id) {
    this.#clearMarks('preview');
    this.#clearMarks('preview-partner');
    this.#hover = side ? { side, id } : null;
    if (side) this.#tie(side, id, 'preview', 'preview-partner', true);
  }

  #clearSelection() {
    this.#clearMarks('selected');
    this.#clearMarks('partner');
    this.#selected = null;
    clearFactHighlight(this);
    this.#ui.live.textContent = '';
  }

  /** Scrolls a unit into view inside its own column only: the page itself must not jump. */
  #reveal(el) {
    const box = el.closest('.text');
    if (!box) return;
    const b = box.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.top >= b.top && r.bottom <= b.bottom) return;
    const top = box.scrollTop + (r.top - b.top) - box.clientHeight / 3;
    box.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  #visible(el) {
    return el && el.getClientRects().length > 0;
  }

  #step(dir) {
    const side = this.#selected?.side ?? this.#focusedUnit()?.side ?? 'a';
    const units = this.#report?.[side]?.units ?? [];
    const wanted = this.filter === 'conflicts' ? new Set(['conflict']) : new Set(['changed', 'conflict', 'only']);
    const from = this.#selected?.side === side ? this.#selected.id : dir > 0 ? -1 : units.length;
    for (let k = 1; k <= units.length; k++) {
      const idx = (((from + dir * k) % units.length) + units.length) % units.length;
      const u = units[idx];
      const el = this.#unitEls[side][u.id];
      if (wanted.has(u.status) && this.#visible(el)) {
        el.focus({ preventScroll: true });
        this.#reveal(el);
        this.#select(side, u.id, { emit: true, announce: true });
        return;
      }
    }
    this.#ui.live.textContent = this.#strings().noMore;
  }

  #jumpToPartner(el) {
    const side = el.dataset.side;
    const partners = this.#partnersOf(side, Number(el.dataset.id));
    const target = partners.map((p) => this.#unitEls[other(side)][p.id]).find((x) => this.#visible(x));
    if (!target) return;
    target.focus({ preventScroll: true });
    this.#reveal(target);
  }

  #onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.composedPath()[0];
    const onControl = target instanceof HTMLElement && target.matches('button, input, select, textarea, a[href]');
    switch (e.key) {
      case 'j':
      case 'n':
        this.#step(1);
        break;
      case 'k':
      case 'p':
        this.#step(-1);
        break;
      case 'Enter':
        if (onControl || !target.classList?.contains('unit')) return;
        this.#jumpToPartner(target);
        break;
      case 'Escape':
        if (!this.#ui.help.hidden) this.#toggleHelp(false);
        else this.#clearSelection();
        break;
      case '?':
        this.#toggleHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  #onFactClick(e) {
    const btn = e.target.closest?.('button.mention');
    const row = e.target.closest?.('tr.fact');
    if (!row) return;
    const fact = this.#report.facts[Number(row.dataset.fact)];
    if (!fact) return;
    const targets = btn
      ? [[btn.dataset.side, fact[btn.dataset.side][Number(btn.dataset.mention)]]]
      : [['a', fact.a[0]], ['b', fact.b[0]]].filter(([, m]) => m);
    this.#highlightMentions(targets);
  }

  /** Shows where facts are told: the exact words highlighted, their sentences selected and scrolled to. */
  #highlightMentions(targets) {
    const ranges = [];
    let first = true;
    for (const [side, m] of targets) {
      const units = this.#report[side].units;
      const idx = unitAt(units, m.start);
      if (idx < 0) continue;
      const el = this.#unitEls[side][units[idx].id];
      if (!el) continue;
      if (first) {
        el.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'nearest' });
        this.#select(side, units[idx].id, { emit: true });
        first = false;
      }
      this.#reveal(el);
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation when the same mention is clicked twice
      el.classList.add('flash');
      const range = rangeIn(el, units[idx].start, m.start, m.end);
      if (range) ranges.push(range);
    }
    setFactHighlight(this, ranges);
  }
}

// The element's stylesheet, parsed once and adopted by every later element (constructable stylesheets).
let sharedSheet = null;

function shareSheet(link) {
  if (sharedSheet || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in ShadowRoot.prototype)) return;
  try {
    const sheet = new CSSStyleSheet();
    // Rules of a cross-origin sheet cannot be read: those elements keep fetching through a <link>.
    sheet.replaceSync([...link.sheet.cssRules].map((r) => r.cssText).join('\n'));
    sharedSheet = { href: link.href, sheet };
  } catch {
    // Keep the <link> for every element.
  }
}

const bdi = (text) => h('bdi', {}, text);

// First strong character decides, as dir=auto does (HTML's rule), over the whole text of a side.
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
export function baseDirection(text) {
  const m = /\p{L}/u.exec(text);
  return m ? (RTL.test(m[0]) ? 'rtl' : 'ltr') : 'auto';
}

const FACT_ICON = { shared: '=', only_a: '◆', only_b: '◆', conflict: '⚠' };

function valueText(text, m) {
  const written = text.slice(m.start, m.end).trim();
  return written || m.value || '';
}

/** Appends text[start..end] to parent, wrapping ranges in <mark>s (classes merged where they overlap). */
function paint(parent, text, start, end, ranges) {
  const inside = ranges
    .map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end), cls: r.cls }))
    .filter((r) => r.end > r.start);
  if (!inside.length) {
    parent.append(text.slice(start, end));
    return;
  }
  const cuts = new Set([start, end]);
  for (const r of inside) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i];
    const q = points[i + 1];
    const cls = [...new Set(inside.filter((r) => r.start <= p && r.end >= q).map((r) => r.cls))].join(' ');
    const piece = text.slice(p, q);
    if (cls) parent.append(h('mark', { class: cls }, piece));
    else parent.append(piece);
  }
}

/** A DOM Range over text offsets [start, end) inside a rendered unit whose text begins at `base`. */
function rangeIn(unitEl, base, start, end) {
  const walker = document.createTreeWalker(unitEl, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest('.sr') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const range = document.createRange();
  let pos = base;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!started && start < pos + len) {
      range.setStart(n, Math.max(0, start - pos));
      started = true;
    }
    if (started && end <= pos + len) {
      range.setEnd(n, Math.max(0, end - pos));
      return range;
    }
    pos += len;
  }
  return null;
}

// The Custom Highlight API marks exact words without touching the DOM; browsers without it still
// get the selected sentence and its flash.
const HIGHLIGHT = 'story-diff-fact';
const ownRanges = new WeakMap();

function setFactHighlight(owner, ranges) {
  clearFactHighlight(owner);
  if (!ranges.length || typeof Highlight !== 'function' || !globalThis.CSS?.highlights) return;
  let hl = CSS.highlights.get(HIGHLIGHT);
  if (!hl) {
    hl = new Highlight();
    CSS.highlights.set(HIGHLIGHT, hl);
  }
  for (const r of ranges) hl.add(r);
  ownRanges.set(owner, ranges);
}

function clearFactHighlight(owner) {
  const hl = globalThis.CSS?.highlights?.get(HIGHLIGHT);
  for (const r of ownRanges.get(owner) ?? []) hl?.delete(r);
  ownRanges.delete(owner);
}

// `<script type="module" src="story-diff.js?define">` registers the element with no script of one's own
// (`?define=my-tag` picks the tag), which pages with a strict Content-Security-Policy need.
const autoDefine = new URL(import.meta.url).searchParams.get('define');
if (autoDefine !== null) StoryDiff.define(autoDefine || undefined);
