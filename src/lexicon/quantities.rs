//! What a number counts, and how sure the count is, in the languages news comes in: the words
//! that make a number a death toll, an injury count, the missing, the rescued, … ; the words that
//! qualify it ("at least", "about"); and the words that narrow it to a part ("of them", "at the
//! hospital") or a degree ("seriously").
//!
//! General knowledge of each language, never a phrase of one test pair. Each line is a language
//! code, a slot name and its words, folded (lowercase, nukta dropped). A word ending in `*` matches
//! any word it begins; `_` joins the words of a phrase. Languages written without spaces (zh, ja,
//! th) match a word inside the run of characters.

/// Slot words: `lang slot: word word …`. The `ru` lines serve every text in Cyrillic, and hold
/// the Ukrainian words too (загинули, поранені, евакуйовано, затримано).
pub const SLOTS: &str = "\
en dead: dead death* died die dying kill* fatalit* toll perish* bodies body lives_lost lost_their_lives lost_his_life lost_her_life life_lost deceased
en injured: injur* wound* hurt hospitalised hospitalized
en missing: missing unaccounted
en rescued: rescued rescue pulled saved survivor* survived
en evacuated: evacuat* displaced homeless
en arrested: arrest* detain* custody
en passengers: passenger*
en crew: crew crewmembers crewmember
en aboard: aboard on_board onboard
en people: people person persons others children child kids students pupils schoolchildren workers labourers laborers miners soldiers troops tourists pilgrims devotees residents villagers fishermen civilians migrants refugees policemen firefighters women men girls boys
en money: dollar* euro* pound* rupee* rs inr usd eur gbp yuan yen taka riyal* dirham* naira shilling* lira liras peso* francs
es dead: muert* fallec* murieron murió mueren muere morir mataron mató víctimas_mortales mortal* perdieron_la_vida perdió_la_vida cadáver* fallecimiento*
es injured: herid* lesionad* hospitalizad*
es missing: desaparecid*
es rescued: rescatad* salvad* supervivient*
es evacuated: evacu* desaloj* desplazad* damnificad*
es arrested: detenid* arrestad*
es passengers: pasajer*
es crew: tripulant* tripulación
es aboard: a_bordo
es people: personas persona otras otros niños niñas menores estudiantes alumnos trabajadores obreros mineros soldados militares turistas peregrinos vecinos residentes pescadores civiles migrantes policías bomberos mujeres hombres
es money: dólar* dolar* euro* peso*
pt dead: mort* óbito* falecid* faleceram morreram morreu vítimas_mortais perderam_a_vida perdeu_a_vida
pt injured: ferid* hospitalizad*
pt missing: desaparecid*
pt rescued: resgatad* salv* sobreviv*
pt evacuated: evacu* desaloj* desabrigad* deslocad*
pt arrested: pres* detid*
pt passengers: passageir*
pt crew: tripulant* tripulação
pt aboard: a_bordo
pt people: pessoas pessoa crianças menores estudantes alunos trabalhadores operários mineiros soldados militares turistas peregrinos moradores residentes pescadores civis migrantes policiais bombeiros mulheres homens
pt money: reais dólar* dolar* euro*
fr dead: mort* décéd* décès tué* tuée* victimes_mortelles périr péri* bilan* perdu_la_vie
fr injured: bless* urgence_absolue hospitalis*
fr missing: disparu*
fr rescued: secouru* sauvé* rescapé* survivant*
fr evacuated: évacu* sinistré* sans-abri déplacé*
fr arrested: arrêté* interpellé* garde_à_vue
fr passengers: passager*
fr crew: équipage d'équipage
fr aboard: à_bord
fr people: personnes personne autres enfants élèves écoliers étudiants lycéens collégiens travailleurs ouvriers mineurs soldats militaires touristes pèlerins habitants riverains résidents pêcheurs civils migrants policiers gendarmes pompiers femmes hommes
fr money: euro* dollar* francs
it dead: mort* vittim* uccis* decedut* decess* deceduto perso_la_vita persero_la_vita
it injured: ferit*
it missing: dispers* scompars*
it rescued: salvat* soccors* superstit*
it evacuated: evacu* sfollat*
it arrested: arrestat* fermat*
it passengers: passegger*
it crew: equipaggio dell'equipaggio
it aboard: a_bordo
it people: persone persona bambini ragazzi studenti alunni lavoratori operai minatori soldati militari turisti pellegrini residenti abitanti pescatori civili migranti poliziotti donne uomini
it money: euro dollar* franchi
de dead: tot tote toten todesopfer getötet* gestorben starb starben sterben stirbt ums_leben leiche* verstorben*
de injured: verletzt* verwundet*
de missing: vermisst*
de rescued: gerettet* überlebend*
de evacuated: evakuier* obdachlos*
de arrested: festgenommen* verhaftet* festnahme*
de passengers: passagier* fahrgäste insass*
de crew: besatzung* crew
de aboard: an_bord
de people: menschen personen person weitere kinder schüler studenten arbeiter bergleute soldaten touristen pilger anwohner bewohner einwohner fischer zivilisten migranten polizisten feuerwehrleute frauen männer
de money: euro dollar* franken pfund
nl dead: dood doden omgekomen om_het_leven gedood overleden* slachtoffer*
nl injured: gewond* verwond*
nl missing: vermist*
nl rescued: gered
nl evacuated: geëvacueerd evacuatie
nl arrested: gearresteerd aangehouden opgepakt
nl passengers: passagier*
nl crew: bemanning*
nl aboard: aan_boord
nl people: mensen personen
tr dead: öldü* ölen* ölü* ölüm* hayatını_kaybet* yaşamını_yitir* can_verdi* vefat* cansız_beden*
tr injured: yaral*
tr missing: kayıp kayıptır kayıpların
tr rescued: kurtarıl* kurtar*
tr evacuated: tahliye*
tr arrested: gözaltı* tutuklan*
tr passengers: yolcu*
tr crew: mürettebat*
tr people: kişi kişinin kişiyi kişiden çocuk öğrenci işçi madenci asker turist sivil göçmen kadın
tr money: lira* dolar* avro euro
id dead: tewas* meninggal* kematian korban_jiwa wafat mati menewaskan
id injured: luka* terluka* cedera
id missing: hilang
id rescued: selamat diselamatkan menyelamatkan dievakuasi
id evacuated: mengungsi pengungsi* evakuasi
id arrested: ditangkap ditahan tersangka
id passengers: penumpang
id crew: awak kru
id people: orang anak siswa pelajar mahasiswa pekerja buruh penambang tentara prajurit wisatawan jemaah warga penduduk nelayan pengungsi
id money: rupiah rp dolar*
sw dead: vifo kifo walifariki wamefariki alifariki kufariki waliofariki walikufa wamekufa alikufa amekufa waliokufa waliuawa wameuawa kuuawa wafu maiti walipoteza_maisha wamepoteza_maisha kupoteza_maisha
sw injured: majeruhi kujeruhiwa walijeruhiwa wamejeruhiwa alijeruhiwa
sw missing: hawajulikani wamepotea kutoweka hawajapatikana
sw rescued: waliokolewa wameokolewa kuokolewa
sw evacuated: wamehama kuhama walihamishwa wameachwa_bila_makazi bila_makazi
sw arrested: walikamatwa wamekamatwa kukamatwa
sw passengers: abiria
sw crew: wahudumu
sw people: watu mtu watoto wanafunzi wafanyakazi wachimbaji wanajeshi watalii wakazi wavuvi wakimbizi wanawake wanaume
sw money: shilingi dola
pl dead: zginęł* zmarł* ofiar* śmiert* nie_żyje zabit*
pl injured: rann* poszkodowan*
pl missing: zaginion*
pl rescued: uratowan* ocalał*
pl evacuated: ewakuowan* ewakuacj*
pl arrested: zatrzyman* aresztowan*
pl passengers: pasażer*
pl crew: załog*
pl aboard: na_pokładzie
pl people: osób osoby ludzi
ru dead: загин* загибл* помер* вбит* погиб* умер* смерт* убит* жертв* тел* скончал*
ru injured: поранен* постражда* госпіталіз* ранен* пострадавш* пострадал* госпитализ* травм*
ru missing: зник* пропал* пропавш* без_вести
ru rescued: врятува* врятован* спасен* спасли спасатель*
ru evacuated: евакуйов* евакуац* эвакуир*
ru arrested: затриман* заарештован* задержан* арестован*
ru passengers: пасажир* пассажир*
ru crew: екіпаж* экипаж*
ru aboard: на_борту
ru people: осіб людина человек людей люди детей дети школьников учеников студентов рабочих горняков шахтёров шахтеров военных солдат туристов паломников жителей рыбаков мигрантов полицейских пожарных женщин мужчин
ru money: гривень гривні гривня рубл* доллар* евро
hi dead: मौत मौतें मृत मृतक मृतकों मरे मारे मरने जान_गई जान_गंवा* जान_चली मृत्यु निधन शहीद हताहत
hi injured: घायल जख्मी जख्मियों घायलों
hi missing: लापता
hi rescued: बचा* बच बचे बची रेस्क्यू बचाव
hi evacuated: विस्थापित बेघर
hi arrested: गिरफ्तार हिरासत
hi passengers: यात्री यात्रियों
hi crew: चालक_दल क्रू
hi aboard: सवार
hi people: लोग लोगों व्यक्ति जने बच्चे बच्चों छात्र छात्रों छात्राओं मजदूर मजदूरों श्रमिक श्रमिकों सैनिक सैनिकों जवान जवानों पर्यटक पर्यटकों श्रद्धालु श्रद्धालुओं ग्रामीण ग्रामीणों मछुआरे मछुआरों पुलिसकर्मी पुलिसकर्मियों महिलाएं महिलाओं
hi money: रुपये रुपए रुपया रुपयों डॉलर
mr dead: मृत्यू मृत ठार दगाव* बळी मरण
mr injured: जखमी
mr missing: बेपत्ता
mr rescued: वाचव* बचाव सुटका
mr evacuated: स्थलांतर* बेघर
mr arrested: अटक
mr passengers: प्रवासी
mr crew: क्रू
mr people: जण जणांचा जणांना जणांचे लोक लोकांचा मुले मुलांना विद्यार्थी विद्यार्थ्यांना कामगार मजूर जवान पर्यटक भाविक ग्रामस्थ मच्छीमार
mr money: रुपये रुपयांची रुपयांचा रुपयांचे रुपयां* डॉलर
ne dead: मृत्यु मृत ज्यान मारिए* मरे*
ne injured: घाइते
ne missing: बेपत्ता वेपत्ता हराए*
ne rescued: उद्धार
ne evacuated: विस्थापित
ne arrested: पक्राउ*
ne passengers: यात्रु*
ne crew: चालक_दल क्रू
ne aboard: सवार
ne people: जना जनाको व्यक्ति बालबालिका विद्यार्थी मजदुर श्रमिक सैनिक पर्यटक तीर्थयात्री बासिन्दा माछामार
ne money: रुपैयाँ रुपैयां रुपैयाँ* डलर
bn dead: মৃত মৃত্যু নিহত প্রাণ_হারিয়েছেন প্রাণহানি
bn injured: আহত জখম
bn missing: নিখোঁজ
bn rescued: উদ্ধার
bn arrested: গ্রেপ্তার গ্রেফতার
bn evacuated: স্থানান্তর*
bn passengers: যাত্রী
bn crew: ক্রু
bn people: জন জনের জনকে মানুষ ব্যক্তি শিশু শিশুর ছাত্র ছাত্রী শিক্ষার্থী শ্রমিক জওয়ান পর্যটক পুণ্যার্থী বাসিন্দা গ্রামবাসী মৎস্যজীবী
bn money: টাকা টাকার টাকাই রুপি ডলার
gu dead: મોત મૃત્યુ મૃત મોતને જીવ_ગુમાવ*
gu injured: ઘાયલ ઇજા ઈજા ઇજાગ્રસ્ત
gu missing: લાપતા ગુમ
gu rescued: બચાવ* બચાવી*
gu evacuated: સ્થળાંતર*
gu arrested: ધરપકડ*
gu passengers: મુસાફર*
gu crew: ક્રૂ
gu aboard: સવાર
gu people: લોકો લોકોના વ્યક્તિ બાળકો વિદ્યાર્થીઓ વિદ્યાર્થી શ્રમિકો મજૂરો જવાનો પ્રવાસીઓ શ્રદ્ધાળુઓ રહેવાસીઓ માછીમારો
gu money: રૂપિયા* ડોલર
pa dead: ਮੌਤ ਮੌਤਾਂ ਮਾਰੇ ਮਰ* ਜਾਨ
pa injured: ਜ਼ਖਮੀ ਜ਼ਖ਼ਮੀ ਜਖਮੀ ਫੱਟੜ
pa missing: ਲਾਪਤਾ
pa arrested: ਗ੍ਰਿਫ਼ਤਾਰ* ਗ੍ਰਿਫਤਾਰ* ਹਿਰਾਸਤ
pa rescued: ਬਚਾਅ* ਬਚਾਇਆ
pa evacuated: ਬੇਘਰ
pa passengers: ਸਵਾਰੀਆਂ ਯਾਤਰੀ
pa crew: ਕਰੂ ਅਮਲੇ
pa aboard: ਸਵਾਰ
pa people: ਲੋਕ ਵਿਅਕਤੀ ਬੱਚੇ ਬੱਚਿਆਂ ਵਿਦਿਆਰਥੀ ਮਜ਼ਦੂਰ ਜਵਾਨ ਸ਼ਰਧਾਲੂ
pa money: ਰੁਪਏ ਰੁਪਈਏ ਡਾਲਰ
ta dead: உயிரிழ* இறந்* பலி* மரண* உயிர்_இழ*
ta injured: காயம* காயமடை*
ta missing: காணாமல்*
ta rescued: மீட்க* மீட்ட*
ta evacuated: வெளியேற்ற*
ta arrested: கைது*
ta passengers: பயணி*
ta people: பேர் பேரு நபர்* குழந்தைகள் மாணவர்கள் மாணவிகள் தொழிலாளர்கள் மீனவர்கள் பக்தர்கள்
ta money: ரூபாய்* டாலர்*
te dead: మృతి* మరణ* చనిపోయ* దుర్మరణ*
te injured: గాయ* క్షతగాత్రు*
te missing: గల్లంత*
te arrested: అరెస్టు* అదుపులోకి
te passengers: ప్రయాణికు*
te people: మంది
te money: రూపాయ*
ur dead: ہلاک جاں_بحق شہید* جان_بحق موت میت* لاش*
ur injured: زخمی*
ur missing: لاپتہ
ur rescued: بازیاب* بچا* ریسکیو
ur evacuated: نقل_مکانی بے_گھر
ur arrested: گرفتار
ur passengers: مسافر*
ur crew: عملے عملہ
ur aboard: سوار
ur people: افراد افراد_جاں لوگ شخص بچے بچوں طلبہ طلباء مزدور اہلکار سیاح زائرین مچھیرے خواتین
ur money: روپے روپیہ روپیے ڈالر
ar dead: قتيل* قتلى قتل* مقتل وفاة وفيات مصرع* حتفهم حتفه حتفها ضحايا ضحية شهيد* شهداء موت* مات* توفي* أودت_بحياة بحياة جثة* جثث
ar injured: جريح* جرحى مصاب* إصاب* اصاب* أصيب* اصيب* بجروح
ar missing: مفقود* المفقودين مفقودين
ar rescued: إنقاذ انقاذ
ar evacuated: إجلاء اجلاء أجلت أجلى نازح* نزوح
ar arrested: اعتقال اعتقل* توقيف* القبض إيقاف ايقاف أوقف* اوقف* احتجاز احتجز*
ar passengers: ركاب راكب*
ar crew: طاقم
ar people: شخص* أشخاص اشخاص آخرين آخرون أطفال طلاب تلاميذ عمال جنود سياح حجاج سكان صيادين مدنيين نساء
ar money: دولار* جنيه* ريال* درهم* دينار* يورو
fa dead: کشته* جان_باخت* جانباخت* فوت* مرگ* قربانی*
fa injured: مجروح* زخمی* مصدوم* آسیب_دید*
fa missing: مفقود* ناپدید*
fa rescued: نجات*
fa evacuated: تخلیه*
fa arrested: بازداشت* دستگیر*
fa passengers: مسافر*
fa crew: خدمه
fa aboard: سرنشین*
fa people: نفر تن کودک کودکان دانش‌آموز دانش‌آموزان دانشجو دانشجویان کارگر کارگران سرباز سربازان زائر زائران ماهیگیر ماهیگیران زن زنان
fa money: تومان* ریال* دلار*
zh dead: 死亡 死 罹难 罹難 遇难 遇難 身亡 丧生 喪生 殉职 殉職 死者
zh injured: 受伤 受傷 伤 傷 伤者 傷者 伤患 傷患
zh missing: 失踪 失蹤 失联 失聯 下落不明
zh rescued: 获救 獲救 救出 拯救
zh evacuated: 疏散 撤离 撤離
zh arrested: 拘捕 逮捕 被捕
zh passengers: 乘客 旅客
zh crew: 機組 机组 船員 船员
zh people: 人
zh money: 元 港元 美元 港幣 港币 人民幣 人民币
ja dead: 死亡 死者 亡くな 死
ja injured: けが 負傷 重傷 軽傷 重体
ja missing: 行方不明 不明
ja rescued: 救助 救出
ja evacuated: 避難
ja arrested: 逮捕
ja passengers: 乗客
ja crew: 乗員
ja people: 人
ja money: 円 ドル
ko dead: 사망* 숨져 숨진
ko injured: 부상*
ko missing: 실종*
ko rescued: 구조*
ko evacuated: 대피*
ko arrested: 체포*
ko passengers: 승객
ko crew: 승무원
ko people: 명
vi dead: chết tử_vong thiệt_mạng
vi injured: bị_thương
vi missing: mất_tích
vi rescued: giải_cứu cứu_sống
vi evacuated: sơ_tán di_dời
vi arrested: bắt_giữ bắt_giam
vi passengers: hành_khách
vi crew: phi_hành_đoàn thuyền_viên
vi people: người
th dead: เสียชีวิต ตาย
th injured: บาดเจ็บ
th missing: สูญหาย
th passengers: ผู้โดยสาร
th crew: ลูกเรือ
th people: คน
";

