// Types for the Storydiff JS API (storydiff.js); the <story-diff> element's are in story-diff.d.ts.
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
  /**
   * What the two texts are: two versions of one article (every changed word is marked), or two
   * outlets' reports. Default 'auto': the engine judges, and says what it judged in `report.comparison`.
   */
  comparison?: 'auto' | Comparison;
  /** Unit ids of side a to count as story content, whatever the engine made of them. */
  storyA?: number[];
  /** Unit ids of side b to count as story content. */
  storyB?: number[];
  /** Unit ids of side a to set aside as furniture. */
  furnitureA?: number[];
  /** Unit ids of side b to set aside as furniture. */
  furnitureB?: number[];
}

export type Kind = 'title' | 'heading' | 'text' | 'caption' | 'byline' | 'dateline' | 'boilerplate';
export type Status = 'same' | 'changed' | 'conflict' | 'only' | 'ignored';
export type Relation = 'same' | 'changed' | 'conflict';
export type FactKind = 'number' | 'date' | 'name' | 'quote';
export type FactStatus = 'shared' | 'only_a' | 'only_b' | 'conflict' | 'possible_conflict';
export type ClashKind = 'number' | 'date' | 'weekday' | 'time' | 'name' | 'negation' | 'antonym';
export type Comparison = 'versions' | 'outlets';
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
  /** What a number counts (`dead`, `injured`, `missing`, …), when the engine knows. */
  slot?: string;
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
  /** Present on conflicts: values that clash for sure. */
  conflicts?: Clash[];
  /** Values that may clash (the relation stays same or changed). */
  possible?: Clash[];
}

export interface Fact {
  kind: FactKind;
  status: FactStatus;
  /** What the two sides are matched on. */
  key: string;
  /** What a number counts, when the engine knows. */
  slot?: string;
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
  /** Number of links that hold only possible clashes. */
  possible_conflicts: number;
  facts: { shared: number; only_a: number; only_b: number; conflict: number; possible_conflict: number };
  /** Story units per side, and how many of them are linked to the other side. */
  coverage: { a: { story: number; linked: number }; b: { story: number; linked: number } };
  /** The engine judges the two texts to tell different stories. */
  different_stories: boolean;
  /** Word edits (in versions mode). */
  edits: number;
}

export interface Report {
  version: 1;
  offsets: 'utf8' | 'utf16';
  /** What the engine judged the texts to be, or was told to treat them as. */
  comparison: Comparison;
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

/** The Error a cancelled comparison rejects with: named `AbortError`, its `cause` the signal's reason. */
export function abortError(signal?: AbortSignal): Error;
