//! What every report must satisfy, whatever the input (docs/REPORT.md, checked mechanically).
//!
//! Shared by the property tests (tests/props.rs), the hostile-input CLI tests (tests/hostile_cli.rs)
//! and the fuzz target (fuzz/fuzz_targets/compare.rs) through `#[path]`, so the three cannot drift.
//! Every check returns a message naming the field and the offending values instead of panicking,
//! so a property failure shrinks and prints something a person can act on.

#![allow(dead_code)] // three crates include this file by #[path], each using a part of it

use std::collections::HashSet;
use storydiff::render::{self, View};
use storydiff::report::{Mention, Offsets, Relation, Report, Side, Status, Unit};
use storydiff::Options;

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        let ok: bool = $cond;
        if !ok {
            return Err(format!($($msg)+));
        }
    };
}

/// Every check below, on one comparison of `a` with `b` under `o`.
pub fn check_all(a: &str, b: &str, o: &Options, r: &Report) -> Result<(), String> {
    check_report(a, b, o, r)?;
    check_json_round_trip(r)?;
    check_utf16(a, b, r)?;
    check_determinism(a, b, o, r)?;
    check_renderers(a, b, o, r)
}

/// The report's structure: units tile the texts, offsets are sound, links, facts and summary agree.
pub fn check_report(a: &str, b: &str, o: &Options, r: &Report) -> Result<(), String> {
    check_structure(a, b, r)?;
    check_semantics(a, b, o, r)
}

/// What no input may break: offsets on char boundaries inside the texts, units tiling them,
/// links naming existing units. The fuzz target checks this much on every input.
pub fn check_structure(a: &str, b: &str, r: &Report) -> Result<(), String> {
    ensure!(r.version == 1, "version is {}", r.version);
    ensure!(
        r.offsets == Offsets::Utf8,
        "compare() must give utf8 offsets, gave {:?}",
        r.offsets
    );
    check_side("a", a, &r.a)?;
    check_side("b", b, &r.b)?;

    // Links name existing story-content units on both sides.
    for (i, l) in r.links.iter().enumerate() {
        ensure!(
            !l.a.is_empty() && !l.b.is_empty(),
            "link {i} has an empty side: {l:?}"
        );
        ensure!(
            l.score.is_finite() && (0.0..=1.0).contains(&l.score),
            "link {i} score {} is not in 0..=1",
            l.score
        );
        for (side, ids, units) in [("a", &l.a, &r.a.units), ("b", &l.b, &r.b.units)] {
            let mut seen = HashSet::new();
            for &id in ids {
                ensure!(
                    id < units.len(),
                    "link {i} names {side} unit {id}, but {side} has {} units",
                    units.len()
                );
                ensure!(seen.insert(id), "link {i} names {side} unit {id} twice");
                ensure!(
                    units[id].kind.is_content(),
                    "link {i} names {side} unit {id}, which is {:?}, not story content",
                    units[id].kind
                );
            }
        }
        if l.relation == Relation::Conflict {
            ensure!(
                !l.conflicts.is_empty(),
                "link {i} is a conflict with no clash listed"
            );
        } else {
            ensure!(
                l.conflicts.is_empty(),
                "link {i} is {:?} but lists clashes",
                l.relation
            );
        }
        for c in &l.conflicts {
            ensure!(
                matches!(
                    c.kind.as_str(),
                    "number" | "date" | "weekday" | "name" | "negation" | "antonym"
                ),
                "link {i}: unknown clash kind {:?}",
                c.kind
            );
            // A negation clash has a value on the side that negates; the other side's mention
            // points at the words it contradicts and may carry no value.
            let valued = c.kind != "negation";
            check_mention(&format!("link {i} clash a"), a, &c.a, valued)?;
            check_mention(&format!("link {i} clash b"), b, &c.b, valued)?;
            ensure!(
                inside_any(&c.a, &l.a, &r.a.units),
                "link {i}: clash a {:?} lies outside the linked a units {:?}",
                c.a,
                l.a
            );
            ensure!(
                inside_any(&c.b, &l.b, &r.b.units),
                "link {i}: clash b {:?} lies outside the linked b units {:?}",
                c.b,
                l.b
            );
        }
    }
    for (i, f) in r.facts.iter().enumerate() {
        for (side, text, ms) in [("a", a, &f.a), ("b", b, &f.b)] {
            for m in ms {
                check_mention(&format!("fact {i} {side}"), text, m, true)?;
            }
        }
    }
    Ok(())
}