/// Words that narrow a count to a part of the whole: `lang part:` partitives ("of them",
/// "including", "davon"), read in the number's clause, and `lang place:` places ("hospital"), read
/// in its whole sentence ("Wie das Klinikum mitteilte, wurden dort 54 Verletzte aufgenommen").
/// Two counts narrowed differently are not one slot for sure.
pub const SCOPES: &str = "\
en part: of_them of_whom among_them including
en place: hospital* clinic*
es part: de_ellos entre_ellos incluidos incluidas
es place: hospital*
pt part: dos_quais entre_eles incluindo
pt place: hospita*
fr part: dont parmi_eux
fr place: hôpita* clinique*
it part: di_cui tra_cui tra_questi
it place: ospedal*
de part: davon darunter
de place: klinik* krankenhaus* kliniken uniklinik* universitätsklinik* kreisklinik* unfallklinik* kreiskrankenhaus* spital*
nl part: waarvan waaronder
nl place: ziekenhuis*
tr part: bunlardan aralarında
tr place: hastane*
id part: di_antaranya termasuk
id place: rumah_sakit rsud puskesmas
sw part: kati_yao wakiwemo
sw place: hospitali
pl part: w_tym
pl place: szpital*
ru part: из_них в_том_числе среди серед
ru place: больниц*
hi part: इनमें_से उनमें_से जिनमें
hi place: अस्पताल
mr part: त्यापैकी यापैकी
mr place: रुग्णालय*
ne part: जसमध्ये
ne place: अस्पताल*
bn part: তাদের_মধ্যে এর_মধ্যে
bn place: হাসপাতাল*
gu part: જેમાં
gu place: હોસ્પિટલ*
pa part: ਜਿਨ੍ਹਾਂ_ਵਿੱਚ
pa place: ਹਸਪਤਾਲ
ta part: அதில் அவர்களில்
ta place: மருத்துவமனை*
ur part: ان_میں
ur place: ہسپتال* اسپتال*
ar part: منهم بينهم
ar place: مستشفى* المستشفى*
fa part: از_این_تعداد
fa place: بیمارستان*
zh part: 其中 包括 包含 當中 当中
zh place: 醫院 医院 送醫 送医 留醫 留医
ja part: うち
ja place: 病院
";

