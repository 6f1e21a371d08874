//! Where two linked units contradict each other: numbers in one slot, dates, a one-sided negation,
//! antonyms, different names in the same place.

use super::*;
use crate::facts::uncounted_at;
use crate::links::Pair;
use crate::normalize::{other_word, translit, translit_distance};

/// Is this word a negation in the language of its side? Portuguese "no" is "in the", Swahili
/// "ni" is "is" ([`NOT_NEGATIONS`]).
pub(super) fn is_negation(t: &Token, lang: crate::normalize::Lang) -> bool {
    let f = t.fold.as_ref();
    static SET: std::sync::OnceLock<Set<&'static str>> = std::sync::OnceLock::new();
    let negations = SET.get_or_init(|| crate::lexicon::entries(NEGATIONS).collect());
    (negations.contains(f)
        || f.ends_with("n't")
        || crate::lexicon::polarity::NEGATION_HEADS
            .iter()
            .any(|h| f.starts_with(h)))
        && !NOT_NEGATIONS
            .lines()
            .filter_map(|l| l.split_once(' '))
            .any(|(code, words)| {
                crate::normalize::Lang::from_code(code) == lang
                    && words.split_whitespace().any(|w| w == f)
            })
}

/// The words that say what a number counts: the content words among the five tokens after it, or
/// among the three before it when none follow; with them, the same window cut at the next number
/// (which starts a slot of its own).
pub(super) fn context(ts: &[Token], i: usize) -> [Set<&str>; 2] {
    let words = |r: &mut dyn Iterator<Item = usize>| {
        let (mut all, mut cut, mut open) = (Set::default(), Set::default(), true);
        for j in r {
            open &= ts[j].num.is_none();
            if !ts[j].stop && ts[j].num.is_none() {
                all.insert(ts[j].key.as_ref());
                if open {
                    cut.insert(ts[j].key.as_ref());
                }
            }
        }
        [all, cut]
    };
    let right = words(&mut (i + 1..(i + 6).min(ts.len())));
    if right[0].is_empty() {
        words(&mut (i.saturating_sub(3)..i).rev())
    } else {
        right
    }
}

/// Do two numbers count the same thing? Two shared words in their windows settle it (one when a side
/// has just one). The windows cut at the next number count too: in "पक्ष में 132 और विरोध में 71
/// सदस्यों" / "पक्ष में 123 और विरोध में 71 वोट" the members and votes belong to the 71.
pub(super) fn number_slot(cx: &[Set<&str>; 2], cy: &[Set<&str>; 2]) -> bool {
    (0..2).any(|k| {
        let common = cx[k].intersection(&cy[k]).count();
        common > 0 && common >= 2.min(cx[k].len().min(cy[k].len()))
    })
}

/// Do two numbers follow the same content word? Languages that put the verb last tell what a
/// number counts before it: "55 sandalyenin 31'ini kazandı" / "55 sandalyenin 27'si … gitti" (of
/// the 55 seats, 31 / 27).
fn same_word_before(ta: &[Token], i: usize, tb: &[Token], j: usize) -> bool {
    fn before(ts: &[Token], k: usize) -> Option<&Token> {
        k.checked_sub(1)
            .map(|k| &ts[k])
            .filter(|t| !t.stop && t.num.is_none())
    }
    matches!((before(ta, i), before(tb, j)), (Some(x), Some(y)) if x.key == y.key)
}

/// Are two numbers set in the same words: the noun they count right after them, and, unless both
/// are ordinals, the two words before them, one of them a content word ("मतदान में 68.4 प्रतिशत" / "मतदान में ६६.४ प्रतिशत",
/// turnout in the poll)?
fn same_setting(
    (xa, ta, i): (&str, &[Token], usize),
    (xb, tb, j): (&str, &[Token], usize),
) -> bool {
    fn before(ts: &[Token], k: usize, back: usize) -> Option<&Token> {
        k.checked_sub(back).map(|k| &ts[k])
    }
    let same = |x: Option<&Token>, y: Option<&Token>| matches!((x, y), (Some(x), Some(y)) if x.num.is_none() && y.num.is_none() && x.key == y.key);
    let (a1, b1) = (before(ta, i, 1), before(tb, j, 1));
    let (a2, b2) = (before(ta, i, 2), before(tb, j, 2));
    let same_noun = counted(ta, i).is_some_and(|k| counted(tb, j) == Some(k));
    // Two ordinals of one noun are one place in one order ("in der 88. Minute" / "in der 84.
    // Minute", the 17th / the 12th floor).
    // A stop right after a number inside a sentence makes it an ordinal ("88. Minute").
    let ordinal = |text: &str, t: &Token| {
        t.num
            .as_ref()
            .is_some_and(|n| n.ordinal || text[n.end.max(t.end)..].starts_with(". ") && !n.time)
    };
    let ordinals = ordinal(xa, &ta[i]) && ordinal(xb, &tb[j]);
    same_noun
        && (ordinals
            || (same(a1, b1) && same(a2, b2) && [a1, a2].into_iter().flatten().any(|t| !t.stop)))
}

/// Are the days told at `a` (a byte offset into `ta`'s text) and at `b` framed by one part of the
/// day, two tokens either side ("in der Nacht zu Dienstag" / "in der Nacht zum Mittwoch")?
fn same_frame(ta: &[Token], a: usize, tb: &[Token], b: usize) -> bool {
    fn near(ts: &[Token], at: usize) -> impl Iterator<Item = &Token> {
        let i = ts.iter().position(|t| t.end > at).unwrap_or(ts.len());
        ts[i.saturating_sub(2)..(i + 3).min(ts.len())]
            .iter()
            .filter(|t| crate::normalize::is_day_part(&t.fold))
    }
    near(ta, a).any(|x| near(tb, b).any(|y| x.key == y.key))
}