/// What the statuses, facts and summary mean (docs/REPORT.md), given a sound structure.
pub fn check_semantics(a: &str, b: &str, o: &Options, r: &Report) -> Result<(), String> {
    let worst = |units: &[Unit], ids: fn(&storydiff::report::Link) -> &Vec<usize>| {
        let mut w: Vec<Option<Relation>> = vec![None; units.len()];
        for l in &r.links {
            for &id in ids(l) {
                if let Some(slot) = w.get_mut(id) {
                    *slot = Some(slot.map_or(l.relation, |x| x.max(l.relation)));
                }
            }
        }
        w
    };
    let worst_a = worst(&r.a.units, |l| &l.a);
    let worst_b = worst(&r.b.units, |l| &l.b);
    // A unit's status is what its links make it: the worst relation, or `only` with none.
    for (side, units, worst) in [("a", &r.a.units, &worst_a), ("b", &r.b.units, &worst_b)] {
        for (u, w) in units.iter().zip(worst) {
            let want = if !u.kind.is_content() {
                Status::Ignored
            } else {
                match w {
                    None => Status::Only,
                    Some(Relation::Same) => Status::Same,
                    Some(Relation::Changed) => Status::Changed,
                    Some(Relation::Conflict) => Status::Conflict,
                }
            };
            ensure!(
                u.status == want,
                "{side} unit {} ({:?}) is {:?}, but its links make it {:?}",
                u.id,
                u.kind,
                u.status,
                want
            );
        }
    }

    // Facts: only the kinds asked for, told where the text is story content, with a coherent status.
    for (i, f) in r.facts.iter().enumerate() {
        ensure!(
            o.fact_kinds.contains(&f.kind),
            "fact {i} is a {:?}, which options.fact_kinds {:?} leaves out",
            f.kind,
            o.fact_kinds
        );
        use storydiff::report::FactStatus::*;
        let ok = match f.status {
            Shared | Conflict | PossibleConflict => !f.a.is_empty() && !f.b.is_empty(),
            OnlyA => !f.a.is_empty() && f.b.is_empty(),
            OnlyB => f.a.is_empty() && !f.b.is_empty(),
        };
        ensure!(
            ok,
            "fact {i} is {:?} with {} mentions in a and {} in b",
            f.status,
            f.a.len(),
            f.b.len()
        );
        for (side, text, ms, units) in [("a", a, &f.a, &r.a.units), ("b", b, &f.b, &r.b.units)] {
            for m in ms {
                check_mention(&format!("fact {i} {side}"), text, m, true)?;
                // Units are in order and do not overlap: the only one that can hold the mention is
                // the first that ends at or after it (a scan per mention is quadratic on a
                // million-unit text).
                let holder = units.get(units.partition_point(|u| u.end < m.end));
                ensure!(
                    holder.is_some_and(|u| u.kind.is_content()
                        && u.start <= m.start
                        && m.end <= u.end),
                    "fact {i}: {side} mention {m:?} ({:?}) is not inside a story-content unit",
                    &text[m.start..m.end]
                );
            }
        }
    }
    for (i, v) in r.variants.iter().enumerate() {
        ensure!(
            !v.a.is_empty() && !v.b.is_empty() && v.a != v.b,
            "variant {i} is not two different spellings: {v:?}"
        );
    }

    // The summary counts what the report holds.
    let s = &r.summary;
    for (side, counts, units) in [("a", &s.a, &r.a.units), ("b", &s.b, &r.b.units)] {
        for st in Status::ALL {
            let n = units.iter().filter(|u| u.status == st).count();
            ensure!(
                counts.get(st) == n,
                "summary.{side}.{} is {}, but {n} units have it",
                st.as_str(),
                counts.get(st)
            );
        }
    }
    let conflict_links = r
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .count();
    ensure!(
        s.conflicts == conflict_links,
        "summary.conflicts is {}, but {conflict_links} links conflict",
        s.conflicts
    );
    {
        use storydiff::report::FactStatus::*;
        let n = |st| r.facts.iter().filter(|f| f.status == st).count();
        let f = &s.facts;
        ensure!(
            (
                f.shared,
                f.only_a,
                f.only_b,
                f.conflict,
                f.possible_conflict
            ) == (
                n(Shared),
                n(OnlyA),
                n(OnlyB),
                n(Conflict),
                n(PossibleConflict)
            ),
            "summary.facts {f:?} does not count the facts"
        );
    }
    let possible_links = r
        .links
        .iter()
        .filter(|l| l.relation != Relation::Conflict && !l.possible.is_empty())
        .count();
    ensure!(
        s.possible_conflicts == possible_links,
        "summary.possible_conflicts is {}, but {possible_links} links hold a possible conflict only",
        s.possible_conflicts
    );
    for (i, l) in r.links.iter().enumerate() {
        ensure!(
            (l.relation == Relation::Conflict) != l.conflicts.is_empty(),
            "link {i} is {:?} with {} conflicting values",
            l.relation,
            l.conflicts.len()
        );
    }
    // Coverage: the story units of each side, and those linked to something.
    for (side, cov, units) in [
        ("a", s.coverage.a, &r.a.units),
        ("b", s.coverage.b, &r.b.units),
    ] {
        let story = units.iter().filter(|u| u.kind.is_content()).count();
        let linked = units
            .iter()
            .filter(|u| u.kind.is_content() && u.status != Status::Only)
            .count();
        ensure!(
            (cov.story, cov.linked) == (story, linked),
            "summary.coverage.{side} is {cov:?}, but {story} story units, {linked} linked"
        );
    }
    ensure!(
        !(s.different_stories && s.conflicts > 0),
        "different stories, yet {} conflicts",
        s.conflicts
    );
    for (name, share, text, units) in [
        ("a_in_b", s.a_in_b, a, &r.a.units),
        ("b_in_a", s.b_in_a, b, &r.b.units),
    ] {
        ensure!(
            share.is_finite() && (0.0..=1.0).contains(&share),
            "summary.{name} {share} is not in 0..=1"
        );
        // "Share, by characters": a Devanagari letter (3 bytes) weighs what a Latin one (1 byte) does.
        let (mut told, mut all) = (0usize, 0usize);
        for u in units.iter().filter(|u| u.kind.is_content()) {
            let n = text[u.start..u.end].chars().count();
            all += n;
            if matches!(u.status, Status::Same | Status::Changed | Status::Conflict) {
                told += n;
            }
        }
        let want = if all == 0 {
            0.0
        } else {
            told as f32 / all as f32
        };
        ensure!((share - want).abs() <= 0.0015, "summary.{name} is {share}, but {told} of {all} content characters are told by the other side");
    }
    Ok(())
}

