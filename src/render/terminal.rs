//! The terminal view: one line per unit of `a` with its partners, then what only `b` tells.

use super::{one_line, status_label, View};
use crate::report::{FactStatus, Status};
use std::fmt::Write;

const RESET: &str = "\x1b[0m";

/// Text from the inputs, made harmless for a terminal: control characters (escape sequences, C1
/// codes) and bidirectional overrides, which could rewrite or reorder what the reader sees, become �.
fn safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
            if (c.is_control() && !c.is_whitespace()) || bidi {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("\x1b[{code}m{s}{RESET}")
    } else {
        s.to_string()
    }
}

fn code(s: Status) -> &'static str {
    match s {
        Status::Same => "32",
        Status::Changed => "33",
        Status::Conflict => "1;31",
        Status::Only => "36",
        Status::Ignored => "2",
    }
}

fn sigil(s: Status) -> &'static str {
    match s {
        Status::Same => "=",
        Status::Changed => "~",
        Status::Conflict => "!",
        Status::Only => "+",
        Status::Ignored => "·",
    }
}

/// Unit text with its marks underlined (colour) or left plain.
fn unit_text(v: &View, side_a: bool, id: usize, color: bool) -> String {
    let u = &v.units(side_a)[id];
    if !color || u.marks.is_empty() {
        return one_line(&safe(v.slice(side_a, u.start, u.end)));
    }
    let mut out = String::new();
    let mut at = u.start;
    for m in &u.marks {
        out.push_str(&safe(v.slice(side_a, at, m.start)));
        out.push_str("\x1b[4;1m");
        out.push_str(&safe(v.slice(side_a, m.start, m.end)));
        out.push_str("\x1b[22;24m");
        at = m.end;
    }
    out.push_str(&safe(v.slice(side_a, at, u.end)));
    one_line(&out)
}

/// A readable comparison for a terminal (ANSI colours when `color` is true). Control characters and
/// bidirectional overrides of the inputs are printed as U+FFFD.
pub fn terminal(v: &View, color: bool) -> String {
    let r = v.report;
    let s = &r.summary;
    let mut o = String::new();
    let (la, lb) = (safe(v.label(true)), safe(v.label(false)));
    let _ = writeln!(
        o,
        "{}",
        paint(color, "1", &format!("Storydiff: A = {la}, B = {lb}"))
    );
    for (side_a, c, share) in [(true, &s.a, s.a_in_b), (false, &s.b, s.b_in_a)] {
        let _ = writeln!(
            o,
            "  {}: {} same, {} changed, {} conflict, {} only here, {} furniture; {}% also told by {}",
            if side_a { "A" } else { "B" },
            c.same,
            c.changed,
            c.conflict,
            c.only,
            c.ignored,
            super::percent(share),
            if side_a { "B" } else { "A" }
        );
    }
    let conflicts = if s.possible_conflicts > 0 {
        format!(
            "  Conflicts: {} (and {} possible, to check)",
            s.conflicts, s.possible_conflicts
        )
    } else {
        format!("  Conflicts: {}", s.conflicts)
    };
    let _ = writeln!(
        o,
        "{}",
        if s.conflicts > 0 {
            paint(color, "1;31", &conflicts)
        } else {
            conflicts
        }
    );
    if !r.variants.is_empty() {
        let vs: Vec<String> = r
            .variants
            .iter()
            .map(|x| format!("{} = {}", safe(&x.a), safe(&x.b)))
            .collect();
        let _ = writeln!(o, "  Same name spelled two ways: {}", vs.join(", "));
    }
    let _ = writeln!(o);

    let index = v.link_index();
    for side_a in [true, false] {
        let _ = writeln!(
            o,
            "{}",
            paint(
                color,
                "1",
                if side_a {
                    "── A, in order ──"
                } else {
                    "── Only in B ──"
                }
            )
        );
        for u in v.units(side_a) {
            if !side_a && u.status != Status::Only {
                continue;
            }
            if u.status == Status::Ignored && v.options.hide_furniture {
                continue;
            }
            let partners = index.partners(r, side_a, u.id);
            let tag = if partners.is_empty() {
                format!("a{}", u.id)
            } else {
                let ps: Vec<String> = partners.iter().map(|p| format!("b{p}")).collect();
                format!("a{} ↔ {}", u.id, ps.join(","))
            };
            let tag = if side_a { tag } else { format!("b{}", u.id) };
            let label = if u.status == Status::Ignored {
                u.kind.as_str()
            } else {
                status_label(u.status, side_a)
            };
            let head = paint(
                color,
                code(u.status),
                &format!("{} [{}] {}", sigil(u.status), tag, label),
            );
            let _ = writeln!(o, "{head}  {}", unit_text(v, side_a, u.id, color));
            // The values that clash, sure ones (⚠) and then possible ones (?), under the unit.
            for l in index.links_of(r, side_a, u.id) {
                for (sure, c) in l
                    .conflicts
                    .iter()
                    .map(|c| (true, c))
                    .chain(l.possible.iter().map(|c| (false, c)))
                {
                    let _ = writeln!(
                        o,
                        "      {} {}{}: {} ↔ {}",
                        if sure {
                            paint(color, "1;31", "⚠")
                        } else {
                            paint(color, "33", "?")
                        },
                        if sure { "" } else { "possible " },
                        c.kind,
                        show(&c.a.value, &safe(v.slice(true, c.a.start, c.a.end))),
                        show(&c.b.value, &safe(v.slice(false, c.b.start, c.b.end)))
                    );
                }
            }
        }
        let _ = writeln!(o);
    }

    if !r.facts.is_empty() {
        let _ = writeln!(o, "{}", paint(color, "1", "── Facts ──"));
        for f in &r.facts {
            let st = match f.status {
                FactStatus::Shared => paint(color, "32", "shared"),
                FactStatus::OnlyA => paint(color, "36", "only A"),
                FactStatus::OnlyB => paint(color, "36", "only B"),
                FactStatus::Conflict => paint(color, "1;31", "CONFLICT"),
                FactStatus::PossibleConflict => paint(color, "33", "possible conflict"),
            };
            let side = |ms: &[crate::report::Mention], a: bool| {
                ms.first()
                    .map(|m| one_line(&safe(v.slice(a, m.start, m.end))))
                    .unwrap_or_else(|| "—".into())
            };
            let _ = writeln!(
                o,
                "  {:<8} {:<9} A: {:<24} B: {}",
                f.kind.as_str(),
                st,
                side(&f.a, true),
                side(&f.b, false)
            );
        }
    }
    o
}

/// The text as written, or the normalized value when the text is a single word of a negation.
fn show(value: &str, text: &str) -> String {
    super::as_told(value, text)
}