#[allow(clippy::too_many_arguments)] // the pair, both sides and their facts, and what the stages before knew
pub(super) fn clashes<'f>(
    sa: &SideView,
    sb: &SideView,
    p: &Pair,
    fa: &Map<usize, Vec<&'f Found>>,
    fb: &Map<usize, Vec<&'f Found>>,
    tuning: &crate::tuning::Tuning,
    story_year: Option<i32>,
    moment: bool,
) -> (Vec<Clash>, Vec<Clash>) {
    let ta = &sa.toks[p.a];
    let tb = &sb.toks[p.b];
    let empty = Vec::new();
    let facts_a = fa.get(&p.a).unwrap_or(&empty);
    let facts_b = fb.get(&p.b).unwrap_or(&empty);
    let mut out = Vec::new();
    let mut possible = Vec::new();
    // Numbers that count something (the dead, the injured, …) are matched by slot across the whole
    // texts (`align::slots`), not here; amounts of money only agree there, and clash here.
    // An amount of money the other side gives too, anywhere, is that amount, not another told
    // differently: "2.5 lakh" is no conflict with "2 lakh" when both sides give 2.5 lakh.
    use crate::facts::Slot;
    let skip = |side: &SideView, unit: usize, i: usize, other: &SideView, v: f64| match side
        .slot_at
        .get(&(unit, i))
    {
        Some(Slot::People) | None => false,
        Some(Slot::Money) => other.money.contains(&v.to_bits()),
        Some(_) => true,
    };

    // Numbers in the same slot with different values.
    let in_date = |facts: &[&Found], t: &Token| {
        facts
            .iter()
            .any(|f| f.kind == FactKind::Date && f.start <= t.start && t.end <= f.end)
    };
    let vals_a: Set<String> = ta
        .iter()
        .filter_map(|t| t.num.as_ref().map(|n| n.canonical()))
        .collect();
    let vals_b: Set<String> = tb
        .iter()
        .filter_map(|t| t.num.as_ref().map(|n| n.canonical()))
        .collect();
    let mut used_b = Set::default();
    // A sentence set in an earlier year than the story's ("In 2022 the Sierra de la Culebra fire
    // burnt 60,000 hectares"), or at an earlier event in words ("in the previous election"),
    // counts another event's: its numbers are not the other's told differently, unless both
    // sentences are set then.
    let another_time = (sa.earlier(p.a, story_year) && sb.years[p.b].is_empty())
        || (sb.earlier(p.b, story_year) && sa.years[p.a].is_empty());
    // Which of B's numbers are ages (see below), read once for the pair, lazily.
    let mut ages_b: Option<Vec<bool>> = None;
    // A decade of life ("70代", "in her 70s") holds the years after it.
    let decade = |text: &str, t: &Token, n: &crate::normalize::Number, y: f64| {
        let after = &text[n.end.max(t.end)..];
        n.value % 10.0 == 0.0
            && (after.starts_with('代') || text[t.start..t.end].ends_with('s'))
            && (n.value..n.value + 10.0).contains(&y)
    };
    for (i, x) in ta.iter().enumerate().filter(|_| !another_time) {
        let Some(nx) = &x.num else { continue };
        let vx = nx.canonical();
        if vals_b.contains(&vx)
            || sb.numbers.contains(&vx)
            || (in_date(facts_a, x) && !nx.time)
            || skip(sa, p.a, i, sb, nx.value)
        {
            continue;
        }
        let cx = context(ta, i);
        let span_x = crate::facts::span_minutes(sa.text, ta, i);
        // An age, a span of years or the rescuers ("70代", "a 78-year-old", "200 rescuers") is
        // set only against its own kind; a decade of life holds its years ("70代" / "78歳").
        let age_x = uncounted_at(sa.text, &sa.units[p.a], ta, i, sa.lang);
        let ages_b = ages_b.get_or_insert_with(|| {
            (0..tb.len())
                .map(|j| {
                    tb[j].num.is_some() && uncounted_at(sb.text, &sb.units[p.b], tb, j, sb.lang)
                })
                .collect()
        });
        for (j, y) in tb.iter().enumerate() {
            let Some(ny) = &y.num else { continue };
            let vy = ny.canonical();
            // A value the other side tells anywhere is that value, not this one told otherwise:
            // "kura 18,200" is set against "kura 21,800", not against the winner's 24,500 that
            // A tells in another sentence.
            if vals_a.contains(&vy)
                || sa.numbers.contains(&vy)
                || used_b.contains(&j)
                || nx.ordinal != ny.ordinal
                || nx.time != ny.time
                || (in_date(facts_b, y) && !ny.time)
                || skip(sb, p.b, j, sa, ny.value)
                || (age_x != ages_b[j])
                || (age_x && (decade(sa.text, x, nx, ny.value) || decade(sb.text, y, ny, nx.value)))
            {
                continue;
            }
            // A span of time is set only against a span, in one unit: "48 ਘੰਟਿਆਂ" and "ਦੋ ਦਿਨਾਂ"
            // (48 hours, two days) agree.
            let span_y = crate::facts::span_minutes(sb.text, tb, j);
            match (span_x, span_y) {
                (None, None) => {}
                (Some(x), Some(y)) if (x - y).abs() > 0.01 * x.max(y) => {}
                _ => continue,
            }
            // Chinese and Japanese counters say what is counted: "40余辆" (vehicles) and "200余名"
            // (people) are no one count however alike their sentences.
            if let (Some(cx), Some(cy)) = (
                counter(sa.text, nx.end.max(x.end)),
                counter(sb.text, ny.end.max(y.end)),
            ) {
                if cx != cy {
                    continue;
                }
            }
            if nx.time {
                // Two times of day told of one moment: often one is rounded ("about 1:30"), so
                // only a possible conflict, between sentences alike enough to tell one event (from
                // `date_possible_score`, as two days are). Hours apart, no rounding explains them
                // ("at around 2:15 p.m." / "shortly after 4 p.m."): a conflict, between sentences
                // alike from `date_min_score` that tell one time each (two would be two moments,
                // or one moment in two time zones: "18h08, 14h08 em Brasília").
                // Each side's only time of day, in sentences that share the event's words
                // (`align::moments`): one event at two moments, however loosely alike the rest.
                if p.score >= tuning.date_possible_score || moment {
                    used_b.insert(j);
                    let one_time = |ts: &[Token]| {
                        ts.iter()
                            .filter(|t| t.num.as_ref().is_some_and(|n| n.time))
                            .count()
                            == 1
                    };
                    let apart = crate::align::minutes_apart(nx, ny);
                    // Two hours apart or more, sentences alike enough to be a possible conflict
                    // tell one moment ("शाम करीब 4 बजे निर्वाचन अधिकारी ने नतीजे की … घोषणा" /
                    // "शाम ६ बजे निर्वाचन अधिकारी ने परिणाम घोषित किया").
                    let alike = p.score >= tuning.date_min_score
                        || (apart >= TIME_FAR && p.score >= tuning.date_possible_score);
                    let sure = (moment || (alike && one_time(ta) && one_time(tb)))
                        && crate::align::beyond_rounding(nx, ny)
                        && (moment || apart >= TIME_APART);
                    (if sure { &mut out } else { &mut possible }).push(Clash {
                        slot: None,
                        kind: "time".into(),
                        a: mention(sa.text, x.start, nx.end.max(x.end), vx.clone()),
                        b: mention(sb.text, y.start, ny.end.max(y.end), vy),
                    });
                    break;
                }
                continue;
            }
            // Numbers whose slot only the words around them tell clash only between sentences
            // alike enough to tell one claim (2016 and 58 around "refurbishment" are two facts).
            // Less alike sentences ("Sept otages détenus depuis quatre mois ont été libérés" /
            // "Neuf otages ont été relâchés"): two counts of the same noun, right after each, may
            // be one count told twice: a possible conflict. Either way only when their qualifiers
            // leave no value both allow ("about 2,000" / "2,150").
            let sure = p.score >= tuning.number_min_score
                && (number_slot(&cx, &context(tb, j))
                    || same_word_before(ta, i, tb, j)
                    || same_setting((sa.text, ta, i), (sb.text, tb, j)));
            let same_noun = p.score >= tuning.date_possible_score
                && counted(ta, i).is_some_and(|k| counted(tb, j) == Some(k));
            if (sure || same_noun) && !may_agree((sa, p.a, i, nx.value), (sb, p.b, j, ny.value)) {
                used_b.insert(j);
                (if sure { &mut out } else { &mut possible }).push(Clash {
                    slot: None,
                    kind: "number".into(),
                    a: mention(sa.text, x.start, nx.end.max(x.end), vx.clone()),
                    b: mention(sb.text, y.start, ny.end.max(y.end), vy),
                });
                break;
            }
        }
    }

    // Weekdays and dates, between sentences alike enough to tell one event: "23 died on Friday" and
    // "the office said on Saturday the toll had risen" date two different things.
    // Between sentences less alike (down to `date_possible_score`), the two days may be one
    // event's: a possible conflict ("capsized on Tuesday" / "sank on Wednesday, killing 27").
    let shared_figures = vals_a
        .iter()
        .filter(|v| vals_b.contains(*v))
        .filter(|v| {
            ta.iter().any(|t| {
                t.num
                    .as_ref()
                    .is_some_and(|n| n.canonical() == **v && !n.time)
                    && !in_date(facts_a, t)
            })
        })
        .count();
    for (kind, pick) in [("weekday", true), ("date", false)] {
        if p.score < tuning.date_possible_score && !moment {
            break;
        }
        // Each side's only weekday, in sentences that share the event's words (`align::moments`).
        let mut sure = p.score >= tuning.date_min_score || (moment && pick);
        let sel = |facts: &[&Found]| -> Vec<(usize, usize, String)> {
            facts
                .iter()
                .filter(|f| f.kind == FactKind::Date && weekday(&f.value).is_some() == pick)
                .map(|f| (f.start, f.end, f.value.clone()))
                .collect()
        };
        let (da, db) = (sel(facts_a), sel(facts_b));
        // Less alike, the day of one sentence is the other's only if the other side tells it
        // nowhere: "23 died on Friday" against "on Saturday the toll had risen" is two moments when
        // the other side gives Friday too.
        let told_elsewhere = |mine: &[(usize, usize, String)], other: &SideView| {
            // Of the same kind: a weekday against weekdays ("22:00" says nothing of Tuesday).
            other.facts.iter().any(|f| {
                f.kind == FactKind::Date
                    && weekday(&f.value).is_some() == pick
                    && other.units[f.unit].kind.is_content()
                    && mine.iter().any(|x| date_agrees(&x.2, &f.value))
            })
        };
        let clash = !da.is_empty()
            && !db.is_empty()
            && !da
                .iter()
                .any(|x| db.iter().any(|y| date_agrees(&x.2, &y.2)));
        let elsewhere = clash && (told_elsewhere(&da, sb) || told_elsewhere(&db, sa));
        // Two days in one frame ("in der Nacht zu Dienstag" / "in der Nacht zum Mittwoch", "в
        // ночь на вторник" / "в ночь на среду") name one moment two ways, however loosely alike
        // the rest of the sentences is.
        sure |= clash && !elsewhere && same_frame(ta, da[0].0, tb, db[0].0);
        // Sentences that give the same figures besides their days tell one claim ("the base fare
        // … goes from $2.50 to $2.75 on March 1" / "The standard fare rises from $2.50 to $2.75 on
        // April 1").
        sure |= clash && !elsewhere && shared_figures >= SHARED_FIGURES;
        // A weekday the other side tells elsewhere is told by both: the other's day here is
        // another moment ("cumplen este miércoles el tercer día" / "entra este miércoles en su
        // tercer día. La paralización, iniciada el lunes …").
        if clash && (!elsewhere || (sure && !pick)) {
            (if sure { &mut out } else { &mut possible }).push(Clash {
                slot: None,
                kind: kind.into(),
                a: mention(sa.text, da[0].0, da[0].1, da[0].2.clone()),
                b: mention(sb.text, db[0].0, db[0].1, db[0].2.clone()),
            });
        }
    }

    // A negation on one side only, between sentences that otherwise agree.
    if p.score
        >= tuning
            .negation_min_score
            .min(tuning.negation_anchored_score)
    {
        let na: Vec<&Token> = ta.iter().filter(|t| is_negation(t, sa.lang)).collect();
        let nb: Vec<&Token> = tb.iter().filter(|t| is_negation(t, sb.lang)).collect();
        if na.len() != nb.len() {
            let (neg_side, other_side, a_side) = if na.len() > nb.len() {
                (ta, tb, true)
            } else {
                (tb, ta, false)
            };
            let (neg_text, other_text) = if a_side {
                (sa.text, sb.text)
            } else {
                (sb.text, sa.text)
            };
            let (neg_lang, other_lang) = if a_side {
                (sa.lang, sb.lang)
            } else {
                (sb.lang, sa.lang)
            };
            // Anchor a negation on a content word next to it that the other side also has:
            // "not guilty" against "guilty". When the other side negates that word too ("schließt
            // … nicht aus" / "schließen … nicht aus; … keine Hinweise"), the negation is told on
            // both sides. The first negation told on one side only is the one that clashes.
            let anchor = |k: usize| -> Option<Option<(usize, usize)>> {
                let near = [k + 1, k + 2, k.wrapping_sub(1), k.wrapping_sub(2)];
                for j in near {
                    let Some(n) = neg_side.get(j) else { continue };
                    if n.stop || n.num.is_some() || is_negation(n, neg_lang) {
                        continue;
                    }
                    if let Some(oi) = other_side.iter().position(|o| o.key == n.key) {
                        let lo = oi.saturating_sub(2);
                        let hi = (oi + 3).min(other_side.len());
                        let negated = other_side[lo..hi]
                            .iter()
                            .any(|t| is_negation(t, other_lang));
                        return Some((!negated).then_some((j, oi)));
                    }
                }
                None
            };
            let negs: Vec<usize> = (0..neg_side.len())
                .filter(|&i| is_negation(&neg_side[i], neg_lang))
                .collect();
            let anchored: Vec<Option<(usize, (usize, usize))>> = negs
                .iter()
                .filter_map(|&k| anchor(k).map(|a| a.map(|a| (k, a))))
                .collect();
            let one_sided = anchored.iter().find_map(|a| *a);
            // Every anchored negation is negated on the other side too: told on both sides.
            let told_both = !anchored.is_empty() && one_sided.is_none();
            let k = one_sided.map_or(negs.first().copied().unwrap_or(0), |(k, _)| k);
            let neighbour = one_sided.map(|(_, (j, oi))| (&neg_side[j], &other_side[oi]));
            // Less alike sentences clash only on a negated word the other side says plainly:
            // "the developer was not arrested and police are still looking for him" / "the
            // developer had been arrested and was being questioned".
            // The negation must then stand right before that word, and the other sentence have
            // none of its own.
            let plain_count = if a_side { nb.len() } else { na.len() };
            let negated_word = neg_side
                .get(k + 1)
                .filter(|n| !n.stop && other_side.iter().any(|o| o.key == n.key));
            let alike_enough = (!told_both && p.score >= tuning.negation_min_score)
                || (negated_word.is_some()
                    && plain_count == 0
                    && p.score >= tuning.negation_anchored_score);
            let (ns, ne, os, oe) = match neighbour {
                Some((n, o)) => (
                    neg_side[k].start.min(n.start),
                    neg_side[k].end.max(n.end),
                    o.start,
                    o.end,
                ),
                None => {
                    let o = other_side.first().map_or((0, 0), |t| (t.start, t.end));
                    (neg_side[k].start, neg_side[k].end, o.0, o.1)
                }
            };
            let neg = mention(neg_text, ns, ne, crate::normalize::fold(&neg_text[ns..ne]));
            let plain = mention(
                other_text,
                os,
                oe,
                crate::normalize::fold(&other_text[os..oe]),
            );
            let (a, b) = if a_side { (neg, plain) } else { (plain, neg) };
            // Sure only when the negation stands on a word the other side says plainly ("nicht
            // erneut" / "erneut"); a negation on words the other side does not tell ("Non è il
            // primo incidente" / "Già nel 2019 …") may frame the sentence otherwise: possible.
            if alike_enough {
                (if one_sided.is_some() {
                    &mut out
                } else {
                    &mut possible
                })
                .push(Clash {
                    slot: None,
                    kind: "negation".into(),
                    a,
                    b,
                });
            }
        }
    }

    // Antonyms: one side says "increase" where the other says "cut".
    let keys_a: Set<&str> = ta.iter().map(|t| t.fold.as_ref()).collect();
    let keys_b: Set<&str> = tb.iter().map(|t| t.fold.as_ref()).collect();
    let stems_b: Vec<(String, &Token)> = tb
        .iter()
        .filter(|t| !keys_a.contains(t.fold.as_ref()))
        .map(|t| (antonym_key(&t.fold), t))
        .collect();
    // Only between sentences alike enough to tell one claim: "before" in one story sentence and
    // "after" in another are two moments, not a contradiction.
    let alike = p.score >= tuning.antonym_min_score;
    for x in ta
        .iter()
        .filter(|t| alike && !keys_b.contains(t.fold.as_ref()))
    {
        if let Some(y) = antonyms_of(&x.fold)
            .iter()
            .find_map(|s| stems_b.iter().rev().find(|(k, _)| k == s).map(|(_, t)| t))
        {
            out.push(Clash {
                slot: None,
                kind: "antonym".into(),
                a: mention(sa.text, x.start, x.end, x.fold.to_string()),
                b: mention(sb.text, y.start, y.end, y.fold.to_string()),
            });
            break;
        }
    }

    // One journey told both ways: "from Karachi to Peshawar" / "from Peshawar to Karachi".
    if let Some((x, y)) = direction_clash((ta, &sa.terms[p.a]), (tb, &sb.terms[p.b])) {
        out.push(Clash {
            slot: None,
            kind: "direction".into(),
            a: mention(
                sa.text,
                x.0,
                x.1,
                crate::normalize::fold(&sa.text[x.0..x.1]),
            ),
            b: mention(
                sb.text,
                y.0,
                y.1,
                crate::normalize::fold(&sb.text[y.0..y.1]),
            ),
        });
    }

    // One event placed at two moments: "signed after the meeting" against "signed during the
    // meeting". In sentences only loosely alike, a possible conflict: a moment is often told
    // loosely. The anchor on one event stands in for the likeness the other word clashes need (the
    // two tellings of the signing are 0.34 alike in the seed pair: one names the meeting in full,
    // the other says "this meeting").
    if !out.iter().any(|c| c.kind == "antonym") {
        if let Some((x, y)) = timing_clash(ta, tb) {
            // Between sentences alike enough to tell one claim, as two counts of one slot must be
            // (`number_min_score`): "poco dopo la riunione" / "durante la riunione" is no loose
            // telling of one moment.
            let sure = p.score >= tuning.number_min_score;
            (if sure { &mut out } else { &mut possible }).push(Clash {
                slot: None,
                kind: "timing".into(),
                a: mention(sa.text, x.start, x.end, x.fold.to_string()),
                b: mention(sb.text, y.start, y.end, y.fold.to_string()),
            });
        }
    }

    // Different names in the same slot (the same word before or after them).
    let names_a: Vec<&&Found> = facts_a
        .iter()
        .filter(|f| f.kind == FactKind::Name)
        .collect();
    let names_b: Vec<&&Found> = facts_b
        .iter()
        .filter(|f| f.kind == FactKind::Name)
        .collect();
    let vb: Set<&str> = names_b.iter().map(|f| f.value.as_str()).collect();
    let va: Set<&str> = names_a.iter().map(|f| f.value.as_str()).collect();
    // One quotation both sentences tell, in two mouths.
    let (qa, qb) = (quotes(facts_a), quotes(facts_b));
    let quoted = shared_quote(&qa, &qb).then_some((&qa[..], &qb[..]));
    let by_verb = |x: &Found, ts: &[Token]| voiced(ts, x);
    let speakers =
        quoted.and_then(|q| quote_speakers((sa.text, ta, &names_a), (sb.text, tb, &names_b), q));
    // One speaker on both sides, however each sentence words the rest: no attribution to compare.
    let one_speaker = speakers.as_ref().is_some_and(|s| !s.2);
    if let Some((x, y, _)) = speakers.filter(|s| s.2) {
        // A speaker the other sentence names too fills no other mouth, unless it names them as
        // no speaker ("…, ha commentato Matteo Lorenzon, coordinatore della campagna di Bortolan").
        let told = |x: &Found, others: &[&&Found], other_ts: &[Token]| {
            others
                .iter()
                .any(|y| same_name(&x.value, &y.value) && by_verb(y, other_ts))
        };
        if !told(&x, &names_b, tb)
            && !told(&y, &names_a, ta)
            && p.score >= tuning.date_possible_score
        {
            out.push(Clash {
                slot: None,
                kind: "name".into(),
                a: mention(sa.text, x.start, x.end, x.value.clone()),
                b: mention(sb.text, y.start, y.end, y.value.clone()),
            });
            return (out, possible);
        }
    } else if let Some(((s, e), (s2, e2))) = quoted
        .filter(|_| !one_speaker)
        .and_then(|q| quote_attributions((sa, p.a), (sb, p.b), q))
    {
        if p.score >= tuning.date_possible_score {
            out.push(Clash {
                slot: None,
                kind: "name".into(),
                a: mention(sa.text, s, e, crate::normalize::fold(&sa.text[s..e])),
                b: mention(sb.text, s2, e2, crate::normalize::fold(&sb.text[s2..e2])),
            });
            return (out, possible);
        }
    }
    // A person of three names on one side, whose first two the other sentence gives before
    // another last name ("भाजपा प्रत्याशी गोविंद सिंह राठौड़" / "भाजपा के गोविंद सिंह शक्तावत को"):
    // a script without capitals marks that name nowhere else.
    let (more_a, more_b) = (
        completions(&names_b, (ta, sa), sb, p.a),
        completions(&names_a, (tb, sb), sa, p.b),
    );
    let names_a: Vec<&Found> = names_a.iter().map(|f| **f).chain(&more_a).collect();
    let names_b: Vec<&Found> = names_b.iter().map(|f| **f).chain(&more_b).collect();
    // A name the other sentence also tells (however spelled) fills no slot against another name.
    let told = |x: &Found, others: &[&Found]| others.iter().any(|y| same_name(&x.value, &y.value));
    'names: for x in names_a
        .iter()
        .filter(|f| !vb.contains(f.value.as_str()) && !told(f, &names_b))
    {
        for y in names_b
            .iter()
            .filter(|f| !va.contains(f.value.as_str()) && !told(f, &names_a))
        {
            // Two names that share two words name one thing, headed differently ("Pemerintah
            // Provinsi Sulawesi Barat" / "Gubernur Sulawesi Barat"); not two names of one length
            // that differ in one word in its place: "Rodrigo Ledesma Aranda" / "Rodrigo Villalobos
            // Aranda" are two people.
            let (wx, wy): (Vec<&str>, Vec<&str>) = (
                x.value.split_whitespace().collect(),
                y.value.split_whitespace().collect(),
            );
            let shared_words = wx.iter().filter(|w| wy.contains(w)).count();
            let one_word_swapped =
                wx.len() == wy.len() && wx.iter().zip(&wy).filter(|(a, b)| a != b).count() == 1;
            if shared_words >= 2 && !one_word_swapped {
                continue;
            }
            // A person named half the same ("Lucía Romero" / "Lucía Moreno", "Игорь Смирнов" /
            // "Олега Смирнова") in the same role ("Su candidata, …" / "La candidata verde, …") is
            // one person named two ways: a conflict between sentences alike enough to tell one
            // claim, a possible one below. Wholly different names need the same words around them
            // and more likeness: "Foreign Office minister" / "Government minister" are two roles.
            let role = || {
                same_slot(ta, x.start, x.end, tb, y.start, y.end)
                    || same_role(ta, (x.start, x.end), tb, (y.start, y.end))
            };
            let (sure, maybe) = match name_pair(&x.value, &y.value) {
                NamePair::Half => (
                    role() && p.score >= tuning.antonym_min_score,
                    p.score >= tuning.antonym_min_score
                        || (role() && p.score >= tuning.date_possible_score),
                ),
                NamePair::SameTitle => (
                    p.score >= tuning.name_min_score,
                    p.score >= tuning.antonym_min_score,
                ),
                // Wholly different names after the same title of two words or more
                // ("Directorul Complexului Energetic Hunedoara, Cristian Bălan" / "…, Dorin
                // Matei"): one office held by two people, a possible conflict between linked
                // sentences however worded, a sure one between sentences alike.
                NamePair::Other
                    if capitalized(sa.text, x.start)
                        && capitalized(sb.text, y.start)
                        && same_office(ta, x.start, tb, y.start) =>
                {
                    (
                        p.score >= tuning.name_min_score,
                        p.score >= tuning.date_possible_score,
                    )
                }
                NamePair::Other => {
                    let slot = alike && same_slot(ta, x.start, x.end, tb, y.start, y.end);
                    (slot && p.score >= tuning.name_min_score, slot)
                }
            };
            if maybe {
                (if sure { &mut out } else { &mut possible }).push(Clash {
                    slot: None,
                    kind: "name".into(),
                    a: mention(sa.text, x.start, x.end, x.value.clone()),
                    b: mention(sb.text, y.start, y.end, y.value.clone()),
                });
                break 'names;
            }
        }
    }
    (out, possible)
}

