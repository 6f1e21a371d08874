// Turns pasted or opened HTML into clean text with its paragraphs kept, and copies text out.
//
// HTML is parsed with DOMParser, whose document has no browsing context: its scripts never
// run and its images never load, so markup from a web page or a file is safe to read.

// Content that is never story text, however it is styled.
const DROPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH',
  'CANVAS', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA',
]);

// Elements that start a new paragraph. Lists and table rows count too: a "related stories"
// list pasted as one run-on line would read to the engine as one long sentence.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BODY', 'HTML', 'CENTER', 'LEGEND', 'OPTGROUP',
]);

const CELLS = new Set(['TD', 'TH']);

/** Clean text from an HTML string: blocks become paragraphs separated by a blank line, <br> a line break. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  const out = new TextSink();
  // The body alone: <head> holds a page's <title>, which is not part of a pasted selection.
  walk(doc.body ?? doc.documentElement, out, false);
  return out.finish();
}

function walk(node, out, pre) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* text */) {
      out.text(child.data, pre);
    } else if (child.nodeType === 1 /* element */) {
      const tag = child.tagName.toUpperCase();
      if (DROPPED.has(tag) || child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') { out.lineBreak(); continue; }
      const block = BLOCKS.has(tag);
      if (block) out.paragraph();
      if (CELLS.has(tag)) out.space();
      walk(child, out, pre || tag === 'PRE');
      if (block) out.paragraph();
      if (CELLS.has(tag)) out.space();
    }
  }
}

/** Collects text, collapsing HTML whitespace the way a browser lays it out. */
class TextSink {
  constructor() {
    this.lines = [''];
    // Pending separator: 0 none, 1 space, 2 line break, 3 paragraph break. The strongest wins,
    // and none is written before the first word or after the last.
    this.pending = 0;
  }

  text(data, pre) {
    if (pre) {
      const parts = data.split(/\r\n|\r|\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.lineBreak();
        if (part) this.word(part);
      });
      return;
    }
    // HTML collapses ASCII whitespace only; a no-break space is content.
    const pieces = data.split(/[ \t\n\r\f]+/);
    pieces.forEach((piece, i) => {
      if (i > 0) this.space();
      if (piece) this.word(piece);
    });
  }

  word(s) {
    const started = this.lines.length > 1 || this.lines[0] !== '';
    if (started) {
      if (this.pending === 3) this.lines.push('', '');
      else if (this.pending === 2) this.lines.push('');
      else if (this.pending === 1 && !/\s$/.test(this.lines.at(-1))) this.lines[this.lines.length - 1] += ' ';
    }
    this.pending = 0;
    this.lines[this.lines.length - 1] += s;
  }

  space() { this.pending = Math.max(this.pending, 1); }
  lineBreak() { this.pending = Math.max(this.pending, 2); }
  paragraph() { this.pending = 3; }

  finish() {
    return this.lines
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      // A line of only no-break spaces (Word and CMS exports are full of them) is a blank line.
      .replace(/^[\s\u00a0]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/** True when text carries signs of a binary or wrongly decoded file. */
export function looksBinary(text) {
  return text.includes('\uFFFD') || text.includes('\u0000');
}

/**
 * Decodes a file's bytes as text: UTF-8 unless a UTF-16 byte-order mark says otherwise.
 * Bytes that are not valid become U+FFFD, and NULs do too, so the page can say the file was not plain text.
 */
export function decodeBytes(bytes) {
  let encoding = 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  const text = new TextDecoder(encoding).decode(bytes);
  return text.replace(/\u0000/g, '\uFFFD');
}

/** Copies text to the clipboard; resolves true on success. */
export async function copyText(text) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no focus, no permission): fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
