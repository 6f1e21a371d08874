//! Inflection endings and clitics the light stemmers strip, per script.

/// Hindi inflection endings in Devanagari, stripped before matching: the first that fits is cut.
pub const DEVANAGARI_SUFFIXES: &str =
    "ियों ाओं ाइयों ाएं ियां ियो ों ें ीं ां ाएगा ाएगी ेंगे ेगा ेगी ता ती ते ी ा े ो";

/// Marathi case endings and postpositions written onto the word ("पुनर्विकासाच्या",
/// "विदर्भातील", "कंपन्यांना"), longest first. Chosen among the endings that Hindi words almost never
/// have (counted on the Hindi and Marathi benchmark text), so Hindi keys stay as they were.
pub const MARATHI_CLITICS: &str = "ांमध्ये ामध्ये ांच्या ाच्या मध्ये मार्फत पासून ातील ांचा ांची ांचे ांना ांनी च्या मधील साठी कडून ऐवजी ाचा ाची ाचे तील कडे ीला ाला ांत चा ची चे चं ात";

/// Inflection endings of Latin-script words (mostly English) for languages without rules of their
/// own; the first that fits is cut, and the stem then keeps six letters.
pub const LATIN_SUFFIXES: &str = "ations ation ments ment ings ing ers er ies ied ed es s ly e";

/// Russian case, number and verb endings, longest first ("этажами" / "этаж", "пятым" / "пятый");
/// the reflexive ся / сь goes first.
pub const CYRILLIC_ENDINGS: &str = "иями ями ами ого его ому ему ыми ими ая яя ое ее ые ие ый ий ой ей ых их ым им ом ем ую юю ах ях ам ям ов ев ия ья ье ию ью ла ло ли ть ет ют ут ит ат ят а я о е ы и у ю ь й";

/// Bengali plural, case and classifier endings.
pub const BENGALI_SUFFIXES: &str = "গুলো দের টির টি ের রা ে র";

/// Arabic plural, feminine and pronoun endings (Persian and Urdu have their own below).
pub const ARABIC_SUFFIXES: &str = "ات ون ين ها ة ی";

/// Nepali postpositions written onto the word ("नदीमा", "प्रहरीले", "बसको"), longest first.
pub const NEPALI_CLITICS: &str = "हरूलाई हरूको हरूले हरूमा हरू हरु लाई बाट देखि सम्म भित्र मा ले को का की";
/// Gurmukhi plural and case endings ("ਸਵਾਰੀਆਂ", "ਲੋਕਾਂ").
pub const GURMUKHI_SUFFIXES: &str = "ੀਆਂ ਿਆਂ ਾਂ ੀਆ ੇ ੀ ਾ ਂ";
/// Gujarati case endings and postpositions ("લોકોના", "બોટમાં").
pub const GUJARATI_SUFFIXES: &str = "માંથી માં ોના ોની ોને ના ની નું નો ને થી એ ો";
/// Indonesian and Malay prefixes, longest first ("menewaskan", "dievakuasi").
pub const INDONESIAN_PREFIXES: &str =
    "memper menge meng meny mem men me peng peny pem pen per pe ber ter di ke se";
/// Indonesian and Malay suffixes and enclitics.
pub const INDONESIAN_SUFFIXES: &str = "kannya annya kan nya lah kah an i";
/// Swahili subject and tense prefixes of verbs ("walifariki", "wamefariki", "kufariki").
pub const SWAHILI_PREFIXES: &str =
    "waliki wali wame wana wata ali ame ana ata ili ime ina ita yali yame zili zime kuli ku";
/// Persian plural and possessive endings ("ساختمانهای", "کشته‌شدگان").
pub const PERSIAN_SUFFIXES: &str = "های ها ان ی";
/// Urdu plural and oblique endings.
pub const URDU_SUFFIXES: &str = "وں یں ے";
/// Korean particles and the endings of verbs made with 하다 / 되다, written onto the word
/// ("스프링클러는", "단계에서", "작동하지", "확인됐다고"), longest first: cut twice at most, leaving two
/// syllables.
pub const KOREAN_ENDINGS: &str = "에서는 에서도 에게서 으로는 으로서 으로써 이라고 했다고 됐다고 했으며 했지만 에서 에게 한테 께서 까지 부터 으로 처럼 보다 마다 이나 에는 에도 라고 했다 했던 했고 하지 하는 하고 하며 하여 하던 한다 됐다 됐던 되는 되지 되어 은 는 이 가 을 를 에 의 로 와 과 도 만 고 한 된 해 돼";