/// Names of three words in `names` (of the other side), in a script without capitals, whose first
/// two stand in `ts` (unit `unit` of `side`) before another word: that word completes a name there.
/// The word must be no function word, number or title, told nowhere on the `other` side, and the
/// name's own last word nowhere on `side`: a person both sides name stays one person.
fn completions(
    names: &[&&Found],
    (ts, side): (&[Token], &SideView),
    other: &SideView,
    unit: usize,
) -> Vec<Found> {
    let mut out = Vec::new();
    let uncased = |w: &str| w.chars().all(|c| !c.is_uppercase() && !c.is_lowercase());
    for x in names {
        let w: Vec<&str> = x.value.split_whitespace().collect();
        if w.len() != 3 || !uncased(w[0]) || ts.iter().any(|t| *t.fold == *w[2]) {
            continue;
        }
        for k in 0..ts.len().saturating_sub(2) {
            let (t0, t1, t2) = (&ts[k], &ts[k + 1], &ts[k + 2]);
            if *t0.fold != *w[0] || *t1.fold != *w[1] || t2.stop || t2.num.is_some() {
                continue;
            }
            let last = t2.fold.as_ref();
            if crate::facts::ends_name(last)
                || same_word(last, w[2])
                || other.vocabulary().contains(last)
                || side.vocabulary().contains(w[2])
            {
                continue;
            }
            out.push(Found {
                kind: FactKind::Name,
                unit,
                start: t0.start,
                end: t2.end,
                value: format!("{} {} {}", w[0], w[1], last),
            });
        }
    }
    out
}

