//! Deterministic benchmark inputs: pairs of news-like texts of a chosen size, in English and Hindi.
//!
//! Everything comes from a seeded xorshift generator, so every run, machine and language binding
//! sees byte-identical inputs (the wasm bench reads the files the native bench writes).
//!
//! Source text, first found wins:
//!   1. tests/fixtures/<dir>/{a,b}.txt (dirs named en-* or hi-*, or any dir that is mostly Devanagari);
//!   2. ../shared/fixtures/seed-defence-mou (Hindi only, the workplace's shared seed pair);
//!   3. the small built-in paragraph set below, so a bare clone still benchmarks.
//!
//! A long text starts with the source paragraphs verbatim (all a 10 KB side needs), then goes on with
//! new paragraphs of 2-5 sentences drawn from anywhere in the sources, most content words swapped for
//! other words of the language or made-up ones, numbers redrawn, names added. The made-up words make
//! the vocabulary grow with the text as real news does (see [`Lexicon`]). Without that rewriting a
//! 10 MB text would be 17 KB of fixtures repeated 600 times: the repetition cliff case, not an
//! ordinary long input. [`Style::Template`] keeps the near-copies on purpose, as a cliff case.

use std::path::Path;

/// xorshift64* (Vigna). Small, fast and fixed: the inputs must never change under a dependency bump.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Zero is the one state xorshift cannot leave.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in 0..n (n > 0). The modulo bias is far below anything a benchmark could notice.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// True with probability p.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Hi,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
        }
    }
}

/// The paragraphs of one language, grouped by story, and where they came from.
pub struct Corpus {
    pub lang: Lang,
    /// One entry per source story (a fixture directory: both versions of the story).
    pub stories: Vec<Vec<String>>,
    pub source: String,
}

impl Corpus {
    pub fn bytes(&self) -> usize {
        self.stories.iter().flatten().map(|p| p.len()).sum()
    }
    /// Two disjoint halves (alternate stories), for pairs of unrelated stories.
    /// A single story is cut in two by paragraphs instead.
    pub fn halves(&self) -> (Vec<String>, Vec<String>) {
        if self.stories.len() >= 2 {
            let mut x = Vec::new();
            let mut y = Vec::new();
            for (i, s) in self.stories.iter().enumerate() {
                if i % 2 == 0 {
                    x.extend(s.iter().cloned())
                } else {
                    y.extend(s.iter().cloned())
                }
            }
            (x, y)
        } else {
            let all: Vec<String> = self.stories.iter().flatten().cloned().collect();
            let mid = all.len() / 2;
            (all[..mid].to_vec(), all[mid..].to_vec())
        }
    }
    pub fn all(&self) -> Vec<String> {
        self.stories.iter().flatten().cloned().collect()
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n"));
                cur.clear();
            }
        } else {
            cur.push(t);
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n"));
    }
    out
}

fn devanagari_share(text: &str) -> f64 {
    let mut dev = 0usize;
    let mut letters = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if ('\u{0900}'..='\u{097F}').contains(&c) {
            dev += 1;
        }
    }
    if letters == 0 {
        0.0
    } else {
        dev as f64 / letters as f64
    }
}

fn read_story(dir: &Path) -> Option<Vec<String>> {
    let a = std::fs::read_to_string(dir.join("a.txt")).ok()?;
    let b = std::fs::read_to_string(dir.join("b.txt")).ok()?;
    let mut p = paragraphs(&a);
    p.extend(paragraphs(&b));
    Some(p)
}

