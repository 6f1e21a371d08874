// The Storydiff page: two input panes, the <story-diff> element, drafts, permalinks and exports.
// The element does all comparing and drawing; this module only feeds it and saves what it shows.
// User text reaches the DOM only through .value and .textContent.

import { StoryDiff, baseDirection } from './story-diff.js';
import { FILTERS } from './story-diff-model.js';
import { snapshot, exportJson, exportHtml, exportMarkdown } from './story-diff-export.js';
import * as storydiff from './storydiff.js';
import { examples, defaultExamples } from './examples.js';
import { LANGUAGES, pickLanguage, t, applyTranslations } from './i18n.js';
import { htmlToText, looksBinary, decodeBytes, copyText } from './clipboard.js';
import { isPermalink, encodeState, decodeState, MAX_LINK_CHARS } from './permalink.js';
import { readDraft, writeDraft, createDraftSaver, readSetting, writeSetting, LANG_KEY } from './drafts.js';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
// Links longer than this are cut by many mail and chat apps (and by some older browsers).
const LONG_LINK_CHARS = 8000;
const SIDES = ['a', 'b'];

const $ = (id) => document.getElementById(id);
const diff = /** @type {any} */ ($('diff'));
const panes = Object.fromEntries(SIDES.map((side) => [side, {
  text: /** @type {HTMLTextAreaElement} */ ($(`text-${side}`)),
  label: /** @type {HTMLInputElement} */ ($(`label-${side}`)),
  file: /** @type {HTMLInputElement} */ ($(`file-${side}`)),
  open: $(`open-${side}`),
  count: $(`count-${side}`),
  notice: $(`notice-${side}`),
  section: $(`pane-${side}`),
  // Name of the file the text came from, for the "not plain text" notice.
  source: '',
}]));

let lang = 'en';
// Notices are kept as keys and values, not text, so a language switch can redraw them.
const notices = new Map();
let permalinkInfo = null;
// The id of the example on screen when it came by itself (a first visit, no draft): a language
// switch swaps it for the other language's. Any edit makes the texts the reader's own.
let pristine = '';

const saver = createDraftSaver({ delay: 300, onResult: onDraftSaved });

// ------------------------------------------------------------------ language

function setLanguage(next, { remember = false } = {}) {
  lang = LANGUAGES.includes(next) ? next : 'en';
  document.documentElement.lang = lang;
  document.title = t(lang, 'page.title');
  applyTranslations(document, lang);
  diff.setAttribute('lang', lang);
  $('ui-lang').value = lang;
  fillExamples();
  const wanted = defaultExamples[lang];
  if (pristine && wanted && pristine !== wanted) {
    loadExample(wanted, { save: false });
    pristine = wanted;
  }
  for (const side of SIDES) updatePane(side);
  renderBar();
  renderNotices();
  renderPermalink();
  renderVersion();
  if (remember) writeSetting(LANG_KEY, lang);
}

