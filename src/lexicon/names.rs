//! Words around names: titles before a name, capitalized words that are not names, English letter
//! names as Hindi spells them, and a gazetteer of places written in Devanagari.

/// Places written in Devanagari, where no capital letter marks a name: countries, Indian states and
/// cities, and the world's capitals most in Hindi news. Space-separated words; matched after folding
/// (nukta, chandrabindu), so "इज़राइल" meets "इजराइल".
pub const PLACES: &str =
    "भारत पाकिस्तान चीन अमेरिका रूस इजरायल इस्राइल इजराइल ईरान इराक अफगानिस्तान बांग्लादेश \
नेपाल श्रीलंका भूटान म्यांमार जापान फ्रांस जर्मनी ब्रिटेन इंग्लैंड इटली स्पेन कनाडा ऑस्ट्रेलिया ब्राजील यूक्रेन \
तुर्की मिस्र सीरिया लेबनान जॉर्डन कतर कुवैत ओमान यमन मालदीव मैक्सिको अर्जेंटीना नीदरलैंड स्विट्जरलैंड स्वीडन \
नॉर्वे पोलैंड ग्रीस पुर्तगाल आयरलैंड केन्या नाइजीरिया इथियोपिया सिंगापुर मलेशिया इंडोनेशिया थाईलैंड वियतनाम \
फिलिस्तीन यूएई दिल्ली मुंबई कोलकाता चेन्नई बेंगलुरु हैदराबाद अहमदाबाद पुणे जयपुर लखनऊ पटना भोपाल चंडीगढ़ \
श्रीनगर जम्मू कश्मीर लद्दाख गुवाहाटी वाराणसी कानपुर नागपुर इंदौर रायपुर रांची देहरादून शिमला गोवा केरल बिहार \
महाराष्ट्र गुजरात राजस्थान पंजाब हरियाणा तमिलनाडु कर्नाटक बंगाल ओडिशा असम मणिपुर तेलंगाना झारखंड छत्तीसगढ़ \
उत्तराखंड यरुशलम येरुशलम गाजा वाशिंगटन न्यूयॉर्क लंदन पेरिस मॉस्को बीजिंग टोक्यो इस्लामाबाद लाहौर कराची ढाका \
काठमांडू कोलंबो काबुल तेहरान बगदाद दुबई रियाद बर्लिन रोम कीव सिडनी टोरंटो";

/// Places of two or three words, joined by `_` here and by a space in the text.
pub const PLACE_PHRASES: &str =
    "नई_दिल्ली तेल_अवीव सऊदी_अरब दक्षिण_अफ्रीका उत्तर_कोरिया दक्षिण_कोरिया न्यूजीलैंड \
उत्तर_प्रदेश मध्य_प्रदेश आंध्र_प्रदेश हिमाचल_प्रदेश पश्चिम_बंगाल संयुक्त_अरब_अमीरात संयुक्त_राष्ट्र";

