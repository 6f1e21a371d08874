//! The moment of the event matched across the two sides, whether or not their sentences were
//! linked: the time of day each side's story gives.
//!
//! A side whose story gives one time of day, and only one, gives the time of its event. Two sides
//! that each give one, hours apart, and tell them in sentences that share the event's words ("the
//! coach left the RN90 at about 6:40 near La Bâthie" / "the coach left national road 90 at about
//! 7:40, near La Bathie") place one event at two moments: their sentences link, and the link
//! says so for sure. A side with two times tells two moments (the blast, the firefighters'
//! arrival), and a time told in a time zone may be the other's in another zone: only times told in
//! one zone, or in none, are matched here.

use super::Aligned;
use crate::normalize::{Number, Token};
use crate::segment::Unit;

const DAY_MINUTES: f64 = 1440.0;
/// Units telling a side's only time or day that are scored against the other side's, at most.
const MOMENT_UNITS: usize = 8;
/// Story units a side needs before its only time or day is taken for its event's.
const STORY_UNITS: usize = 3;
/// Words before a weekday read for a word of speech, and either side for a word of the night.
const DAY_REACH: usize = 2;
/// The weighted Dice (as [`super::slots::add_links`] scores a pair) at which two sentences that
/// each tell their side's only time tell one event: they share some of its words. On the 48 read
/// constructed pairs (`tests/fixtures/constructed`) 18 pairs of sentences get this far, all of them
/// planted conflicts, at 0.13 to 0.92; no realworld-dev pair does.
const MOMENT_MIN_SCORE: f32 = 0.1;

/// Words after a time that say it is told in a zone ("10:15 GMT", "heure de Paris", "بتوقيت").
const ZONES: &str = "gmt utc ist pkt est edt cst cdt pst pdt cet cest bst jst kst aest eat wat \
    cat sast msk hkt sgt wib wita wit npt local locale locales lokal lokale hora heure ora \
    بتوقيت توقيت 時間 时间 समय वक्त সময়";

/// Minutes apart on the clock: 23:50 and 00:10 are 20 apart, not 1,420. A time on a twelve-hour
/// clock ("९ बजे") is as near as its nearer reading.
pub(crate) fn minutes_apart(x: &Number, y: &Number) -> f64 {
    let apart = |x: f64, y: f64| {
        let d = (x - y).abs() % DAY_MINUTES;
        d.min(DAY_MINUTES - d)
    };
    let d = apart(x.value, y.value);
    if x.twelve_hour || y.twelve_hour {
        d.min(apart(x.value + 720.0, y.value))
    } else {
        d
    }
}

/// How far a time told "at about" may stand from the moment it tells: a whole hour is rounded by
/// up to 20 minutes, a half hour by a quarter, a quarter by ten minutes, five minutes ("7:40",
/// "8:10") by five; a time to the minute ("04.21" / "04.12") by two. Two whole hours an hour
/// apart ("about 6" / "about 7") are two moments.
fn rounding(t: f64) -> f64 {
    let m = t % 60.0;
    if m == 0.0 {
        20.0
    } else if m == 30.0 {
        15.0
    } else if m % 15.0 == 0.0 {
        10.0
    } else if m % 5.0 == 0.0 {
        5.0
    } else {
        // "04.21": told to the minute, rounded by none.
        2.0
    }
}

/// Two times of day that no rounding of either makes one moment: "7:40" / "8:10" (30 minutes, each
/// to the minute), not "7.30" / "7.45".
pub(crate) fn beyond_rounding(x: &Number, y: &Number) -> bool {
    minutes_apart(x, y) > rounding(x.value) + rounding(y.value)
}

