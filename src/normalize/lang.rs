//! Which language a text is in, guessed from its script and, where several languages share a
//! script, from its most frequent function words. Stemming, number words and the quantity lexicon
//! read it. A guess costs one pass over the first few thousand words.

use crate::lexicon::languages::{DEVANAGARI, LATIN};
use crate::normalize::fold;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// The languages the engine knows by name; `Other` gets the script-generic treatment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    Fr,
    Pt,
    It,
    De,
    Nl,
    Tr,
    Id,
    Sw,
    Pl,
    Vi,
    Ru,
    Hi,
    Mr,
    Ne,
    Bn,
    Gu,
    Pa,
    Ta,
    Te,
    Ur,
    Ar,
    Fa,
    Zh,
    Ja,
    Ko,
    Th,
    #[default]
    Other,
}

impl Lang {
    /// The two-letter code.
    pub fn code(self) -> &'static str {
        use Lang::*;
        match self {
            En => "en",
            Es => "es",
            Fr => "fr",
            Pt => "pt",
            It => "it",
            De => "de",
            Nl => "nl",
            Tr => "tr",
            Id => "id",
            Sw => "sw",
            Pl => "pl",
            Vi => "vi",
            Ru => "ru",
            Hi => "hi",
            Mr => "mr",
            Ne => "ne",
            Bn => "bn",
            Gu => "gu",
            Pa => "pa",
            Ta => "ta",
            Te => "te",
            Ur => "ur",
            Ar => "ar",
            Fa => "fa",
            Zh => "zh",
            Ja => "ja",
            Ko => "ko",
            Th => "th",
            Other => "",
        }
    }

    /// The language of a two-letter code.
    pub fn from_code(code: &str) -> Lang {
        ALL.iter()
            .copied()
            .find(|l| l.code() == code)
            .unwrap_or(Lang::Other)
    }
}

const ALL: [Lang; 28] = {
    use Lang::*;
    [
        En, Es, Fr, Pt, It, De, Nl, Tr, Id, Sw, Pl, Vi, Ru, Hi, Mr, Ne, Bn, Gu, Pa, Ta, Te, Ur, Ar,
        Fa, Zh, Ja, Ko, Th,
    ]
};

/// The script of a letter, coarsely.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Arabic,
    Han,
    Kana,
    Hangul,
    Thai,
}

fn script(c: char) -> Option<Script> {
    use Script::*;
    Some(match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Latin,
        0x400..=0x4FF => Cyrillic,
        0x900..=0x97F => Devanagari,
        0x980..=0x9FF => Bengali,
        0xA00..=0xA7F => Gurmukhi,
        0xA80..=0xAFF => Gujarati,
        0xB80..=0xBFF => Tamil,
        0xC00..=0xC7F => Telugu,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
        0x3040..=0x30FF => Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Han,
        0xAC00..=0xD7AF | 0x1100..=0x11FF => Hangul,
        0xE00..=0xE7F => Thai,
        _ => return None,
    })
}

/// At most this many letters are read to find the script, and this many words to find the language.
const SAMPLE_CHARS: usize = 20_000;
const SAMPLE_WORDS: usize = 4_000;

/// Guesses the language of `text`.
/// The languages two versions of a story are read in. Each side's own guess, unless the two guesses
/// differ within one script: then one story told in one language was misread on one side (a short
/// Indonesian text taken for another Latin-script language), and both are read in the language of
/// the two together, so that the same word has the same stem on both sides.
pub fn guess_pair(a: &str, b: &str) -> (Lang, Lang) {
    let (la, lb) = (guess(a), guess(b));
    if la == lb || family(la) != family(lb) {
        return (la, lb);
    }
    fn head(t: &str) -> &str {
        let cut = t
            .char_indices()
            .nth(SAMPLE_CHARS / 2)
            .map_or(t.len(), |(i, _)| i);
        &t[..cut]
    }
    let joint = guess(&format!("{}\n{}", head(a), head(b)));
    (joint, joint)
}

/// The script family a language is written in (languages of one family share a tokenizer).
fn family(l: Lang) -> u8 {
    use Lang::*;
    match l {
        En | Es | Fr | Pt | It | De | Nl | Tr | Id | Sw | Pl | Vi | Other => 0,
        Ru => 1,
        Hi | Mr | Ne => 2,
        Ur | Ar | Fa => 3,
        Zh | Ja => 4,
        _ => 5 + l as u8,
    }
}