function languageName(code) {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function formatNumber(n) {
  return new Intl.NumberFormat(lang).format(n);
}

// ------------------------------------------------------------------ notices

/**
 * Shows a notice under the inputs. `key` doubles as its identity, so a repeated warning
 * (storage full on every keystroke) stays one notice.
 */
function notify(key, vars = {}, { kind = 'info', action = null, id = key, area = 'notices' } = {}) {
  notices.delete(id);
  notices.set(id, { key, vars, kind, action, area });
  renderNotices();
}

function dismiss(id) {
  if (notices.delete(id)) renderNotices();
}

// Two places: under the inputs, and under the export buttons, where the reader's eyes are
// after pressing one of them.
function renderNotices() {
  const items = { notices: [], 'export-notices': [] };
  for (const [id, n] of notices) {
    const item = document.createElement('div');
    item.className = `notice notice-${n.kind}`;
    item.dataset.notice = id;
    const text = document.createElement('p');
    text.textContent = t(lang, n.key, n.vars);
    item.append(text);
    if (n.action) {
      const act = document.createElement('button');
      act.type = 'button';
      act.className = 'secondary';
      act.textContent = t(lang, n.action.label);
      act.addEventListener('click', () => { dismiss(id); n.action.run(); });
      item.append(act);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'notice-close';
    close.textContent = '×';
    close.setAttribute('aria-label', t(lang, 'notice.dismiss'));
    close.addEventListener('click', () => dismiss(id));
    item.append(close);
    items[n.area].push(item);
  }
  for (const [box, list] of Object.entries(items)) $(box).replaceChildren(...list);
}

// ------------------------------------------------------------------ panes

// The panes' direction comes from their first strong letter, as dir="auto" would decide, but set
// here: Chromium's dir="auto" on a textarea costs time that grows with the square of its line count
// (a 5 MB text of short paragraphs froze the page for minutes when it was pasted or loaded).
const paneDirection = (text) => (baseDirection(text) === 'rtl' ? 'rtl' : 'ltr');

/** Puts text in a pane: its direction first, then the value (see paneDirection). */
function setPaneText(p, text) {
  const dir = paneDirection(text);
  if (p.text.getAttribute('dir') !== dir) p.text.setAttribute('dir', dir);
  p.text.value = text;
}

// Counting a long text's characters takes tens of milliseconds: while the user types in one, the
// count waits for a pause.
const COUNT_NOW_BELOW = 200_000;
const countTimers = {};

function updatePane(side) {
  const p = panes[side];
  const text = p.text.value;
  const dir = paneDirection(text);
  if (p.text.getAttribute('dir') !== dir) p.text.setAttribute('dir', dir);
  clearTimeout(countTimers[side]);
  if (text.length < COUNT_NOW_BELOW) showCount(side);
  else countTimers[side] = setTimeout(() => showCount(side), 400);
  checkPlain(side, text);
}

function showCount(side) {
  const p = panes[side];
  // Code points (a Devanagari conjunct is several, an emoji one): UTF-16 units less the surrogate pairs.
  const text = p.text.value;
  let pairs = 0;
  for (const _ of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) pairs++;
  const n = text.length - pairs;
  p.count.textContent = t(lang, 'pane.count', { n: formatNumber(n) });
}

function checkPlain(side, text) {
  const p = panes[side];
  const binary = looksBinary(text);
  const message = binary ? (p.source ? t(lang, 'notice.notPlainFile', { name: p.source }) : t(lang, 'notice.notPlainText')) : '';
  // Written only when it changes: a write on every keystroke makes the browser restyle the page,
  // and with two long texts drawn below that costs more than the keystroke itself.
  if (p.notice.textContent !== message) p.notice.textContent = message;
  if (p.notice.hidden === binary) p.notice.hidden = !binary;
  if (p.section.classList.contains('has-warning') !== binary) p.section.classList.toggle('has-warning', binary);
}

function labelOf(side) {
  return panes[side].label.value.trim() || side.toUpperCase();
}

function currentState() {
  return {
    a: panes.a.text.value,
    b: panes.b.text.value,
    labelA: panes.a.label.value,
    labelB: panes.b.label.value,
    filter: FILTERS.includes(diff.getAttribute('filter')) ? diff.getAttribute('filter') : 'all',
    hideFurniture: diff.hasAttribute('hide-furniture'),
    comparison: diff.comparison,
    overrides: diff.overrides,
  };
}

/** Puts texts, labels and (when given) the view into the panes and the element. */
function applyState(s) {
  for (const side of SIDES) {
    const p = panes[side];
    setPaneText(p, s[side] ?? '');
    p.label.value = s[side === 'a' ? 'labelA' : 'labelB'] ?? '';
    p.source = '';
    updatePane(side);
  }
  if (s.filter) diff.setAttribute('filter', s.filter);
  if (s.hideFurniture !== undefined) diff.toggleAttribute('hide-furniture', s.hideFurniture);
  diff.labelA = labelOf('a');
  diff.labelB = labelOf('b');
  diff.a = panes.a.text.value;
  diff.b = panes.b.text.value;
  // After the texts: a side's moved units belong to its text, and the new text clears them.
  diff.comparison = s.comparison ?? 'auto';
  diff.overrides = s.overrides ?? {};
  pristine = '';
  hidePermalink();
  renderBar();
}

/** Called after every change the user makes to a pane. */
function edited(side) {
  updatePane(side);
  diff[side] = panes[side].text.value;
  diff[side === 'a' ? 'labelA' : 'labelB'] = labelOf(side);
  pristine = '';
  saver.schedule(currentState, panes.a.text.value.length + panes.b.text.value.length);
  // The address bar must not keep offering a link to texts that have since changed: a reload
  // would bring back the link's texts over the user's edits.
  if (isPermalink(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  hidePermalink();
}

function onDraftSaved(status) {
  if (status === 'ok') {
    dismiss('notice.storageFull');
    dismiss('notice.storageOff');
  } else if (status === 'full') {
    notify('notice.storageFull', {}, { kind: 'warning' });
  } else {
    notify('notice.storageOff', {}, { kind: 'warning' });
  }
}

/** Replaces the text at the selection, keeping the browser's undo history where it can. */
function insertText(area, text) {
  area.focus();
  // execCommand is deprecated but still the only way to insert text that Ctrl+Z can undo.
  if (!document.execCommand('insertText', false, text)) {
    area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function onPaste(side, event) {
  const data = event.clipboardData;
  if (!data) return;
  if (data.types.includes('text/html')) {
    const text = htmlToText(data.getData('text/html'));
    if (text) {
      event.preventDefault();
      panes[side].source = '';
      insertText(panes[side].text, text);
    }
  } else {
    panes[side].source = '';
  }
}

function isHtmlFile(file) {
  return /\.html?$/i.test(file.name) || file.type === 'text/html';
}

function isTextFile(file) {
  return isHtmlFile(file) || /\.(txt|text)$/i.test(file.name) || file.type === 'text/plain';
}

function formatSize(bytes) {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
    .format(bytes / (1024 * 1024));
}

// An HTML page saved from an old site may declare a legacy charset; honour it rather than
// showing every accented letter as U+FFFD.
function decodeHtmlBytes(bytes) {
  const text = decodeBytes(bytes);
  if (!text.includes('\uFFFD')) return text;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (!m) return text;
  try {
    return new TextDecoder(m[1]).decode(bytes);
  } catch {
    return text;
  }
}

async function openFile(side, file) {
  const p = panes[side];
  if (!isTextFile(file)) {
    notify('notice.fileType', { name: file.name }, { kind: 'warning' });
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    notify('notice.fileTooLarge', { name: file.name, size: formatSize(file.size), limit: formatSize(MAX_FILE_BYTES) },
      { kind: 'warning' });
    return;
  }
  let text;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    text = isHtmlFile(file) ? htmlToText(decodeHtmlBytes(bytes)) : decodeBytes(bytes);
  } catch {
    notify('notice.fileRead', { name: file.name }, { kind: 'warning' });
    return;
  }
  setPaneText(p, text);
  p.source = file.name;
  if (!p.label.value.trim()) p.label.value = file.name.replace(/\.[^.]+$/, '');
  edited(side);
}

function onDrop(side, event) {
  event.preventDefault();
  panes[side].section.classList.remove('dragging');
  const data = event.dataTransfer;
  if (!data) return;
  if (data.files && data.files.length > 0) {
    openFile(side, data.files[0]);
    return;
  }
  // A selection dragged from another page or app: the whole pane takes it, as with a file.
  const html = data.types.includes('text/html') ? htmlToText(data.getData('text/html')) : '';
  const text = html || data.getData('text/plain');
  if (text) {
    setPaneText(panes[side], text);
    panes[side].source = '';
    edited(side);
  }
}

function wirePane(side) {
  const p = panes[side];
  p.text.addEventListener('input', () => edited(side));
  p.label.addEventListener('input', () => edited(side));
  p.text.addEventListener('paste', (e) => onPaste(side, e));
  p.open.addEventListener('click', () => p.file.click());
  p.file.addEventListener('change', () => {
    const file = p.file.files?.[0];
    if (file) openFile(side, file);
    p.file.value = ''; // so choosing the same file again still fires "change"
  });
  // dragenter/dragleave fire for every child crossed; count them so the highlight does not flicker.
  let depth = 0;
  p.section.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    p.section.classList.add('dragging');
  });
  p.section.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  p.section.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) p.section.classList.remove('dragging');
  });
  p.section.addEventListener('drop', (e) => {
    depth = 0;
    onDrop(side, e);
  });
}