/// Loads the paragraphs of `lang` from the project's fixtures (`root` is the crate directory).
/// `fixtures` replaces `root/tests/fixtures` (the bench's `--fixtures`, which also tests the fallbacks).
pub fn load_corpus(lang: Lang, root: &Path, fixtures: Option<&Path>) -> Corpus {
    let mut stories = Vec::new();
    let mut names = Vec::new();
    let dir = fixtures
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.join("tests/fixtures"));
    if let Ok(rd) = std::fs::read_dir(&dir) {
        let mut dirs: Vec<_> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let name = dir.file_name().unwrap().to_string_lossy().to_string();
            let Some(story) = read_story(&dir) else {
                continue;
            };
            let joined = story.join("\n");
            let is_lang = match lang {
                // Other Latin-script languages (es-, fr-) must not leak into the English corpus.
                Lang::En => name.starts_with("en-"),
                Lang::Hi => {
                    name.starts_with("hi-")
                        || (!name.starts_with("en-") && devanagari_share(&joined) > 0.5)
                }
            };
            if is_lang && !story.is_empty() {
                stories.push(story);
                names.push(name);
            }
        }
    }
    if !stories.is_empty() {
        return Corpus {
            lang,
            stories,
            source: format!(
                "{}/{{{}}}",
                dir.strip_prefix(root).unwrap_or(&dir).display(),
                names.join(",")
            ),
        };
    }
    if lang == Lang::Hi {
        let dir = root.join("../shared/fixtures/seed-defence-mou");
        if let Some(story) = read_story(&dir) {
            return Corpus {
                lang,
                stories: vec![story],
                source: "../shared/fixtures/seed-defence-mou".into(),
            };
        }
    }
    let stories = builtin(lang)
        .iter()
        .map(|s| s.iter().map(|p| p.to_string()).collect())
        .collect();
    Corpus {
        lang,
        stories,
        source: "built-in paragraphs (no fixtures found)".into(),
    }
}

/// Two short made-up stories per language, for a clone without fixtures.
fn builtin(lang: Lang) -> &'static [&'static [&'static str]] {
    match lang {
        Lang::En => &[
            &[
                "Harbour workers end four-day strike after pay deal",
                "Dock workers at the port of Kelsey returned to work on Monday after union leaders accepted a pay rise of 6 per cent over two years.",
                "The strike had left more than 40 ships waiting offshore and cost exporters an estimated £12 million a day, according to the chamber of commerce.",
                "\"Nobody wanted this to drag on,\" said Maria Fenn, the union's regional secretary. \"The offer on the table now is one our members can live with.\"",
                "The port authority said it expected the backlog to clear by Thursday. Night shifts will run until then.",
                "Share this article",
            ],
            &[
                "City library to open on Sundays from next month",
                "The central library will open from 10am to 4pm on Sundays starting on 5 May, the council announced on Wednesday.",
                "The change follows a survey in which 3,200 residents asked for weekend hours. Extra staff will be paid from the culture budget, which rose by £250,000 this year.",
                "Councillor James Okoro said the library was \"the busiest public building in the city\" and should be open when families are free.",
                "Opening hours on weekdays will not change.",
                "Advertisement",
            ],
        ],
        Lang::Hi => &[
            &[
                "बंदरगाह कर्मचारियों ने चार दिन बाद हड़ताल खत्म की",
                "केलसी बंदरगाह के कर्मचारी सोमवार को काम पर लौट आए, जब यूनियन नेताओं ने दो साल में 6 प्रतिशत वेतन वृद्धि का प्रस्ताव स्वीकार कर लिया।",
                "वाणिज्य मंडल के अनुसार हड़ताल के कारण 40 से अधिक जहाज समुद्र में इंतजार करते रहे और निर्यातकों को रोज लगभग 12 करोड़ रुपये का नुकसान हुआ।",
                "यूनियन की क्षेत्रीय सचिव मारिया फेन ने कहा, \"कोई नहीं चाहता था कि यह लंबा चले। अब जो प्रस्ताव है, उसे हमारे सदस्य मान सकते हैं।\"",
                "बंदरगाह प्राधिकरण ने कहा कि गुरुवार तक सारा काम निपट जाने की उम्मीद है। तब तक रात की पाली चलेगी।",
                "शेयर करें",
            ],
            &[
                "अगले महीने से रविवार को भी खुलेगा शहर का पुस्तकालय",
                "नगर निगम ने बुधवार को घोषणा की कि केंद्रीय पुस्तकालय 5 मई से हर रविवार सुबह 10 बजे से शाम 4 बजे तक खुलेगा।",
                "यह फैसला एक सर्वे के बाद लिया गया, जिसमें 3,200 निवासियों ने सप्ताहांत में पुस्तकालय खोलने की मांग की थी। अतिरिक्त कर्मचारियों का वेतन संस्कृति बजट से दिया जाएगा।",
                "पार्षद जेम्स ओकोरो ने कहा कि पुस्तकालय शहर की सबसे व्यस्त सार्वजनिक इमारत है और इसे तब खुला रहना चाहिए जब परिवारों के पास समय हो।",
                "सप्ताह के बाकी दिनों का समय नहीं बदलेगा।",
                "विज्ञापन",
            ],
        ],
    }
}