/// Words two quotations share before they are one quotation told twice.
const QUOTE_SHARED_WORDS: usize = 5;

/// A quotation of a unit: (start, end, folded text).
type Quoted = (usize, usize, String);

/// The quotations of a unit's facts.
fn quotes(fs: &[&Found]) -> Vec<Quoted> {
    fs.iter()
        .filter(|f| f.kind == FactKind::Quote)
        .map(|f| (f.start, f.end, crate::normalize::fold(&f.value)))
        .collect()
}

/// Do two units tell one quotation: most words of the shorter stand in the longer?
fn shared_quote(qa: &[Quoted], qb: &[Quoted]) -> bool {
    qa.iter().any(|(_, _, x)| {
        qb.iter().any(|(_, _, y)| {
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            let words = short
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty());
            let (n, found) = words.fold((0, 0), |(n, k), w| {
                (n + 1, k + usize::from(long.contains(w)))
            });
            found >= QUOTE_SHARED_WORDS && 5 * found >= 4 * n
        })
    })
}

/// [`quote_speakers`] for scripts without capitals, where no name stands out by its letters:
/// one quotation, and outside it on each side at least two words the other side tells nowhere,
/// more than the two attributions share ("… என மாவட்ட ஆட்சியர் என். சுகந்தி தெரிவித்தார்" / "… என்று
/// சாத்தூர் டிஎஸ்பி ஆர். பாலமுருகன் கூறினார்"). Returns the byte span of each side's own words.
/// "जिलाधिकारी राकेश कुमार ने कहा" / "डीएम राकेश कुमार ने बताया" share the name: no clash.
fn quote_attributions(
    (sa, ua): (&SideView, usize),
    (sb, ub): (&SideView, usize),
    (qa, qb): (&[Quoted], &[Quoted]),
) -> Option<((usize, usize), (usize, usize))> {
    let (ta, tb) = (&sa.toks[ua], &sb.toks[ub]);
    // Content words outside the quotations, in a script without capitals.
    let outside = |text: &str, ts: &[Token], q: &[Quoted]| -> Option<Vec<usize>> {
        let mut out = Vec::new();
        for (k, t) in ts.iter().enumerate() {
            if t.stop || t.num.is_some() || q.iter().any(|(s, e, _)| *s <= t.start && t.end <= *e) {
                continue;
            }
            let c = text[t.start..t.end].chars().find(|c| c.is_alphabetic())?;
            if c.is_uppercase() || c.is_lowercase() {
                return None;
            }
            out.push(k);
        }
        Some(out)
    };
    let (oa, ob) = (outside(sa.text, ta, qa)?, outside(sb.text, tb, qb)?);
    let shared = oa
        .iter()
        .filter(|&&i| ob.iter().any(|&j| ta[i].key == tb[j].key))
        .count();
    // A side's own words: not in the other sentence, not told anywhere on the other side, as a
    // word or run together ("حسن‌زاده" / "حسن زاده").
    let own = |o: &[usize], ts: &[Token], other: &SideView, other_ts: &[Token]| -> Vec<usize> {
        let mut out = Vec::new();
        for &i in o {
            let word: String = ts[i].fold.chars().filter(|c| *c != '\u{200c}').collect();
            if !other_ts.iter().any(|t| t.key == ts[i].key) && !other.words().contains(&word) {
                out.push(i);
            }
        }
        out
    };
    let (own_a, own_b) = (own(&oa, ta, sb, tb), own(&ob, tb, sa, ta));
    if own_a.len() < 2 || own_b.len() < 2 || shared >= own_a.len().min(own_b.len()) {
        return None;
    }
    let span = |u: &[usize], ts: &[Token]| (ts[u[0]].start, ts[u[u.len() - 1]].end);
    Some((span(&own_a, ta), span(&own_b, tb)))
}