pub fn guess(text: &str) -> Lang {
    let mut counts = [0usize; 13];
    let (mut kana, mut urdu, mut persian, mut arabic) = (0usize, 0usize, 0usize, 0usize);
    for c in text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(SAMPLE_CHARS)
    {
        if let Some(s) = script(c) {
            counts[s as usize] += 1;
            kana += usize::from(s == Script::Kana);
        }
        // Letters one of the Arabic-script languages uses and the others do not (or rarely).
        match c {
            'ے' | 'ں' | 'ٹ' | 'ڈ' | 'ڑ' | 'ھ' | 'ۓ' | 'ہ' | 'ۂ' => urdu += 1,
            'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => persian += 1,
            'ة' | 'ي' | 'ك' | 'ى' | 'إ' | 'أ' => arabic += 1,
            _ => {}
        }
    }
    let Some((best, _)) = counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .max_by_key(|&(i, &n)| (n, usize::MAX - i))
    else {
        return Lang::Other;
    };
    use Script::*;
    let scripts = [
        Latin, Cyrillic, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Arabic, Han, Kana,
        Hangul, Thai,
    ];
    match scripts[best] {
        Latin => by_words(text, latin(), LATIN_LETTERS).unwrap_or(Lang::Other),
        Cyrillic => Lang::Ru,
        Devanagari => by_words(text, devanagari(), &[]).unwrap_or(Lang::Hi),
        Bengali => Lang::Bn,
        Gurmukhi => Lang::Pa,
        Gujarati => Lang::Gu,
        Tamil => Lang::Ta,
        Telugu => Lang::Te,
        Arabic if urdu * 4 > persian.max(arabic) && urdu >= 2 => Lang::Ur,
        Arabic if persian > arabic => Lang::Fa,
        Arabic => Lang::Ar,
        Han | Kana if kana > 0 => Lang::Ja,
        Han | Kana => Lang::Zh,
        Hangul => Lang::Ko,
        Thai => Lang::Th,
    }
}

type Signatures = Vec<(Lang, Vec<String>)>;

fn parse(table: &str) -> Signatures {
    table
        .lines()
        .filter_map(|l| {
            let mut ws = l.split_whitespace();
            let lang = Lang::from_code(ws.next()?);
            Some((lang, ws.map(fold).collect()))
        })
        .collect()
}

fn latin() -> &'static Signatures {
    static S: OnceLock<Signatures> = OnceLock::new();
    S.get_or_init(|| parse(LATIN))
}

fn devanagari() -> &'static Signatures {
    static S: OnceLock<Signatures> = OnceLock::new();
    S.get_or_init(|| parse(DEVANAGARI))
}

/// Letters only one Latin-script language uses: a word holding one counts as a function word of
/// that language.
const LATIN_LETTERS: &[(Lang, &str)] = &[
    (Lang::Tr, "ığşİ"),
    (Lang::Pt, "ãõ"),
    (Lang::Es, "ñ¿¡"),
    (Lang::De, "ß"),
    (Lang::Pl, "łąęśźż"),
    (Lang::Vi, "đơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửữựỳỵỷỹ"),
];