/// Punctuation that is peeled off a whitespace-separated word before it is swapped, and put back after.
fn is_edge_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '।' | '॥'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '—'
                | '–'
                | '…'
                | '«'
                | '»'
                | '£'
                | '€'
                | '₹'
        )
}

fn split_word(w: &str) -> (&str, &str, &str) {
    let core_start = w.find(|c: char| !is_edge_punct(c)).unwrap_or(w.len());
    let rest = &w[core_start..];
    let core_len = rest
        .rfind(|c: char| !is_edge_punct(c))
        .map(|i| i + rest[i..].chars().next().unwrap().len_utf8())
        .unwrap_or(0);
    (&w[..core_start], &rest[..core_len], &rest[core_len..])
}

fn is_number(core: &str) -> bool {
    core.chars()
        .any(|c| c.is_ascii_digit() || ('०'..='९').contains(&c))
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || ('०'..='९').contains(&c) || matches!(c, ',' | '.'))
}

/// The distinct words of some paragraphs, punctuation peeled off, numbers left out.
pub fn vocabulary(paras: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for p in paras {
        for w in p.split_whitespace() {
            let (_, core, _) = split_word(w);
            if core.chars().count() >= 2 && !is_number(core) && seen.insert(core.to_string()) {
                out.push(core.to_string());
            }
        }
    }
    out
}

/// Made-up words, so the vocabulary keeps growing with the text as it does in real news
/// (Heaps' law): a news archive of 1 MB has some 15-20 thousand distinct words, not the few
/// thousand of the source fixtures.
pub struct Lexicon {
    lang: Lang,
    /// Proper names: capitalized in Latin script.
    names: bool,
    /// Chance that a pick coins a new word instead of reusing one.
    p_new: f64,
    list: Vec<String>,
}

impl Lexicon {
    fn new(lang: Lang, names: bool, p_new: f64) -> Lexicon {
        Lexicon {
            lang,
            names,
            p_new,
            list: Vec::new(),
        }
    }
    fn make(&self, rng: &mut Rng) -> String {
        const LATIN: &[&str] = &[
            "ka", "ran", "vel", "mo", "dor", "ash", "ten", "li", "bra", "sun", "mir", "tal", "or",
            "ev", "hal", "zen", "qu", "pa", "ri", "nos", "ble", "ter", "ing", "con", "ment",
        ];
        const DEVA: &[&str] = &[
            "क",
            "रा",
            "वि",
            "मो",
            "द",
            "ला",
            "न",
            "सु",
            "मि",
            "ते",
            "प्र",
            "शा",
            "ली",
            "र",
            "गो",
            "ह",
            "जी",
            "भा",
            "पू",
            "के",
            "स्था",
            "ने",
            "कर",
            "ता",
            "यों",
        ];
        let syl = if self.lang == Lang::En { LATIN } else { DEVA };
        let n = 2 + rng.below(3);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(syl[rng.below(syl.len())]);
        }
        if self.names && self.lang == Lang::En {
            let mut c = s.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            s = std::iter::once(first).chain(c).collect();
        }
        s
    }
    /// A new word with chance `p_new`, otherwise a known one, favouring the early (frequent) ones
    /// as a Zipf-like rank distribution does.
    fn pick(&mut self, rng: &mut Rng) -> String {
        if self.list.is_empty() || rng.chance(self.p_new) {
            let n = self.make(rng);
            self.list.push(n.clone());
            n
        } else {
            let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
            let i = ((u * u * u) * self.list.len() as f64) as usize;
            self.list[i.min(self.list.len() - 1)].clone()
        }
    }
}

/// The growing vocabulary of a long text: made-up names and made-up common words.
pub struct Growing {
    names: Lexicon,
    words: Lexicon,
}