/// One quotation told by both sentences and put in the mouth of one person on each side, two
/// different people: "« Il est beaucoup trop tôt … », a déclaré le procureur, Benoît Lavergne" /
/// "« Il est beaucoup trop tôt … », a indiqué le préfet, François Ravier". The speaker is the one
/// name of the sentence outside the quotation (its one name of two words or more, when it has
/// others); failing that, the name a word of speech points at ([`verb_speaker`]). A sentence that
/// names two people alike, or none, has no speaker here. With the two speakers, whether they are
/// two people (sharing no word, however spelled).
fn quote_speakers<'f>(
    (text_a, ta, names_a): (&str, &[Token], &[&&'f Found]),
    (text_b, tb, names_b): (&str, &[Token], &[&&'f Found]),
    (qa, qb): (&[Quoted], &[Quoted]),
) -> Option<(Found, Found, bool)> {
    let speaker =
        |text: &str, ts: &[Token], names: &[&&'f Found], quotes: &[Quoted]| -> Option<&'f Found> {
            let outside: Vec<&'f Found> = names
                .iter()
                .map(|f| **f)
                .filter(|f| !quotes.iter().any(|(s, e, _)| *s <= f.start && f.end <= *e))
                .collect();
            let long: Vec<&'f Found> = outside
                .iter()
                .copied()
                .filter(|f| f.value.contains(' '))
                .collect();
            match (long.len(), outside.len()) {
                (1, _) => Some(long[0]),
                (0, 1) => Some(outside[0]),
                _ => verb_speaker(text, ts, &outside),
            }
        };
    // An ergative marker before a word of speech names the speaker right before it, ahead of any
    // name a title run read ("صوبائی وزیر برائے ریلیف فضل الٰہی خٹک نے … کہا").
    let (x, y) = match (ergative_speaker(ta, qa), ergative_speaker(tb, qb)) {
        (Some(x), Some(y)) => (x, y),
        _ => (
            speaker(text_a, ta, names_a, qa)?.clone(),
            speaker(text_b, tb, names_b, qb)?.clone(),
        ),
    };
    let shares_a_word = x.value.split_whitespace().any(|w| {
        y.value
            .split_whitespace()
            .any(|v| v == w || same_name(w, v))
    });
    Some((x, y, !shares_a_word))
}

/// Words of a name before an ergative marker, at most.
const ERGATIVE_NAME_WORDS: usize = 3;

/// The speaker an ergative marker ([`ERGATIVES`]) names, outside the quotations `q`, when a word of
/// speech follows it: the content words right before it, up to a title, a function word or
/// [`ERGATIVE_NAME_WORDS`].
fn ergative_speaker(ts: &[Token], q: &[Quoted]) -> Option<Found> {
    static SET: std::sync::OnceLock<Set<String>> = std::sync::OnceLock::new();
    let ergatives = SET.get_or_init(|| {
        crate::lexicon::names::ERGATIVES
            .split_whitespace()
            .map(crate::normalize::fold)
            .collect()
    });
    let quoted = |t: &Token| q.iter().any(|(s, e, _)| *s <= t.start && t.end <= *e);
    let k = ts.iter().enumerate().position(|(k, t)| {
        ergatives.contains(t.fold.as_ref())
            && !quoted(t)
            && ts[k + 1..]
                .iter()
                .any(|t| !quoted(t) && crate::lexicon::is_speech_verb(&t.fold))
    })?;
    let mut s = k;
    while s > 0 && k - s < ERGATIVE_NAME_WORDS {
        let t = &ts[s - 1];
        if t.stop || t.num.is_some() || quoted(t) || crate::facts::is_title(&t.fold) {
            break;
        }
        s -= 1;
    }
    (s < k).then(|| Found {
        kind: FactKind::Name,
        unit: 0,
        start: ts[s].start,
        end: ts[k - 1].end,
        value: ts[s..k]
            .iter()
            .map(|t| t.fold.as_ref())
            .collect::<Vec<_>>()
            .join(" "),
    })
}

/// How many words from a word of speech its speaker's name may stand, at most.
const SPEAKER_NEAR: usize = 4;
/// ... and a speaker of two words or more ("— заявил журналистам начальник ГУ МЧС по
/// Новосибирской области Виктор Лазарев").
const SPEAKER_REACH: usize = 10;

/// The token distance from name `f` to the nearest word of speech in `ts`, if any.
fn speech_distance(ts: &[Token], f: &Found) -> Option<usize> {
    let (first, last) = (
        ts.iter().position(|t| t.end > f.start)?,
        ts.iter().rposition(|t| t.start < f.end)?,
    );
    ts.iter()
        .enumerate()
        .filter(|(_, t)| crate::lexicon::is_speech_verb(&t.fold))
        .map(|(k, _)| {
            if k < first {
                first - k
            } else {
                k.saturating_sub(last)
            }
        })
        .min()
}

/// Whether name `f` stands right by a word of speech: said by them, or quoted from them.
fn voiced(ts: &[Token], f: &Found) -> bool {
    speech_distance(ts, f).is_some_and(|d| d <= 2)
}

/// The name a word of speech points at: the nearest within [`SPEAKER_NEAR`] words (one of two
/// words or more first), else the nearest of two words or more within [`SPEAKER_REACH`]. Names in
/// capitals only ("ГУ МЧС") are offices, not speakers. `None` on a tie.
fn verb_speaker<'f>(text: &str, ts: &[Token], names: &[&'f Found]) -> Option<&'f Found> {
    let mut best: Option<((bool, usize), &'f Found)> = None;
    let mut tie = false;
    for &f in names {
        let caps = text[f.start..f.end]
            .split_whitespace()
            .all(|w| !w.chars().any(char::is_lowercase));
        let Some(d) = speech_distance(ts, f) else {
            continue;
        };
        let long = f.value.contains(' ');
        if caps || d > SPEAKER_REACH || (!long && d > SPEAKER_NEAR) {
            continue;
        }
        // Near ones first, and of those the long; then the nearest.
        let rank = (d > SPEAKER_NEAR, usize::from(!long), d);
        let rank = (rank.0, rank.1 + 2 * rank.2);
        match best {
            Some((r, _)) if r == rank => tie = true,
            Some((r, _)) if r < rank => {}
            _ => {
                best = Some((rank, f));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, f)| f)
}

/// Minutes between two times of day told of one moment in sentences only alike, beyond which
/// no rounding explains them.
const TIME_APART: f64 = 60.0;

/// Figures (not dates or times) two sentences share before they tell one claim, whatever their
/// likeness: their days, told differently, are one day told two ways.
const SHARED_FIGURES: usize = 2;

/// Minutes between two times of day beyond which sentences only loosely alike (from
/// `date_possible_score`), each telling one time, place one moment at two.
const TIME_FAR: f64 = 120.0;

/// The Chinese or Japanese counter right after a number ending at `end`, past "余" or "多" (more
/// than).
fn counter(text: &str, end: usize) -> Option<char> {
    text.get(end..)?
        .trim_start_matches(['余', '多', '餘'])
        .chars()
        .next()
        .filter(|c| crate::lexicon::numbers::CJK_CLASSIFIERS.contains(*c))
}

/// What number `i` counts when the word right after it says so: the key of the first word after it,
/// if that is a content word ("7 otages", "zwölf Demonstranten").
fn counted(ts: &[Token], i: usize) -> Option<&str> {
    ts.get(i + 1)
        .filter(|t| !t.stop && t.num.is_none())
        .map(|t| t.key.as_ref())
}

/// Do two numbers allow a value in common, as their qualifiers read ("at least 20" and 23, "about
/// 1,000" and 980)? Each is given as (side, unit, token, value).
fn may_agree(x: (&SideView, usize, usize, f64), y: (&SideView, usize, usize, f64)) -> bool {
    let range = |(s, u, i, v): (&SideView, usize, usize, f64)| {
        crate::facts::qualifier_at(s.text, &s.units[u], &s.toks[u], i, s.lang).range(v)
    };
    let (a, b) = (range(x), range(y));
    a.0 <= b.1 && b.0 <= a.1
}

/// How many tokens on each side of a timing word may hold the event it is anchored on.
const TIMING_REACH: usize = 2;

/// A word placing an event before, after or during another on one side, and a different one on the
/// other, anchored on the same event: a content word within [`TIMING_REACH`] tokens of both ("after
/// the cabinet meeting" / "during the cabinet meeting", "बैठक के बाद" / "बैठक के दौरान"). A moment
/// word both sides use ("after the blast … during the rescue" against "after the blast") places
/// nothing differently.
pub(super) fn timing_clash<'t>(ta: &'t [Token], tb: &'t [Token]) -> Option<(&'t Token, &'t Token)> {
    let moments = |ts: &'t [Token]| -> Vec<(usize, u8)> {
        ts.iter()
            .enumerate()
            .filter_map(|(i, t)| {
                crate::lexicon::moment_of(&t.fold)
                    .or_else(|| after_article(ts, i).then_some(1))
                    .or_else(|| during_time(ts, i).then_some(2))
                    .map(|m| (i, m))
            })
            .collect()
    };
    let (ma, mb) = (moments(ta), moments(tb));
    let near = |ts: &'t [Token], i: usize| {
        ts[i.saturating_sub(TIMING_REACH)..(i + TIMING_REACH + 1).min(ts.len())]
            .iter()
            .filter(|t| !t.stop && t.num.is_none() && crate::lexicon::moment_of(&t.fold).is_none())
            .map(|t| t.key.as_ref())
            .collect::<Set<&str>>()
    };
    // The moments only one side tells, each with the words around it.
    let only = |ms: &[(usize, u8)], other: &[(usize, u8)], ts: &'t [Token]| {
        ms.iter()
            .filter(|&&(_, m)| !other.iter().any(|&(_, n)| n == m))
            .map(|&(i, m)| (i, m, near(ts, i)))
            .collect::<Vec<_>>()
    };
    let (oa, ob) = (only(&ma, &mb, ta), only(&mb, &ma, tb));
    oa.iter().find_map(|(i, m, wa)| {
        ob.iter()
            .find(|(_, n, wb)| n != m && !wa.is_disjoint(wb))
            .map(|(j, _, _)| (&ta[*i], &tb[*j]))
    })
}