/// Words after which a name follows, in any script (रक्षा सचिव राजेश कुमार सिंह; मेजर जनरल आमिर बराम).
pub const TITLES: &str = concat!(
    "सचिव\n",
    "मंत्री\n",
    "प्रधानमंत्री\n",
    "राष्ट्रपति\n",
    "मुख्यमंत्री\n",
    "उपराष्ट्रपति\n",
    "राज्यपाल\n",
    "जनरल\n",
    "मेजर\n",
    "कर्नल\n",
    "कैप्टन\n",
    "श्री\n",
    "श्रीमती\n",
    "डॉ\n",
    "डॉक्टर\n",
    "महानिदेशक\n",
    "निदेशक\n",
    "अध्यक्ष\n",
    "प्रवक्ता\n",
    "सांसद\n",
    "विधायक\n",
    "न्यायमूर्ति\n",
    "जज\n",
    "आयुक्त\n",
    "अधीक्षक\n",
    "एसपी\n",
    "डीएम\n",
    "कलेक्टर\n",
    "मेयर\n",
    "सीईओ\n",
    "mr\n",
    "mrs\n",
    "ms\n",
    "dr\n",
    "president\n",
    "minister\n",
    "secretary\n",
    "general\n",
    "governor\n",
    "senator\n",
    "judge\n",
    "mayor\n",
    "spokesman\n",
    "spokeswoman\n",
    "spokesperson\n",
    "chief\n",
    "director\n",
    "commissioner\n",
    "presidente\n",
    "ministro\n",
    "ministra\n",
    "président\n",
    "ministre\n",
    "präsident\n",
    "bundeskanzler\n",
    "trainer\n",
    "trainerin\n",
    "coach\n",
    "kanzler\n",
    "الرئيس\n",
    "الوزير\n",
    "رئيس\n",
    "وزير\n",
    "الأمين\n",
    "اللواء\n",
    "العميد\n",
    "وزیر\n",
    "صدر\n",
    "وزیراعظم\n",
    "জেনারেল\n",
    "মন্ত্রী\n",
    "প্রধানমন্ত্রী\n",
    "রাষ্ট্রপতি\n",
    "সচিব\n",
    "प्रत्याशी\n",
    "उम्मीदवार\n",
    "नेता\n",
    "प्रदेशाध्यक्ष\n",
    "महासचिव\n",
    "थानाध्यक्ष\n",
    "थानाप्रभारी\n",
    "इंस्पेक्टर\n",
    "निरीक्षक\n",
    "उपनिरीक्षक\n",
    "दरोगा\n",
    "न्यायाधीश\n",
    "अधिवक्ता\n",
    "सरपंच\n",
    "पार्षद\n",
    "कुलपति\n",
    "चेयरमैन\n",
    "संयोजक\n",
    "प्रधान\n",
    "आमदार\n",
    "खासदार\n",
    "उमेदवार\n",
    "नगरसेवक\n",
    "जिल्हाधिकारी\n",
    "संचालक\n",
    "व्यवस्थापक\n",
    "ॲड\n",
    "मन्त्री\n",
    "उम्मेदवार\n",
    "वडाध्यक्ष\n",
    "ਪ੍ਰਧਾਨ\n",
    "ਮੰਤਰੀ\n",
    "ਸਕੱਤਰ\n",
    "ਵਿਧਾਇਕ\n",
    "ਬੁਲਾਰੇ\n",
    "ਕਮਿਸਨਰ\n",
    "ਇੰਸਪੈਕਟਰ\n",
    "ਮੁਖੀ\n",
    "ਆਗੂ\n",
    "ਸਰਪੰਚ\n",
    "ਜੱਜ\n",
    "ਉਮੀਦਵਾਰ\n",
    "ਡਾ\n",
    "મંત્રી\n",
    "ધારાસભ્ય\n",
    "સાંસદ\n",
    "કલેક્ટર\n",
    "પ્રવક્તા\n",
    "ઇન્સ્પેક્ટર\n",
    "ઉમેદવાર\n",
    "સરપંચ\n",
    "અધ્યક્ષ\n",
    "કમિશનર\n",
    "પ્રમુખ\n",
    "সভাপতি\n",
    "সম্পাদক\n",
    "সাংসদ\n",
    "বিধায়ক\n",
    "মুখপাত্র\n",
    "ওসি\n",
    "ইউএনও\n",
    "প্রশাসক\n",
    "চেয়ারম্যান\n",
    "প্রার্থী\n",
    "বিচারক\n",
    "পরিদর্শক\n",
    "ترجمان\n",
    "بیرسٹر\n",
    "ایڈووکیٹ\n",
    "बैरिस्टर\n",
    "एडवोकेट\n",
    "چیئرمین\n",
    "رہنما\n",
    "امیدوار\n",
    "کمشنر\n",
    "انسپکٹر\n",
    "جج\n",
    "ڈاکٹر\n",
    "سیکرٹری\n",
    "گورنر\n",
    "میئر\n",
    "سخنگوی\n",
    "فرماندار\n",
    "استاندار\n",
    "دادستان\n",
    "سرهنگ\n",
    "سردار\n",
    "شهردار\n",
    "المتحدث\n",
    "محافظ\n",
    "المحافظ\n",
    "العقيد\n",
    "النائب\n",
    "القاضي\n",
    "الدكتور\n",
    "المدير\n",
    "الناطق\n",
    "அமைச்சர்\n",
    "முதல்வர்\n",
    "ஆட்சியர்\n",
    "ஆய்வாளர்\n",
    "நீதிபதி\n",
    "வேட்பாளர்\n",
    "கண்காணிப்பாளர்\n",
);