impl Growing {
    fn new(lang: Lang) -> Growing {
        Growing {
            names: Lexicon::new(lang, true, 0.3),
            words: Lexicon::new(lang, false, 0.5),
        }
    }
}

fn redraw_digits(core: &str, rng: &mut Rng) -> String {
    core.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from(b'0' + rng.below(10) as u8)
            } else if ('०'..='९').contains(&c) {
                char::from_u32('०' as u32 + rng.below(10) as u32).unwrap()
            } else {
                c
            }
        })
        .collect()
}

/// Rewrites a paragraph word by word: with probability `p_name` a word becomes a proper name and
/// with `p_swap` another word (half of the time a made-up one when `grow` is given, otherwise one of
/// `vocab`); numbers are redrawn when `numbers` is set. Words of three letters or fewer, mostly
/// function words (the, of, का, में), are swapped four times less often, so sentences keep their
/// shape. Whitespace and line breaks stay.
fn mutate(
    para: &str,
    vocab: &[String],
    mut grow: Option<&mut Growing>,
    p_swap: f64,
    p_name: f64,
    numbers: bool,
    rng: &mut Rng,
) -> String {
    let mut out = String::with_capacity(para.len() + 16);
    let mut rest = para;
    while !rest.is_empty() {
        let ws = rest.len() - rest.trim_start().len();
        out.push_str(&rest[..ws]);
        rest = &rest[ws..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        if word.is_empty() {
            continue;
        }
        let (pre, core, post) = split_word(word);
        out.push_str(pre);
        if core.is_empty() {
        } else if is_number(core) {
            out.push_str(&if numbers {
                redraw_digits(core, rng)
            } else {
                core.to_string()
            });
        } else if grow.is_some() && rng.chance(p_name) {
            out.push_str(&grow.as_deref_mut().unwrap().names.pick(rng));
        } else if rng.chance(if core.chars().count() <= 3 {
            p_swap / 4.0
        } else {
            p_swap
        }) {
            match grow.as_deref_mut() {
                Some(g) if rng.chance(0.5) => out.push_str(&g.words.pick(rng)),
                _ if !vocab.is_empty() => out.push_str(&vocab[rng.below(vocab.len())]),
                _ => out.push_str(core),
            }
        } else {
            out.push_str(core);
        }
        out.push_str(post);
    }
    out
}

/// How a long text is made from the source paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// News-like: paragraphs of 2-5 sentences drawn from anywhere in the sources, most of their
    /// content words swapped, and a vocabulary that keeps growing. Two sentences made from the same
    /// source sentence share its shape and function words, not its content: no near-copies.
    News,
    /// Templated: whole source paragraphs reused with a quarter of their words swapped for words of
    /// the sources, so at 1 MB every paragraph has dozens of near-copies (like generated market or
    /// sports reports). A cliff case, not an ordinary input.
    Template,
}

/// Sentences of a paragraph: cut after . ! ? । when whitespace follows. A paragraph with no such
/// cut (a headline, a byline, a share button) stays whole.
fn sentences(p: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = p.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?' | '।') {
            if let Some(&(j, n)) = chars.peek() {
                if n.is_whitespace() && j - start >= 20 {
                    out.push(p[start..j].trim().to_string());
                    start = j;
                }
            }
        }
        let _ = i;
    }
    let tail = p[start..].trim();
    if !tail.is_empty() {
        out.push(tail.to_string());
    }
    out
}

fn is_body(p: &str) -> bool {
    p.len() >= 60 && (p.contains(". ") || p.contains('।') || p.ends_with('.'))
}

