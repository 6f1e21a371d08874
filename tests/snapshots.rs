//! The whole report for every fixture, held byte for byte against a committed file in
//! `tests/snapshots/`, so every change in behaviour shows in review as a diff of reports.
//!
//! Fixtures: `tests/fixtures/*/` always, and `../shared/fixtures/**/` (the seed pair and the real-world
//! development set) when that folder is present. A snapshot without its fixture is skipped, so the
//! project's own tests pass without `../shared`.
//!
//! After a deliberate change, rewrite the files and read the diff:
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.

use std::path::{Path, PathBuf};
use storydiff::{compare, render, Options};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every folder holding a `gold.json` under `dir`, at any depth, sorted.
fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        if e.join("gold.json").is_file() {
            out.push(e);
        } else if e.is_dir() {
            fixtures(&e, out);
        }
    }
}

#[test]
fn reports_match_their_snapshots() {
    let snap_dir = root().join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v != "0");
    let mut dirs = Vec::new();
    fixtures(&root().join("tests/fixtures"), &mut dirs);
    let own = dirs.len();
    fixtures(&root().join("../shared/fixtures"), &mut dirs);
    assert!(own >= 10, "tests/fixtures holds {own} fixtures");
    if update {
        std::fs::create_dir_all(&snap_dir).unwrap();
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        // The seed pair sits in both places, byte for byte: one snapshot.
        if !seen.insert(name.clone()) {
            continue;
        }
        let a = std::fs::read_to_string(dir.join("a.txt")).unwrap();
        let b = std::fs::read_to_string(dir.join("b.txt")).unwrap();
        let got = render::json(&compare(&a, &b, &Options::default())) + "\n";
        let path = snap_dir.join(format!("{name}.json"));
        if update {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(_) => failures.push(format!("{name}: report differs from {}", path.display())),
            Err(_) => failures.push(format!("{name}: no snapshot at {}", path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is deliberate: UPDATE_SNAPSHOTS=1 cargo test --test snapshots, then read git diff tests/snapshots",
        failures.join("\n")
    );
}