/// Words of degree that make an injury count a part of the whole: `lang degree: word …`, degree
/// `critical` (life in danger), `serious` or `minor`. Critical and serious are kept apart: a
/// report that gives both ("13 critical, 28 serious") tells two counts, and a count of one is
/// never set against a count of the other.
pub const DEGREES: &str = "\
en critical: critical* life-threatening
en serious: serious* severe* grave*
en minor: minor light*
es critical: crítico* crítica*
es serious: grave* graves
es minor: leve* leves
pt critical: crítico* crítica*
pt serious: grave* graves
pt minor: leve* leves
fr critical: urgence_absolue critique*
fr serious: grave* grièvement
fr minor: légère* légers urgence_relative
it critical: critic*
it serious: grav*
it minor: lievi lieve
de critical: lebensgefährlich* kritisch*
de serious: schwer* schwerverletzt*
de minor: leicht* mittelschwer*
nl critical: kritiek* levensgevaarlijk*
nl serious: zwaar* ernstig*
nl minor: licht*
tr critical: kritik
tr serious: ağır*
tr minor: hafif*
id critical: kritis
id serious: parah berat
id minor: ringan
sw critical: mahututi
sw serious: vibaya
ru critical: критическ*
ru serious: тяжел* тяжёл*
ru minor: легк* лёгк*
hi serious: गंभीर
mr serious: गंभीर
ne serious: गम्भीर गंभीर
bn serious: গুরুতর
gu serious: ગંભીર
pa serious: ਗੰਭੀਰ
ta critical: கவலைக்கிடம்*
ta serious: படுகாய*
ur critical: تشویشناک
ur serious: شدید
ar critical: حرجة
ar serious: خطيرة خطرة
fa serious: وخیم
zh critical: 危殆 危重 命懸一線 命悬一线
zh serious: 嚴重 严重 重伤 重傷
ja critical: 重体
ja serious: 重傷
ja minor: 軽傷
";

