// The page's own words in each UI language. The <story-diff> element translates its own
// strings; the page only sets its lang attribute.

export const LANGUAGES = ['en', 'hi'];

export const dictionaries = {
  en: {
    'page.title': 'Storydiff — compare two versions of a news story',
    'skip': 'Skip to the comparison',
    'app.name': 'Storydiff',
    'app.tagline': 'Compare two versions of a news story: what both tell, what only one tells, and where they contradict.',
    'language': 'Language',
    'inputs.heading': 'The two versions',
    'inputs.edit': 'Edit the texts',
    'examples': 'Example',
    'examples.load': 'Load example',
    'examples.none': 'No examples in this build',
    'clear': 'Clear',
    'undo': 'Undo',
    'pane.a': 'Version A',
    'pane.b': 'Version B',
    'pane.label': 'Name',
    'pane.label.hint.a': 'An outlet, or “before”',
    'pane.label.hint.b': 'An outlet, or “after”',
    'pane.text': 'Text',
    'pane.text.placeholder': 'Paste the story here, open a file, or drop one here.',
    'pane.open': 'Open file…',
    'pane.drop': 'Drop a .txt or .html file',
    'pane.count': '{n} characters',
    'compare': 'Compare',
    'compare.busy': 'Comparing…',
    'compare.live': 'The comparison updates as you type.',
    'result.heading': 'Comparison',
    'export.heading': 'Save and share',
    'export.json': 'Download JSON report',
    'export.html': 'Download HTML report',
    'export.markdown': 'Copy Markdown summary',
    'export.link': 'Make a link',
    'export.link.label': 'Link to these two texts',
    'export.link.length': 'The link is {n} characters long.',
    'export.link.long': 'Links this long may be cut short by e-mail and chat apps; the HTML report travels better.',
    'export.link.copy': 'Copy link',
    'export.note': 'Everything stays in your browser: the link carries both texts inside itself.',
    'notice.copied': 'Copied to the clipboard.',
    'notice.copyFailed': 'The browser did not allow copying. Select the text and copy it by hand.',
    'notice.markdownCopied': 'Markdown summary copied to the clipboard.',
    'notice.linkCopied': 'Link copied to the clipboard and shown in the address bar.',
    'notice.linkMade': 'Link shown in the address bar; copy it from the field below.',
    'notice.linkTooLong': 'These texts are too long for a link ({n} characters). Download the HTML report instead.',
    'notice.needText': 'Give both versions some text first.',
    'notice.notPlainFile': '“{name}” is not plain text; it is shown with replacement characters (�).',
    'notice.notPlainText': 'This text is not plain text; it is shown with replacement characters (�).',
    'notice.fileTooLarge': '“{name}” is too large ({size}); files up to {limit} can be opened.',
    'notice.fileType': '“{name}” is not a .txt or .html file.',
    'notice.fileRead': 'Could not read “{name}”.',
    'notice.storageFull': 'The browser’s storage is full, so your draft is not being saved. Comparing still works.',
    'notice.storageOff': 'This browser does not allow saving drafts here. Comparing still works.',
    'notice.linkDamaged': 'This link is damaged or incomplete, so it could not be opened. Your saved draft is shown instead.',
    'notice.linkTooBig': 'This link is too large to open. Your saved draft is shown instead.',
    'notice.linkNewer': 'This link was made by a newer version of Storydiff. Your saved draft is shown instead.',
    'notice.linkOpened': 'Opened the two texts from the link.',
    'notice.cleared': 'Both versions cleared.',
    'notice.exampleLoaded': 'Loaded the example “{name}”.',
    'notice.engine': 'The comparison failed: {message}',
    'notice.engineLoad': 'The comparison engine could not start: {message}',
    'notice.dismiss': 'Dismiss',
    'notices.label': 'Notices',
    'footer.private': 'Storydiff runs entirely in your browser. Your texts are never uploaded.',
    'footer.version': 'Engine version {v}',
    'footer.singleFile': 'Single-file edition: compares on the page’s own thread.',
  },
  hi: {
    'page.title': 'स्टोरीडिफ़ — किसी ख़बर के दो संस्करणों की तुलना',
    'skip': 'सीधे तुलना पर जाएँ',
    'app.name': 'स्टोरीडिफ़',
    'app.tagline': 'किसी ख़बर के दो संस्करणों की तुलना: दोनों क्या बताते हैं, सिर्फ़ एक क्या बताता है, और कहाँ वे एक-दूसरे से टकराते हैं।',
    'language': 'भाषा',
    'inputs.heading': 'दोनों संस्करण',
    'inputs.edit': 'पाठ बदलें',
    'examples': 'उदाहरण',
    'examples.load': 'उदाहरण खोलें',
    'examples.none': 'इस संस्करण में कोई उदाहरण नहीं',
    'clear': 'साफ़ करें',
    'undo': 'वापस लाएँ',
    'pane.a': 'संस्करण A',
    'pane.b': 'संस्करण B',
    'pane.label': 'नाम',
    'pane.label.hint.a': 'कोई समाचार संस्थान, या “पहले”',
    'pane.label.hint.b': 'कोई समाचार संस्थान, या “बाद में”',
    'pane.text': 'पाठ',
    'pane.text.placeholder': 'ख़बर यहाँ चिपकाएँ, कोई फ़ाइल खोलें, या उसे यहाँ छोड़ें।',
    'pane.open': 'फ़ाइल खोलें…',
    'pane.drop': '.txt या .html फ़ाइल यहाँ छोड़ें',
    'pane.count': '{n} अक्षर',
    'compare': 'तुलना करें',
    'compare.busy': 'तुलना हो रही है…',
    'compare.live': 'आप लिखते जाएँ, तुलना साथ-साथ बदलती रहेगी।',
    'result.heading': 'तुलना',
    'export.heading': 'सहेजें और साझा करें',
    'export.json': 'JSON रिपोर्ट डाउनलोड करें',
    'export.html': 'HTML रिपोर्ट डाउनलोड करें',
    'export.markdown': 'Markdown सारांश कॉपी करें',
    'export.link': 'लिंक बनाएँ',
    'export.link.label': 'इन दोनों पाठों का लिंक',
    'export.link.length': 'लिंक {n} अक्षरों का है।',
    'export.link.long': 'इतने लंबे लिंक ईमेल और चैट ऐप में कट सकते हैं; HTML रिपोर्ट भेजना बेहतर है।',
    'export.link.copy': 'लिंक कॉपी करें',
    'export.note': 'सब कुछ आपके ब्राउज़र में ही रहता है: लिंक के भीतर ही दोनों पाठ होते हैं।',
    'notice.copied': 'क्लिपबोर्ड पर कॉपी हो गया।',
    'notice.copyFailed': 'ब्राउज़र ने कॉपी नहीं करने दिया। पाठ चुनकर ख़ुद कॉपी करें।',
    'notice.markdownCopied': 'Markdown सारांश क्लिपबोर्ड पर कॉपी हो गया।',
    'notice.linkCopied': 'लिंक क्लिपबोर्ड पर कॉपी हो गया और पता-पट्टी में दिख रहा है।',
    'notice.linkMade': 'लिंक पता-पट्टी में है; नीचे के खाने से उसे कॉपी करें।',
    'notice.linkTooLong': 'ये पाठ लिंक के लिए बहुत लंबे हैं ({n} अक्षर)। इसके बजाय HTML रिपोर्ट डाउनलोड करें।',
    'notice.needText': 'पहले दोनों संस्करणों में कुछ पाठ डालें।',
    'notice.notPlainFile': '“{name}” सादा पाठ नहीं है; इसे बदले हुए चिह्नों (�) के साथ दिखाया गया है।',
    'notice.notPlainText': 'यह सादा पाठ नहीं है; इसे बदले हुए चिह्नों (�) के साथ दिखाया गया है।',
    'notice.fileTooLarge': '“{name}” बहुत बड़ी है ({size}); {limit} तक की फ़ाइलें खुल सकती हैं।',
    'notice.fileType': '“{name}” .txt या .html फ़ाइल नहीं है।',
    'notice.fileRead': '“{name}” पढ़ी नहीं जा सकी।',
    'notice.storageFull': 'ब्राउज़र का भंडार भर गया है, इसलिए आपका मसौदा सहेजा नहीं जा रहा। तुलना चलती रहेगी।',
    'notice.storageOff': 'यह ब्राउज़र यहाँ मसौदे सहेजने नहीं देता। तुलना चलती रहेगी।',
    'notice.linkDamaged': 'यह लिंक टूटा या अधूरा है, इसलिए खुल नहीं सका। आपका सहेजा हुआ मसौदा दिखाया गया है।',
    'notice.linkTooBig': 'यह लिंक खोलने के लिए बहुत बड़ा है। आपका सहेजा हुआ मसौदा दिखाया गया है।',
    'notice.linkNewer': 'यह लिंक स्टोरीडिफ़ के नए संस्करण से बना है। आपका सहेजा हुआ मसौदा दिखाया गया है।',
    'notice.linkOpened': 'लिंक से दोनों पाठ खोले गए।',
    'notice.cleared': 'दोनों संस्करण साफ़ कर दिए गए।',
    'notice.exampleLoaded': 'उदाहरण “{name}” खुल गया।',
    'notice.engine': 'तुलना नहीं हो सकी: {message}',
    'notice.engineLoad': 'तुलना का इंजन शुरू नहीं हो सका: {message}',
    'notice.dismiss': 'हटाएँ',
    'notices.label': 'सूचनाएँ',
    'footer.private': 'स्टोरीडिफ़ पूरी तरह आपके ब्राउज़र में चलता है। आपके पाठ कहीं अपलोड नहीं होते।',
    'footer.version': 'इंजन संस्करण {v}',
    'footer.singleFile': 'एक-फ़ाइल संस्करण: तुलना पेज के अपने थ्रेड पर होती है।',
  },
};

/** Picks the UI language: a remembered choice, else the browser's first preference we have, else English. */
export function pickLanguage(remembered, preferred = []) {
  if (LANGUAGES.includes(remembered)) return remembered;
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** The string for key in lang, with {name} placeholders filled; English when lang lacks it. */
export function t(lang, key, vars = {}) {
  const template = dictionaries[lang]?.[key] ?? dictionaries.en[key];
  if (template === undefined) throw new Error(`i18n: no string for "${key}"`);
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Fills every element under root that names a string: data-i18n sets its text,
 * data-i18n-attr="placeholder:key;aria-label:key" sets attributes.
 */
export function applyTranslations(root, lang) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(lang, el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(lang, key));
    }
  }
}