// ------------------------------------------------------------------ examples

function fillExamples() {
  const select = $('example');
  const chosen = select.value;
  const options = examples.map((ex) => {
    const o = document.createElement('option');
    o.value = ex.id;
    o.textContent = `${ex.title} (${languageName(ex.language)})`;
    o.lang = ex.language;
    return o;
  });
  if (options.length === 0) {
    const o = document.createElement('option');
    o.value = '';
    o.textContent = t(lang, 'examples.none');
    options.push(o);
  }
  select.replaceChildren(...options);
  if (chosen && examples.some((e) => e.id === chosen)) select.value = chosen;
  select.disabled = examples.length === 0;
  $('load-example').disabled = examples.length === 0;
}

function loadExample(id, { save = true } = {}) {
  const ex = examples.find((e) => e.id === id);
  if (!ex) return false;
  applyState({ a: ex.a, b: ex.b, labelA: ex.labelA, labelB: ex.labelB });
  $('example').value = id;
  if (save) saver.schedule(currentState());
  setFolded(true);
  return true;
}

// ------------------------------------------------------------------ the folded inputs

/** Folds the inputs into one line (once both texts are in), or opens them for editing. */
function setFolded(folded) {
  const fold = folded && Boolean(panes.a.text.value.trim() && panes.b.text.value.trim());
  $('inputs-bar').hidden = !fold;
  $('inputs-body').hidden = fold;
  $('inputs').classList.toggle('folded', fold);
  $('edit-inputs').setAttribute('aria-expanded', String(!fold));
  renderBar();
}

