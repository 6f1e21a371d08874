// Types for the Storydiff JS API (storydiff.js) and the <story-diff> element (story-diff.js).
// The report follows docs/REPORT.md, schema version 1; in JavaScript every offset counts UTF-16 code units.

/** What the two sides are compared on and how readily sentences are linked. Every field is optional. */
export interface Options {
  /** How readily two sentences are linked, 0 (strict) to 1 (loose). Default 0.5. */
  sensitivity?: number;
  /** Which fact kinds to report. Default: all four. */
  factKinds?: FactKind[];
  /** Renderers (render()) leave out page furniture, bylines and datelines. The report still lists them. */
  hideFurniture?: boolean;
  /** Names of the two sides in rendered output (an outlet, or "before" and "after"). */
  labelA?: string;
  labelB?: string;
}

export type Kind = 'title' | 'heading' | 'text' | 'caption' | 'byline' | 'dateline' | 'boilerplate';
export type Status = 'same' | 'changed' | 'conflict' | 'only' | 'ignored';
export type Relation = 'same' | 'changed' | 'conflict';
export type FactKind = 'number' | 'date' | 'name' | 'quote';
export type FactStatus = 'shared' | 'only_a' | 'only_b' | 'conflict';
export type ClashKind = 'number' | 'date' | 'weekday' | 'name' | 'negation' | 'antonym';
export type Side = 'a' | 'b';
export type Format = 'html' | 'markdown' | 'text' | 'json';

export interface Span {
  start: number;
  end: number;
}

/** A sentence, a title or a line of page furniture: `text.slice(start, end)`. */
export interface Unit extends Span {
  /** Index on its side, from 0. Links name units by it. */
  id: number;
  kind: Kind;
  status: Status;
  /** Words of a changed or conflicting unit that none of its partners tell. Absent when empty. */
  marks?: Span[];
}

/** One place a fact is told, with its normalized value (`१४` → `14`). */
export interface Mention extends Span {
  value: string;
}

/** Two values that fill the same slot with incompatible values (23 ↔ 27). */
export interface Clash {
  kind: ClashKind | string;
  a: Mention;
  b: Mention;
}

/** Units of `a` and units of `b` that tell the same thing. */
export interface Link {
  a: number[];
  b: number[];
  relation: Relation;
  /** Similarity from 0 to 1. */
  score: number;
  /** Present on conflicts. */
  conflicts?: Clash[];
}

export interface Fact {
  kind: FactKind;
  status: FactStatus;
  /** What the two sides are matched on. */
  key: string;
  a: Mention[];
  b: Mention[];
}

/** Two spellings of one name learned from the texts, folded to lower case. */
export interface Variant {
  a: string;
  b: string;
}

export interface Counts {
  same: number;
  changed: number;
  conflict: number;
  only: number;
  ignored: number;
}

export interface Summary {
  a: Counts;
  b: Counts;
  /** Share (0–1), by characters, of a's story content that b also tells. */
  a_in_b: number;
  /** Share (0–1), by characters, of b's story content that a also tells. */
  b_in_a: number;
  /** Number of links whose relation is `conflict`. */
  conflicts: number;
  facts: { shared: number; only_a: number; only_b: number; conflict: number };
}

export interface Report {
  version: 1;
  offsets: 'utf8' | 'utf16';
  a: { units: Unit[] };
  b: { units: Unit[] };
  links: Link[];
  facts: Fact[];
  variants: Variant[];
  summary: Summary;
}

/** Where the engine's wasm comes from: a URL, a fetch response, its bytes, or a compiled module. */
export type InitInput = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/** The longest text accepted per side, in UTF-8 bytes (20 MB). */
export const MAX_BYTES: number;
/** The default time limit of compareInWorker, in milliseconds (30 s). */
export const DEFAULT_TIMEOUT_MS: number;
export const FORMATS: readonly Format[];

/**
 * Loads the engine (default: `./pkg/storydiff_bg.wasm` next to storydiff.js; in Node a file: URL is read from disk).
 * Idempotent; a failed load can be retried.
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Compares two texts on the calling thread. Throws an Error for non-string input or a text over MAX_BYTES. */
export function compare(a: string, b: string, options?: Options): Report;

/** Renders a comparison: a self-contained HTML page, Markdown, plain text or the JSON report. */
export function render(a: string, b: string, options: Options | undefined, format: Format): string;

/** The engine's version. */
export function version(): string;

export interface WorkerControl {
  /** Aborting stops the worker; the promise rejects with an Error named `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds before the worker is stopped and the promise rejects. Default 30 000. */
  timeoutMs?: number;
}

/** compare() in a module Web Worker (one warm worker, shared by all calls). */
export function compareInWorker(a: string, b: string, options?: Options, control?: WorkerControl): Promise<Report>;

/** render() in the worker. */
export function renderInWorker(a: string, b: string, options?: Options, format?: Format, control?: WorkerControl): Promise<string>;

/** Starts the worker and loads the engine into it ahead of need. */
export function warmWorker(control?: WorkerControl): Promise<void>;

/** Stops the worker; calls in progress reject with an AbortError. The next call starts a new one. */
export function terminateWorker(): void;

// ------------------------------------------------------------------------------------------------
// <story-diff>

export type Filter = 'all' | 'divergent' | 'conflicts';

export interface StoryDiffSelectDetail {
  side: Side;
  unit: Unit;
  partners: { side: Side; unit: Unit }[];
}

export interface StoryDiffEventMap {
  'story-diff:ready': CustomEvent<Record<string, never>>;
  'story-diff:result': CustomEvent<{ report: Report }>;
  'story-diff:select': CustomEvent<StoryDiffSelectDetail>;
  'story-diff:busy': CustomEvent<{ busy: boolean }>;
  'story-diff:error': CustomEvent<{ message: string }>;
}

/** Inputs longer than this (both sides, UTF-16 units) are compared in the worker. */
export const WORKER_THRESHOLD: number;

/** Removes the blank first and last lines and the common indent, as <template slot> text is dedented. */
export function dedent(text: string): string;

/**
 * Two versions of a story side by side. Attributes: a, b, label-a, label-b, lang ("en" | "hi"),
 * filter, hide-furniture, no-worker, wasm-url; or <template slot="a"> / <template slot="b"> children.
 * Theme with --story-diff-same, -changed, -conflict, -only, -ignored, -bg, -fg, -font, -focus, -height;
 * parts: summary, legend, toolbar, column, column-a, column-b, unit, facts.
 */
export class StoryDiff extends HTMLElement {
  /** Registers the element under `tag` (once) and returns the class. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof StoryDiff;
  /** The stylesheet loaded into the shadow root; set it before define() if the files move. */
  static stylesheetUrl: string;
  static readonly observedAttributes: string[];

  a: string;
  b: string;
  labelA: string;
  labelB: string;
  options: Options;
  filter: Filter;
  hideFurniture: boolean;
  /** Milliseconds a comparison in the worker may take before it is stopped (default 60 000). */
  timeoutMs: number;
  /** The report on screen (UTF-16 offsets), or null before the first one. */
  readonly report: Report | null;

  /** Compares now, skipping the debounce. Rejects with an Error (AbortError when cancel() is called). */
  compare(): Promise<Report>;
  /** Abandons the comparison in progress; the last report stays on screen. */
  cancel(): void;

  addEventListener<K extends keyof StoryDiffEventMap>(type: K, listener: (this: StoryDiff, ev: StoryDiffEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: StoryDiff, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'story-diff': StoryDiff;
  }
}
