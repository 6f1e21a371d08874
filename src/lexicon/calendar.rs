//! Weekdays and months in the languages news comes in, folded, with their English names and numbers.

/// `word=english day` entries, space-separated.
pub const WEEKDAYS: &str = "\
monday=monday \
tuesday=tuesday \
wednesday=wednesday \
thursday=thursday \
friday=friday \
saturday=saturday \
sunday=sunday \
सोमवार=monday \
मंगलवार=tuesday \
बुधवार=wednesday \
गुरुवार=thursday बृहस्पतिवार=thursday \
शुक्रवार=friday \
शनिवार=saturday \
रविवार=sunday \
lunes=monday \
martes=tuesday \
miércoles=wednesday \
jueves=thursday \
viernes=friday \
sábado=saturday \
domingo=sunday \
lundi=monday \
mardi=tuesday \
mercredi=wednesday \
jeudi=thursday \
vendredi=friday \
samedi=saturday \
dimanche=sunday \
montag=monday \
dienstag=tuesday \
mittwoch=wednesday \
donnerstag=thursday \
freitag=friday \
samstag=saturday \
sonntag=sunday \
segunda-feira=monday \
terça-feira=tuesday \
quarta-feira=wednesday \
quinta-feira=thursday \
sexta-feira=friday \
الاثنين=monday \
الثلاثاء=tuesday \
الأربعاء=wednesday \
الخميس=thursday \
الجمعة=friday \
السبت=saturday \
الأحد=sunday \
پیر=monday \
منگل=tuesday \
بدھ=wednesday \
جمعرات=thursday \
جمعہ=friday \
ہفتہ=saturday \
اتوار=sunday \
সোমবার=monday \
মঙ্গলবার=tuesday \
বুধবার=wednesday \
বৃহস্পতিবার=thursday \
শুক্রবার=friday \
শনিবার=saturday \
রবিবার=sunday \
星期一=monday \
星期二=tuesday \
星期三=wednesday \
星期四=thursday \
星期五=friday \
星期六=saturday \
星期日=sunday 星期天=sunday";

/// `word=month number` entries, space-separated.
pub const MONTHS: &str = "\
january=1 jan=1 \
february=2 feb=2 \
march=3 mar=3 \
april=4 apr=4 \
may=5 \
june=6 jun=6 \
july=7 jul=7 \
august=8 aug=8 \
september=9 sep=9 sept=9 \
october=10 oct=10 \
november=11 nov=11 \
december=12 dec=12 \
जनवरी=1 \
फरवरी=2 \
मार्च=3 \
अप्रैल=4 \
मई=5 \
जून=6 \
जुलाई=7 \
अगस्त=8 \
सितंबर=9 सितम्बर=9 \
अक्टूबर=10 अक्तूबर=10 \
नवंबर=11 नवम्बर=11 \
दिसंबर=12 दिसम्बर=12 \
enero=1 \
febrero=2 \
marzo=3 \
abril=4 \
mayo=5 \
junio=6 \
julio=7 \
agosto=8 \
septiembre=9 \
octubre=10 \
noviembre=11 \
diciembre=12 \
janvier=1 \
février=2 \
mars=3 \
avril=4 \
mai=5 \
juin=6 \
juillet=7 \
août=8 \
septembre=9 \
octobre=10 \
novembre=11 \
décembre=12 \
januar=1 \
februar=2 \
märz=3 \
juni=6 \
juli=7 \
oktober=10 \
dezember=12 \
janeiro=1 \
fevereiro=2 \
março=3 \
maio=5 \
junho=6 \
julho=7 \
setembro=9 \
outubro=10 \
novembro=11 \
dezembro=12 \
يناير=1 \
فبراير=2 \
مارس=3 \
أبريل=4 \
مايو=5 \
يونيو=6 \
يوليو=7 \
أغسطس=8 \
سبتمبر=9 \
أكتوبر=10 \
نوفمبر=11 \
ديسمبر=12 \
جنوری=1 \
فروری=2 \
مارچ=3 \
اپریل=4 \
مئی=5 \
جون=6 \
جولائی=7 \
اگست=8 \
ستمبر=9 \
اکتوبر=10 \
نومبر=11 \
دسمبر=12 \
জানুয়ারি=1 \
ফেব্রুয়ারি=2 \
মার্চ=3 \
এপ্রিল=4 \
মে=5 \
জুন=6 \
জুলাই=7 \
আগস্ট=8 \
সেপ্টেম্বর=9 \
অক্টোবর=10 \
নভেম্বর=11 \
ডিসেম্বর=12";

/// Words for "day" written after a weekday's name, case endings after them ("செவ்வாய்க்கிழமையன்று",
/// on Tuesday): a word that holds one is read up to its end, and a name written apart from it
/// ("வெள்ளிக் கிழமை") is read with it.
pub const DAY_WORDS: &[&str] = &["கிழமை"];

