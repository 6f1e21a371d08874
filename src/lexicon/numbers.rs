//! How numbers are written in words: scale words (lakh, 万, آلاف), ordinal suffixes (17वीं, 17th),
//! number words per language, and words for round counts ("a dozen").
//!
//! Lists are `word=value` pairs separated by spaces, one line per language (the two-letter code
//! first), folded the way text is (lowercase, nukta dropped). A word that is as often an article or
//! a pronoun as a count ("one", "un", "ein", "bir") is in [`WEAK`]: it counts only next to what it
//! counts ("one person", "ein Kind").

/// Scale words that multiply the number before them, by the power of ten they stand for: one line
/// per power, the power first (packed: a table of pairs cost the wasm 16 bytes a word).
pub const SCALES: &str = "\
2 hundred सौ
3 thousand हजार हजारभन्दा mil mille mila tausend bin ribu elfu тысяч тысячи тыс тисяч тисячі ألف آلاف الف هزار ہزار হাজার હજાર ਹਜ਼ਾਰ ਹਜਾਰ ஆயிரம் 千
4 万 萬
5 lakh lakhs lac लाख لاکھ লাখ লক্ষ લાખ ਲੱਖ லட்சம்
6 million millions mn मिलियन millón millones milhão milhões milioni mio millionen milyon juta млн миллион миллиона миллионов мільйон мільйона мільйонів مليون ملايين میلیون
7 crore crores करोड कोटी کروڑ কোটি કરોડ ਕਰੋੜ கோடி
8 亿 億
9 billion billions bn अरब बिलियन bilhão bilhões milliard milliards milliarde milliarden mrd milyar miliar млрд миллиард миллиарда миллиардов мільярд мільярди мільярдів مليار ارب
11 खरब
12 trillion";

/// Suffixes that make a number an ordinal: 17th, 17वीं, 17e, 17º.
pub const ORDINAL_SUFFIXES: &[&str] = &[
    "st",
    "nd",
    "rd",
    "th",
    "वीं",
    "वां",
    "वें",
    "वी",
    "वा",
    "वे",
    " वीं",
    "e",
    "er",
    "ère",
    "eme",
    "ème",
    "º",
    "ª",
    "o",
    "a",
    "ste",
    "ten",
    "te",
    "তম",
    "ম",
    "ویں",
    "واں",
    "ــ",
];

