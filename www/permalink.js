// Permalinks carry both texts, their labels and the view inside the URL fragment, so a link
// works with no server and the texts never leave the browser (a fragment is not sent in requests).
//
// Fragment: "v1=" + base64url( deflate-raw(JSON) ‖ CRC-32(JSON) ).
// deflate-raw has no checksum of its own, and a link cut short or edited by a chat app can
// still inflate to plausible text; the trailing CRC-32 makes such a link fail loudly instead.

import { FILTERS, COMPARISONS, cleanOverrides } from './story-diff-model.js';

export const PREFIX = 'v1=';

// Chromium refuses URLs over 2 MiB; a longer link could be made but never opened.
export const MAX_LINK_CHARS = 2 * 1024 * 1024;
// Inflated JSON larger than this is refused, so a small crafted link cannot exhaust memory.
export const MAX_JSON_BYTES = 16 * 1024 * 1024;

export class PermalinkError extends Error {
  /** @param {'damaged'|'too-large'|'newer'} code */
  constructor(code, message) {
    super(message);
    this.name = 'PermalinkError';
    this.code = code;
  }
}

/** True when a location.hash (with or without "#") is meant as a permalink, of any version. */
export function isPermalink(hash) {
  return /^#?v\d+=/.test(hash);
}

/**
 * The fragment (without "#") for a state {a, b, labelA, labelB, filter, hideFurniture, comparison,
 * overrides}: the view travels with the texts, and so do the lines the reader moved between story and furniture.
 */
export async function encodeState(state) {
  const clean = normalizeState(state);
  const json = new TextEncoder().encode(JSON.stringify(clean));
  const deflated = await pipeBytes(json, new CompressionStream('deflate-raw'), Infinity);
  const out = new Uint8Array(deflated.length + 4);
  out.set(deflated, 0);
  new DataView(out.buffer).setUint32(deflated.length, crc32(json));
  return PREFIX + toBase64Url(out);
}

/**
 * The state in a fragment. Throws PermalinkError for anything that is not a whole,
 * untouched link made by this version.
 */
export async function decodeState(hash) {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const version = /^v(\d+)=/.exec(fragment);
  if (!version) throw new PermalinkError('damaged', 'not a permalink');
  if (Number(version[1]) > 1) throw new PermalinkError('newer', `permalink version ${version[1]}`);
  if (Number(version[1]) !== 1) throw new PermalinkError('damaged', `unknown permalink version ${version[1]}`);
  if (fragment.length > MAX_LINK_CHARS) throw new PermalinkError('too-large', `${fragment.length} characters`);
  const bytes = fromBase64Url(fragment.slice(PREFIX.length));
  if (bytes.length < 5) throw new PermalinkError('damaged', 'too short');
  const body = bytes.subarray(0, bytes.length - 4);
  const expected = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0);
  let json;
  try {
    json = await pipeBytes(body, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch (err) {
    if (err instanceof PermalinkError) throw err;
    throw new PermalinkError('damaged', `inflate: ${err.message}`);
  }
  if (crc32(json) !== expected) throw new PermalinkError('damaged', 'checksum mismatch');
  let parsed;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (err) {
    throw new PermalinkError('damaged', `json: ${err.message}`);
  }
  if (!parsed || typeof parsed !== 'object' || typeof parsed.a !== 'string' || typeof parsed.b !== 'string') {
    throw new PermalinkError('damaged', 'missing texts');
  }
  return normalizeState(parsed);
}

// Fields unknown to this version are dropped, so later versions can add some within v1.
function normalizeState(s) {
  return {
    a: String(s.a ?? ''),
    b: String(s.b ?? ''),
    labelA: typeof s.labelA === 'string' ? s.labelA : '',
    labelB: typeof s.labelB === 'string' ? s.labelB : '',
    filter: FILTERS.includes(s.filter) ? s.filter : 'all',
    hideFurniture: s.hideFurniture === true,
    comparison: COMPARISONS.includes(s.comparison) ? s.comparison : 'auto',
    overrides: cleanOverrides(s.overrides),
  };
}

async function pipeBytes(bytes, transform, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new PermalinkError('too-large', `more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

export function toBase64Url(bytes) {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + step));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(s) {
  // A base64 string of length 4n+1 cannot come from whole bytes: the link was cut.
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) throw new PermalinkError('damaged', 'not base64url');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

let crcTable;
export function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
