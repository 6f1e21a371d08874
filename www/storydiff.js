// The Storydiff JS API: load the engine once, then compare two texts on the main thread or in a worker.
//
//   import { init, compare, render, version, compareInWorker } from './storydiff.js';
//   await init();                       // fetches ./pkg/storydiff_bg.wasm next to this file
//   const report = compare(a, b);       // schema-v1 report, offsets in UTF-16 code units
//   a.slice(report.a.units[0].start, report.a.units[0].end);
//
// Everything runs locally: the texts never leave the page. Every failure is an Error object.

import initWasm, * as engine from './pkg/storydiff.js';

/** The longest text accepted on either side, in UTF-8 bytes (20 MB). */
export const MAX_BYTES = 20_000_000;

/** The default time limit of compareInWorker, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export const FORMATS = Object.freeze(['html', 'markdown', 'text', 'json']);

let ready = null; // Promise<void> while loading or loaded
let loaded = false;
let wasmModule = null; // the compiled module, handed to the worker so it never fetches the wasm again
let wasmSource = null; // an absolute URL, for a worker when the module itself cannot be sent

const isNode = typeof process === 'object' && Boolean(process.versions?.node) && typeof window === 'undefined';

/**
 * Loads and instantiates the engine. Safe to call any number of times: later calls return the first load.
 * A failed load can be retried.
 *
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module | Promise<any>} [input]
 *   where the wasm comes from; default `./pkg/storydiff_bg.wasm` next to this module.
 */
export function init(input) {
  if (!ready) {
    ready = load(input).then(
      () => {
        loaded = true;
      },
      (err) => {
        ready = null;
        throw toError(err, 'storydiff: the engine could not be loaded');
      },
    );
  }
  return ready;
}

async function load(input) {
  let source = await input;
  if (source === undefined || source === null) source = new URL('./pkg/storydiff_bg.wasm', import.meta.url);
  wasmModule = await compileModule(source);
  await initWasm({ module_or_path: wasmModule });
}

async function compileModule(source) {
  if (source instanceof WebAssembly.Module) return source;
  if (ArrayBuffer.isView(source) || source instanceof ArrayBuffer) return WebAssembly.compile(source);
  if (typeof source === 'string' || source instanceof URL) {
    const base = isNode ? `file://${process.cwd()}/` : globalThis.document?.baseURI ?? globalThis.location?.href;
    const url = new URL(source, base);
    wasmSource = url.href;
    // Node's fetch cannot read files, and Node users expect init() to work with no arguments.
    if (url.protocol === 'file:') {
      const { readFile } = await import('node:fs/promises');
      return WebAssembly.compile(await readFile(url));
    }
    source = await fetch(url);
  } else if (typeof Request === 'function' && source instanceof Request) {
    wasmSource = source.url;
    source = await fetch(source);
  }
  if (typeof Response === 'function' && source instanceof Response) {
    if (!source.ok) throw new Error(`storydiff: could not fetch the engine (${source.status} ${source.statusText} for ${source.url})`);
    // Streaming compilation demands the application/wasm type; a misconfigured server still works, more slowly.
    if (typeof WebAssembly.compileStreaming === 'function' && /^application\/wasm\b/.test(source.headers.get('Content-Type') ?? '')) {
      return WebAssembly.compileStreaming(source);
    }
    return WebAssembly.compile(await source.arrayBuffer());
  }
  throw new TypeError('storydiff: init() takes a URL, a Response, the wasm bytes or a WebAssembly.Module');
}

function requireLoaded(what) {
  if (!loaded) throw new Error(`storydiff: call \`await init()\` before ${what}()`);
}

/** UTF-8 length of a JS string, without allocating the encoded copy. */
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function checkText(text, side) {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : typeof text;
    throw new TypeError(`storydiff: text ${side} must be a string, got ${got}`);
  }
  // A UTF-16 unit is at least one UTF-8 byte and at most three, so most texts skip the exact count.
  if (text.length > MAX_BYTES || (text.length * 3 > MAX_BYTES && utf8Length(text) > MAX_BYTES)) {
    const mb = (utf8Length(text) / 1e6).toFixed(1);
    throw new RangeError(`storydiff: text ${side} is ${mb} MB; the limit is ${MAX_BYTES / 1e6} MB per side`);
  }
}

