//! A Markdown summary to paste into a chat, a ticket or a correction log.

use super::{one_line, View};
use crate::report::{FactStatus, Status};
use std::fmt::Write;

/// Escapes Markdown control characters so pasted text cannot become links or formatting.
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in one_line(s).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!'
        ) {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

/// A Markdown summary, to paste into a chat, a ticket or a correction log.
pub fn markdown(v: &View) -> String {
    let r = v.report;
    let s = &r.summary;
    let (la, lb) = (md(v.label(true)), md(v.label(false)));
    let mut o = String::new();
    let _ = writeln!(o, "## Storydiff: {la} vs {lb}\n");
    let _ = writeln!(
        o,
        "**{} conflict{}** · {}% of {la} is also in {lb} · {}% of {lb} is also in {la}\n",
        s.conflicts,
        if s.conflicts == 1 { "" } else { "s" },
        super::percent(s.a_in_b),
        super::percent(s.b_in_a)
    );
    let _ = writeln!(
        o,
        "| | same | changed | conflict | only here | furniture |\n|---|---|---|---|---|---|"
    );
    for (l, c) in [(&la, &s.a), (&lb, &s.b)] {
        let _ = writeln!(
            o,
            "| {l} | {} | {} | {} | {} | {} |",
            c.same, c.changed, c.conflict, c.only, c.ignored
        );
    }
    let conflicts: Vec<_> = r.links.iter().filter(|l| !l.conflicts.is_empty()).collect();
    if !conflicts.is_empty() {
        let _ = writeln!(o, "\n### Conflicts\n");
        for l in conflicts {
            for c in &l.conflicts {
                let ta = v.slice(true, c.a.start, c.a.end);
                let tb = v.slice(false, c.b.start, c.b.end);
                let _ = writeln!(
                    o,
                    "- **{}**: {la} says **{}**, {lb} says **{}**",
                    c.kind,
                    md(&super::as_told(&c.a.value, ta)),
                    md(&super::as_told(&c.b.value, tb))
                );
                let ua = &r.a.units[l.a[0]];
                let ub = &r.b.units[l.b[0]];
                let _ = writeln!(
                    o,
                    "  - {la}: {}\n  - {lb}: {}",
                    md(v.slice(true, ua.start, ua.end)),
                    md(v.slice(false, ub.start, ub.end))
                );
            }
        }
    }
    for (side_a, label) in [(true, &la), (false, &lb)] {
        let only: Vec<_> = v
            .units(side_a)
            .iter()
            .filter(|u| u.status == Status::Only)
            .collect();
        if !only.is_empty() {
            let _ = writeln!(o, "\n### Only in {label}\n");
            for u in only {
                let _ = writeln!(o, "- {}", md(v.slice(side_a, u.start, u.end)));
            }
        }
    }
    if !r.facts.is_empty() {
        let _ = writeln!(
            o,
            "\n### Facts\n\n| kind | status | {la} | {lb} |\n|---|---|---|---|"
        );
        for f in &r.facts {
            let st = match f.status {
                FactStatus::Shared => "shared",
                FactStatus::OnlyA => "only A",
                FactStatus::OnlyB => "only B",
                FactStatus::Conflict => "**conflict**",
                FactStatus::PossibleConflict => "possible conflict",
            };
            let cell = |ms: &[crate::report::Mention], a: bool| {
                ms.first()
                    .map(|m| md(v.slice(a, m.start, m.end)))
                    .unwrap_or_default()
            };
            let _ = writeln!(
                o,
                "| {} | {st} | {} | {} |",
                f.kind.as_str(),
                cell(&f.a, true),
                cell(&f.b, false)
            );
        }
    }
    o
}
