//! The most frequent function words of each language written in a script several languages share,
//! to tell which language a text is in (`normalize::lang`). Folded, space-separated, one line per
//! language code.

/// Latin script.
pub const LATIN: &str = "\
en the of and to in is was for on that with by at from as are has have were it said his their this
es el la los las de del y en que por con para una se su al es fue lo como más pero sus ha
fr le la les de des du et en un une est que qui dans pour par sur au aux ont été pas ce il
pt o a os as de do da dos das e em um uma que para com por no na foi ao não se mais
it il lo la gli le di del della e in un una che per con è sono dei delle nel alla non si
de der die das den dem des und ist in im mit von zu auf für ein eine nicht sich wurde auch
nl de het een en van in is op te dat met voor zijn niet aan er werd ook
tr ve bir bu da de ile için olarak olan çok daha gibi ise sonra kadar ancak en
id yang dan di ini itu dengan untuk dari dalam pada tidak akan ke oleh juga karena telah
sw na ya wa kwa katika ni la za kuwa hii cha vya huku pia hiyo baada
pl i w na z się nie do że jest to o od po jak przez
vi và của là có được trong cho với các những này người không đã
";

/// Devanagari.
pub const DEVANAGARI: &str = "\
hi है के की में से को और था ने पर हैं थे गया कि भी
mr आहे च्या आणि या असून होते आली केले आहेत त्यांनी हे ही
ne छ र को मा ले भएको गरेको हो थियो छन् पनि गरी
";