/// Cardinal number words per language (`word=value`), with the case forms a count takes after a
/// preposition or a verb (Russian "не менее двух", "гибель троих"); a form that is as often another
/// word is left out (Russian "семью" is "family" in the accusative as often as "seven" in the
/// instrumental). Tens and units combine ("twenty-seven",
/// "vingt-sept", "dua puluh tujuh", "ishirini na saba") in `normalize`.
pub const CARDINALS: &str = "\
en two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
es dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 diecisiete=17 dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintidós=22 veintitrés=23 veinticuatro=24 veinticinco=25 veintiséis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100 ciento=100
pt dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 dez=10 onze=11 doze=12 treze=13 catorze=14 quinze=15 dezesseis=16 dezasseis=16 dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 cem=100
fr deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70 huitante=80 octante=80 nonante=90 quatre-vingt=80 quatre-vingts=80 cent=100
it due=2 tre=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17 diciotto=18 diciannove=19 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90 cento=100
de zwei=2 drei=3 vier=4 fünf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100
nl twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 twaalf=12 twintig=20 dertig=30 veertig=40 vijftig=50 dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 negentien=19 zestig=60 zeventig=70 tachtig=80 negentig=90 honderd=100
tr iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10 yirmi=20 otuz=30 kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90 yüz=100
id dua=2 tiga=3 empat=4 lima=5 enam=6 tujuh=7 delapan=8 sembilan=9 sepuluh=10 sebelas=11 seratus=100 seribu=1000
sw mbili=2 wawili=2 viwili=2 mawili=2 tatu=3 watatu=3 vitatu=3 nne=4 wanne=4 vinne=4 tano=5 watano=5 vitano=5 sita=6 saba=7 nane=8 wanane=8 vinane=8 tisa=9 kumi=10 ishirini=20 thelathini=30 arobaini=40 hamsini=50 sitini=60 sabini=70 themanini=80 tisini=90 mia=100
pl dwa=2 dwie=2 trzy=3 cztery=4 pięć=5 sześć=6 siedem=7 osiem=8 dziewięć=9 dziesięć=10 dwadzieścia=20 jedenaście=11 dwanaście=12 trzynaście=13 czternaście=14 piętnaście=15 szesnaście=16 siedemnaście=17 osiemnaście=18 dziewiętnaście=19 trzydzieści=30 czterdzieści=40 pięćdziesiąt=50 sześćdziesiąt=60 siedemdziesiąt=70 osiemdziesiąt=80 dziewięćdziesiąt=90 sto=100 jedenastu=11 dwunastu=12 trzynastu=13 czternastu=14 piętnastu=15 szesnastu=16 siedemnastu=17 osiemnastu=18 dziewiętnastu=19 dwudziestu=20 trzydziestu=30 czterdziestu=40 pięćdziesięciu=50
ru два=2 две=2 три=3 четыре=4 пять=5 шесть=6 семь=7 восемь=8 девять=9 десять=10 одиннадцать=11 двенадцать=12 тринадцать=13 четырнадцать=14 пятнадцать=15 шестнадцать=16 семнадцать=17 восемнадцать=18 девятнадцать=19 двадцать=20 тридцать=30 сорок=40 пятьдесят=50 шестьдесят=60 семьдесят=70 восемьдесят=80 девяносто=90 сто=100 двое=2 трое=3 четверо=4 пятеро=5 шестеро=6 семеро=7 восьмеро=8 девятеро=9 десятеро=10 двух=2 двум=2 двумя=2 трёх=3 трех=3 трём=3 трем=3 тремя=3 четырёх=4 четырех=4 четырём=4 четырем=4 четырьмя=4 пяти=5 пятью=5 шести=6 шестью=6 семи=7 восьми=8 восемью=8 восьмью=8 девяти=9 девятью=9 десяти=10 десятью=10 одиннадцати=11 двенадцати=12 тринадцати=13 четырнадцати=14 пятнадцати=15 шестнадцати=16 семнадцати=17 восемнадцати=18 девятнадцати=19 двадцати=20 тридцати=30 сорока=40 пятидесяти=50 шестидесяти=60 семидесяти=70 восьмидесяти=80 девяноста=90 ста=100 двоих=2 двоим=2 троих=3 троим=3 четверых=4 четверым=4 пятерых=5 пятерым=5 шестерых=6 семерых=7 восьмерых=8 девятерых=9 десятерых=10 оба=2 обе=2 обоих=2 обеих=2 обоим=2 обеим=2 обоими=2 обеими=2 дві=2 чотири=4 шість=6 сім=7 вісім=8 двоє=2 троє=3 одинадцять=11 дванадцять=12 шістдесят=60 сімдесят=70 вісімдесят=80 трьох=3 чотирьох=4
hi दो=2 तीन=3 चार=4 पांच=5 पाँच=5 छह=6 छः=6 सात=7 आठ=8 नौ=9 दस=10 ग्यारह=11 बारह=12 तेरह=13 चौदह=14 पंद्रह=15 पन्द्रह=15 सोलह=16 सत्रह=17 अठारह=18 उन्नीस=19 बीस=20 पच्चीस=25 तीस=30 चालीस=40 पचास=50 साठ=60 सत्तर=70 अस्सी=80 नब्बे=90 सौ=100
mr दोन=2 तीन=3 चार=4 पाच=5 सहा=6 सात=7 आठ=8 नऊ=9 दहा=10 वीस=20 पन्नास=50 अकरा=11 बारा=12 तेरा=13 चौदा=14 पंधरा=15 सोळा=16 सतरा=17 अठरा=18 एकोणीस=19 तीस=30 चाळीस=40 साठ=60 सत्तर=70 ऐंशी=80 नव्वद=90 शंभर=100
ne दुई=2 तीन=3 चार=4 पाँच=5 सात=7 आठ=8 नौ=9 दश=10 बीस=20 पचास=50
bn দুই=2 তিন=3 চার=4 পাঁচ=5 ছয়=6 সাত=7 আট=8 নয়=9 দশ=10 বিশ=20 পঞ্চাশ=50 এগারো=11 বারো=12 তেরো=13 চোদ্দ=14 চৌদ্দ=14 পনেরো=15 ষোলো=16 সতেরো=17 আঠারো=18 উনিশ=19 ত্রিশ=30 তিরিশ=30 চল্লিশ=40 ষাট=60 সত্তর=70 আশি=80 নব্বই=90 একশো=100
gu બે=2 ત્રણ=3 ચાર=4 પાંચ=5 છ=6 સાત=7 આઠ=8 નવ=9 દસ=10 વીસ=20 અગિયાર=11 બાર=12 તેર=13 ચૌદ=14 પંદર=15 સોળ=16 સત્તર=17 અઢાર=18 ઓગણીસ=19 ત્રીસ=30 ચાળીસ=40 પચાસ=50 સાઠ=60 સિત્તેર=70 એંસી=80 નેવું=90 સો=100
pa ਦੋ=2 ਤਿੰਨ=3 ਚਾਰ=4 ਪੰਜ=5 ਛੇ=6 ਸੱਤ=7 ਅੱਠ=8 ਨੌਂ=9 ਦਸ=10 ਵੀਹ=20 ਗਿਆਰਾਂ=11 ਬਾਰਾਂ=12 ਤੇਰਾਂ=13 ਚੌਦਾਂ=14 ਪੰਦਰਾਂ=15 ਸੋਲਾਂ=16 ਸਤਾਰਾਂ=17 ਅਠਾਰਾਂ=18 ਉੱਨੀ=19 ਤੀਹ=30 ਚਾਲੀ=40 ਪੰਜਾਹ=50 ਸੱਠ=60 ਸੱਤਰ=70 ਅੱਸੀ=80 ਨੱਬੇ=90 ਸੌ=100
ta இரண்டு=2 இரு=2 மூன்று=3 நான்கு=4 ஐந்து=5 ஆறு=6 ஏழு=7 எட்டு=8 ஒன்பது=9 பத்து=10 பதினொன்று=11 பதினொரு=11 பன்னிரண்டு=12 பன்னிரெண்டு=12 பன்னிரு=12 பதின்மூன்று=13 பதிமூன்று=13 பதினான்கு=14 பதினாலு=14 பதினைந்து=15 பதினாறு=16 பதினேழு=17 பதினெட்டு=18 பத்தொன்பது=19 இருபது=20 இருபத்து=20 இருபத்தி=20 முப்பது=30 முப்பத்து=30 முப்பத்தி=30 நாற்பது=40 நாற்பத்து=40 நாற்பத்தி=40 ஐம்பது=50 ஐம்பத்து=50 ஐம்பத்தி=50 அறுபது=60 அறுபத்து=60 அறுபத்தி=60 எழுபது=70 எழுபத்து=70 எழுபத்தி=70 எண்பது=80 எண்பத்து=80 எண்பத்தி=80 தொண்ணூறு=90 தொண்ணூற்று=90 நூறு=100 இருநூறு=200 முந்நூறு=300 நானூறு=400 ஐநூறு=500 ஐந்நூறு=500 அறுநூறு=600 எழுநூறு=700 எண்ணூறு=800 தொள்ளாயிரம்=900 ஆயிரம்=1000 இரண்டும்=2 மூன்றும்=3 இருவர்=2 இருவரும்=2 மூவர்=3 மூவரும்=3 நால்வர்=4 நால்வரும்=4 ஐவர்=5
ur دو=2 تین=3 چار=4 پانچ=5 چھ=6 سات=7 آٹھ=8 نو=9 دس=10 بیس=20 پچاس=50 گیارہ=11 بارہ=12 تیرہ=13 چودہ=14 پندرہ=15 سولہ=16 سترہ=17 اٹھارہ=18 تیس=30 چالیس=40 ساٹھ=60 نوے=90
ar اثنان=2 اثنين=2 اثنا=2 اثني=2 ثلاثة=3 ثلاث=3 أربعة=4 أربع=4 خمسة=5 خمس=5 ستة=6 ست=6 سبعة=7 سبع=7 ثمانية=8 ثماني=8 تسعة=9 تسع=9 عشرة=10 عشر=10 عشرون=20 عشرين=20 ثلاثون=30 ثلاثين=30 أربعون=40 أربعين=40 خمسون=50 خمسين=50 مائة=100 مئة=100 ستون=60 ستين=60 سبعون=70 سبعين=70 ثمانون=80 ثمانين=80 تسعون=90 تسعين=90
fa دو=2 سه=3 چهار=4 پنج=5 شش=6 هفت=7 هشت=8 نه=9 ده=10 بیست=20 سی=30 چهل=40 پنجاه=50 صد=100 یازده=11 دوازده=12 سیزده=13 چهارده=14 پانزده=15 شانزده=16 هفده=17 هجده=18 هیجده=18 نوزده=19 شصت=60 هفتاد=70 هشتاد=80 نود=90
";