/// The times of day of one side's story, with their units and the zone their sentence names, if
/// any ("pukul 04.21 WIB", "4:17 a.m. local time (0917 GMT)"); `folded` is each unit's folded text.
fn times<'t>(
    folded: &[String],
    units: &[Unit],
    toks: &'t [Vec<Token>],
    earlier: &dyn Fn(usize) -> bool,
) -> Vec<(usize, &'t Number, Option<&'static str>)> {
    let mut out = Vec::new();
    for (u, ts) in toks.iter().enumerate() {
        if !units[u].kind.is_content() || earlier(u) {
            continue;
        }
        for t in ts {
            let Some(n) = t.num.as_ref().filter(|n| n.time) else {
                continue;
            };
            // A zone named in the sentence: its times are told in it.
            let zone = folded[u].split_whitespace().find_map(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                ZONES.split_whitespace().find(|z| *z == w)
            });
            out.push((u, &**n, zone));
        }
    }
    out
}

/// Links the sentences that place the event at two moments hours apart, and records them.
pub fn pair(
    (folded_a, units_a, toks_a, fa): (&[String], &[Unit], &[Vec<Token>], &crate::facts::Facts),
    (folded_b, units_b, toks_b, fb): (&[String], &[Unit], &[Vec<Token>], &crate::facts::Facts),
    aligned: &mut Aligned,
) {
    // A story of a sentence or two tells too little for its only time to be its event's.
    let story =
        |units: &[Unit]| units.iter().filter(|u| u.kind.is_content()).count() >= STORY_UNITS;
    if !story(units_a) || !story(units_b) {
        return;
    }
    let story_year = crate::facts::story_year(fa, fb);
    let ta = times(folded_a, units_a, toks_a, &|u| {
        crate::facts::set_earlier(&fa.years[u], story_year)
    });
    let tb = times(folded_b, units_b, toks_b, &|u| {
        crate::facts::set_earlier(&fb.years[u], story_year)
    });
    // A time both sides tell is a fact they share, not the moment in question ("乗客らは午前9時半
    // ごろまでに福江港へ戻った" on both sides). Looked up in sets: a hostile paste tells one time a
    // million times on each side.
    type Told = (crate::Set<u64>, crate::Set<u64>, crate::Set<u64>);
    let told_set = |ts: &[(usize, &Number, Option<&'static str>)]| -> Told {
        let mut sets: Told = Default::default();
        for (_, n, _) in ts {
            sets.0.insert(n.value.to_bits());
            sets.1.insert((n.value % 720.0).to_bits());
            if n.twelve_hour {
                sets.2.insert((n.value % 720.0).to_bits());
            }
        }
        sets
    };
    // Told by the other side: the same value, or the same on a twelve-hour clock where either
    // side's is read on one.
    let told = |x: &Number, (exact, half, twelve): &Told| {
        let h = (x.value % 720.0).to_bits();
        exact.contains(&x.value.to_bits())
            || twelve.contains(&h)
            || (x.twelve_hour && half.contains(&h))
    };
    let (sa, sb) = (told_set(&ta), told_set(&tb));
    let (ta, tb): (Vec<_>, Vec<_>) = (
        ta.iter().copied().filter(|x| !told(x.1, &sb)).collect(),
        tb.iter().copied().filter(|y| !told(y.1, &sa)).collect(),
    );
    // One time each, told in one zone or none on both sides: the moment of each side's event.
    let one = |ts: &[(usize, &Number, Option<&'static str>)]| -> Option<Option<&'static str>> {
        let (_, v, z) = ts.first()?;
        ts.iter()
            .all(|x| x.1.value == v.value && x.2 == *z)
            .then_some(*z)
    };
    if let (Some(za), Some(zb)) = (one(&ta), one(&tb)) {
        if za == zb && beyond_rounding(ta[0].1, tb[0].1) {
            let units = |ts: &[(usize, &Number, Option<&str>)]| ts.iter().map(|t| t.0).collect();
            link_best(aligned, units(&ta), units(&tb));
        }
    }
    // The same for the day: each side's story names one weekday, and the two differ ("रविवारे" /
    // "શનિવારે" told of one event in two sentences).
    // A day beside a word of speech dates the telling ("the office said on Saturday"), and one
    // beside a night word may be the night's other day: neither is the event's day here.
    fn days<'f>(
        f: &'f crate::facts::Facts,
        units: &[Unit],
        toks: &[Vec<Token>],
        story_year: Option<i32>,
    ) -> Vec<(usize, &'f str)> {
        // Before the day only, for speech: "… capsized on Tuesday, officials said" dates the
        // capsizing.
        let near = |u: usize, at: usize, is: &dyn Fn(&str) -> bool, after: bool| {
            let ts = &toks[u];
            let k = ts.iter().position(|t| t.end > at).unwrap_or(ts.len());
            let hi = if after { k + DAY_REACH + 1 } else { k };
            ts[k.saturating_sub(DAY_REACH)..hi.min(ts.len())]
                .iter()
                .any(|t| is(&t.fold))
        };
        let night = |w: &str| {
            crate::lexicon::calendar::NIGHT_WORDS
                .split_whitespace()
                .any(|n| n == w)
        };
        f.found
            .iter()
            .filter(|x| {
                x.kind == crate::report::FactKind::Date
                    && units[x.unit].kind.is_content()
                    && !crate::facts::set_earlier(&f.years[x.unit], story_year)
                    && crate::lexicon::weekday(&x.value).is_some()
                    && !near(x.unit, x.start, &crate::lexicon::is_speech_verb, false)
                    && !near(x.unit, x.start, &night, true)
            })
            .map(|x| (x.unit, x.value.as_str()))
            .collect()
    }
    let (da, db) = (
        days(fa, units_a, toks_a, story_year),
        days(fb, units_b, toks_b, story_year),
    );
    let na: crate::Set<&str> = da.iter().map(|d| d.1).collect();
    let nb: crate::Set<&str> = db.iter().map(|d| d.1).collect();
    let (da, db): (Vec<_>, Vec<_>) = (
        da.iter().copied().filter(|x| !nb.contains(x.1)).collect(),
        db.iter().copied().filter(|y| !na.contains(y.1)).collect(),
    );
    let one_day = |ds: &[(usize, &str)]| ds.first().is_some_and(|d| ds.iter().all(|x| x.1 == d.1));
    if one_day(&da) && one_day(&db) {
        link_best(
            aligned,
            da.iter().map(|d| d.0).collect(),
            db.iter().map(|d| d.0).collect(),
        );
    }
}

/// Links the best scored pair of units `ua` × `ub` when it reaches [`MOMENT_MIN_SCORE`], and records
/// it as one event placed at two moments.
fn link_best(aligned: &mut Aligned, mut ua: Vec<usize>, mut ub: Vec<usize>) {
    // The first few units that tell it: every pair of a million would never end.
    for us in [&mut ua, &mut ub] {
        us.dedup();
        us.truncate(MOMENT_UNITS);
    }
    let best = ua
        .iter()
        .flat_map(|&a| ub.iter().map(move |&b| (a, b)))
        .map(|(a, b)| (super::slots::score(aligned, a, b), a, b))
        .max_by(|p, q| p.0.total_cmp(&q.0));
    if let Some((_, a, b)) = best.filter(|b| b.0 >= MOMENT_MIN_SCORE) {
        aligned.moments.push((a, b));
        super::slots::add_links(aligned, vec![(a, b)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_apart_wrap_at_midnight() {
        let at = |v: f64, twelve_hour: bool| Number {
            value: v,
            ordinal: false,
            end: 0,
            time: true,
            approx: false,
            twelve_hour,
        };
        for (x, y, twelve, want) in [
            (1430.0, 10.0, false, 20.0),
            (400.0, 460.0, false, 60.0),
            (0.0, 720.0, false, 720.0),
            // "९ बजे" (on a twelve-hour clock) is as near "रात 9 बजे" (21:00) as can be.
            (540.0, 1260.0, true, 0.0),
            (540.0, 1320.0, true, 60.0),
        ] {
            assert_eq!(
                minutes_apart(&at(x, twelve), &at(y, false)),
                want,
                "{x} / {y}"
            );
        }
    }
}