/// The language whose function words (and letters of its own) the text uses most (three at least).
fn by_words(text: &str, sigs: &Signatures, letters: &[(Lang, &str)]) -> Option<Lang> {
    let mut hits = vec![0usize; sigs.len()];
    for w in text.unicode_words().take(SAMPLE_WORDS) {
        let f = fold(w);
        for (i, (lang, words)) in sigs.iter().enumerate() {
            let own = letters
                .iter()
                .any(|(l, cs)| l == lang && f.chars().any(|c| cs.contains(c)));
            hits[i] += usize::from(own || words.contains(&f));
        }
    }
    let (i, &n) = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, usize::MAX - i))?;
    (n >= 3).then_some(sigs[i].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_versions_of_one_story_are_read_in_one_language() {
        // Each short side alone may be taken for another Latin-script language; together they
        // are Indonesian, and both sides are read so.
        let a = "DPR sahkan RUU Perampasan Aset

Rapat paripurna DPR pada Kamis mengesahkan RUU Perampasan Aset menjadi undang-undang. Sebanyak 290 anggota menyatakan setuju.

Ketua DPR, Puan Maharani, mengetuk palu setelah pembacaan laporan komisi. Delapan fraksi mendukung RUU tersebut.";
        let b = "RUU Perampasan Aset resmi jadi undang-undang\n\nDPR mengesahkan RUU Perampasan Aset dalam rapat paripurna, Kamis. Sebanyak 270 anggota dewan menyatakan setuju.\n\nPalu diketuk oleh Ketua DPR, Sufmi Dasco, sebelum pembacaan laporan komisi. RUU itu didukung delapan fraksi.";
        let (la, lb) = guess_pair(a, b);
        assert_eq!(
            (la, lb),
            (Lang::Id, Lang::Id),
            "alone: {:?} / {:?}",
            guess(a),
            guess(b)
        );
        // Two scripts are two languages: each side keeps its own.
        let (a, b) = (
            "Floods killed 23 people on Tuesday.",
            "बाढ़ में 23 लोगों की मौत हो गई।",
        );
        assert_eq!(guess_pair(a, b), (guess(a), guess(b)));
        assert_eq!(guess(b), Lang::Hi);
    }

    #[test]
    fn table() {
        let cases = [
            ("The council met on Monday and approved the budget for the city.", Lang::En),
            ("El consejo se reunió el lunes y aprobó el presupuesto de la ciudad.", Lang::Es),
            ("Le conseil s'est réuni lundi et a approuvé le budget de la ville.", Lang::Fr),
            ("O conselho reuniu-se na segunda e aprovou o orçamento da cidade.", Lang::Pt),
            ("Il consiglio si è riunito lunedì e ha approvato il bilancio della città.", Lang::It),
            ("Der Rat hat am Montag den Haushalt der Stadt beschlossen und ist zufrieden.", Lang::De),
            ("Belediye meclisi pazartesi günü toplandı ve bu bütçeyi kabul etti, ancak bir itiraz da var.", Lang::Tr),
            ("Dewan kota bertemu pada hari Senin dan menyetujui anggaran untuk kota itu.", Lang::Id),
            ("Baraza la mji lilikutana na kuidhinisha bajeti ya mji kwa mwaka huu.", Lang::Sw),
            ("भारत और इस्राइल ने मंगलवार को एक बड़ा रक्षा समझौता किया है।", Lang::Hi),
            ("आतापर्यंत या घटनेत २२ जणांचा मृत्यू झाला आहे आणि बचाव कार्य सुरू आहे.", Lang::Mr),
            ("दुवै बसमा गरी कम्तीमा ५० जना यात्रु नदीमा बेपत्ता भएको छ र खोजी जारी छ।", Lang::Ne),
            ("Городской совет в понедельник утвердил бюджет.", Lang::Ru),
            ("এখনও পর্যন্ত ১৫ জনের মৃত্যু হয়েছে।", Lang::Bn),
            ("સમાચાર અહીં છે", Lang::Gu),
            ("ਬੱਸ ਵਿੱਚ ਸਵਾਰ ਲੋਕ ਜ਼ਖਮੀ ਹੋ ਗਏ", Lang::Pa),
            ("69 பேர் உயிரிழந்தனர்", Lang::Ta),
            ("33 دہشت گرد ہلاک ہوئے", Lang::Ur),
            ("این حادثه حدود ۵۱۶ مجروح در بر داشته است", Lang::Fa),
            ("أودت العاصفة بحياة 2500 شخص", Lang::Ar),
            ("已造成至少 55 人死亡", Lang::Zh),
            ("少なくとも17人がけがをしている", Lang::Ja),
            ("12345 !!!", Lang::Other),
            ("Türkiye’de Kartalkaya Kayak Merkezi’nde 12 katlı otelde çıkan yangında ölenlerin sayısı 76’ya yükseldi", Lang::Tr),
            ("«الإسعاف الليبي»: 2500 حالة وفاة و7000 مصاب بسبب العاصفة دانيال. كلمات دلالية: دانیال", Lang::Ar),
        ];
        for (text, want) in cases {
            assert_eq!(guess(text), want, "{text}");
        }
    }
}