function renderBar() {
  if ($('inputs-bar').hidden) return;
  for (const side of SIDES) {
    $(`bar-label-${side}`).textContent = labelOf(side);
    $(`bar-count-${side}`).textContent = panes[side].count.textContent;
  }
}

// ------------------------------------------------------------------ exports

const EXPORTS = { area: 'export-notices' };

function bothTexts() {
  const a = panes.a.text.value;
  const b = panes.b.text.value;
  if (!a.trim() || !b.trim()) {
    notify('notice.needText', {}, { kind: 'warning', ...EXPORTS });
    return null;
  }
  return { a, b };
}

function fileStem() {
  const slug = (s) => s.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `storydiff-${slug(labelOf('a')) || 'a'}-vs-${slug(labelOf('b')) || 'b'}`;
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only needs to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * What the element shows, for an export: its own report (the comparison is not run again), once
 * it is the report of the texts in the panes (a run under way is waited for).
 */
async function shown() {
  if (!bothTexts()) return null;
  try {
    await diff.compare();
    return snapshot(diff, { engine: engineVersion });
  } catch (err) {
    notify('notice.engine', { message: err?.message ?? String(err) }, { kind: 'error', id: 'export-error', ...EXPORTS });
    return null;
  }
}

async function exportJsonFile() {
  const shot = await shown();
  if (shot) download(`${fileStem()}.json`, 'application/json', exportJson(shot));
}

async function exportHtmlFile() {
  const shot = await shown();
  if (shot) download(`${fileStem()}.html`, 'text/html', exportHtml(shot));
}

async function exportMarkdownText() {
  const shot = await shown();
  if (!shot) return;
  if (await copyText(exportMarkdown(shot))) notify('notice.markdownCopied', {}, { id: 'copy', ...EXPORTS });
  else notify('notice.copyFailed', {}, { kind: 'warning', id: 'copy', ...EXPORTS });
}

async function makePermalink() {
  const fragment = await encodeState(currentState());
  const url = `${location.href.split('#')[0]}#${fragment}`;
  if (url.length > MAX_LINK_CHARS) {
    notify('notice.linkTooLong', { n: formatNumber(url.length) }, { kind: 'warning', id: 'link', ...EXPORTS });
    hidePermalink();
    return;
  }
  history.replaceState(null, '', url);
  permalinkInfo = { url };
  renderPermalink();
  if (await copyText(url)) notify('notice.linkCopied', {}, { id: 'link', ...EXPORTS });
  else notify('notice.linkMade', {}, { id: 'link', ...EXPORTS });
}

function renderPermalink() {
  const box = $('permalink');
  if (!permalinkInfo) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  $('permalink-url').value = permalinkInfo.url;
  const n = permalinkInfo.url.length;
  let text = t(lang, 'export.link.length', { n: formatNumber(n) });
  if (n > LONG_LINK_CHARS) text += ' ' + t(lang, 'export.link.long');
  $('permalink-length').textContent = text;
  $('permalink-length').dataset.chars = String(n);
}

function hidePermalink() {
  if (!permalinkInfo) return;
  permalinkInfo = null;
  renderPermalink();
  dismiss('link');
}

// ------------------------------------------------------------------ loading

const LINK_ERRORS = { damaged: 'notice.linkDamaged', 'too-large': 'notice.linkTooBig', newer: 'notice.linkNewer' };

/** Opens the permalink in location.hash; on any failure the draft stays as it was, unsaved over. */
async function openPermalink() {
  try {
    const s = await decodeState(location.hash);
    saver.cancel();
    applyState(s);
    notify('notice.linkOpened', {}, { id: 'link-open' });
    return true;
  } catch (err) {
    const key = LINK_ERRORS[err?.code] ?? 'notice.linkDamaged';
    notify(key, {}, { kind: 'error', id: 'link-open' });
    // A bad link left in the address bar would fail again on every reload.
    history.replaceState(null, '', location.pathname + location.search);
    return false;
  }
}

async function restore() {
  if (isPermalink(location.hash) && (await openPermalink())) {
    setFolded(true);
    return;
  }
  const draft = readDraft();
  if (draft) {
    applyState(draft);
    setFolded(true);
  } else if (defaultExamples[lang] && loadExample(defaultExamples[lang], { save: false })) {
    pristine = defaultExamples[lang];
  } else applyState({ a: '', b: '' });
}

function clearAll() {
  const before = currentState();
  applyState({ a: '', b: '', labelA: '', labelB: '' });
  // An empty draft, not a missing one: a reload must not bring the example back.
  saver.cancel();
  onDraftSaved(writeDraft(currentState()));
  if (isPermalink(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  notify('notice.cleared', {}, {
    id: 'clear',
    action: {
      label: 'undo',
      run: () => {
        applyState(before);
        onDraftSaved(writeDraft(currentState()));
      },
    },
  });
  setFolded(false);
  panes.a.text.focus();
}

let engineVersion = '';
function renderVersion() {
  const parts = [];
  if (engineVersion) parts.push(t(lang, 'footer.version', { v: engineVersion }));
  if (document.querySelector('meta[name="storydiff-build"][content="single-file"]')) parts.push(t(lang, 'footer.singleFile'));
  $('engine-version').textContent = parts.join(' · ');
}

function wireElement() {
  diff.addEventListener('story-diff:busy', (e) => {
    const busy = Boolean(e.detail?.busy);
    $('result').setAttribute('aria-busy', String(busy));
    $('compare').classList.toggle('busy', busy);
  });
  diff.addEventListener('story-diff:error', (e) => {
    notify('notice.engine', { message: e.detail?.message ?? '' }, { kind: 'error', id: 'engine' });
  });
  diff.addEventListener('story-diff:result', () => dismiss('engine'));
}

/**
 * The comparison's keys work wherever the focus is, except where the keys type: j/n and k/p step
 * through the differences, ? shows the shortcuts, Escape clears the selection. Inside the element
 * it handles them itself.
 */
function onPageKey(e) {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const path = e.composedPath();
  const target = path[0];
  if (path.includes(diff) || (target instanceof Element && target.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))) return;
  if (!diff.report) return;
  const escape = () => {
    diff.toggleHelp(false);
    diff.clearSelection();
  };
  const keys = { j: () => diff.next(), n: () => diff.next(), k: () => diff.previous(), p: () => diff.previous(), '?': () => diff.toggleHelp(), Escape: escape };
  const run = keys[e.key];
  if (!run) return;
  run();
  e.preventDefault();
}

async function main() {
  StoryDiff.define();
  wireElement();
  for (const side of SIDES) wirePane(side);
  setLanguage(pickLanguage(readSetting(LANG_KEY), navigator.languages ?? [navigator.language]));

  $('ui-lang').addEventListener('change', (e) => setLanguage(e.target.value, { remember: true }));
  $('load-example').addEventListener('click', () => {
    if (loadExample($('example').value)) {
      const ex = examples.find((x) => x.id === $('example').value);
      notify('notice.exampleLoaded', { name: ex.title }, { id: 'example' });
    }
  });
  $('clear').addEventListener('click', clearAll);
  $('compare').addEventListener('click', () => {
    diff.a = panes.a.text.value;
    diff.b = panes.b.text.value;
    diff.compare().catch(() => { /* reported through story-diff:error */ });
    setFolded(true);
    // The inputs folded away under the reader's eyes: show them the verdict.
    if (!$('inputs-body').hidden) return;
    const top = $('result').getBoundingClientRect().top;
    if (top < 0 || top > innerHeight / 2) $('result').scrollIntoView({ block: 'start' });
  });
  $('edit-inputs').addEventListener('click', () => {
    setFolded(false);
    panes.a.text.focus();
  });
  $('export-json').addEventListener('click', exportJsonFile);
  $('export-html').addEventListener('click', exportHtmlFile);
  $('export-markdown').addEventListener('click', exportMarkdownText);
  document.addEventListener('keydown', onPageKey);
  $('export-link').addEventListener('click', makePermalink);
  $('permalink-copy').addEventListener('click', async () => {
    const ok = await copyText($('permalink-url').value);
    notify(ok ? 'notice.copied' : 'notice.copyFailed', {}, { id: 'link', kind: ok ? 'info' : 'warning', ...EXPORTS });
  });
  $('permalink-url').addEventListener('focus', (e) => e.target.select());

  // A file dropped beside the panes would make the browser leave the page to show it.
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, (e) => {
      if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      if (type === 'dragover') e.dataTransfer.dropEffect = 'none';
    });
  }
  // A link pasted into the address bar of an open page changes only the fragment.
  window.addEventListener('hashchange', () => {
    if (isPermalink(location.hash)) openPermalink();
  });
  // Typing and closing the tab within the debounce delay must not lose the last words.
  window.addEventListener('pagehide', () => saver.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saver.flush();
  });

  await restore();

  try {
    await storydiff.init();
    engineVersion = storydiff.version();
    renderVersion();
  } catch (err) {
    notify('notice.engineLoad', { message: err?.message ?? String(err) }, { kind: 'error', id: 'engine' });
  }
}

main();