/// Qualifiers of a count: `lang kind: word …` where kind is `min` (at least), `over` (more than:
/// the value itself excluded), `about` (about, nearly) or `max` (up to, fewer than). A word may follow the number in languages that put
/// it there ("100 से ज्यादा", "10க்கும் மேற்பட்ட", "17人以上"); its first word may be written onto the
/// number ("૫૦થી વધુ" matches `થી_વધુ`, "५०हून अधिक" `हून_अधिक`).
pub const QUALIFIERS: &str = "\
en min: at_least no_fewer_than
en over: more_than over upwards_of in_excess_of
en about: about around approximately roughly some nearly almost close_to estimated
en max: up_to fewer_than less_than under
es min: al_menos por_lo_menos como_mínimo
es over: más_de
es about: unos unas cerca_de alrededor_de aproximadamente casi
es max: hasta menos_de
pt min: pelo_menos ao_menos no_mínimo
pt over: mais_de
pt about: cerca_de aproximadamente quase perto_de por_volta_de
pt max: até menos_de
fr min: au_moins
fr over: plus_de
fr about: environ près_de quelque presque
fr max: jusqu'à moins_de
it min: almeno
it over: più_di oltre
it about: circa quasi
it max: fino_a meno_di
de min: mindestens
de over: mehr_als über
de about: rund etwa fast knapp ungefähr circa gut
de max: bis_zu weniger_als
nl min: minstens ten_minste
nl over: meer_dan
nl about: ongeveer bijna zo'n
nl max: minder_dan maximaal hooguit
tr max: en_fazla azami
tr min: en_az
tr over: fazla aşkın üzerinde
tr about: yaklaşık yakın civarında
id min: sedikitnya setidaknya minimal
id over: lebih_dari
id about: sekitar hampir kurang_lebih
id max: kurang_dari maksimal paling_banyak
sw min: angalau
sw over: zaidi_ya
sw about: takriban karibu
pl min: co_najmniej
pl over: ponad
pl about: około prawie
pl max: mniej_niż maksymalnie
ru min: щонайменше принаймні не_менее по_меньшей_мере минимум
ru over: понад более больше свыше
ru about: близько майже приблизно около почти примерно порядка
ru max: менее меньше не_более максимум
hi min: कम_से_कम
hi over: से_अधिक से_ज्यादा से_ज़्यादा
hi about: करीब लगभग तकरीबन
hi max: से_कम
mr min: किमान
mr over: पेक्षा_जास्त पेक्षा_अधिक हून_अधिक हून_जास्त
mr about: सुमारे जवळपास
ne min: कम्तीमा
ne over: भन्दा_बढी भन्दा_बढि भन्दा_धेरै
ne about: करिब झण्डै लगभग
bn min: অন্তত
bn over: বেশি
bn about: প্রায়
gu min: ઓછામાં_ઓછા
gu over: થી_વધુ થી_વધારે કરતાં_વધુ કરતા_વધુ
gu about: આશરે લગભગ
pa min: ਘੱਟੋ-ਘੱਟ ਘੱਟੋ_ਘੱਟ
pa over: ਤੋਂ_ਵੱਧ
pa about: ਕਰੀਬ ਲਗਭਗ ਤਕਰੀਬਨ
ta over: மேற்பட்ட* மேல்
ta about: சுமார்
ta min: குறைந்தது
te over: పైగా
te about: సుమారు దాదాపు
te min: కనీసం
ur min: کم_از_کم
ur over: سے_زائد سے_زیادہ
ur about: تقریباً تقریبا قریب
ur max: سے_کم
ar min: على_الأقل ما_لا_يقل ما_لا_يقل_عن لا_يقل_عن
ar over: أكثر_من
ar about: نحو حوالي قرابة قارب ما_يقارب زهاء
ar max: أقل_من
fa min: دست_کم دست‌کم حداقل
fa over: بیش_از
fa about: حدود حدودا نزدیک_به تقریبا
fa max: کمتر_از
zh min: 至少 以上
zh over: 超過 超过 逾 多於 多于
zh about: 約 约 近 將近 将近 左右 多
zh max: 不到 最多 少於 少于
ja min: 少なくとも 以上
ja over: 超
ja about: 約 およそ 近く
ja max: 未満 最大
ko min: 최소 이상
ko about: 약
ko max: 최대 미만
vi min: ít_nhất tối_thiểu
vi over: hơn trên
vi about: khoảng chừng
vi max: gần dưới
th min: อย่างน้อย
th over: กว่า เกิน
th about: ประมาณ ราว
th max: เกือบ
";