/// Russian "во время" is "during"; "время" alone is "time".
fn during_time(ts: &[Token], i: usize) -> bool {
    ts[i].fold.as_ref() == "время" && i > 0 && ts[i - 1].fold.as_ref() == "во"
}

/// German "nach" before an article is "after" ("kurz nach der Schichtübergabe", "nach dem
/// Unfall"); before a noun it is as often "according to" or "to" ("nach Angaben der Polizei",
/// "nach Berlin"), so it is no timing word alone.
fn after_article(ts: &[Token], i: usize) -> bool {
    ts[i].fold.as_ref() == "nach"
        && ts
            .get(i + 1)
            .is_some_and(|n| matches!(n.fold.as_ref(), "der" | "dem" | "den"))
}

/// Two spellings of one name ("Zelensky" / "Volodymyr Zelenskyy"): one holds the other, or the words
/// they do not share sound alike. "London Russian" / "Moscow Russian" are different places.
pub(super) fn same_name(x: &str, y: &str) -> bool {
    if x.contains(y) || y.contains(x) {
        return true;
    }
    let wx: Vec<&str> = x.split_whitespace().collect();
    let wy: Vec<&str> = y.split_whitespace().collect();
    // One person named on, with more words after ("R Rajendran" and what follows); not two names
    // of three words that differ in their last, however spelled ("ਹਰਦੀਪ ਸਿੰਘ ਧਾਲੀਵਾਲ" / "ਹਰਦੀਪ
    // ਸਿੰਘ ਗਰੇਵਾਲ"; "Daniel Kowalski" / "Daniel Kowalczyk" is one name spelled two ways).
    let last_swapped =
        wx.len() == 3 && wy.len() == 3 && wx[..2] == wy[..2] && !same_word(wx[2], wy[2]);
    if wx.len() >= 2 && wy.len() >= 2 && wx[..2] == wy[..2] && !last_swapped {
        return true;
    } // Every word of the shorter name, however spelled, is in the longer one ("Volodymyr
      // Zelenskyy" in "Ukrainian President Volodymyr Zelensky").
    let (short, long) = if wx.len() <= wy.len() {
        (&wx, &wy)
    } else {
        (&wy, &wx)
    };
    if short.iter().all(|w| long.iter().any(|l| same_word(w, l))) {
        return true;
    }
    let rx: String = wx
        .iter()
        .filter(|w| !wy.contains(w))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let ry: String = wy
        .iter()
        .filter(|w| !wx.contains(w))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    // Compared as transliterated: "सुनील" / "अनिल" (Sunil / Anil) are two names, as "Sunil" /
    // "Anil" are.
    translit_distance(&rx, &ry) <= 0.4
        && !other_word(&rx, &ry)
        && !other_word(&translit(&rx), &translit(&ry))
}

