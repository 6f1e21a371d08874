// <story-diff>: two versions of a story, every sentence coloured by what the other side does with it,
// under a verdict that says what was found and over how much of the texts.
//
//   <script type="module">
//     import { StoryDiff } from './story-diff.js';
//     StoryDiff.define();
//   </script>
//   <story-diff label-a="Outlet A" label-b="Outlet B">
//     <template slot="a">Floods killed 23 people on Tuesday.</template>
//     <template slot="b">On Tuesday, floods killed 27 people.</template>
//   </story-diff>
//
// Inputs: properties a, b, labelA, labelB, options, comparison, overrides; attributes a, b, label-a,
// label-b, lang (en|hi), filter (all|divergent|conflicts), comparison (auto|versions|outlets),
// hide-furniture, no-worker, wasm-url; or <template slot="a|b"> children.
// Every piece of user text reaches the shadow DOM as a text node.
//
// The pieces: story-diff-runs.js decides when and where to compare, story-diff-model.js what the
// report says (verdict, ranked clashes and facts, aligned rows), story-diff-view.js draws it, and
// story-diff-strings.js holds the words.

import { RunScheduler, WORKER_THRESHOLD } from './story-diff-runs.js';
import {
  FILTERS, COMPARISONS, SIDES, other, dedent, unitAt, baseDirection, partnersIndex, verdict, factRows, rows,
  cleanOverrides, toggleOverride, overrideCount,
} from './story-diff-model.js';
import { stringsFor } from './story-diff-strings.js';
import {
  h, bdi, viewContext, verdictView, verdictShort, verdictIcon, clashListView, countsView, asideView, comparisonView,
  legendView, columnWriter, rowsWriter, emptyViewText, factsView,
} from './story-diff-view.js';

export { WORKER_THRESHOLD, dedent, baseDirection };