fn check_side(name: &str, text: &str, side: &Side) -> Result<(), String> {
    let mut prev_end = 0usize;
    for (i, u) in side.units.iter().enumerate() {
        ensure!(u.id == i, "{name} unit at index {i} has id {}", u.id);
        check_span(&format!("{name} unit {i}"), text, u.start, u.end)?;
        ensure!(
            u.start >= prev_end,
            "{name} unit {i} starts at {}, before the previous unit ends at {prev_end}",
            u.start
        );
        let gap = &text[prev_end..u.start];
        ensure!(
            gap.chars().all(char::is_whitespace),
            "{name}: text {gap:?} before unit {i} is in no unit"
        );
        let body = &text[u.start..u.end];
        let (first, last) = (
            body.chars().next().unwrap_or(' '),
            body.chars().last().unwrap_or(' '),
        );
        ensure!(
            !first.is_whitespace() && !last.is_whitespace(),
            "{name} unit {i} {body:?} is not trimmed"
        );
        check_marks(name, text, u)?;
        prev_end = u.end;
    }
    let tail = &text[prev_end..];
    ensure!(
        tail.chars().all(char::is_whitespace),
        "{name}: text {tail:?} after the last unit is in no unit"
    );
    Ok(())
}

fn check_marks(name: &str, text: &str, u: &Unit) -> Result<(), String> {
    if !u.marks.is_empty() {
        ensure!(
            matches!(u.status, Status::Changed | Status::Conflict),
            "{name} unit {} is {:?} but has marks (only changed and conflict units do)",
            u.id,
            u.status
        );
    }
    let mut prev = u.start;
    for (k, m) in u.marks.iter().enumerate() {
        check_span(
            &format!("{name} unit {} mark {k}", u.id),
            text,
            m.start,
            m.end,
        )?;
        ensure!(
            m.start >= prev && m.end <= u.end,
            "{name} unit {} mark {k} {m:?} is out of order or outside {}..{}",
            u.id,
            u.start,
            u.end
        );
        prev = m.end;
    }
    Ok(())
}

fn check_span(what: &str, text: &str, start: usize, end: usize) -> Result<(), String> {
    ensure!(start < end, "{what}: empty or reversed span {start}..{end}");
    ensure!(
        end <= text.len(),
        "{what}: span {start}..{end} runs past the text ({} bytes)",
        text.len()
    );
    ensure!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {start}..{end} cuts a character"
    );
    Ok(())
}