/// Words that join two clauses or two counts: a number's slot is not read back across them
/// ("killed 5 and injured 20": 20 counts the injured).
pub const CONJUNCTIONS: &str =
    "and or but while whereas y e o pero mientras et ou mais tandis und oder aber während \
en ed ma mentre ve veya ama dan atau tetapi sedangkan na au lakini и или но а oraz lub ale \
और तथा एवं लेकिन जबकि भने आणि व तर र এবং ও কিন্তু અને પણ જ્યારે ਅਤੇ ਪਰ ਜਦਕਿ மற்றும் اور لیکن جبکہ و أو لكن";

/// Words right before a number (or before "of" before it) that make it a measure, not a count: an
/// earthquake's magnitude ("magnitude 6.3", "de magnitude 6,3", "तीव्रता 6.3", "بقوة 6.3").
pub const MEASURES: &str = "magnitude magnitud magnitudo magnitüd stärke магнитудой магнитуда \
richter kekuatan ukuran तीव्रता तीव्रताको রিখটার স্কেলে شدت بقوة قوته قوتها 規模 规模 震级 모멘트";

/// Units of time after a number that make it a span, in minutes, one line per unit: "48 ਘੰਟਿਆਂ"
/// and "ਦੋ ਦਿਨਾਂ" (48 hours, two days) are one span told two ways, and no span is a count.
/// Folded. Years are ages or spans in [`UNCOUNTED`]. Words that also give the hour ("saa", Tamil
/// "மணி") are left out; Chinese and Japanese "日" is a date.
pub const DURATIONS: &str = "\
1 minute minutes min mins minuto minutos minuti minuta minuten minutes dakika dakikada menit \
минут минуты минуту мин मिनट मिनटों मिनिटे मिनिटांत मिनेट মিনিট મિનિટ ਮਿੰਟ ਮਿੰਟਾਂ நிமிடம் \
நிமிடங்கள் منٹ منٹوں دقیقه دقيقة دقائق 分钟 分鐘 分間
60 hour hours hrs hora horas ora ore heure heures stunde stunden uur saat saatte saatlik jam \
час часа часов घंटे घंटा घंटों घण्टा घण्टे तास तासांत ঘণ্টা ঘণ্টার કલાક ਘੰਟੇ ਘੰਟਾ ਘੰਟਿਆਂ \
گھنٹے گھنٹوں ساعت ساعة ساعات 小时 小時 時間
1440 day days día días dia dias giorno giorni jour jours tag tage tagen dag dagen gün gündür hari \
siku день дня дней दिन दिनों दिवस दिवसांत দিন দিনের દિવસ ਦਿਨ ਦਿਨਾਂ நாள் நாட்கள் \
دن دنوں روز يوم أيام ايام 天 日間
10080 week weeks semana semanas settimana settimane semaine semaines woche wochen hafta minggu \
wiki неделя недели недель неделю सप्ताह सप्ताहों हफ्ते हफ्तों आठवडे आठवड्यांत সপ্তাহ અઠવાડિયા \
ਹਫ਼ਤੇ ਹਫਤੇ வாரம் வாரங்கள் ہفتے ہفتوں هفته أسبوع أسابيع 周 週間
43200 month months mes meses mese mesi mois monat monate monaten ay bulan mwezi miezi месяц \
месяца месяцев महीने महीना महीनों महिने महिना মাস મહિના ਮਹੀਨੇ ਮਹੀਨਾ மாதம் மாதங்கள் مہینے \
ماه شهر أشهر 个月 個月 か月 カ月 ヶ月";