/// One word of a name however spelled: the same, or close in transliteration and not two words
/// ([`other_word`]).
fn same_word(a: &str, b: &str) -> bool {
    a == b || (translit_distance(a, b) <= 0.25 && !other_word(a, b)) || case_ending(a, b)
}

/// Letters a case ending glued to a name in a script without capitals has, at most ("ঘোষ" /
/// "ঘোষের", "पवार" / "पवारांनी").
const CASE_ENDING_LETTERS: usize = 3;

/// Is one word the other with a case ending glued on, in a script without capitals? The bare word
/// has two letters or more (`letter_count`: "ঘোষ" is two).
fn case_ending(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let uncased = |w: &str| w.chars().all(|c| !c.is_uppercase() && !c.is_lowercase());
    uncased(long)
        && crate::normalize::letter_count(short) >= 2
        && long.strip_prefix(short).is_some_and(|rest| {
            !rest.is_empty() && crate::normalize::letter_count(rest) <= CASE_ENDING_LETTERS
        })
}

/// How two different names relate ([`name_pair`]).
#[derive(Debug, PartialEq)]
enum NamePair {
    /// A person named half the same: two or three words each, one shared (however spelled), one
    /// not ("Claire Dumas" / "Claire Dubois", "सुनील कुमार" / "अनिल कुमार").
    Half,
    /// The same title before two whole other names ("Burgemeester Ingrid Veenstra" /
    /// "Burgemeester Harm Dijkhuis"): one office, two holders.
    SameTitle,
    Other,
}

fn name_pair(x: &str, y: &str) -> NamePair {
    let wx: Vec<&str> = x.split_whitespace().collect();
    let wy: Vec<&str> = y.split_whitespace().collect();
    let lead = wx
        .iter()
        .zip(&wy)
        .take_while(|(a, b)| same_word(a, b))
        .count();
    let (rx, ry) = (&wx[lead..], &wy[lead..]);
    if lead >= 1
        && rx.len() >= 2
        && ry.len() >= 2
        && !rx.iter().any(|a| ry.iter().any(|b| same_word(a, b)))
    {
        return NamePair::SameTitle;
    }
    let person = |w: &[&str]| (2..=3).contains(&w.len());
    let shared = wx
        .iter()
        .filter(|a| wy.iter().any(|b| same_word(a, b)))
        .count();
    if person(&wx) && person(&wy) && shared >= 1 && shared < wx.len().min(wy.len()) {
        NamePair::Half
    } else {
        NamePair::Other
    }
}

/// Content words right before a name that name one office on both sides: the two before each
/// are the same words in the same order ("Pengarah Kesihatan …", "Complexului Energetic
/// Hunedoara, …", "περιφερειάρχης Δυτικής Ελλάδας …").
const OFFICE_WORDS: usize = 2;

/// Do two names follow the same office, told in `OFFICE_WORDS` content words of three letters or
/// more (a language without a list of function words still has its short prepositions: "на
/// шахте в Кузбассе" / "на шахте в Прокопьевске" name two places, not one office)?
fn same_office(ta: &[Token], sa: usize, tb: &[Token], sb: usize) -> bool {
    fn office(ts: &[Token], s: usize) -> Vec<&str> {
        let before = ts.iter().rev().filter(|t| t.end <= s).take(OFFICE_WORDS);
        before
            .filter(|t| !t.stop && t.num.is_none() && t.fold.chars().count() >= 3)
            .map(|t| t.key.as_ref())
            .collect()
    }
    let oa = office(ta, sa);
    oa.len() == OFFICE_WORDS && oa == office(tb, sb)
}