/** Milliseconds of drawing per task: a long text fills in over several frames, the page answering between them. */
const SLICE_MS = 30;
/** Above this many units on a side, blocks off screen skip layout until scrolled to. */
const LARGE = 1_500;
/** Facts rows shown before a "show all" button: a table of thousands of rows costs more than it tells. */
const FACTS_SHOWN = 200;
/** Narrower than this (CSS px), the element reads as one column: each sentence followed by its partner. */
const NARROW = 700;

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export class StoryDiff extends HTMLElement {
  static observedAttributes = ['a', 'b', 'label-a', 'label-b', 'lang', 'filter', 'comparison', 'hide-furniture', 'wasm-url', 'no-worker'];

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
  #overrides = {};
  #timeoutMs = 60_000;

  #runs = new RunScheduler({
    inputs: () => ({ a: this.a, b: this.b, options: this.#engineOptions() }),
    workerAllowed: () => !this.hasAttribute('no-worker'),
    timeoutMs: () => this.#timeoutMs,
    report: () => this.#report,
    busy: (on, cancellable) => this.#setBusy(on, cancellable),
    shown: (report, a, b) => this.#show(report, a, b),
    failed: (err, stale) => this.#fail(err, stale),
    ready: () => {
      this.#setMessage(null);
      this.#emit('ready', {});
    },
  });

  // Display state
  #report = null;
  #texts = { a: '', b: '' };
  #model = null; // { verdict, facts, partners }
  #ctx = null;
  #built = false;
  #ui = null;
  #unitEls = { a: [], b: [] };
  #selected = null; // { side, id }
  #hoverTimer = 0;
  #renderToken = 0;
  #busyTimer = 0;
  #busySince = 0;
  #factsAll = false;
  #chipCursor = new Map();
  #narrow = false;
  #moreOpen = null; // the reader's choice for the counts' <details>, else open where there is room
  #layout = 'columns';
  #resize = null;
  #verdictSeen = null; // IntersectionObserver: the short verdict in the bar shows once the summary's scrolls away
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
    const next = v == null ? null : String(v);
    if (next !== this.#a) this.#sideChanged('a');
    this.#a = next;
    this.#inputChanged();
  }
  get b() {
    return this.#b ?? this.#templateText('b') ?? '';
  }
  set b(v) {
    const next = v == null ? null : String(v);
    if (next !== this.#b) this.#sideChanged('b');
    this.#b = next;
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
  /** Engine options: { sensitivity, factKinds, comparison, … }. See storydiff.d.ts. */
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
  /** How to compare: 'auto' (the engine judges), 'versions' (of one article) or 'outlets'. */
  get comparison() {
    const c = this.getAttribute('comparison');
    return COMPARISONS.includes(c) ? c : 'auto';
  }
  set comparison(v) {
    if (COMPARISONS.includes(v) && v !== 'auto') this.setAttribute('comparison', v);
    else this.removeAttribute('comparison');
  }
  /**
   * Units the reader moved between story and furniture: { storyA, furnitureA, storyB, furnitureB },
   * lists of unit ids. They hold for the texts they were made on: a side's list empties when its text changes.
   */
  get overrides() {
    return cleanOverrides(this.#overrides);
  }
  set overrides(v) {
    this.#overrides = cleanOverrides(v);
    this.#inputChanged();
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
  /** The two texts the report on screen was made from (the inputs may have changed since). */
  get reportTexts() {
    return { ...this.#texts };
  }
  /** The element's stylesheet as text (for a report that should look like it), or '' when it cannot be read. */
  get styleText() {
    const sheet = sharedSheet?.sheet ?? this.#sheet?.sheet;
    try {
      return sheet ? [...sheet.cssRules].map((r) => r.cssText).join('\n') : '';
    } catch {
      return '';
    }
  }

  #templateText(side) {
    const t = this.querySelector(`:scope > template[slot="${side}"]`);
    return t ? dedent(t.content.textContent) : null;
  }

  #strings() {
    return stringsFor(this.getAttribute('lang'));
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    switch (name) {
      case 'a':
        this.#sideChanged('a');
        this.#a = value;
        this.#inputChanged();
        break;
      case 'b':
        this.#sideChanged('b');
        this.#b = value;
        this.#inputChanged();
        break;
      case 'comparison':
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
    for (const prop of ['a', 'b', 'labelA', 'labelB', 'options', 'overrides', 'comparison', 'filter', 'hideFurniture', 'timeoutMs']) {
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
    // Narrow, the element reads as one column of sentences each followed by its partner.
    this.#resize ??= new ResizeObserver(() => this.#measure());
    this.#resize.observe(this);
    if (!this.#runs.ready && !this.#runs.starting) this.#setMessage(this.#strings().loading);
    const url = this.getAttribute('wasm-url');
    this.#runs.start(url ? new URL(url, document.baseURI) : undefined);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#resize?.disconnect();
    this.#runs.pause();
  }

  #sideChanged(side) {
    // Unit ids belong to the text they were cut from.
    const S = side.toUpperCase();
    if (this.#overrides[`story${S}`] || this.#overrides[`furniture${S}`]) {
      const next = { ...this.#overrides };
      delete next[`story${S}`];
      delete next[`furniture${S}`];
      this.#overrides = next;
    }
  }

  #inputChanged() {
    this.#runs.changed();
  }

  #measure() {
    const narrow = this.getBoundingClientRect().width < NARROW;
    if (narrow === this.#narrow) return;
    this.#narrow = narrow;
    if (this.#report && this.#ui) {
      this.#ctx = this.#context();
      this.#renderSummary();
    }
    this.#applyView();
  }

  // ---------------------------------------------------------------- runs

  /** Compares now (no debounce). Resolves with the report for the current texts. */
  compare() {
    return this.#runs.compare();
  }

  /** Abandons the comparison in progress; the last report stays on screen. */
  cancel() {
    if (this.#runs.cancel()) {
      this.#setMessage(this.#strings().cancelled);
      // The report on screen is for older texts: it stays, faded, until a new one replaces it.
      if (this.#report && this.#runs.stale) this.setAttribute('stale', '');
    }
  }

  #engineOptions() {
    const out = {};
    for (const [k, v] of Object.entries(this.#options)) {
      // Unknown options go through so that the engine can name them in its error.
      if (!['hideFurniture', 'labelA', 'labelB'].includes(k) && v !== undefined) out[k] = v;
    }
    if (this.comparison !== 'auto') out.comparison = this.comparison;
    for (const [k, ids] of Object.entries(this.#overrides)) out[k] = [...new Set([...(out[k] ?? []), ...ids])];
    return out;
  }

  #fail(err, stale) {
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
    if (this.#report && stale) this.setAttribute('stale', '');
    this.#emit('error', { message });
  }

  #show(report, a, b) {
    this.removeAttribute('stale');
    // A unit moved between story and furniture, or a comparison switched, keeps its selection; new texts do not.
    const keep = a === this.#texts.a && b === this.#texts.b ? this.#selected : null;
    this.#report = report;
    this.#factsAll = false;
    this.#chipCursor.clear();
    this.#texts = { a, b };
    this.#setMessage(null);
    this.#redraw();
    if (keep && report[keep.side]?.units[keep.id]) this.#select(keep.side, keep.id);
    this.#emit('result', { report });
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`story-diff:${name}`, { bubbles: true, composed: true, detail }));
  }

  #setBusy(busy, cancellable = false) {
    const ui = this.#ui;
    clearInterval(this.#busyTimer);
    const was = this.hasAttribute('busy');
    this.toggleAttribute('busy', busy);
    if (busy && cancellable) this.#setMessage(null);
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
    const furnitureText = h('span', {}, s.furniture(0));
    const helpButton = h('button', { type: 'button', class: 'help-button', 'aria-expanded': 'false', title: s.helpButton },
      h('span', { 'aria-hidden': 'true' }, '?'), h('span', { class: 'sr' }, s.helpButton));
    const barVerdict = h('button', { type: 'button', class: 'bar-verdict', hidden: true, title: s.verdictLabel });
    // The switch sits with the counts of lines set aside, in the summary (drawn with each report).
    const furnitureSwitch = h('label', { class: 'switch' }, furniture, furnitureText);
    const toolbar = h('div', { class: 'toolbar', part: 'toolbar', role: 'toolbar', 'aria-label': s.toolbar },
      barVerdict,
      h('div', { class: 'filters', role: 'group', 'aria-label': s.show }, h('span', { class: 'filters-label', 'aria-hidden': 'true' }, s.show), filterButtons),
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

    const summary = h('section', { class: 'summary', part: 'summary', 'aria-live': 'polite', 'aria-label': s.verdictLabel });
    // One line of samples; the reader opens it for what each means.
    const legend = legendView(s, this.#ui ? this.#ui.legend.open : false);

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
    const rowsBox = h('div', { class: 'rows', lang: '', hidden: true });

    const selInfo = h('span', { class: 'sel-info' });
    const selPartner = h('button', { type: 'button', class: 'sel-partner' }, s.goPartner);
    const selMove = h('button', { type: 'button', class: 'sel-move' });
    const selClose = h('button', { type: 'button', class: 'sel-close', 'aria-label': s.closeSelection, title: s.closeSelection }, '×');
    const selbar = h('div', { class: 'selbar', hidden: true }, selInfo, selPartner, selMove, selClose);

    const facts = h('section', { class: 'facts', part: 'facts' });
    const live = h('div', { class: 'sr', 'aria-live': 'polite' });

    wrap.append(toolbar, help, busy, message, summary, legend, columns, rowsBox, selbar, facts, live);
    // The same <link> stays in place across rebuilds: moving it would fetch the stylesheet again.
    if (this.#ui?.root.parentNode === root) this.#ui.root.replaceWith(wrap);
    else root.replaceChildren(...(this.#sheet ? [this.#sheet] : []), wrap);

    this.#ui = {
      root: wrap, toolbar, barVerdict, filterButtons, furniture, furnitureText, furnitureSwitch, helpButton, help, busy, busyText, cancel, message,
      summary, legend, columns, cols: { a: colA, b: colB }, rowsBox, selbar, selInfo, selPartner, selMove, facts, live,
    };
    this.#built = true;

    for (const btn of filterButtons) btn.addEventListener('click', () => { this.filter = btn.dataset.filter; });
    furniture.addEventListener('change', () => { this.hideFurniture = furniture.checked; });
    helpButton.addEventListener('click', () => this.toggleHelp());
    barVerdict.addEventListener('click', () => summary.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' }));
    cancel.addEventListener('click', () => this.cancel());
    for (const box of [colA.text, colB.text, rowsBox]) this.#wireUnits(box);
    summary.addEventListener('click', (e) => this.#onSummaryClick(e));
    selPartner.addEventListener('click', () => {
      const sel = this.#selected;
      if (sel) this.#jumpToPartner(sel.side, sel.id);
    });
    selMove.addEventListener('click', () => this.#moveSelected());
    selClose.addEventListener('click', () => this.clearSelection());
    wrap.addEventListener('keydown', (e) => this.#onKey(e));
    facts.addEventListener('click', (e) => this.#onFactClick(e));

    if (this.hasAttribute('busy')) this.#setBusy(true, this.#runs.running);
    if (this.#runs.starting) this.#setMessage(s.loading);
    this.#applyView();
  }

  #applyView() {
    const ui = this.#ui;
    if (!ui) return;
    const f = this.filter;
    for (const btn of ui.filterButtons) btn.setAttribute('aria-pressed', String(btn.dataset.filter === f));
    ui.furniture.checked = this.hideFurniture;
    ui.columns.classList.toggle('no-furniture', this.hideFurniture);
    ui.rowsBox.classList.toggle('no-furniture', this.hideFurniture);
    this.toggleAttribute('narrow', this.#narrow);
    if (!this.#report) return;
    const keep = this.#selected;
    this.#ctx = this.#context();
    this.#renderBody();
    this.#renderFacts();
    if (keep && this.#unitEls[keep.side][keep.id]) this.#select(keep.side, keep.id);
  }

  /** Shows or hides the list of keyboard shortcuts. */
  toggleHelp(force) {
    const ui = this.#ui;
    if (!ui) return;
    const open = force ?? ui.help.hidden;
    ui.help.hidden = !open;
    ui.helpButton.setAttribute('aria-expanded', String(open));
  }

  // ---------------------------------------------------------------- report rendering

  #context() {
    return viewContext({
      report: this.#report,
      texts: this.#texts,
      labels: { a: this.labelA, b: this.labelB },
      s: this.#strings(),
      lang: this.getAttribute('lang') || 'en',
      model: this.#model,
      filter: this.filter,
      hideFurniture: this.hideFurniture,
      comparison: this.comparison,
      moved: overrideCount(this.#overrides),
      large: this.#report.a.units.length + this.#report.b.units.length > LARGE,
    });
  }

  #redraw() {
    if (!this.#ui) return;
    const ui = this.#ui;
    ui.cols.a.label.textContent = this.labelA;
    ui.cols.b.label.textContent = this.labelB;
    const report = this.#report;
    if (!report) return;
    this.#model = {
      verdict: verdict(report, this.#texts),
      facts: factRows(report, this.#texts),
      partners: partnersIndex(report),
    };
    this.#ctx = this.#context();
    const focused = this.#focusedUnit();
    this.#renderSummary();
    this.#renderBody();
    this.#renderFacts();
    if (focused && this.#unitEls[focused.side][focused.id]) focusUnit(this.#unitEls[focused.side][focused.id]);
  }

  #focusedUnit() {
    const el = this.shadowRoot.activeElement;
    return el?.classList?.contains('unit') ? { side: el.dataset.side, id: Number(el.dataset.id) } : null;
  }

  #renderSummary() {
    const ctx = this.#ctx;
    const ui = this.#ui;
    const v = this.#model.verdict;
    const ignored = this.#report.summary.a.ignored + this.#report.summary.b.ignored;
    ui.furnitureText.textContent = ctx.s.furniture(ignored);
    ui.barVerdict.hidden = v.kind === 'empty';
    ui.barVerdict.className = `bar-verdict v-${v.kind}`;
    ui.barVerdict.replaceChildren(h('span', { 'aria-hidden': 'true' }, verdictIcon(v.kind), ' '), h('span', {}, verdictShort(ctx)));
    if (v.kind === 'empty') {
      this.#verdictSeen?.disconnect();
      ui.summary.replaceChildren();
      return;
    }
    const verdictEl = verdictView(ctx);
    ui.summary.replaceChildren(...[
      verdictEl,
      clashListView(ctx),
      this.#summaryMore(ctx),
      // On a phone the verdict, the values and the first sentences come first: the comparison's
      // kind goes with the counts, one tap away.
      this.#narrow ? null : comparisonView(ctx),
    ].filter(Boolean));
    // The same words twice on one screen say nothing more: the bar's copy waits until the verdict
    // has scrolled away under it.
    this.#verdictSeen?.disconnect();
    if (typeof IntersectionObserver === 'function') {
      this.#verdictSeen = new IntersectionObserver(([entry]) => {
        ui.toolbar.classList.toggle('verdict-in-view', entry.isIntersecting);
      }, { rootMargin: `-${Math.round(ui.toolbar.offsetHeight || 48)}px 0px 0px 0px` });
      this.#verdictSeen.observe(verdictEl);
    }
  }

  /** Counts per side and the lines set aside, with the switch that hides them: open where there is room. */
  #summaryMore(ctx) {
    const more = h('details', { class: 'summary-foot', open: this.#moreOpen ?? !this.#narrow },
      h('summary', {}, this.#narrow ? ctx.s.countsTitleNarrow : ctx.s.countsTitle),
      countsView(ctx), asideView(ctx), this.#ui.furnitureSwitch, this.#narrow ? comparisonView(ctx) : null);
    more.addEventListener('toggle', () => {
      if (more.isConnected) this.#moreOpen = more.open;
    });
    return more;
  }

  /** The columns (side by side, as written) or the aligned rows (on a phone, and for the filters). */
  #renderBody() {
    const ui = this.#ui;
    const ctx = this.#ctx;
    const token = ++this.#renderToken;
    // Keep the reader's place: the columns scrolled where they were.
    const scroll = { a: ui.cols.a.text.scrollTop, b: ui.cols.b.text.scrollTop };
    this.#selected = null;
    this.#unitEls = { a: [], b: [] };
    this.#hideSelbar();
    const layout = this.filter !== 'all' || this.#narrow ? 'rows' : 'columns';
    this.#layout = layout;
    this.setAttribute('layout', layout);
    ui.columns.hidden = layout !== 'columns';
    ui.rowsBox.hidden = layout !== 'rows';
    for (const side of SIDES) ui.cols[side].text.replaceChildren();
    ui.rowsBox.replaceChildren();
    const onUnit = (side) => (id, el) => {
      this.#unitEls[side][id] = el;
    };
    const empty = this.#model.verdict.kind === 'empty';
    const run = (write, box) => {
      let first = true;
      const step = () => {
        if (token !== this.#renderToken) return;
        const more = write(SLICE_MS);
        // One unit in the tab order (roving tabindex): Tab enters the text there.
        if (first) box.querySelector('.unit')?.setAttribute('tabindex', '0');
        first = false;
        // A very long text fills in over several tasks so that the page stays responsive.
        if (more) setTimeout(step, 0);
      };
      step();
    };
    if (layout === 'columns') {
      for (const side of SIDES) {
        const box = ui.cols[side].text;
        // Units are isolates (dir=auto each), which a dir=auto column would not look into: decide its direction here.
        box.setAttribute('dir', baseDirection(ctx.texts[side]));
        box.classList.toggle('large', ctx.report[side].units.length > LARGE);
        if (!ctx.texts[side].trim()) {
          box.append(h('p', { class: 'placeholder' }, ctx.texts[other(side)].trim() ? ctx.s.emptySide : ctx.s.empty));
          continue;
        }
        run(columnWriter(ctx, side, box, onUnit(side)), box);
      }
      if (scroll.a) ui.cols.a.text.scrollTop = scroll.a;
      if (scroll.b) ui.cols.b.text.scrollTop = scroll.b;
      return;
    }
    if (empty) {
      ui.rowsBox.append(h('p', { class: 'placeholder' }, ctx.s.empty));
      return;
    }
    const list = rows(ctx.report, this.#model.partners, { filter: this.filter, hideFurniture: this.hideFurniture });
    ui.rowsBox.classList.toggle('large', list.length > LARGE);
    if (!list.length) {
      ui.rowsBox.append(h('p', { class: 'placeholder view-empty' }, emptyViewText(ctx)));
      return;
    }
    run(rowsWriter(ctx, list, ui.rowsBox, (id, el, side) => onUnit(side)(id, el)), ui.rowsBox);
  }

  #renderFacts() {
    const ui = this.#ui;
    if (!ui || !this.#report) return;
    if (this.#model.verdict.kind === 'empty') {
      ui.facts.replaceChildren();
      return;
    }
    const { nodes, more, total } = factsView(this.#ctx, { all: this.#factsAll, shown: FACTS_SHOWN });
    ui.facts.replaceChildren(...nodes);
    if (more > 0) {
      const button = h('button', { type: 'button', class: 'more-facts' }, this.#ctx.s.moreFacts(total));
      button.addEventListener('click', () => {
        this.#factsAll = true;
        this.#renderFacts();
      });
      ui.facts.append(button);
    }
  }

  // ---------------------------------------------------------------- interaction

  #wireUnits(box) {
    const unitOf = (e) => e.target.closest?.('.unit');
    box.addEventListener('focusin', (e) => {
      const u = unitOf(e);
      if (u) this.#select(u.dataset.side, Number(u.dataset.id), { emit: true });
    });
    box.addEventListener('click', (e) => {
      const u = unitOf(e);
      if (!u) return;
      // A click that ends a text selection must leave the selection alone.
      if (String(getSelection()).length) return;
      if (this.shadowRoot.activeElement !== u) focusUnit(u);
      // Clicked or tapped: the sentence and its partner, together in view.
      this.#bringIntoView(u.dataset.side, Number(u.dataset.id));
    });
    box.addEventListener('mouseover', (e) => {
      const u = unitOf(e);
      clearTimeout(this.#hoverTimer);
      if (!u) return;
      // A short delay: sweeping the mouse across the column must not scroll the other one at every sentence.
      this.#hoverTimer = setTimeout(() => this.#preview(u.dataset.side, Number(u.dataset.id)), 120);
    });
    box.addEventListener('mouseleave', () => {
      clearTimeout(this.#hoverTimer);
      this.#preview(null);
    });
  }

  #partnersOf(side, id) {
    return this.#model?.partners[side].get(id) ?? [];
  }

  #clearMarks(cls) {
    for (const el of this.shadowRoot.querySelectorAll(`.unit.${cls}`)) el.classList.remove(cls);
  }

  #tie(side, id, selfCls, partnerCls) {
    this.#unitEls[side][id]?.classList.add(selfCls);
    const partners = this.#partnersOf(side, id);
    for (const p of partners) this.#unitEls[other(side)][p.id]?.classList.add(partnerCls);
    return partners;
  }

  #select(side, id, { emit = false, announce = false, reveal = false } = {}) {
    if (this.#selected?.side === side && this.#selected?.id === id) {
      if (reveal) this.#bringIntoView(side, id);
      return;
    }
    this.#clearMarks('selected');
    this.#clearMarks('partner');
    this.#selected = { side, id };
    const self = this.#unitEls[side][id];
    if (self) {
      for (const el of this.shadowRoot.querySelectorAll('.unit[tabindex="0"]')) el.setAttribute('tabindex', '-1');
      self.setAttribute('tabindex', '0');
    }
    const partners = this.#tie(side, id, 'selected', 'partner');
    const report = this.#report;
    const unit = report[side].units[id];
    this.#showSelbar(side, unit, partners);
    if (reveal) this.#bringIntoView(side, id);
    else this.#alignPartner(side, id);
    if (announce && unit) {
      const s = this.#strings();
      const label = side === 'a' ? this.labelB : this.labelA;
      const words = unit.status === 'ignored' ? [] : s.partners(partners.length, label);
      this.#ui.live.textContent = `${s.status[unit.status]}. ${words.join('')}`;
    }
    if (emit && unit) {
      this.#emit('select', {
        side,
        unit,
        partners: partners.map((p) => ({ side: other(side), unit: report[other(side)].units[p.id] })),
      });
    }
  }

  #showSelbar(side, unit, partners) {
    const ui = this.#ui;
    if (!unit) return;
    const s = this.#strings();
    const label = side === 'a' ? this.labelA : this.labelB;
    const otherLabel = side === 'a' ? this.labelB : this.labelA;
    ui.selInfo.replaceChildren(...h('span', {},
      h('span', { class: 'side-badge', 'aria-hidden': 'true' }, side.toUpperCase()), ' ',
      s.selected(bdi(label), s.status[unit.status]), ' ',
      unit.status === 'ignored' ? '' : s.partners(partners.length, bdi(otherLabel))).childNodes);
    ui.selPartner.hidden = partners.length === 0;
    ui.selMove.textContent = unit.status === 'ignored' ? s.toStory : s.toFurniture;
    ui.selbar.hidden = false;
  }

  #hideSelbar() {
    if (this.#ui) this.#ui.selbar.hidden = true;
  }

  #preview(side, id) {
    this.#clearMarks('preview');
    this.#clearMarks('preview-partner');
    if (!side) return;
    this.#tie(side, id, 'preview', 'preview-partner');
    // With a sentence selected, the columns stay where they put it and its partner: a sentence
    // that slides under the pointer as they scroll must not scroll them away again.
    if (!this.#selected) this.#alignPartner(side, id);
  }

  /** Clears the selection and its highlights. */
  clearSelection() {
    this.#clearMarks('selected');
    this.#clearMarks('partner');
    this.#selected = null;
    this.#hideSelbar();
    clearFactHighlight(this);
    if (this.#ui) this.#ui.live.textContent = '';
  }

  /** Moves the selected sentence between story and furniture, and compares again. */
  #moveSelected() {
    const sel = this.#selected;
    const unit = sel && this.#report?.[sel.side].units[sel.id];
    if (!unit) return;
    this.#overrides = toggleOverride(this.#overrides, sel.side, sel.id, unit.status !== 'ignored');
    this.#inputChanged();
    this.compare().catch(() => {});
  }

  /** Where the top and bottom of what the reader can see are, inside the bars that stay in view. */
  #viewport() {
    const bar = this.#ui.toolbar.getBoundingClientRect();
    const sel = this.#ui.selbar.getBoundingClientRect();
    // The selection bar covers the window's foot only while it is stuck there.
    const stuck = !this.#ui.selbar.hidden && sel.bottom >= innerHeight - 2 && sel.top < innerHeight;
    return { top: Math.max(0, bar.bottom), bottom: stuck ? sel.top : innerHeight };
  }

  /** In the columns, scrolls the partner's column so that it sits level with the unit. */
  #alignPartner(side, id) {
    if (this.#layout !== 'columns') return null;
    const self = this.#unitEls[side][id];
    const partner = this.#partnersOf(side, id).map((p) => this.#unitEls[other(side)][p.id]).find(Boolean);
    if (!self || !partner) return null;
    const box = partner.closest('.text');
    const b = box.getBoundingClientRect();
    const r = partner.getBoundingClientRect();
    const want = Math.max(self.getBoundingClientRect().top, b.top + 8);
    let top = box.scrollTop + (r.top - want);
    top = Math.max(0, Math.min(top, box.scrollHeight - box.clientHeight));
    if (Math.abs(top - box.scrollTop) < 2) return { partner, shift: 0 };
    const shift = top - box.scrollTop;
    box.scrollTo({ top, behavior: reducedMotion() ? 'auto' : 'smooth' });
    return { partner, shift };
  }

  /**
   * Brings a unit and its first partner into view together: in the columns, the unit's column
   * scrolled to it, the partner's level with it, and the page scrolled so that both show; in the
   * rows, the page scrolled to the two.
   */
  #bringIntoView(side, id, partnerEl = null) {
    const self = this.#unitEls[side][id];
    if (!self) return;
    const smooth = reducedMotion() ? 'auto' : 'smooth';
    const rects = [];
    if (this.#layout === 'columns') {
      const partner = partnerEl ?? this.#partnersOf(side, id).map((p) => this.#unitEls[other(side)][p.id]).find(Boolean);
      if (partner) {
        const moved = levelPair(self, partner);
        rects.push(moved.self, moved.partner);
      } else {
        const box = self.closest('.text');
        const b = box.getBoundingClientRect();
        let r = self.getBoundingClientRect();
        if (r.top < b.top || r.bottom > b.bottom) {
          const top = Math.max(0, box.scrollTop + (r.top - b.top) - box.clientHeight / 3);
          box.scrollTop += Math.min(top, box.scrollHeight - box.clientHeight) - box.scrollTop;
          r = self.getBoundingClientRect();
        }
        rects.push(r);
      }
      // The columns' own box must show too: its top bar and bottom edge are where the reader scrolls.
      const cols = this.#ui.columns.getBoundingClientRect();
      const view = this.#viewport();
      if (cols.height <= view.bottom - view.top && (cols.top < view.top || cols.bottom > view.bottom)) {
        rects.push(cols);
      }
    } else {
      rects.push(self.getBoundingClientRect());
      const partner = partnerEl ?? this.#partnersOf(side, id).map((p) => this.#unitEls[other(side)][p.id]).find(Boolean);
      if (partner) rects.push(partner.getBoundingClientRect());
    }
    const view = this.#viewport();
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    let dy = 0;
    if (bottom - top <= view.bottom - view.top - 16) {
      if (top < view.top + 8) dy = top - view.top - 8;
      else if (bottom > view.bottom - 8) dy = bottom - view.bottom + 8;
    } else if (rects[0].top < view.top || rects[0].top > view.bottom - 40) {
      dy = rects[0].top - view.top - 8;
    }
    if (Math.abs(dy) >= 1) window.scrollBy({ top: dy, behavior: smooth });
  }

  #visible(el) {
    return el && el.getClientRects().length > 0;
  }

  /** Selects the next difference (j). */
  next() {
    this.#step(1);
  }

  /** Selects the previous difference (k). */
  previous() {
    this.#step(-1);
  }

  #step(dir) {
    if (!this.#report) return;
    const side = this.#selected?.side ?? this.#focusedUnit()?.side ?? 'a';
    const units = this.#report[side]?.units ?? [];
    const wanted = this.filter === 'conflicts' ? new Set(['conflict']) : new Set(['changed', 'conflict', 'only']);
    const from = this.#selected?.side === side ? this.#selected.id : dir > 0 ? -1 : units.length;
    for (let k = 1; k <= units.length; k++) {
      const idx = (((from + dir * k) % units.length) + units.length) % units.length;
      const u = units[idx];
      const el = this.#unitEls[side][u.id];
      if (wanted.has(u.status) && this.#visible(el)) {
        focusUnit(el);
        this.#select(side, u.id, { emit: true, announce: true, reveal: true });
        return;
      }
    }
    this.#ui.live.textContent = this.#strings().noMore;
  }

  #jumpToPartner(side, id) {
    const target = this.#partnersOf(side, id).map((p) => this.#unitEls[other(side)][p.id]).find((x) => this.#visible(x));
    if (!target) return;
    focusUnit(target);
    this.#bringIntoView(other(side), Number(target.dataset.id));
  }

  #onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.composedPath()[0];
    const onControl = target instanceof HTMLElement && target.matches('button, input, select, textarea, a[href], summary');
    switch (e.key) {
      case 'j':
      case 'n':
        this.next();
        break;
      case 'k':
      case 'p':
        this.previous();
        break;
      case 'Enter':
        if (onControl || !target.classList?.contains('unit')) return;
        this.#jumpToPartner(target.dataset.side, Number(target.dataset.id));
        break;
      case 'Escape':
        if (!this.#ui.help.hidden) this.toggleHelp(false);
        else this.clearSelection();
        break;
      case '?':
        this.toggleHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  #onSummaryClick(e) {
    const place = e.target.closest?.('button.place');
    if (place) {
      const c = this.#model.verdict.clashes[Number(place.dataset.clash)];
      if (!c) return;
      const p = c.places[0];
      const side = place.dataset.side;
      const self = this.#unitEls[side][p[side]];
      // The sentence on the other side that tells the other value: its partner here, linked or not.
      const partner = this.#unitEls[other(side)][p[other(side)]];
      if (self) focusUnit(self);
      this.#select(side, p[side], { emit: true });
      partner?.classList.add('partner');
      this.#bringIntoView(side, p[side], partner);
      this.#highlight([['a', p.am], ['b', p.bm]]);
      return;
    }
    const choice = e.target.closest?.('button.comparison-choice');
    if (choice) {
      this.comparison = choice.dataset.comparison;
      return;
    }
    if (e.target.closest?.('button.comparison-auto')) {
      this.comparison = 'auto';
      return;
    }
    if (e.target.closest?.('button.undo-moves')) this.overrides = {};
  }

  #onFactClick(e) {
    const chip = e.target.closest?.('button.mention');
    const row = e.target.closest?.('tr.fact');
    if (!row) return;
    const r = this.#model.facts[Number(row.dataset.fact)];
    if (!r) return;
    let targets;
    if (chip) {
      // Each click on a chip goes to the next place it is told.
      const side = chip.dataset.side;
      const c = r[side][Number(chip.dataset.chip)];
      const key = `${row.dataset.fact}:${side}:${chip.dataset.chip}`;
      const n = this.#chipCursor.get(key) ?? 0;
      this.#chipCursor.set(key, n + 1);
      targets = [[side, c.mentions[n % c.mentions.length]]];
    } else {
      targets = [['a', r.a[0]?.mentions[0]], ['b', r.b[0]?.mentions[0]]].filter(([, m]) => m);
    }
    const [side, m] = targets[0];
    const units = this.#report[side].units;
    const idx = unitAt(units, m.start);
    if (idx >= 0 && this.#unitEls[side][units[idx].id]) {
      const el = this.#unitEls[side][units[idx].id];
      focusUnit(el);
      this.#select(side, units[idx].id, { emit: true, reveal: true });
    }
    this.#highlight(targets);
  }

  /** Shows where values are told: the exact words highlighted and their sentences flashed. */
  #highlight(targets) {
    const ranges = [];
    for (const [side, m] of targets) {
      const units = this.#report[side].units;
      const idx = unitAt(units, m.start);
      if (idx < 0) continue;
      const el = this.#unitEls[side][units[idx].id];
      if (!el) continue;
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation when the same mention is clicked twice
      el.classList.add('flash');
      const range = rangeIn(el, units[idx].start, m.start, m.end);
      if (range) ranges.push(range);
    }
    setFactHighlight(this, ranges);
  }
}

/**
 * Scrolls the two columns so that a unit and its partner sit level, where both columns can reach
 * that line (a partner near the top of its text cannot come down to a unit further down: then the
 * unit goes up to it); where no line is common to both, as near as they can come. Returns where
 * the two will be.
 */
function levelPair(self, partner) {
  const reach = (el) => {
    const box = el.closest('.text');
    const r = el.getBoundingClientRect();
    const max = box.scrollHeight - box.clientHeight;
    return { box, r, lo: r.top - (max - box.scrollTop), hi: r.top + box.scrollTop, b: box.getBoundingClientRect() };
  };
  const a = reach(self);
  const p = reach(partner);
  const height = Math.max(a.r.height, p.r.height);
  const lo = Math.max(a.lo, p.lo, a.b.top + 8, p.b.top + 8);
  const hi = Math.min(a.hi, p.hi, a.b.bottom - height - 8, p.b.bottom - height - 8);
  let ya;
  let yp;
  if (lo <= hi) {
    ya = Math.min(Math.max(a.r.top, lo), hi);
    yp = ya;
  } else {
    // No common line: as close as the two can come.
    const within = (x) => [Math.max(x.lo, x.b.top + 8), Math.max(Math.min(x.hi, x.b.bottom - x.r.height - 8), x.lo)];
    const [alo, ahi] = within(a);
    const [plo, phi] = within(p);
    if (alo > phi) [ya, yp] = [alo, phi];
    else [ya, yp] = [ahi, plo];
  }
  const smooth = reducedMotion() ? 'auto' : 'smooth';
  for (const [x, y] of [[a, ya], [p, yp]]) {
    const shift = x.r.top - y;
    if (Math.abs(shift) >= 1) x.box.scrollTo({ top: x.box.scrollTop + shift, behavior: smooth });
  }
  return { self: { top: ya, bottom: ya + a.r.height }, partner: { top: yp, bottom: yp + p.r.height } };
}

/** Focuses a unit without scrolling; units of long texts become focusable only when they are wanted. */
function focusUnit(el) {
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
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
