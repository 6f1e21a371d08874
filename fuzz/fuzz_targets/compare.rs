//! Fuzzes `storydiff::compare` with two texts cut from one input.
//!
//! Input layout: `A 0xFF B [0xFF options]`. 0xFF never occurs in UTF-8, so the fuzzer can grow
//! either side freely; bytes that are not UTF-8 are read lossily, as a browser would decode them.
//! The optional tail picks options: sensitivity from its first byte, fact kinds from the second.
//!
//! Always checked: no panic, sound structure (offsets on char boundaries inside the texts, units
//! tiling them, links naming real units), JSON that parses back equal, correct UTF-16 offsets, and
//! renderers that keep markup from the texts inert. With STORYDIFF_FUZZ_STRICT=1 also the meaning
//! of statuses, facts and summary, a text compared with itself, and terminal control characters.

#![no_main]

#[path = "../invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;
use std::sync::OnceLock;
use storydiff::report::FactKind;
use storydiff::Options;

fn strict() -> bool {
    static STRICT: OnceLock<bool> = OnceLock::new();
    *STRICT.get_or_init(|| std::env::var_os("STORYDIFF_FUZZ_STRICT").is_some_and(|v| v == "1"))
}

fn text(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

fn options(tail: Option<&[u8]>) -> Options {
    let mut o = Options::default();
    if let Some(t) = tail {
        if let Some(&s) = t.first() {
            // 0..=250 map onto 0..=1; the rest are values the JS API could pass in.
            o.sensitivity = match s {
                251 => f32::NAN,
                252 => -1.0,
                253 => 2.0,
                254 => f32::INFINITY,
                255 => f32::NEG_INFINITY,
                _ => s as f32 / 250.0,
            };
        }
        if let Some(&k) = t.get(1) {
            o.fact_kinds = FactKind::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| k & (1 << i) != 0)
                .map(|(_, f)| *f)
                .collect();
        }
        o.hide_furniture = t.get(2).is_some_and(|&h| h & 1 == 1);
    }
    o
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |&b| b == 0xFF);
    let a = text(parts.next().unwrap_or_default());
    let b = text(parts.next().unwrap_or_default());
    let o = options(parts.next());

    let r = storydiff::compare(&a, &b, &o);
    let mut checks = vec![
        invariants::check_structure(&a, &b, &r),
        invariants::check_json_round_trip(&r),
        invariants::check_utf16(&a, &b, &r),
        invariants::check_renderers(&a, &b, &o, &r),
    ];
    if strict() {
        checks.push(invariants::check_semantics(&a, &b, &o, &r));
        checks.push(invariants::check_terminal(&a, &b, &o, &r));
        let same = storydiff::compare(&a, &a, &Options::default());
        checks.push(invariants::check_structure(&a, &a, &same));
        checks.push(invariants::check_self_compare(&a, &same));
    }
    for c in checks {
        if let Err(e) = c {
            panic!("{e}\n a = {a:?}\n b = {b:?}\n options = {o:?}");
        }
    }
});