/// A long "story" of about `target` bytes. The source paragraphs come first, verbatim, so a small
/// size reads like real news; after them come paragraphs made as `style` says.
pub fn story(source: &[String], lang: Lang, target: usize, seed: u64, style: Style) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let vocab = vocabulary(source);
    let mut grow = Growing::new(lang);
    let body: Vec<String> = source
        .iter()
        .filter(|p| is_body(p))
        .flat_map(|p| sentences(p))
        .collect();
    let short: Vec<&String> = source.iter().filter(|p| !is_body(p)).collect();
    let mut order: Vec<usize> = (0..source.len()).collect();
    rng.shuffle(&mut order);
    let mut out = Vec::new();
    let mut bytes = 0usize;
    let mut push = |p: String, out: &mut Vec<String>| {
        bytes += p.len() + 2;
        out.push(p);
        bytes >= target
    };
    for &i in &order {
        if push(source[i].clone(), &mut out) {
            return out;
        }
    }
    loop {
        let p = match style {
            Style::Template => {
                let src = &source[rng.below(source.len())];
                mutate(src, &vocab, Some(&mut grow), 0.25, 0.04, true, &mut rng)
            }
            // Headlines, bylines and furniture lines turn up between paragraphs, as in a feed.
            Style::News if body.is_empty() || (!short.is_empty() && rng.chance(0.12)) => {
                let src = if short.is_empty() {
                    &source[rng.below(source.len())]
                } else {
                    short[rng.below(short.len())]
                };
                mutate(src, &vocab, Some(&mut grow), 0.6, 0.05, true, &mut rng)
            }
            Style::News => {
                let n = 2 + rng.below(4);
                let mut p = String::new();
                for k in 0..n {
                    if k > 0 {
                        p.push(' ');
                    }
                    let sent = &body[rng.below(body.len())];
                    p.push_str(&mutate(
                        sent,
                        &vocab,
                        Some(&mut grow),
                        0.6,
                        0.03,
                        true,
                        &mut rng,
                    ));
                }
                p
            }
        };
        if push(p, &mut out) {
            return out;
        }
    }
}

/// Distinct whitespace-separated words, punctuation peeled off: the vocabulary size of a text.
pub fn types(text: &str) -> usize {
    let mut seen = std::collections::HashSet::new();
    for w in text.split_whitespace() {
        seen.insert(split_word(w).1);
    }
    seen.len()
}

pub fn join(paras: &[String]) -> String {
    let mut s = paras.join("\n\n");
    s.push('\n');
    s
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// B is A with its paragraphs in another order.
    Shuffled,
    /// B is A with one word in ten replaced by another word of the language.
    Subst10,
    /// A and B are built from different source stories.
    Unrelated,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Shuffled, Kind::Subst10, Kind::Unrelated];
    pub fn name(self) -> &'static str {
        match self {
            Kind::Shuffled => "shuffled",
            Kind::Subst10 => "subst10",
            Kind::Unrelated => "unrelated",
        }
    }
}

/// A pair of inputs with a stable id (used for file names and to match native and wasm timings).
pub struct Pair {
    pub id: String,
    pub group: String,
    pub lang: String,
    pub kind: String,
    /// Nominal size per side in bytes (10^4 .. 10^7), or the repeat count for the repetition case.
    pub nominal: usize,
    pub a: String,
    pub b: String,
}

pub fn size_label(n: usize) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{}MB", n / 1_000_000),
        n if n >= 1_000 && n % 1_000 == 0 => format!("{}KB", n / 1_000),
        n => format!("{n}B"),
    }
}

/// Parses "10KB", "1MB", "100kb", "10000" into bytes (decimal units, as the table prints them).
pub fn parse_size(s: &str) -> Option<usize> {
    let t = s.trim().to_ascii_uppercase();
    let (num, mul) = if let Some(n) = t.strip_suffix("MB") {
        (n, 1_000_000)
    } else if let Some(n) = t.strip_suffix("KB") {
        (n, 1_000)
    } else if let Some(n) = t.strip_suffix('B') {
        (n, 1)
    } else {
        (t.as_str(), 1)
    };
    let v: f64 = num.trim().parse().ok()?;
    Some((v * mul as f64) as usize)
}

fn seed_of(parts: &[&str], n: usize) -> u64 {
    // FNV-1a over the case's name: each case gets its own stream, stable across runs and case selections.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x100_0000_01b3);
        }
    }
    h ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

