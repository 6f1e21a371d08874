//! Words that say which way something went: "from Karachi to Peshawar", "कराची से पेशावर",
//! "de Lima a Huancayo". Folded, space-separated.

/// "From" before the place: English, Spanish, French, Italian, Portuguese, German, Russian,
/// Indonesian and Malay, Swahili, Arabic, Persian.
pub const FROM_BEFORE: &str = "from de desde du depuis da dal dalla dallo dai do von aus из от \
с со dari kutoka من از";

/// "From" after the place: Hindi and Nepali, Urdu, Bengali, Punjabi, Tamil, Marathi.
pub const FROM_AFTER: &str = "से سے থেকে ਤੋਂ இருந்து पासून";

/// "To" before the place, after a "from" before one: the same languages as [`FROM_BEFORE`].
pub const TO_BEFORE: &str = "to towards toward a al hacia hasta à au aux vers per verso para ao \
até nach zu zum zur в во до к ke menuju hadi kwenda mpaka إلى الى به";

/// Turkish "from" after a name's apostrophe ("Kayseri'den"), by vowel harmony and voicing.
pub const TR_FROM: &str = "den dan ten tan nden ndan";

/// Turkish "to" after a name's apostrophe ("İzmir'e", "Kayseri'ye", "Ankara'ya").
pub const TR_TO: &str = "e a ye ya ne na";
