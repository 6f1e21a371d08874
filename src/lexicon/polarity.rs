//! Words that turn a claim around: negations, and pairs of words that say the opposite of each other.

pub const NEGATIONS: &str = concat!(
    "not\n",
    "no\n",
    "never\n",
    "n't\n",
    "nobody\n",
    "none\n",
    "neither\n",
    "nor\n",
    "failed\n",
    "fails\n",
    "refused\n",
    "refuses\n",
    "prevented\n",
    "नहीं\n",
    "कभी नहीं\n",
    // Marathi: "is not", "are not", "was not", "not being" ("नसल्याचे सांगितले", said it was not).
    "नाही\n",
    "नाहीत\n",
    "नाहीये\n",
    "नव्हता\n",
    "नव्हती\n",
    "नव्हते\n",
    "नव्हत्या\n",
    "नसून\n",
    "नसल्याचे\n",
    "नसल्याची\n",
    "नसल्याचा\n",
    "नसल्याने\n",
    "nunca\n",
    "jamás\n",
    "ni\n",
    "pas\n",
    "jamais\n",
    "aucun\n",
    "aucune\n",
    "nicht\n",
    "kein\n",
    "keine\n",
    "keinen\n",
    "nie\n",
    "niemals\n",
    "não\n",
    "nem\n",
    "nenhum\n",
    "لا\n",
    "لم\n",
    "لن\n",
    "ليس\n",
    "ليست\n",
    "غير\n",
    "نہیں\n",
    "نہ\n",
    "না\n",
    "নি\n",
    "নয\n",
    "不\n",
    "没\n",
    "没有\n",
    "未\n",
    "无\n",
    "非\n",
    // Indonesian and Malay, Italian, Turkish, Dutch, Tamil, Gujarati, Punjabi, Nepali
    "tidak\n",
    "tak\n",
    "belum\n",
    "bukan\n",
    "non\n",
    "değil\n",
    "niet\n",
    "geen\n",
    "இல்லை\n",
    "નથી\n",
    "ਨਹੀਂ\n",
    "छैन\n",
    "भएन\n",
    "होइन\n",
    // Russian and Ukrainian, Polish, Romanian, Greek, Hebrew, Persian, Vietnamese, Turkish,
    // Spanish, Italian, Dutch, Malay
    "не\n",
    "нет\n",
    "ни\n",
    "ні\n",
    "немає\n",
    "żaden\n",
    "żadnych\n",
    "nigdy\n",
    "nu\n",
    "niciun\n",
    "nicio\n",
    "δεν\n",
    "μην\n",
    "καμία\n",
    "κανένας\n",
    "לא\n",
    "אין\n",
    "טרם\n",
    "نه\n",
    "نیست\n",
    "نبود\n",
    "نشد\n",
    "نشده\n",
    "ندارد\n",
    "không\n",
    "chưa\n",
    "chẳng\n",
    "yok\n",
    "ningún\n",
    "ninguna\n",
    "ninguno\n",
    "nessun\n",
    "nessuno\n",
    "nooit\n",
    "tiada\n",
);

/// Korean says "not" with an auxiliary whose forms all begin alike ("작동하지 않았다", did not
/// work): a word that begins with one of these is a negation.
pub const NEGATION_HEADS: &[&str] = &["않", "못하"];

/// Negations of one language that are other words in another, by language (`code word …`): in
/// Portuguese "no" is "in the" ("no sábado", "no Porto"), in Swahili "ni" is "is".
pub const NOT_NEGATIONS: &str = "\
pt no
sw ni
fr non
nl nu";