/// Words that put a moment near midnight, where one night is told as two days ("late Tuesday" /
/// "early Wednesday"): a weekday beside one is not compared as an event's only day. Folded.
pub const NIGHT_WORDS: &str = "night overnight midnight late early nacht nachts noche madrugada \
nuit notte ночь ночью malam dini gece usiku ليلة ليل شب இரவு રાત્રે ਰਾਤ रात रात्री রাতে राति";

/// Parts of the day German runs into a weekday's name ("Dienstagabend", "Montagmorgen"), folded.
pub const DAY_PART_SUFFIXES: &str =
    "abend abends morgen morgens vormittag vormittags nachmittag nachmittags mittag mittags nacht";

pub const MONTH_NAMES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Weekdays of more languages, Monday first on each line, separated by spaces (folded; several
/// forms of one day are joined by `/`). A name that is as often another word is listed only with
/// its day word: Tamil வெள்ளி is silver and திங்கள் a month, வெள்ளிக்கிழமை and திங்கட்கிழமை are days.
pub const MORE_WEEKDAYS: &str = "\
lunedì martedì mercoledì giovedì venerdì sabato domenica
понедельник/понедельника вторник/вторника среда/среду/среды четверг/четверга пятница/пятницу/пятницы суббота/субботу/субботы воскресенье/воскресенья
pazartesi salı çarşamba perşembe cuma cumartesi pazar
senin selasa rabu kamis jumat sabtu minggu
jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
poniedziałek/poniedziałku wtorek/wtorku środa/środę/środy czwartek/czwartku piątek/piątku sobota/sobotę/soboty niedziela/niedzielę/niedzieli
सोमबार मंगलबार बुधबार बिहिबार शुक्रबार शनिबार आइतबार
સોમવાર/સોમવારે મંગળવાર/મંગળવારે બુધવાર/બુધવારે ગુરુવાર/ગુરુવારે શુક્રવાર/શુક્રવારે શનિવાર/શનિવારે રવિવાર/રવિવારે
सोमवारी मंगळवार/मंगळवारी बुधवारी गुरुवारी शुक्रवारी शनिवारी रविवारी
ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨੀਵਾਰ ਐਤਵਾਰ
திங்கட்கிழமை/திங்கள்கிழமை/திங்களன்று செவ்வாய்/செவ்வாய்க்கிழமை/செவ்வாய்கிழமை/செவ்வாயன்று புதன்/புதன்கிழமை/புதனன்று வியாழன்/வியாழக்கிழமை/வியாழன்கிழமை/வியாழனன்று வெள்ளிக்கிழமை/வெள்ளிகிழமை/வெள்ளியன்று சனி/சனிக்கிழமை/சனிகிழமை/சனியன்று ஞாயிறு/ஞாயிற்றுக்கிழமை/ஞாயிறுகிழமை/ஞாயிறன்று
دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه
月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日
周一 周二 周三 周四 周五 周六 周日";

/// Months of more languages, January first on each line (folded; several forms of one month are
/// joined by `/`).
pub const MORE_MONTHS: &str = "\
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
января/январь февраля/февраль марта/март апреля/апрель мая/май июня/июнь июля/июль августа/август сентября/сентябрь октября/октябрь ноября/ноябрь декабря/декабрь
ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
januari februari maret april mei juni juli agustus september oktober november desember
januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba
januari februari maart april mei juni juli augustus september oktober november december
stycznia/styczeń lutego/luty marca/marzec kwietnia/kwiecień maja/maj czerwca/czerwiec lipca/lipiec sierpnia/sierpień września/wrzesień października/październik listopada/listopad grudnia/grudzień
जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर
जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर
જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર
ਜਨਵਰੀ ਫ਼ਰਵਰੀ/ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ
ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்
ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر";

/// Months of other calendars (the Iranian solar year, the Bikram Sambat): they date a line, and
/// are no Gregorian month.
pub const OTHER_MONTHS: &str =
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند \
बैशाख वैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत";

/// Parts of the day that frame a weekday ("in der Nacht zu Dienstag", "в ночь на среду", "Tuesday
/// night"), folded; the Indic ones that set an hour's half of the clock are read from
/// `normalize::number` too.
pub const DAY_PART_WORDS: &str =
    "night morning evening afternoon dawn midnight nacht morgen abend \
nachmittag vormittag noche mañana tarde madrugada nuit matin soir soirée notte mattina sera \
pomeriggio noite manhã ночь ночью утро утром вечер вечером malam pagi sore siang gece sabah akşam \
usiku asubuhi jioni ليلة مساء صباح فجر شب صبح عصر இரவு காலை மாலை રાત્રે સવારે સાંજે ਰਾਤ ਸਵੇਰੇ ਸ਼ਾਮ";