pub fn make_pair(corpus: &Corpus, kind: Kind, size: usize) -> Pair {
    let lang = corpus.lang;
    let seed = seed_of(&[lang.code(), kind.name()], size);
    let all = corpus.all();
    let (a, b) = match kind {
        Kind::Shuffled => {
            let a = story(&all, lang, size, seed, Style::News);
            let mut b = a.clone();
            Rng::new(seed ^ 0x5eed).shuffle(&mut b);
            (join(&a), join(&b))
        }
        Kind::Subst10 => {
            let a = story(&all, lang, size, seed, Style::News);
            let vocab = vocabulary(&all);
            let mut rng = Rng::new(seed ^ 0x5eed);
            let b: Vec<String> = a
                .iter()
                .map(|p| mutate(p, &vocab, None, 0.10, 0.0, false, &mut rng))
                .collect();
            (join(&a), join(&b))
        }
        Kind::Unrelated => {
            let (x, y) = corpus.halves();
            (
                join(&story(&x, lang, size, seed, Style::News)),
                join(&story(&y, lang, size, seed ^ 0x5eed, Style::News)),
            )
        }
    };
    Pair {
        id: format!("{}-{}-{}", lang.code(), kind.name(), size_label(size)),
        group: "size".into(),
        lang: lang.code().into(),
        kind: kind.name().into(),
        nominal: size,
        a,
        b,
    }
}

/// The first content paragraph of at least 200 bytes with a full stop or danda in it: a typical body paragraph.
fn body_paragraph(corpus: &Corpus) -> String {
    let all = corpus.all();
    all.iter()
        .find(|p| p.len() >= 200 && (p.contains(". ") || p.contains('।')))
        .or_else(|| all.iter().max_by_key(|p| p.len()))
        .cloned()
        .unwrap_or_default()
}

/// Cliff case: the same paragraph `times` times on both sides (every unit of A matches every unit of B).
pub fn repeated(corpus: &Corpus, times: usize) -> Pair {
    let p = body_paragraph(corpus);
    let paras = vec![p; times];
    let text = join(&paras);
    Pair {
        id: format!("{}-repeat-x{}", corpus.lang.code(), times),
        group: "cliff".into(),
        lang: corpus.lang.code().into(),
        kind: "repeat".into(),
        nominal: times,
        a: text.clone(),
        b: text,
    }
}

/// Cliff case: machine noise, random letter strings with no punctuation and no line break (one giant line),
/// A and B independent.
pub fn noise(size: usize) -> Pair {
    let mut rng = Rng::new(seed_of(&["noise"], size));
    let side = |rng: &mut Rng| {
        let mut s = String::with_capacity(size + 16);
        while s.len() < size {
            let n = 1 + rng.below(9);
            for _ in 0..n {
                s.push(char::from(b'a' + rng.below(26) as u8));
            }
            s.push(' ');
        }
        s
    };
    let a = side(&mut rng);
    let b = side(&mut rng);
    Pair {
        id: format!("noise-{}", size_label(size)),
        group: "cliff".into(),
        lang: "-".into(),
        kind: "noise".into(),
        nominal: size,
        a,
        b,
    }
}

/// Cliff case: an English story against a Hindi one, nothing in common but digits.
pub fn cross_script(en: &Corpus, hi: &Corpus, size: usize) -> Pair {
    let seed = seed_of(&["cross"], size);
    let a = join(&story(&en.all(), Lang::En, size, seed, Style::News));
    let b = join(&story(
        &hi.all(),
        Lang::Hi,
        size,
        seed ^ 0x5eed,
        Style::News,
    ));
    Pair {
        id: format!("en-vs-hi-{}", size_label(size)),
        group: "cliff".into(),
        lang: "en/hi".into(),
        kind: "cross-script".into(),
        nominal: size,
        a,
        b,
    }
}

/// Cliff case: a templated text (see [`Style::Template`]) against itself with its paragraphs shuffled.
pub fn templated(corpus: &Corpus, size: usize) -> Pair {
    let lang = corpus.lang;
    let seed = seed_of(&[lang.code(), "templated"], size);
    let a = story(&corpus.all(), lang, size, seed, Style::Template);
    let mut b = a.clone();
    Rng::new(seed ^ 0x5eed).shuffle(&mut b);
    Pair {
        id: format!("{}-templated-{}", lang.code(), size_label(size)),
        group: "cliff".into(),
        lang: lang.code().into(),
        kind: "templated".into(),
        nominal: size,
        a: join(&a),
        b: join(&b),
    }
}