/// Words after a number that make it no count the slots compare: an age or a span of years ("a
/// 9-year-old", "im Alter von 84 und 91 Jahren", "for 20 years"; `aged` also before it, "aged 84"),
/// or the rescuers, who share the rescued's stem ("200 rescuers were deployed", "150 спасателей").
pub const UNCOUNTED: &str = "magnitude magnitud richter रिक्टर রিখটার \
rescuers rescue_workers rescue_teams rescatistas socorristas secouristes sauveteurs soccorritori \
retter einsatzkräfte спасателей спасатели \
year-old years-old year_old years_old yr-old aged jährig* jährige* años ans anos anni \
years jahre jahren jaar lat лет года років tahun साल वर्ष वर्षे বছর ਸਾਲ વર્ષ سال سنة سنوات \
yaşında* yaşındaki वर्षीय वर्षीया वर्ष_की वर्ष_के वर्ष_का साल_के साल_की साल_का वर्षकी वर्षका \
वर्षको वर्षांच्या वर्षांचा वर्षांची વર્ષીય વર્ષીયા વર્ષના વર્ષની વર્ષનો বছরের বছর_বয়সী বছর_বয়সি \
ਸਾਲਾ ਸਾਲ_ਦੇ ਸਾਲ_ਦੀ ਸਾਲਾਂ_ਦੇ வயது வயதான வயதுடைய летн* سالہ عاما عامًا ساله 岁 歲 歳 代";

/// Phrases that place a sentence at an earlier event ("last year", "in a similar accident in
/// 2011" is left to the year): its counts are that event's, never the story's own. Folded, one
/// phrase per line.
pub const EARLIER: &str = "\
last year
a year ago
previous year
el año pasado
el pasado año
l'année dernière
l'an dernier
l'année précédente
letztes jahr
im vergangenen jahr
im vorjahr
o ano passado
no ano passado
l'anno scorso
geçen yıl
geçtiğimiz yıl
tahun lalu
tahun sebelumnya
mwaka jana
в прошлом году
去年
العام الماضي
السنة الماضية
پچھلے سال
گزشتہ سال
سال گذشته
پارسال
पिछले साल
पिछले वर्ष
गत वर्ष
पोहिलो साल
गेल्या वर्षी
গত বছর
ગયા વર્ષે
ਪਿਛਲੇ ਸਾਲ
கடந்த ஆண்டு
昨年
지난해
작년
năm ngoái
năm trước
ปีที่แล้ว
ปีก่อน
ครั้งก่อน
w zeszłym roku
vorig jaar
торік
минулого року
anul trecut
πέρυσι
בשנה שעברה";