/// Endings glued onto a number word, per language (`lang ending …`): the word read without one is
/// the count. Tamil writes "than, to" onto the number before "more than": "பத்துக்கும் மேற்பட்ட"
/// (more than ten). "-ம்" (also, all) is not one: "எட்டும்" is as often "will reach" as "all eight";
/// "இரண்டும்" (both) and "மூன்றும்" are listed.
pub const GLUED_ENDINGS: &str = "\
ta க்கும்
";

/// Number words that are as often an article, a pronoun, "the same" or a verb as a count: they
/// count only right next to what they count ("one person", "ein Kind", "bir kişi"), and are no
/// number otherwise. Nepali "छ" is "is" far more often than "six": "छ जनाको मृत्यु" counts, the
/// "छ" that ends a sentence does not (nor is "छ, जुन …", "is, which …", a date).
pub const WEAK: &str = "\
en one=1
es un=1 uno=1 una=1
pt um=1 uma=1
fr un=1 une=1
it un=1 uno=1 una=1
de ein=1 eine=1 einen=1 einem=1 einer=1
nl een=1
tr bir=1
id satu=1 seorang=1 se=1
sw moja=1
pl jeden=1 jedna=1
ru один=1 одна=1 одно=1 одного=1 одной=1 одну=1 одному=1 одним=1 одном=1
hi एक=1
mr एक=1
ne एक=1 छ=6
bn এক=1
gu એક=1
pa ਇੱਕ=1 ਇਕ=1
ta ஒரு=1 ஒன்று=1
ur ایک=1
ar واحد=1 واحدة=1
fa یک=1
";