/// Function words that end a name read after a title, in languages whose stop-word list
/// (`lexicon::stopwords`) does not cover them: case markers and postpositions written after a name
/// ("ਹਰਦੀਪ ਸਿੰਘ ਧਾਲੀਵਾਲ ਨੇ", "ઉમેદવાર રમેશ પટેલને" is left to its ending). Folded.
pub const NAME_ENDERS: &str = "ਨੇ ਨੂੰ ਦੇ ਦੀ ਦਾ ਤੋਂ ਵੱਲੋਂ ਵਲੋਂ ਅਤੇ ਨਾਲ ਮੁਤਾਬਕ ਅਨੁਸਾਰ ਨੇਂ \
ના ની નો નું ને થી એ અને મુજબ દ્વારા \
चा ची चे च्या ला ने नी यांनी यांच्या यांना आणि म्हणाले \
ले लाई को का की बाट र अनुसार \
را از به و که گفت \
மற்றும் கூறினார் தெரிவித்தார்";

/// Endings of compound titles in languages that write them as one word (German
/// "Oberbürgermeister", "Innenministerin", "Polizeisprecher"; Dutch "burgemeester", "woordvoerder";
/// Swedish and Danish "statsminister"): a word that ends in one, longer than it, is a title.
pub const TITLE_ENDINGS: &str = "meister meisterin minister ministerin präsident präsidentin \
kanzler kanzlerin sprecher sprecherin direktor direktorin kommandant kommandantin meester \
voorzitter woordvoerder";

/// Capitalized words that start sentences or name times, not people.
pub const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i", "this", "that",
    "these", "those", "but", "and", "or", "if", "when", "after", "before", "as", "for", "of", "to",
    "by", "with", "from", "there", "his", "her", "their", "its", "our", "el", "la", "los", "las",
    "le", "les", "der", "die", "das", "ein", "eine", "mr", "mrs", "ms", "dr",
];

/// English letters as Hindi writes their names: एमओयू is M-O-U, सीबीआई is C-B-I.
pub const LETTER_NAMES: &[&str] = &[
    "ए",
    "बी",
    "सी",
    "डी",
    "ई",
    "एफ",
    "जी",
    "एच",
    "आई",
    "जे",
    "के",
    "एल",
    "एम",
    "एन",
    "ओ",
    "पी",
    "क्यू",
    "आर",
    "एस",
    "टी",
    "यू",
    "वी",
    "डब्ल्यू",
    "डब्लू",
    "एक्स",
    "वाई",
    "जेड",
];

/// The ergative markers of Hindi, Urdu, Punjabi and Marathi, written after the one who speaks
/// ("… फ़ज़ल ने कहा", "نوید عباسی نے … کہا", "ਧਾਲੀਵਾਲ ਨੇ ਕਿਹਾ", "पवार यांनी सांगितले").
pub const ERGATIVES: &str = "ने نے ਨੇ यांनी";

/// Words that put words in someone's mouth: "said", "told", "quoting", "कहा", "ਕਿਹਾ", "قال". The
/// name nearest one of them, outside the quotation, is whose words they are. Space-separated,
/// folded when read.
pub const SPEECH_VERBS: &str = "said says told added stated explained quoting quoted \
dijo afirmó declaró señaló explicó aseguró indicó agregó añadió comentó citando \
disse afirmou declarou explicou informou acrescentou comentou \
déclaré dit affirmé expliqué indiqué ajouté souligné précisé confié estimé citant \
detto dichiarato affermato spiegato commentato aggiunto sottolineato \
sagte erklärte betonte berichtete sagt erklärt zitierte \
заявил заявила сказал сказала сообщил сообщила отметил отметила пояснил пояснила добавил \
добавила рассказал рассказала цитируя \
kata katanya ujar ujarnya ungkap ungkapnya tutur tuturnya mengutip menyatakan mengatakan \
menjelaskan \
dedi açıkladı söyledi belirtti alisema amesema alieleza \
कहा कहते कहना बताया बोले बोला म्हणाले म्हणाल्या सांगितले भने बताए کہا بتایا کہنا ਕਿਹਾ ਦੱਸਿਆ \
કહ્યું જણાવ્યું বলেন বলেছেন জানান கூறினார் தெரிவித்தார் گفت افزود قال وقال قالت أضاف صرح";