fn check_mention(what: &str, text: &str, m: &Mention, valued: bool) -> Result<(), String> {
    check_span(what, text, m.start, m.end)?;
    ensure!(
        !valued || !m.value.is_empty(),
        "{what}: mention {m:?} has an empty value"
    );
    Ok(())
}

fn inside_any(m: &Mention, ids: &[usize], units: &[Unit]) -> bool {
    ids.iter()
        .filter_map(|&id| units.get(id))
        .any(|u| u.start <= m.start && m.end <= u.end)
}

/// The JSON the CLI prints parses back into the same report (no NaN, nothing lost).
pub fn check_json_round_trip(r: &Report) -> Result<(), String> {
    let compact =
        serde_json::to_string(r).map_err(|e| format!("report does not serialize: {e}"))?;
    let back: Report = serde_json::from_str(&compact)
        .map_err(|e| format!("report JSON does not parse back: {e}\n{compact}"))?;
    ensure!(&back == r, "report JSON parses back different:\n{compact}");
    let pretty = render::json(r);
    let back: Report = serde_json::from_str(&pretty)
        .map_err(|e| format!("render::json does not parse back: {e}"))?;
    ensure!(&back == r, "render::json parses back different");
    Ok(())
}

/// The JS API's UTF-16 offsets count what `String.prototype.slice` counts.
pub fn check_utf16(a: &str, b: &str, r: &Report) -> Result<(), String> {
    let u = r.clone().into_utf16(a, b);
    ensure!(
        u.offsets == Offsets::Utf16,
        "into_utf16 left offsets as {:?}",
        u.offsets
    );
    let conv = |t: &str, byte: usize| t[..byte].encode_utf16().count();
    for (name, text, s8, s16) in [("a", a, &r.a, &u.a), ("b", b, &r.b, &u.b)] {
        for (x, y) in s8.units.iter().zip(&s16.units) {
            ensure!(
                (y.start, y.end) == (conv(text, x.start), conv(text, x.end)),
                "{name} unit {} utf16 {}..{} should be {}..{}",
                x.id,
                y.start,
                y.end,
                conv(text, x.start),
                conv(text, x.end)
            );
            for (m8, m16) in x.marks.iter().zip(&y.marks) {
                ensure!(
                    (m16.start, m16.end) == (conv(text, m8.start), conv(text, m8.end)),
                    "{name} unit {} mark utf16 offsets are wrong",
                    x.id
                );
            }
        }
    }
    for (f8, f16) in r.facts.iter().zip(&u.facts) {
        for (text, m8s, m16s) in [(a, &f8.a, &f16.a), (b, &f8.b, &f16.b)] {
            for (m8, m16) in m8s.iter().zip(m16s) {
                ensure!(
                    (m16.start, m16.end) == (conv(text, m8.start), conv(text, m8.end)),
                    "fact {:?} mention utf16 offsets are wrong",
                    f8.key
                );
            }
        }
    }
    Ok(())
}

/// The same inputs give the same report: permalinks and saved reports must reproduce.
pub fn check_determinism(a: &str, b: &str, o: &Options, r: &Report) -> Result<(), String> {
    let again = storydiff::compare(a, b, o);
    ensure!(
        &again == r,
        "a second compare() of the same inputs gave a different report"
    );
    Ok(())
}

/// Renderers never panic, and markup in the texts stays inert.
pub fn check_renderers(a: &str, b: &str, o: &Options, r: &Report) -> Result<(), String> {
    let view = View {
        a,
        b,
        report: r,
        options: o,
    };
    check_html_output(&render::html(&view))?;
    check_markdown_output(&render::markdown(&view))?;
    // Colour or not, the terminal view renders (its control-character check is check_terminal).
    let _ = render::terminal(&view, false);
    let _ = render::terminal(&view, true);
    Ok(())
}