/// Round counts written as a word: they read as "about" that many ("a dozen", "une dizaine"), and
/// after a number multiply it ("two dozen", "બે ડઝન": 24).
pub const ROUND: &str = "\
dozen=12 दर्जन=12 डझन=12 ਦਰਜਨ=12 ડઝન=12 ডজন=12 درجن=12 டஜன்=12 douzaine=12 docena=12 dutzend=12 dozzina=12 dúzia=12 дюжина=12 düzine=12 lusin=12 \
dizaine=10 vingtaine=20 trentaine=30 quarantaine=40 cinquantaine=50 centaine=100 \
decena=10 veintena=20 centenar=100 decina=10 ventina=20 trentina=30 centinaio=100 dezena=10 centena=100 \
десяток=10 десятки=10 сотня=100";

/// Chinese and Japanese numerals (`char=value`); 十 百 千 multiply what comes before them.
pub const CJK_DIGITS: &str =
    "零=0 〇=0 一=1 二=2 两=2 兩=2 三=3 四=4 五=5 六=6 七=7 八=8 九=9 十=10 百=100 千=1000";

/// Classifiers after a Chinese or Japanese numeral that make it a count (三名, 五人, 兩架).
pub const CJK_CLASSIFIERS: &str = "名人個个座輛辆架棟栋间間宗位条條隻只次歲岁艘件具户戶家所";

/// Words joining tens and units ("ishirini na saba", "treinta y dos", "vinte e sete",
/// "einundzwanzig" is split on "und" in `normalize`).
pub const JOINERS: &[&str] = &["y", "e", "et", "na", "and", "und", "و"];

/// Words after a unit word that make it tens or teens: Indonesian "dua puluh" = 20, "tiga belas" = 13.
pub const TENS_WORDS: &[(&str, f64)] = &[("puluh", 10.0), ("belas", 10.0), ("ratus", 100.0)];

/// Ordinal words (`word=rank`). "first" and its kin are left out: they mean "earlier" as often.
/// So are words that mean something else as often: Portuguese "segundo" (according to), "quarto"
/// and Spanish "cuarto" (a room).
pub const ORDINALS: &str = "\
second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10 eleventh=11 twelfth=12 \
tercero=3 quinto=5 deuxième=2 troisième=3 quatrième=4 cinquième=5 \
zweite=2 dritte=3 vierte=4 fünfte=5 terceiro=3 terzo=3";

