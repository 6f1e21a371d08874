//! What the engine sees in a pair, stage by stage, for whoever changes it: units with their kinds,
//! the quantities (what each number counts), and the links with their clashes.
//!
//! `cargo run --release --example explain -- A.txt B.txt`

use storydiff::{compare, facts, normalize, segment, Options};

fn side(name: &str, text: &str, other: &str) {
    let mut units = segment::segment(text);
    let other_units = segment::segment(other);
    storydiff::clean::classify_kinds(text, &mut units, other, &other_units);
    let toks = normalize::tokenize_text(text, &units);
    let f = facts::extract(text, &units, &toks);
    println!("== {name} ({})", toks.lang.code());
    for (i, u) in units.iter().enumerate() {
        let t: String = text[u.start..u.end].chars().take(90).collect();
        println!(
            "{name}#{i:<3} {:<11} {}",
            u.kind.as_str(),
            t.replace('\n', " ")
        );
        for q in f.quantities.iter().filter(|q| q.unit == i) {
            println!(
                "        {:>10} {:<9} {:?}{}{}",
                &text[q.start..q.end],
                q.slot.as_str(),
                q.qualifier,
                if q.at_place {
                    " at a place"
                } else if q.scoped {
                    " scoped"
                } else {
                    ""
                },
                q.degree.map(|d| format!(" {d}")).unwrap_or_default()
            );
        }
        for t in toks[i].iter() {
            if let Some(n) = t.num.as_ref().filter(|n| n.time) {
                let twelve = if n.twelve_hour { " (12-hour)" } else { "" };
                println!(
                    "        {:>10} time {}{twelve}",
                    &text[t.start..n.end.max(t.end)],
                    n.canonical()
                );
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [a, b] = [&args[0], &args[1]].map(|p| std::fs::read_to_string(p).expect("read"));
    side("A", &a, &b);
    side("B", &b, &a);
    let r = compare(&a, &b, &Options::default());
    println!("== links");
    for l in &r.links {
        let c: Vec<String> = l
            .conflicts
            .iter()
            .map(|c| format!("{} {}↔{}", c.kind, c.a.value, c.b.value))
            .collect();
        let p: Vec<String> = l
            .possible
            .iter()
            .map(|c| format!("{} {}↔{}", c.kind, c.a.value, c.b.value))
            .collect();
        println!(
            "A#{:?} B#{:?} {} {:.2} {:?} possible {:?}",
            l.a,
            l.b,
            l.relation.as_str(),
            l.score,
            c,
            p
        );
    }
    println!(
        "comparison {} different_stories {}",
        r.comparison.as_str(),
        r.summary.different_stories
    );
}