/// Pairs of words that say the opposite of each other (folded, stems allowed as prefixes), one pair
/// per line (one string rather than a table of pairs: the word lists are most of the engine's size).
pub const ANTONYMS: &str = "\
increase decrease
increase cut
increased decreased
increased cut
rise fall
rose fell
risen fallen
raise cut
raised cut
higher lower
more fewer
gain loss
won lost
win lose
wins loses
before after
accept reject
accepted rejected
approve reject
approved rejected
allow ban
allowed banned
guilty innocent
alive dead
opened closed
open closed
up down
above below
support oppose
supported opposed
confirmed denied
confirm deny
resigned stayed
arrested released
acquitted convicted
majority minority
बढ़ घट
बढ़ा घटा
बढ़ी घटी
बढ़ोतरी कटौती
वृद्धि कमी
पहले बाद
जीत हार
जीता हारा
स्वीकार अस्वीकार
मंजूरी खारिज
समर्थन विरोध
जिंदा मृत
aumento recorte
aumentar diminuir
aumentar reduzir
aumentar disminuir
augmenter diminuer
reduce increase
drop rise
decline rise
gain lose
success failure
successful failed
agree disagree
legal illegal
true false
start end
began ended
first last
highest lowest
largest smallest
biggest smallest
best worst
strong weak
positive negative
north south
east west
northern southern
eastern western
young old
early late
earlier later
cheap expensive
safe dangerous
victory defeat
buy sell
bought sold
import export
inside outside
permanent temporary
public private
male female
men women
man woman
boy girl
peaceful violent
arrested acquitted
full empty
minimum maximum
least most
entered left
arrive depart
arrival departure
domestic foreign
hired fired
decline increase
declined increased
decline growth
ahead behind
ahead back
adding cutting
add cut
delete keep
remove keep
forced allowed
defend surrender
defends surrenders
lifted imposed
lift impose
ally enemy
include exclude
included excluded
expand shrink
strengthen weaken
boost cut
boosted cut
join leave
joined left
started stopped
start stop
passed failed
likely unlikely
possible impossible
able unable
surge plunge
soared plunged
gained lost
profit loss
surplus deficit
winner loser
high low
leading trailing
easy difficult
rising falling
growing shrinking
aumento reducción
subió bajó
sube baja
antes después
ganó perdió
aprobó rechazó
hausse baisse
augmentation baisse
augmentation réduction
avant après
gagné perdu
erhöhung senkung
erhöht gesenkt
steigt sinkt
gestiegen gesunken
vor nach
gewonnen verloren
aumento corte
aumentou reduziu
subiu caiu
depois antes
venceu perdeu
ارتفاع انخفاض
زيادة خفض
قبل بعد
فاز خسر
增加 减少
上涨 下跌
之前 之后
赢 输
";

/// Words that place one event in time against another (folded): before it, after it, or while it
/// went on. "Signed after the meeting" against "signed during the meeting" tells two moments of one
/// signing. Only words that mean nothing else in any of the languages read: no German "vor" or
/// "nach" (also "ago", "to"), no Russian "до" ("up to"), no Swahili "wakati" ("time").
pub const BEFORE: &str = "before पहले antes avant prima bevor перед до sebelum kabla önce قبل پہلے अघि पहिले પહેલા પહેલાં ਪਹਿਲਾਂ আগে voordat przed öncesinde";

/// See [`BEFORE`].
pub const AFTER: &str = "after बाद después depois após après dopo nachdem после setelah sesudah baada sonra بعد पछि પછી ਬਾਅਦ ਮਗਰੋਂ পরে नंतर nadat ardından sonrasında";

/// See [`BEFORE`].
pub const DURING: &str = "during दौरान durante pendant lors während ходе selama sırasında خلال أثناء طی حین دوران क्रममा દરમિયાન ਦੌਰਾਨ চলাকালীন दरम्यान tijdens podczas esnasında";

/// The same words where the language writes them glued to the noun they follow (Marathi
/// "पावसादरम्यान", during the rain; "थांबल्यानंतर", after it stopped), as the 0 / 1 / 2 of
/// [`crate::lexicon::moment_of`]: only suffixes no other word ends in.
pub const GLUED_MOMENTS: &[(&str, u8)] = &[("नंतर", 1), ("दरम्यान", 2)];