/** Copies the options without undefined values: the engine rejects unknown fields and undefined ones alike. */
function cleanOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('storydiff: options must be an object such as { sensitivity: 0.5 }');
  }
  const out = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out;
}

function checkFormat(format) {
  if (!FORMATS.includes(format)) {
    throw new TypeError(`storydiff: format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  }
}

function toError(err, context) {
  if (err instanceof Error) return err;
  const message = typeof err === 'string' ? err : err?.message ?? String(err);
  return new Error(context ? `${context}: ${message}` : message);
}

/**
 * Compares two texts on the calling thread. Fine for articles; use compareInWorker for very long texts.
 * @returns {import('./storydiff').Report} offsets in UTF-16 code units.
 */
export function compare(a, b, options = {}) {
  requireLoaded('compare');
  checkText(a, 'a');
  checkText(b, 'b');
  const opts = cleanOptions(options);
  try {
    return engine.compare(a, b, opts);
  } catch (err) {
    throw toError(err);
  }
}

/**
 * Renders a comparison as a self-contained HTML page, Markdown, plain text or JSON.
 * @param {'html'|'markdown'|'text'|'json'} format
 */
export function render(a, b, options = {}, format = 'html') {
  requireLoaded('render');
  checkText(a, 'a');
  checkText(b, 'b');
  checkFormat(format);
  const opts = cleanOptions(options);
  try {
    return engine.render(a, b, opts, format);
  } catch (err) {
    throw toError(err);
  }
}

/** The engine's version (the crate version). */
export function version() {
  requireLoaded('version');
  return engine.version();
}

// ---------------------------------------------------------------------------------------------
// The worker: one module worker, kept warm between calls, replaced when a call is cut short. A
// second one, loaded ahead by warmWorker(), takes over at once when a call is stopped, so that a
// cancelled run fetches nothing then (the next spare is started right away, from the browser cache).

let worker = null;
let spare = null;
let workerUsed = false; // whether the current worker has been handed the engine yet
let nextId = 1;
const pending = new Map(); // id -> { message, resolve, reject }

function workerUrl() {
  return new URL('./worker.js', import.meta.url);
}

function startWorker() {
  // The single-file build (scripts/single-file.mjs) runs from data: modules, which cannot start a worker.
  if (typeof Worker !== 'function' || globalThis.STORYDIFF_SINGLE_FILE) {
    throw new Error('storydiff: this environment has no Web Workers; use compare()');
  }
  const w = spare ?? new Worker(workerUrl(), { type: 'module', name: 'storydiff' });
  const loaded = spare !== null;
  spare = null;
  w.addEventListener('message', (e) => {
    const { id, report, output, error } = e.data ?? {};
    const job = pending.get(id);
    if (!job) return;
    pending.delete(id);
    if (error !== undefined) job.reject(new Error(error));
    else job.resolve(report !== undefined ? report : output);
  });
  // A worker that cannot start (a missing file, a CSP that forbids it) fails every call waiting on it.
  w.addEventListener('error', (e) => {
    e.preventDefault?.();
    const err = new Error(`storydiff: the worker failed: ${e.message || 'it could not be started'}`);
    dropWorker(w);
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(err);
    }
  });
  w.addEventListener('messageerror', () => {
    dropWorker(w);
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(new Error('storydiff: a message from the worker could not be read'));
    }
  });
  worker = w;
  workerUsed = loaded;
  // The spare took over: start the next one now, while nothing is urgent.
  if (loaded) setTimeout(() => void startSpare(), 0);
  return w;
}

/** Starts the spare worker and loads the engine in it. Resolves when it is ready (or has failed). */
function startSpare() {
  if (spare || !wasmModule || typeof Worker !== 'function' || globalThis.STORYDIFF_SINGLE_FILE) {
    return Promise.resolve();
  }
  const w = new Worker(workerUrl(), { type: 'module', name: 'storydiff' });
  spare = w;
  return new Promise((resolve) => {
    const done = () => {
      w.removeEventListener('message', done);
      resolve();
    };
    w.addEventListener('message', done);
    w.addEventListener('error', (e) => {
      e.preventDefault?.();
      if (spare === w) {
        spare = null;
        w.terminate();
      }
      done();
    });
    w.postMessage({ id: 0, warm: true, module: wasmModule });
  });
}

function dropWorker(w) {
  w.terminate();
  if (worker === w) worker = null;
}

function post(message) {
  const w = worker ?? startWorker();
  if (!workerUsed) {
    // The first message teaches a fresh worker where the engine is; later ones skip it.
    if (wasmModule) message.module = wasmModule;
    else if (wasmSource) message.wasm = wasmSource;
    workerUsed = true;
  }
  w.postMessage(message);
}

/** Terminates the worker and restarts the calls that were queued behind the one being stopped. */
function restartWorker() {
  if (worker) dropWorker(worker);
  if (pending.size === 0) return;
  for (const job of pending.values()) {
    delete job.message.module;
    delete job.message.wasm;
    post(job.message);
  }
}

/** The Error a cancelled comparison rejects with: named `AbortError`, its `cause` the signal's reason. */
export function abortError(signal) {
  const err = new Error('storydiff: the comparison was cancelled');
  err.name = 'AbortError';
  if (signal?.reason !== undefined) err.cause = signal.reason;
  return err;
}

function runInWorker(message, { signal, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    return Promise.reject(new RangeError(`storydiff: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`));
  }
  return new Promise((resolve, reject) => {
    const id = nextId++;
    message.id = id;
    let timer = 0;
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const stop = (err) => {
      if (!pending.has(id)) return;
      pending.delete(id);
      finish();
      // The engine cannot be interrupted mid-comparison: the only way to stop it is to end its thread.
      restartWorker();
      reject(err);
    };
    const onAbort = () => stop(abortError(signal));
    timer = setTimeout(() => {
      const s = timeoutMs / 1000;
      const limit = s < 1 ? `${timeoutMs} ms` : `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
      stop(new Error(`storydiff: the comparison took longer than ${limit} and was stopped`));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    pending.set(id, {
      message,
      resolve: (v) => {
        finish();
        resolve(v);
      },
      reject: (e) => {
        finish();
        reject(e);
      },
    });
    try {
      post(message);
    } catch (err) {
      pending.delete(id);
      finish();
      reject(toError(err));
    }
  });
}