/// Does the name at `at` start with a capital? Only a script with capitals tells a name from the
/// words after a title ("पूर्व मंत्री दोषी करार": a former minister, convicted).
fn capitalized(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_uppercase)
}

/// Are two names told in the same role: a content word among the two before or after each ("Su
/// candidata, Lucía Romero" / "La candidata verde, Lucía Moreno"; "La ministra de Sanidad, Carmen
/// López" / "Carmen Ruiz, ministra de Sanidad")?
fn same_role(
    ta: &[Token],
    (sa, ea): (usize, usize),
    tb: &[Token],
    (sb, eb): (usize, usize),
) -> bool {
    fn roles(ts: &[Token], s: usize, e: usize) -> Vec<&str> {
        let word = |t: &&Token| !t.stop && t.num.is_none();
        let before = ts.iter().rev().filter(|t| t.end <= s).filter(word).take(2);
        let after = ts.iter().filter(|t| t.start >= e).filter(word).take(2);
        before.chain(after).map(|t| t.key.as_ref()).collect()
    }
    let (ra, rb) = (roles(ta, sa, ea), roles(tb, sb, eb));
    ra.iter().any(|r| rb.contains(r))
}

/// "10 nov" agrees with "10 nov 2025", and with "nov 2025" only on the month.
pub(super) fn date_agrees(x: &str, y: &str) -> bool {
    let px: Vec<&str> = x.split(' ').collect();
    let py: Vec<&str> = y.split(' ').collect();
    fn month<'s>(p: &[&'s str]) -> Option<&'s str> {
        p.iter()
            .find(|s| s.chars().all(char::is_alphabetic))
            .copied()
    }
    fn day<'s>(p: &[&'s str]) -> Option<&'s str> {
        p.first()
            .filter(|s| s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
            .copied()
    }
    fn year<'s>(p: &[&'s str]) -> Option<&'s str> {
        p.iter()
            .find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
            .copied()
    }
    let ok = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
    ok(month(&px), month(&py)) && ok(day(&px), day(&py)) && ok(year(&px), year(&py))
}

/// Do two spans sit between the same neighbouring words?
pub(super) fn same_slot(
    ta: &[Token],
    sa: usize,
    ea: usize,
    tb: &[Token],
    sb: usize,
    eb: usize,
) -> bool {
    let around = |ts: &[Token], s: usize, e: usize| {
        let before = ts.iter().rev().find(|t| t.end <= s).map(|t| t.key.clone());
        let after = ts.iter().find(|t| t.start >= e).map(|t| t.key.clone());
        (before, after)
    };
    let (ba, aa) = around(ta, sa, ea);
    let (bb, ab) = around(tb, sb, eb);
    (ba.is_some() && ba == bb) || (aa.is_some() && aa == ab)
}

/// Where a journey starts and where it goes, as term ids: each a run of up to two words, the one
/// next to its "from" or "to" first.
struct Journey<'t> {
    from: Vec<(u32, &'t str)>,
    to: Vec<(u32, &'t str)>,
    /// Byte span of the whole "from … to …" phrase.
    span: (usize, usize),
}

/// The journeys a sentence tells: "from X to Y" with "from" and "to" before the places, or "X से Y"
/// with "from" after the place and the place it goes to right after.
fn journeys<'t>(ts: &'t [Token], terms: &[u32]) -> Vec<Journey<'t>> {
    use crate::lexicon::direction::{FROM_AFTER, FROM_BEFORE, TO_BEFORE, TR_FROM, TR_TO};
    // Built once: every token of every link is looked up.
    static SETS: std::sync::OnceLock<[Set<&'static str>; 3]> = std::sync::OnceLock::new();
    let sets = SETS.get_or_init(|| {
        [FROM_BEFORE, FROM_AFTER, TO_BEFORE].map(|l| l.split_whitespace().collect())
    });
    let [from_before, from_after, to_before] = sets;
    let is = |set: &Set<&'static str>, t: &Token| set.contains(&*t.fold);
    let word = |t: &Token| !t.stop && t.num.is_none() && t.fold.chars().any(char::is_alphabetic);
    // Up to two words from `k` on (or back from it), stopping at the first that is no word.
    let run = |k: usize, back: bool| -> Vec<usize> {
        let mut out = Vec::new();
        for step in 0..2 {
            let at = if back {
                k.checked_sub(step)
            } else {
                Some(k + step)
            };
            match at.and_then(|i| ts.get(i).map(|t| (i, t))) {
                Some((i, t)) if word(t) => out.push(i),
                _ => break,
            }
        }
        out
    };
    let mut out = Vec::new();
    // Turkish writes "from" and "to" onto a name after an apostrophe: "Kayseri'den İzmir'e".
    let glued = |t: &'t Token, ends: &str| -> Option<&'t str> {
        if !t.fold.contains(['\'', '’']) {
            return None;
        }
        let (stem, end) = t.fold.split_once(['\'', '’'])?;
        ends.split(' ').any(|e| e == end).then_some(stem)
    };
    for (k, t) in ts.iter().enumerate() {
        if let Some(from) = glued(t, TR_FROM) {
            if let Some(to) = ts.get(k + 1).and_then(|n| glued(n, TR_TO)) {
                // No term of its own: the names are matched on their spellings.
                out.push(Journey {
                    from: vec![(u32::MAX, from)],
                    to: vec![(u32::MAX, to)],
                    span: (t.start, ts[k + 1].end),
                });
            }
            continue;
        }
        if is(from_before, t) {
            let from = run(k + 1, false);
            let Some(&last) = from.last() else { continue };
            if ts.get(last + 1).is_some_and(|m| is(to_before, m)) {
                let to = run(last + 2, false);
                if let Some(&end) = to.last() {
                    out.push(Journey {
                        from: from.iter().map(|&i| (terms[i], &*ts[i].fold)).collect(),
                        to: to.iter().map(|&i| (terms[i], &*ts[i].fold)).collect(),
                        span: (t.start, ts[end].end),
                    });
                }
            }
        } else if k > 0 && is(from_after, t) {
            let (from, to) = (run(k - 1, true), run(k + 1, false));
            if let (Some(&start), Some(&end)) = (from.last(), to.last()) {
                out.push(Journey {
                    from: from.iter().map(|&i| (terms[i], &*ts[i].fold)).collect(),
                    to: to.iter().map(|&i| (terms[i], &*ts[i].fold)).collect(),
                    span: (ts[start].start, ts[end].end),
                });
            }
        }
    }
    out
}

/// One journey told both ways in two sentences: where one side starts is where the other goes,
/// and the other way round ("धुमाकोट से रामनगर" / "रामनगर से धूमाकोट", with the spellings joined).
/// The spans of the two phrases.
fn direction_clash(
    (ta, terms_a): (&[Token], &[u32]),
    (tb, terms_b): (&[Token], &[u32]),
) -> Option<((usize, usize), (usize, usize))> {
    let (ja, jb) = (journeys(ta, terms_a), journeys(tb, terms_b));
    // The word next to "from" or "to" names the place; a word further out may be shared ("बस
    // धुमाकोट से", "बस रामनगर से": the bus).
    // One place however spelled: "धुमाकोट" / "धूमाकोट".
    let has = |run: &[(u32, &str)], w: &(u32, &str)| {
        run.iter()
            .any(|x| (x.0 == w.0 && x.0 != u32::MAX) || same_word(x.1, w.1))
    };
    ja.iter().find_map(|x| {
        jb.iter()
            .find(|y| {
                has(&y.to, &x.from[0])
                    && has(&y.from, &x.to[0])
                    && !has(&y.from, &x.from[0])
                    && !has(&y.to, &x.to[0])
            })
            .map(|y| (x.span, y.span))
    })
}
