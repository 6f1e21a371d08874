//! A self-contained HTML report: both texts with their highlighting, the summary, conflicts and facts.
//! It needs no script to read, loads nothing from the network, and escapes every byte of user text.

use super::{one_line, status_label, View};
use crate::report::{FactStatus, Status};
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            '\0' => o.push('\u{FFFD}'),
            c => o.push(c),
        }
    }
    o
}

const STYLE: &str = r#"
:root{color-scheme:light dark;--same:#1a7f37;--changed:#9a6700;--conflict:#cf222e;--only:#0969da;--ignored:#6e7781;--bg:#fff;--fg:#1f2328;--soft:#f6f8fa;
font-family:system-ui,"Noto Sans","Noto Sans Devanagari","Noto Naskh Arabic","Noto Sans Arabic","Noto Sans CJK SC","Noto Sans Bengali",sans-serif}
@media (prefers-color-scheme:dark){:root{--same:#3fb950;--changed:#d29922;--conflict:#ff7b72;--only:#58a6ff;--ignored:#8b949e;--bg:#0d1117;--fg:#e6edf3;--soft:#161b22}}
body{margin:0;background:var(--bg);color:var(--fg);line-height:1.6}
header,main,footer{max-width:1200px;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;margin:.2rem 0}.sum{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline}
.big{font-size:1.3rem;font-weight:700;flex-basis:100%}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}@media (max-width:700px){.cols{grid-template-columns:1fr}}
.col{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);padding:1rem;border-radius:8px}
@media print{.cols{grid-template-columns:1fr 1fr}.col{break-inside:auto}}
.u{border-bottom:3px solid transparent;padding:0 1px}
.s-same{border-bottom:3px solid var(--same)}
.s-changed{border-bottom:3px dashed var(--changed)}
.s-conflict{border-bottom:4px double var(--conflict);background:color-mix(in srgb,var(--conflict) 12%,transparent)}
.s-only{border-bottom:3px dotted var(--only);background:color-mix(in srgb,var(--only) 10%,transparent)}
.s-ignored{color:var(--ignored);font-style:italic}
.s-conflict::before{content:"⚠ ";color:var(--conflict)}.s-only::before{content:"◆ ";color:var(--only)}
mark{background:color-mix(in srgb,var(--changed) 30%,transparent);color:inherit;border-radius:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid var(--soft);padding:.3rem .5rem;text-align:start;vertical-align:top}
.legend span{margin-inline-end:1rem}
"#;