/// The HTML report holds the texts as text: no element or URL from them becomes live markup.
pub fn check_html_output(html: &str) -> Result<(), String> {
    let lower = html.to_ascii_lowercase();
    // User text is escaped, so every '<' opens a tag the renderer wrote: check each one.
    let mut rest = lower.as_str();
    while let Some(i) = rest.find('<') {
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j);
        let tag = &rest[i + 1..tag_end];
        rest = &rest[tag_end.min(rest.len())..];
        if tag.starts_with('!') || tag.starts_with('/') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        ensure!(
            !matches!(
                name.as_str(),
                "script"
                    | "img"
                    | "svg"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "link"
                    | "base"
                    | "form"
                    | "textarea"
                    | "details"
                    | "input"
                    | "button"
                    | "video"
                    | "audio"
                    | "math"
                    | "frame"
                    | "frameset"
                    | "noscript"
                    | "template"
            ),
            "HTML output has a <{name}> element: text escaped into markup"
        );
        for attr in tag.split(|c: char| c.is_ascii_whitespace()).skip(1) {
            ensure!(
                !attr.starts_with("on"),
                "HTML output has an event handler attribute in <{tag}>"
            );
            ensure!(
                !attr.contains("javascript:"),
                "HTML output has a javascript: URL in <{tag}>"
            );
        }
        if name == "meta" {
            ensure!(!tag.contains("refresh"), "HTML output has a meta refresh");
        }
    }
    // The page's own stylesheet is the only <style>.
    ensure!(
        lower.matches("<style").count() == 1,
        "HTML output has a <style> element from the text"
    );
    ensure!(!html.contains('\0'), "HTML output contains a NUL");
    Ok(())
}

/// The Markdown is pasted into chats and trackers that render inline HTML and links.
pub fn check_markdown_output(md: &str) -> Result<(), String> {
    let bytes = md.as_bytes();
    for (i, &c) in bytes.iter().enumerate() {
        if matches!(c, b'<' | b'[' | b']') {
            // Escaped means an odd run of backslashes before it ("\\[" is a backslash, then a live bracket).
            let run = bytes[..i].iter().rev().take_while(|&&x| x == b'\\').count();
            ensure!(
                run % 2 == 1,
                "Markdown output has an unescaped {:?} at byte {i}",
                c as char
            );
        }
    }
    Ok(())
}

/// A terminal obeys escape sequences in what it prints: only the renderer's own colours may reach it.
pub fn check_terminal(a: &str, b: &str, o: &Options, r: &Report) -> Result<(), String> {
    let view = View {
        a,
        b,
        report: r,
        options: o,
    };
    check_terminal_output(&render::terminal(&view, false), false)?;
    check_terminal_output(&render::terminal(&view, true), true)
}

pub fn check_terminal_output(out: &str, color: bool) -> Result<(), String> {
    if !color {
        ensure!(
            !out.contains('\u{1B}'),
            "terminal output without colour contains an escape character"
        );
    }
    if let Some(c) = strip_sgr(out).chars().find(|&c| is_terminal_control(c)) {
        return Err(format!("terminal output (colour {color}) passes control character {c:?} from the text to the terminal"));
    }
    Ok(())
}

/// C0 and C1 controls other than newline and tab, which a terminal interprets instead of printing.
pub fn is_terminal_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{7F}'
}

/// Removes `ESC [ digits;digits m` (select graphic rendition), the only sequences the renderer writes.
pub fn strip_sgr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\u{1B}') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let params = after.strip_prefix('[').map(|p| {
            p.len()
                - p.trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
                    .len()
        });
        match params {
            Some(n) if after[1 + n..].starts_with('m') => rest = &after[1 + n + 1..],
            _ => {
                out.push('\u{1B}');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A text compared with itself: every story-content unit is `same`, nothing is `only` or in conflict.
pub fn check_self_compare(t: &str, r: &Report) -> Result<(), String> {
    for (name, side) in [("a", &r.a), ("b", &r.b)] {
        for u in &side.units {
            if u.kind.is_content() {
                ensure!(
                    u.status == Status::Same,
                    "self-compare: {name} unit {} {:?} is {:?}",
                    u.id,
                    &t[u.start..u.end],
                    u.status
                );
            } else {
                ensure!(
                    u.status == Status::Ignored,
                    "self-compare: {name} unit {} is {:?}",
                    u.id,
                    u.status
                );
            }
        }
    }
    ensure!(
        r.a.units == r.b.units,
        "self-compare: the two sides were cut or classified differently"
    );
    ensure!(
        r.links.iter().all(|l| l.relation == Relation::Same),
        "self-compare: a link is not `same`"
    );
    ensure!(
        r.summary.conflicts == 0,
        "self-compare: {} conflicts",
        r.summary.conflicts
    );
    use storydiff::report::FactStatus;
    ensure!(
        r.facts.iter().all(|f| f.status == FactStatus::Shared),
        "self-compare: facts not shared: {:?}",
        r.facts
            .iter()
            .filter(|f| f.status != FactStatus::Shared)
            .collect::<Vec<_>>()
    );
    Ok(())
}
