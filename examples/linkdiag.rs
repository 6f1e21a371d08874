//! For each gold link of a fixture: how alike the two units are by the aligner's own measure
//! (weighted Dice and each side's coverage) and how the partner ranks among all units of its side.
//!
//! `cargo run --release --example linkdiag -- FIXTURE_DIR...`

use storydiff::{align, clean, normalize, segment, Options};

fn locate(text: &str, units: &[segment::Unit], q: &str) -> Option<usize> {
    let at = text.find(q.trim())?;
    units.iter().position(|u| u.start <= at && at < u.end)
}

fn main() {
    for dir in std::env::args().skip(1) {
        let dir = std::path::Path::new(&dir);
        let a = std::fs::read_to_string(dir.join("a.txt")).unwrap();
        let b = std::fs::read_to_string(dir.join("b.txt")).unwrap();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
        let mut ua = segment::segment(&a);
        let mut ub = segment::segment(&b);
        clean::classify_kinds(&a, &mut ua, &b, &ub.clone());
        clean::classify_kinds(&b, &mut ub, &a, &ua.clone());
        let (la, lb) = (normalize::lang::guess(&a), normalize::lang::guess(&b));
        let ta = normalize::tokenize_units(&a, &ua, la);
        let tb = normalize::tokenize_units(&b, &ub, lb);
        let al = align::align(&ua, &ta, &ub, &tb, &Options::default());
        let set = |t: &[u32]| {
            let mut v = t.to_vec();
            v.sort_unstable();
            v.dedup();
            v
        };
        let w = |s: &[u32]| s.iter().map(|&t| al.idf[t as usize]).sum::<f32>();
        let sim = |x: usize, y: usize| {
            let (sx, sy) = (set(&al.terms_a[x]), set(&al.terms_b[y]));
            let shared: f32 = sx
                .iter()
                .filter(|t| sy.binary_search(t).is_ok())
                .map(|&t| al.idf[t as usize])
                .sum();
            let (wx, wy) = (w(&sx), w(&sy));
            (
                2.0 * shared / (wx + wy).max(1e-6),
                shared / wx.max(1e-6),
                shared / wy.max(1e-6),
            )
        };
        println!("== {}", dir.display());
        for l in gold["links"].as_array().unwrap() {
            let (qa, qb) = (l["a"].as_str().unwrap(), l["b"].as_str().unwrap());
            let (Some(x), Some(y)) = (locate(&a, &ua, qa), locate(&b, &ub, qb)) else {
                continue;
            };
            let linked = al.pairs.iter().any(|p| p.a == x && p.b == y);
            let (d, ca, cb) = sim(x, y);
            // rank of y among B's units for x, and of x among A's for y
            let mut rb: Vec<f32> = (0..ub.len())
                .filter(|&j| ub[j].kind.is_content())
                .map(|j| sim(x, j).0)
                .collect();
            rb.sort_by(|p, q| q.total_cmp(p));
            let rank_b = rb.iter().position(|&s| s <= d).unwrap_or(99);
            let second_b = rb
                .get(if rank_b == 0 { 1 } else { 0 })
                .copied()
                .unwrap_or(0.0);
            let mut ra: Vec<f32> = (0..ua.len())
                .filter(|&i| ua[i].kind.is_content())
                .map(|i| sim(i, y).0)
                .collect();
            ra.sort_by(|p, q| q.total_cmp(p));
            let rank_a = ra.iter().position(|&s| s <= d).unwrap_or(99);
            println!(
                "{} {:5} req={:5} A#{x:<2}{} B#{y:<2}{} dice {d:.2} cov {ca:.2}/{cb:.2} rankB {rank_b} rankA {rank_a} 2nd {second_b:.2} | {}",
                if linked { "LINK" } else { "miss" },
                l["relation"].as_str().unwrap(),
                l["required"].as_bool().unwrap_or(true),
                if ua[x].kind.is_content() { "" } else { "!" },
                if ub[y].kind.is_content() { "" } else { "!" },
                qa.chars().take(40).collect::<String>()
            );
        }
    }
}
