// Typings for story-diff.js, the <story-diff> element ("storydiff/element" in the package). The
// report and options types are storydiff.d.ts's.

import type { Options, Report, Side, Unit } from './storydiff.js';

export type Filter = 'all' | 'divergent' | 'conflicts';

/** Units the reader moved between story and furniture (unit ids per side). */
export interface Overrides {
  storyA?: number[];
  furnitureA?: number[];
  storyB?: number[];
  furnitureB?: number[];
}

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

/** The direction of a text's first letter: 'rtl' (Arabic, Hebrew…), 'ltr', or 'auto' when it has no letter. */
export function baseDirection(text: string): 'rtl' | 'ltr' | 'auto';

/** Removes the blank first and last lines and the common indent, as <template slot> text is dedented. */
export function dedent(text: string): string;

/**
 * Two versions of a story side by side under a verdict. Attributes: a, b, label-a, label-b, lang ("en" | "hi"),
 * filter, comparison, hide-furniture, no-worker, wasm-url; or <template slot="a"> / <template slot="b"> children.
 * Narrower than 700 px, and under the differences and conflicts filters, it reads as rows: each sentence
 * followed by the sentences of the other side that tell the same.
 * Theme with --story-diff-same, -changed, -conflict, -only, -ignored, -bg, -fg, -font, -focus, -height, -facts-height;
 * parts: summary, legend, toolbar, column, column-a, column-b, unit, facts, retry (the Try again button
 * after a run stopped at its time limit).
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
  /** 'auto' (the engine judges), 'versions' (of one article: every changed word marked) or 'outlets'. */
  comparison: 'auto' | 'versions' | 'outlets';
  /** Units moved between story and furniture; a side's list empties when its text changes. */
  overrides: Overrides;
  hideFurniture: boolean;
  /** Milliseconds a comparison in the worker may take before it is stopped (default 60 000). */
  timeoutMs: number;
  /** The report on screen (UTF-16 offsets), or null before the first one. */
  readonly report: Report | null;
  /** The texts the report on screen was made from. */
  readonly reportTexts: { a: string; b: string };
  /** The element's stylesheet as text ('' when it cannot be read), for exports that look like it. */
  readonly styleText: string;

  /** Compares now, skipping the debounce. Rejects with an Error (AbortError when cancel() is called). */
  compare(): Promise<Report>;
  /** Abandons the comparison in progress; the last report stays on screen. */
  cancel(): void;
  /** Selects the next difference, and brings it and its partner into view (the j key). */
  next(): void;
  /** Selects the previous difference (the k key). */
  previous(): void;
  /** Shows or hides the list of keyboard shortcuts (the ? key). */
  toggleHelp(force?: boolean): void;
  /** Clears the selection (the Escape key). */
  clearSelection(): void;

  addEventListener<K extends keyof StoryDiffEventMap>(type: K, listener: (this: StoryDiff, ev: StoryDiffEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: StoryDiff, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'story-diff': StoryDiff;
  }
}
