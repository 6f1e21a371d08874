// Turns pasted or opened HTML into clean text with its paragraphs kept, and copies text out.
//
// HTML is parsed with DOMParser, whose document has no browsing context: its scripts never
// run and its images never load, so markup from a web page or a file is safe to read.
// Chromium still holds that inert document to the page's Content-Security-Policy, though, and
// reports a violation for every style attribute, <style> element and on* handler in it
// (clipboard HTML from a browser or a word processor is full of them). So the markup is first
// reduced to bare tags: no attributes, no comments, nothing inside script, style and the like.
// Nothing is lost for text extraction, and the parse then meets no policy at all.

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

// Elements whose content is raw text, never markup: skipped whole, tags included.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const TAG_START = /<(\/?)([A-Za-z][^\s/>]*)/y;
const SAFE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The markup with every tag stripped to its bare name (keeping only `hidden`), comments and
 * doctypes dropped, and raw-text elements removed with their content. Text and character
 * references pass through untouched for the parser to decode.
 */
export function bareMarkup(html) {
  const n = html.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    TAG_START.lastIndex = i;
    const m = TAG_START.exec(html);
    if (!m) {
      const next = html[i + 1];
      if (next === '!' || next === '?' || next === '/') {
        // A doctype, CDATA section or bogus comment: up to the next ">".
        const end = html.indexOf('>', i);
        i = end < 0 ? n : end + 1;
      } else {
        out += '&lt;'; // a lone "<" in text, as in "a < b"
        i++;
      }
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    const { end, hidden } = scanAttributes(html, i + m[0].length);
    i = end;
    if (RAW_TEXT.has(name)) {
      if (!closing) {
        // Its content ends only at its own end tag, whatever it looks like.
        const close = new RegExp(`</${name}[\\s/>]`, 'ig');
        close.lastIndex = i;
        const found = close.exec(html);
        i = found ? found.index : n;
      }
      continue;
    }
    if (!SAFE_NAME.test(name)) continue;
    out += closing ? `</${name}>` : hidden ? `<${name} hidden>` : `<${name}>`;
  }
  return out;
}

/** Reads a tag's attributes from `i` to just past its ">"; says whether it hides the element. */
function scanAttributes(html, i) {
  const n = html.length;
  let hidden = false;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { end: i + 1, hidden };
    if (c === '/' || /\s/.test(c)) {
      i++;
      continue;
    }
    let j = i + 1; // an attribute name may even start with "="
    while (j < n && !/[\s/>=]/.test(html[j])) j++;
    const attr = html.slice(i, j).toLowerCase();
    let value = '';
    let k = j;
    while (k < n && /\s/.test(html[k])) k++;
    if (html[k] === '=') {
      k++;
      while (k < n && /\s/.test(html[k])) k++;
      const q = html[k];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, k + 1);
        value = html.slice(k + 1, close < 0 ? n : close);
        j = close < 0 ? n : close + 1;
      } else {
        let e = k;
        while (e < n && !/[\s>]/.test(html[e])) e++;
        value = html.slice(k, e);
        j = e;
      }
    }
    if (attr === 'hidden' || (attr === 'aria-hidden' && value.trim().toLowerCase() === 'true')) hidden = true;
    i = j;
  }
  // A tag cut off by the end of the input is dropped, as the HTML parser drops it.
  return { end: n, hidden };
}

/** Clean text from an HTML string: blocks become paragraphs separated by a blank line, <br> a line break. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(bareMarkup(String(html)), 'text/html');
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
      if (DROPPED.has(tag) || child.hasAttribute('hidden')) continue;
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
