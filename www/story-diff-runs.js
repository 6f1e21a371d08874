// When <story-diff> compares, and where: the engine's start (and its worker's warm-up), the wait
// for a pause in typing, the choice between the page's thread and the worker, runs superseded by
// newer texts, Cancel, and promises for callers of compare(). The element draws; this decides.
//
// The host (the element) provides:
//   inputs()          { a, b, options } to compare now
//   workerAllowed()   whether long texts may go to a worker (no-worker, the single-file build)
//   timeoutMs()       how long a run in the worker may take
//   report()          the report on screen
//   busy(on, cancellable), shown(report, a, b), failed(error, stale), ready()

import { init, compare as compareHere, compareInWorker, warmWorker, abortError } from './storydiff.js';

/** Inputs longer than this (both sides together, in UTF-16 units) are compared in a worker. */
export const WORKER_THRESHOLD = 50_000;
const DEBOUNCE_MS = 150;
/** A run in the worker older than this is stopped, not waited for, when the texts change again. */
const SUPERSEDE_AFTER_MS = 1_000;
const WARM_WAIT_MS = 3_000;
/** Worker starts that may fail in a row before long texts are compared on the page instead. */
const WORKER_TRIES = 2;
/** A comparison on the page that takes longer than this blocks typing: texts that long go to the worker from then on. */
const SLOW_MS = 80;

// Learned across elements: the size (UTF-16 units, both sides) of the smallest pair that was slow on the page.
let slowSize = Infinity;

export class RunScheduler {
  #host;
  #engine = null; // Promise from init()
  #ready = false;
  #inputVersion = 0;
  #shownVersion = -1;
  #debounce = 0;
  #supersede = 0;
  #running = null; // { version, controller, t0 } for a run in the worker
  #waiters = [];
  #workerBroken = false;
  #workerFailures = 0; // worker starts that failed in a row
  #lastRunMs = 0;

  constructor(host) {
    this.#host = host;
  }

  get ready() {
    return this.#ready;
  }
  get starting() {
    return Boolean(this.#engine) && !this.#ready;
  }
  /** A run in the worker is under way (it can be cancelled). */
  get running() {
    return Boolean(this.#running);
  }
  /** The texts changed since the report on screen was made. */
  get stale() {
    return this.#shownVersion !== this.#inputVersion;
  }

  /** Loads the engine (once; a failed load is retried on the next call). */
  start(wasmUrl) {
    if (this.#engine) return;
    this.#engine = init(wasmUrl)
      .then(() => this.#warm())
      .then(
        () => {
          this.#ready = true;
          this.#host.ready();
          this.#kick();
        },
        (err) => {
          this.#engine = null; // a later start() retries
          this.#fail(err);
        },
      );
  }

  /** Loads the engine into the worker now, so a long text later neither waits for it nor fetches anything. */
  async #warm() {
    if (!this.workerAllowed()) return;
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

  #workerFailed() {
    this.#workerFailures++;
    if (this.#workerFailures >= WORKER_TRIES) this.#workerBroken = true;
  }

  workerAllowed() {
    return typeof Worker === 'function' && !globalThis.STORYDIFF_SINGLE_FILE && !this.#workerBroken && this.#host.workerAllowed();
  }

  /** The inputs changed: compare after a pause. */
  changed() {
    this.#inputVersion++;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#kick(), DEBOUNCE_MS);
  }

  /** Stops waiting (the element left the page). */
  pause() {
    clearTimeout(this.#debounce);
  }

  /** Compares now (no debounce). Resolves with the report for the current inputs. */
  compare() {
    clearTimeout(this.#debounce);
    const p = new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
    if (this.#ready) this.#kick();
    return p;
  }

  /** Abandons the run in progress. True when a run in the worker was stopped. */
  cancel() {
    clearTimeout(this.#debounce);
    clearTimeout(this.#supersede);
    const run = this.#running;
    this.#running = null;
    if (run) {
      run.cancelled = true;
      run.controller.abort();
    }
    this.#host.busy(false, false);
    this.#settle(null, abortError());
    return Boolean(run);
  }

  /** Rejects every caller of compare() with `error`, or resolves them with `report`. */
  #settle(report, error) {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) error ? w.reject(error) : w.resolve(report);
  }

  #kick() {
    clearTimeout(this.#supersede);
    if (!this.#ready) return;
    const version = this.#inputVersion;
    if (this.#shownVersion === version && !this.#running) {
      this.#settle(this.#host.report());
      return;
    }
    const { a, b, options } = this.#host.inputs();
    const size = a.length + b.length;
    const big = size > WORKER_THRESHOLD || size >= slowSize;
    const inWorker = big && this.workerAllowed();

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
    this.#host.busy(true, true);
    compareInWorker(a, b, options, { signal: run.controller.signal, timeoutMs: this.#host.timeoutMs() }).then(
      (report) => {
        if (this.#running === run) this.#running = null;
        this.#lastRunMs = performance.now() - run.t0;
        this.#workerFailures = 0;
        if (run.superseded || run.cancelled) return;
        if (version === this.#inputVersion) {
          this.#host.busy(false, false);
          this.#done(report, a, b, version);
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
        this.#host.busy(false, false);
        if (version === this.#inputVersion) this.#fail(err);
        else this.#kick();
      },
    );
  }

  async #runHere(a, b, options, version, big) {
    if (big) {
      // No worker: say so before the page freezes for the length of the run.
      this.#host.busy(true, false);
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
      this.#host.busy(false, false);
      this.#fail(err);
      return;
    }
    this.#host.busy(false, false);
    this.#done(report, a, b, version);
  }

  #done(report, a, b, version) {
    this.#shownVersion = version;
    this.#host.shown(report, a, b);
    this.#settle(report);
  }

  #fail(err) {
    const error = err instanceof Error ? err : new Error(String(err));
    this.#host.failed(error, this.stale);
    this.#settle(null, error);
  }
}
