//! Function words of the languages news comes in most; IDF down-weights the rest.

/// Function words of the languages news comes in most; IDF down-weights the rest. Space-separated,
/// a line per language (en, hi, es, fr, pt, de, ar, ur, bn).
pub const STOPWORDS: &str = "\
the a an of in on at to for and or but is are was were be been being by with from that this these those it its as has have had he she they we you i his her their our will would can could should may might also which who whom whose there than then into about over after before up out so if said says do does did him them us more other \
के की का को से में पर और है हैं था थे थी ने एक यह वह ये वे इस उस इन उन कि भी तो ही लिए साथ गया गई गए किया किए कर करने हुआ हुई हुए हो जो तक बीच एवं तथा या कहा बताया अपने अपनी अपना द्वारा रहा रही रहे जा जाता जाती जिसके जिससे जिनसे इसके उसके करते करता वाले \
el la los las de del y en un una que por con para se su al es le les des du et à au aux une est pour par dans sur qui il elle o os da das dos em no na um uma e der die und den dem ein eine ist mit von zu im auf für sich \
في من على إلى عن أن و ال التي الذي هذا هذه مع کے کی کا کو سے میں پر اور ہے ہیں نے এবং ও এই যে করে হয থেকে জন্য";
