// Keeps the two texts and their labels in localStorage, so a reload or a closed tab loses nothing.
// Storage may be missing (blocked cookies), or full: the page must go on comparing either way,
// so nothing here throws; writes report what went wrong instead.

export const DRAFT_KEY = 'storydiff:draft:v1';
export const LANG_KEY = 'storydiff:lang';

function storage() {
  // Merely reading window.localStorage throws a SecurityError when the user blocks site data.
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function isQuotaError(err) {
  return err instanceof DOMException && (
    err.name === 'QuotaExceededError' ||
    // Firefox before 2020 used its own name and code.
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 || err.code === 1014
  );
}

/** The saved draft {a, b, labelA, labelB}, or null when there is none (a first visit). */
export function readDraft() {
  const raw = readSetting(DRAFT_KEY);
  if (raw === null) return null;
  try {
    const d = JSON.parse(raw);
    if (!d || typeof d !== 'object') return null;
    const str = (v) => (typeof v === 'string' ? v : '');
    return { a: str(d.a), b: str(d.b), labelA: str(d.labelA), labelB: str(d.labelB) };
  } catch {
    return null;
  }
}

/** Saves a draft. Returns 'ok', 'full' (quota exceeded) or 'unavailable'. */
export function writeDraft(draft) {
  const { a = '', b = '', labelA = '', labelB = '' } = draft;
  return writeSetting(DRAFT_KEY, JSON.stringify({ a, b, labelA, labelB }));
}

export function readSetting(key) {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns 'ok', 'full' or 'unavailable'. */
export function writeSetting(key, value) {
  const s = storage();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, value);
    return 'ok';
  } catch (err) {
    return isQuotaError(err) ? 'full' : 'unavailable';
  }
}

/** How long a saver waits for quiet before writing a draft of `size` characters: longer for long texts. */
export function saveDelay(delay, size) {
  // Writing 4 MB to storage takes the page a good part of a second: a pause between two words
  // must not pay for it. Half a second more per megabyte, at most 3 s; pagehide still flushes.
  return Math.min(3_000, delay + size / 2_000);
}

/**
 * A saver that writes at most once per `delay` ms of quiet (longer for long texts), so typing
 * does not serialize the texts on every keystroke. schedule() takes the draft, or a function
 * that makes it when the write comes, and the texts' size. onResult(status) hears of every write.
 */
export function createDraftSaver({ delay = 300, onResult = () => {} } = {}) {
  let timer = null;
  let pending = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    const draft = typeof pending === 'function' ? pending() : pending;
    pending = null;
    onResult(writeDraft(draft));
  };
  return {
    schedule(draft, size = 0) {
      pending = draft;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, saveDelay(delay, size));
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