/// A self-contained HTML page: both texts with their highlighting, the summary, conflicts and facts.
/// It needs no script and loads nothing from the network.
pub fn html(v: &View) -> String {
    let r = v.report;
    let s = &r.summary;
    let (la, lb) = (escape(v.label(true)), escape(v.label(false)));
    let mut o = String::with_capacity(v.a.len() + v.b.len() * 2 + 8192);
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<title>Storydiff: {la} vs {lb}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>Storydiff: {la} vs {lb}</h1>\n"
    );
    o.push_str("<p class=\"sum\"><span class=\"big\">");
    verdict(v, &la, &lb, &mut o);
    let _ = writeln!(
        o,
        "</span><span>{la}: {} same, {} changed, {} in conflict, {} only here, {} set aside</span>\
<span>{lb}: {} same, {} changed, {} in conflict, {} only here, {} set aside</span></p>",
        s.a.same,
        s.a.changed,
        s.a.conflict,
        s.a.only,
        s.a.ignored,
        s.b.same,
        s.b.changed,
        s.b.conflict,
        s.b.only,
        s.b.ignored
    );
    o.push_str("<p class=\"legend\"><span class=\"u s-same\">same</span><span class=\"u s-changed\">changed (<mark>words</mark> the other side lacks)</span><span class=\"u s-conflict\">conflict</span><span class=\"u s-only\">only here</span><span class=\"u s-ignored\">set aside: furniture, byline, dateline</span></p>\n</header>\n<main>\n");

    // The values that clash first (sure ones, then possible ones): they are what a reader looks for.
    if r.links
        .iter()
        .any(|l| !l.conflicts.is_empty() || !l.possible.is_empty())
    {
        o.push_str("<section><h2>Conflicting values</h2><ul>\n");
        for possible in [false, true] {
            for l in &r.links {
                for c in if possible { &l.possible } else { &l.conflicts } {
                    let _ = writeln!(
                        o,
                        "<li>{}{}: <a href=\"#a-{}\">{la}: <strong>{}</strong></a> ↔ <a href=\"#b-{}\">{lb}: <strong>{}</strong></a></li>",
                        if possible { "possible " } else { "" },
                        escape(c.slot.as_deref().unwrap_or(&c.kind)),
                        unit_at(v, true, c.a.start),
                        escape(&shown(v, true, c.a.start, c.a.end, &c.a.value)),
                        unit_at(v, false, c.b.start),
                        escape(&shown(v, false, c.b.start, c.b.end, &c.b.value))
                    );
                }
            }
        }
        o.push_str("</ul></section>\n");
    }

    o.push_str("<section class=\"cols\">\n");
    for side_a in [true, false] {
        let label = if side_a { &la } else { &lb };
        let _ = write!(
            o,
            "<article><h2>{label}</h2><div class=\"col\" dir=\"auto\">"
        );
        column(v, side_a, &mut o);
        o.push_str("</div></article>\n");
    }
    o.push_str("</section>\n");

    if !r.facts.is_empty() {
        let _ = writeln!(o, "<section><h2>Facts</h2><table><thead><tr><th>kind</th><th>status</th><th>{la}</th><th>{lb}</th></tr></thead><tbody>");
        for f in &r.facts {
            let cell = |ms: &[crate::report::Mention], a: bool| -> String {
                ms.iter()
                    .take(3)
                    .map(|m| {
                        format!(
                            "<a href=\"#{}-{}\">{}</a>",
                            if a { "a" } else { "b" },
                            unit_at(v, a, m.start),
                            escape(&one_line(v.slice(a, m.start, m.end)))
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let st = match f.status {
                FactStatus::Shared => "shared",
                FactStatus::OnlyA => "only A",
                FactStatus::OnlyB => "only B",
                FactStatus::Conflict => "⚠ conflict",
                FactStatus::PossibleConflict => "possible conflict",
            };
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td>{st}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td></tr>",
                f.kind.as_str(),
                cell(&f.a, true),
                cell(&f.b, false)
            );
        }
        o.push_str("</tbody></table></section>\n");
    }
    if !r.variants.is_empty() {
        o.push_str("<section><h2>Names spelled two ways</h2><ul>");
        for x in &r.variants {
            let _ = write!(
                o,
                "<li dir=\"auto\">{} = {}</li>",
                escape(&x.a),
                escape(&x.b)
            );
        }
        o.push_str("</ul></section>\n");
    }
    let _ = write!(o, "</main>\n<footer><p>Made with Storydiff {}; no server saw these texts.</p></footer>\n</body>\n</html>\n", crate::version());
    o
}

/// What was found, over how much of the texts: no verdict without both texts, different stories
/// said as such, and never a bare "no conflicts" where nothing could be compared.
fn verdict(v: &View, la: &str, lb: &str, o: &mut String) {
    let s = &v.report.summary;
    let (a, b) = (s.coverage.a, s.coverage.b);
    let (mut sure, mut maybe) = (0, 0);
    for l in &v.report.links {
        sure += l.conflicts.len();
        maybe += l.possible.len();
    }
    let _ = if v.a.trim().is_empty() || v.b.trim().is_empty() || a.story == 0 || b.story == 0 {
        write!(o, "Nothing to compare: a side has no story text")
    } else if s.different_stories {
        write!(
            o,
            "These look like different stories: only {} of {} sentences of {la} and {} of {} of {lb} match",
            a.linked, a.story, b.linked, b.story
        )
    } else if a.linked == 0 || b.linked == 0 {
        write!(
            o,
            "No sentence matches across the two versions: nothing could be checked"
        )
    } else {
        let _ = if sure > 0 {
            write!(o, "⚠ {sure} conflict{}", if sure == 1 { "" } else { "s" })
        } else if maybe > 0 {
            write!(
                o,
                "{maybe} possible conflict{} to check",
                if maybe == 1 { "" } else { "s" }
            )
        } else {
            write!(o, "No conflicts found")
        };
        // Integer arithmetic: float formatting would bring core's formatter into the wasm.
        write!(
            o,
            " among {} linked sentences ({}% of {la}, {}% of {lb})",
            a.linked + b.linked,
            (a.linked * 100 + a.story / 2) / a.story,
            (b.linked * 100 + b.story / 2) / b.story
        )
    };
}

fn shown(v: &View, a: bool, s: usize, e: usize, value: &str) -> String {
    super::as_told(value, v.slice(a, s, e))
}

fn unit_at(v: &View, a: bool, byte: usize) -> usize {
    let units = v.units(a);
    units
        .partition_point(|u| u.end <= byte)
        .min(units.len().saturating_sub(1))
}

/// One side's text, each unit wrapped in a span with its status and marks inside. The whitespace
/// between units reads as a space, a line break or a paragraph break: pasted texts carry blank
/// lines and indents that, kept verbatim, leave gaps.
fn column(v: &View, side_a: bool, o: &mut String) {
    let p = if side_a { "a" } else { "b" };
    let units = v.units(side_a);
    let mut after = "";
    for u in units {
        if u.status == Status::Ignored && v.options.hide_furniture {
            continue;
        }
        o.push_str(after);
        let _ = write!(
            o,
            "<span class=\"u s-{}\" id=\"{p}-{}\"><span class=\"sr\">[{}] </span>",
            u.status.as_str(),
            u.id,
            status_label(u.status, side_a)
        );
        let mut pos = u.start;
        for m in &u.marks {
            o.push_str(&escape(v.slice(side_a, pos, m.start)));
            let _ = write!(
                o,
                "<mark>{}</mark>",
                escape(v.slice(side_a, m.start, m.end))
            );
            pos = m.end;
        }
        o.push_str(&escape(v.slice(side_a, pos, u.end)));
        o.push_str("</span>");
        let next = units.get(u.id + 1).map_or(u.end, |n| n.start);
        after = match v.slice(side_a, u.end, next).matches('\n').count() {
            0 => " ",
            1 => "\n",
            _ => "\n\n",
        };
    }
}

#[cfg(test)]
mod tests {
    use crate::render::{html, View};
    use crate::{compare, Options};

    #[test]
    fn user_text_is_escaped() {
        let a = "<script>alert(1)</script> Hello there friend.";
        let b = "<img src=x onerror=alert(1)> Hello there friend.";
        let r = compare(a, b, &Options::default());
        let h = html(&View {
            a,
            b,
            report: &r,
            options: &Options::default(),
        });
        assert!(!h.contains("<script>"));
        assert!(!h.contains("<img"));
        assert!(h.contains("&lt;"));
        assert!(!h.contains("<script"), "no script element at all");
    }

    #[test]
    fn keeps_every_character_of_the_text() {
        let a = "Title\n\nOne sentence. Two sentence!";
        let r = compare(a, a, &Options::default());
        let h = html(&View {
            a,
            b: a,
            report: &r,
            options: &Options::default(),
        });
        assert!(h.contains("One sentence.") && h.contains("Two sentence!"));
        assert!(h.contains("class=\"u s-same"));
    }

    fn page(a: &str, b: &str) -> String {
        let r = compare(a, b, &Options::default());
        html(&View {
            a,
            b,
            report: &r,
            options: &Options::default(),
        })
    }

    #[test]
    fn the_verdict_says_what_was_compared() {
        let h = page(
            "Floods killed 23 people on Tuesday.",
            "On Tuesday, floods killed 27 people.",
        );
        assert!(h.contains("⚠ 1 conflict among 2 linked sentences (100% of A, 100% of B)"));
        let h = page("Floods killed 23 people on Tuesday.", "   ");
        assert!(h.contains("Nothing to compare"));
        assert!(!h.contains("No conflicts found"));
    }

    #[test]
    fn no_blank_gaps_and_no_ids_to_read() {
        let a =
            "Title\n\n\n\n      One sentence here.      Two sentences here.\n\n\n   Three here.";
        let h = page(a, a);
        assert!(
            !h.contains("\n\n\n"),
            "blank lines collapse to one paragraph break"
        );
        assert!(!h.contains("      "), "indents from the paste are not kept");
        assert!(
            h.contains("</span>\n\n<span"),
            "a paragraph break stays one"
        );
        assert!(
            !h.contains("class=\"p\""),
            "no partner ids such as a0 or b4"
        );
    }
}