/**
 * Compares two texts in a Web Worker, so the page stays responsive on very long texts.
 * Loads the engine with init() first when needed, and hands the compiled module to the worker.
 *
 * @param {{signal?: AbortSignal, timeoutMs?: number}} [control]
 *   `signal` stops the worker and rejects with an AbortError; after `timeoutMs` (default 30 000)
 *   the worker is stopped and the promise rejects with an Error that says so.
 */
export async function compareInWorker(a, b, options = {}, control = {}) {
  checkText(a, 'a');
  checkText(b, 'b');
  const opts = cleanOptions(options);
  await initForWorker();
  return runInWorker({ a, b, options: opts }, control);
}

/** render() in the worker: the same output, without blocking the page. */
export async function renderInWorker(a, b, options = {}, format = 'html', control = {}) {
  checkText(a, 'a');
  checkText(b, 'b');
  checkFormat(format);
  const opts = cleanOptions(options);
  await initForWorker();
  return runInWorker({ a, b, options: opts, format }, control);
}

/**
 * Starts the worker and loads the engine in it ahead of need, so that a first long text does not
 * wait for it and no file is fetched later. Resolves when the worker is ready.
 */
export async function warmWorker(control = {}) {
  await initForWorker();
  await runInWorker({ warm: true }, { timeoutMs: 10_000, ...control });
  await startSpare();
}

async function initForWorker() {
  // Compiling once here and sending the module spares the worker a second download and compile.
  if (!loaded) await init();
}

/** Stops the worker (it restarts on the next call). Calls in progress reject with an AbortError. */
export function terminateWorker() {
  if (spare) {
    spare.terminate();
    spare = null;
  }
  if (!worker) return;
  dropWorker(worker);
  for (const [id, job] of pending) {
    pending.delete(id);
    job.reject(abortError());
  }
}