/// The o'clock word glued to an hour (Bengali "৬টা", "৬টার", "৬টায়").
pub const O_CLOCK_GLUED: &[&str] = &["টা", "টার", "টায়", "টায়"];
/// The o'clock word after an hour (Hindi and Nepali "बजे", Marathi "वाजता", Urdu "بجے"): alone,
/// they make the hour a time of day.
pub const O_CLOCK_AFTER: &[&str] = &["बजे", "वाजता", "بجے"];
/// Words after an hour that make it a time only after a part of the day (Marathi "पहाटे ३ च्या
/// सुमारास", at about 3 at dawn).
pub const O_CLOCK_WITH_PART: &[&str] = &["च्या"];
/// Fractions of the hour before it, in minutes: half past (Bengali, Hindi and Nepali, Marathi,
/// Urdu), quarter past, quarter to.
pub const CLOCK_FRACTIONS: &[(&str, i32)] = &[
    ("সাড়ে", 30),
    ("साढ़े", 30),
    ("साढे", 30),
    ("साडे", 30),
    ("ساڑھے", 30),
    ("সোয়া", 15),
    ("सवा", 15),
    ("سوا", 15),
    ("পৌনে", -15),
    ("पौने", -15),
    ("پونے", -15),
];
/// "About", between a part of the day and its hour ("साँझ करिब ६ बजे", "रात लगभग 11 बजे"):
/// Hindi, Nepali, Marathi, Bengali, Urdu. Space-separated.
pub const HOUR_ABOUT: &str =
    "करीब करिब करीबन लगभग तकरीबन सुमारे जवळपास প্রায় আনুমানিক تقریباً تقریبا قریب";

/// Words around a time of day: the hour words of Chinese and Japanese (2 时 51 分), and the
/// half-day marks that move the hour (5:10 pm).
pub const CLOCK_HOUR: &[&str] = &["时", "時", "点", "點"];
/// See [`CLOCK_HOUR`].
pub const CLOCK_MINUTE: &[&str] = &["分"];
/// See [`CLOCK_HOUR`].
pub const AFTERNOON: &[&str] = &["pm", "p.m", "p.m."];
/// Words after a whole hour that make it a time of day ("4 p.m.", "11 AM"), as written: lower-case
/// "am" is German's "on the". Space-separated.
pub const HOUR_WORDS: &str = "a.m a.m. p.m p.m. pm AM PM A.M A.M. P.M P.M.";
/// Words for "hour" or "at" before a time of day written with a dot ("godz. 5.20", "ora 7.45",
/// "saat 14.30", "kl. 9.15"), folded, without their stop. Space-separated.
pub const HOUR_BEFORE: &str =
    "godz godzinie godzina ora orei ore alle dalle saat kl klo klockan hod hodin pukul jam השעה לשעה בשעה \
ساعت الساعة";
/// Chinese and Japanese parts of the day before an hour ("凌晨2时许", "午後3時"): the morning's,
/// then the afternoon's and evening's, which put the hour after noon.
pub const CJK_MORNING: &[&str] = &["凌晨", "早上", "上午", "清晨", "午前", "早朝", "未明"];
/// See [`CJK_MORNING`].
pub const CJK_EVENING: &[&str] = &["下午", "傍晚", "晚上", "午後", "夕方"];
/// "About" after a Chinese hour: "2时许", "3点左右".
pub const CJK_ABOUT: &[&str] = &["许", "許", "左右", "多", "前后"];
/// Words after a time of day written with a dot ("7.12 Uhr", "6.30 am"), folded.
pub const CLOCK_WORDS: &[&str] = &[
    "uhr",
    "am",
    "a.m",
    "a.m.",
    "pm",
    "p.m",
    "p.m.",
    "h",
    "hrs",
    "heures",
    "horas",
    "hs",
    // Indonesian time zones ("pukul 04.21 WIB")
    "wib",
    "wita",
    "wit",
    "uur",
    "बजे",
    "वाजता",
    // Thai "21.30 น." (นาฬิกา, o'clock)
    "น.",
    "น",
    // Tamil "3.15 மணியளவில்" (at about 3.15)
    "மணி",
    "மணிக்கு",
    "மணியளவில்",
];
