//! One batch record in, one JSON line out: read `{"id", "a", "b", "label_a"?, "label_b"?, "options"?}`,
//! check it as the CLI checks its inputs, compare, and write `{"id", "report"}`, `{"id", "summary"}`
//! or `{"id", "line"?, "error"}`. Nothing here panics on any input, and no input stops a run.
//!
//! Compiled into the CLI (`storydiff batch`, src/batch/mod.rs) and into the Python extension
//! (python/src/lib.rs includes this file by path), so the CLI, Python's `compare_records` and the
//! Spark job treat every record alike, error messages included. Never compiled into the wasm library.

#![allow(dead_code)] // each of the two crates that include this file uses a different part of it

use serde::Serialize;
use serde_json::{Map, Value};
use storydiff::report::{Counts, FactCounts, Offsets, Report};
use storydiff::{Comparison, Options};

/// Inputs larger than this are refused with a message instead of exhausting memory: a file given to
/// the CLI, or a text of a batch record.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// The same refusals the CLI makes for a file, for a text that has already been decoded.
/// `name` says where the text came from (`a.txt`, "standard input", "field `a`").
pub fn check_text(name: &str, text: &str) -> Result<(), String> {
    if text.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large(name));
    }
    if text.contains('\0') {
        return Err(format!(
            "{name}: contains NUL bytes; this looks like a binary file, not text"
        ));
    }
    Ok(())
}

pub fn too_large(name: &str) -> String {
    format!(
        "{name}: larger than {} MB; split it or compare sections",
        MAX_INPUT_BYTES / (1024 * 1024)
    )
}

/// `sensitivity` must be a number from 0 to 1, wherever it comes from (flag, JSON, Python).
pub fn check_sensitivity(x: f64) -> Result<f32, String> {
    if x.is_finite() && (0.0..=1.0).contains(&x) {
        Ok(x as f32)
    } else {
        Err(format!("sensitivity takes a number from 0 to 1, not {x}"))
    }
}

/// Reads an `options` object with serde, as the JS API does: the same camelCase keys, every key
/// optional, an unknown key refused by name. `null` means the defaults.
pub fn options_from_json(v: Value) -> Result<Options, String> {
    match v {
        Value::Null => Ok(Options::default()),
        Value::Object(m) => {
            // Checked before serde sees it, so the message names the field rather than a type.
            if let Some(s) = m.get("sensitivity") {
                if let Some(x) = s.as_f64() {
                    check_sensitivity(x).map_err(|e| format!("options: {e}"))?;
                }
            }
            serde_json::from_value::<Options>(Value::Object(m)).map_err(|e| format!("options: {e}"))
        }
        other => Err(format!(
            "options: expected an object, not {}",
            type_name(&other)
        )),
    }
}

/// What a compared pair's line holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The whole report (`{"id", "report"}`).
    pub report: bool,
    /// The compact row ([`SummaryRow`], `{"id", "summary"}`).
    pub summary: bool,
    /// `Utf8` for the CLI (the same report as `storydiff --json`), `Codepoint` for Python and Spark.
    pub offsets: Offsets,
}

/// A record, read and checked, ready to compare.
pub struct Pair {
    pub id: Value,
    pub a: String,
    pub b: String,
    pub options: Options,
}

/// A record that cannot be compared: its id when it could be read, and why.
#[derive(Debug)]
pub struct Failure {
    pub id: Value,
    pub message: String,
}

/// The result of one record: the JSON line (without its newline), and whether it is an error line.
pub struct Outcome {
    pub line: String,
    pub ok: bool,
}

/// Reads one input line (the bytes between two newlines) into a [`Pair`].
pub fn parse(line: &[u8]) -> Result<Pair, Failure> {
    let fail = |id: &Value, message: String| Failure {
        id: id.clone(),
        message,
    };
    let null = Value::Null;
    let text = std::str::from_utf8(line).map_err(|e| {
        fail(
            &null,
            format!(
                "not valid UTF-8 (first bad byte at column {}); save the file as UTF-8",
                e.valid_up_to() + 1
            ),
        )
    })?;
    // A byte-order mark at the start of a file is not part of the record.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value =
        serde_json::from_str(text).map_err(|e| fail(&null, format!("invalid JSON: {e}")))?;
    let Value::Object(mut m) = value else {
        return Err(fail(
            &null,
            format!(
                "expected an object {{\"id\", \"a\", \"b\"}}, not {}",
                type_name(&value)
            ),
        ));
    };
    let id = match m.remove("id") {
        None | Some(Value::Null) => return Err(fail(&null, "field `id` is missing".into())),
        Some(v @ Value::String(_)) => v,
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => Value::Number(n),
        Some(v) => {
            return Err(fail(
                &null,
                format!(
                    "field `id` must be a string or an integer, not {}",
                    type_name(&v)
                ),
            ))
        }
    };
    let a = take_string(&mut m, "a", true).map_err(|e| fail(&id, e))?;
    let b = take_string(&mut m, "b", true).map_err(|e| fail(&id, e))?;
    let label_a = take_string(&mut m, "label_a", false).map_err(|e| fail(&id, e))?;
    let label_b = take_string(&mut m, "label_b", false).map_err(|e| fail(&id, e))?;
    let mut options =
        options_from_json(m.remove("options").unwrap_or(Value::Null)).map_err(|e| fail(&id, e))?;
    let (a, b) = (a.unwrap_or_default(), b.unwrap_or_default());
    check_text("field `a`", &a).map_err(|e| fail(&id, e))?;
    check_text("field `b`", &b).map_err(|e| fail(&id, e))?;
    if let Some(l) = label_a {
        options.label_a = l;
    }
    if let Some(l) = label_b {
        options.label_b = l;
    }
    // Other fields (a URL, a version number, a date) may ride along; they are not read.
    Ok(Pair { id, a, b, options })
}

fn take_string(
    m: &mut Map<String, Value>,
    key: &str,
    required: bool,
) -> Result<Option<String>, String> {
    match m.remove(key) {
        Some(Value::String(s)) => Ok(Some(s)),
        None | Some(Value::Null) if required => Err(format!("field `{key}` is missing")),
        None | Some(Value::Null) => Ok(None),
        Some(v) => Err(format!(
            "field `{key}` must be a string, not {}",
            type_name(&v)
        )),
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One record, from its line to its output line. `line_no` (from 1) goes into error lines so a
/// record whose id cannot be read can still be found; Python and Spark records have none.
pub fn process(line: &[u8], line_no: Option<u64>, settings: &Settings) -> Outcome {
    let pair = match parse(line) {
        Ok(p) => p,
        Err(f) => return error_line(&f.id, line_no, &f.message),
    };
    let id = pair.id.clone();
    match run(pair, settings.offsets) {
        Ok(report) => Outcome {
            line: ok_line(&id, &report, settings),
            ok: true,
        },
        Err(why) => error_line(&id, line_no, &why),
    }
}

/// As [`process`], with the report apart: the line without it (`{"id", "summary"?}` or the error
/// line), and the report's JSON when `with_report` (Python's `compare_records`, the Spark job).
pub fn process_split(
    line: &[u8],
    line_no: Option<u64>,
    settings: &Settings,
    with_report: bool,
) -> (String, Option<String>) {
    let pair = match parse(line) {
        Ok(p) => p,
        Err(f) => return (error_line(&f.id, line_no, &f.message).line, None),
    };
    let id = pair.id.clone();
    match run(pair, settings.offsets) {
        Ok(report) => {
            let head = Settings {
                report: false,
                ..*settings
            };
            (
                ok_line(&id, &report, &head),
                with_report.then(|| serde_json::to_string(&report).unwrap_or_default()),
            )
        }
        Err(why) => (error_line(&id, line_no, &why).line, None),
    }
}

/// Compares a checked pair. A panic in the engine (a bug: it is fuzzed never to) becomes an error.
pub fn run(pair: Pair, offsets: Offsets) -> Result<Report, String> {
    let Pair { a, b, options, .. } = pair;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let report = storydiff::compare(&a, &b, &options);
        match offsets {
            Offsets::Codepoint => report.into_codepoints(&a, &b),
            Offsets::Utf16 => report.into_utf16(&a, &b),
            Offsets::Utf8 => report,
        }
    }))
    .map_err(|p| {
        let why = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".into());
        format!("internal error in the comparison ({why}); please report it")
    })
}

fn ok_line(id: &Value, report: &Report, settings: &Settings) -> String {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a Value,
        #[serde(skip_serializing_if = "Option::is_none")]
        summary: Option<SummaryRow<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        report: Option<&'a Report>,
    }
    let line = Line {
        id,
        summary: settings.summary.then(|| SummaryRow::of(report)),
        report: settings.report.then_some(report),
    };
    // Plain data with string keys: serializing cannot fail.
    serde_json::to_string(&line).unwrap_or_default()
}

pub fn error_line(id: &Value, line_no: Option<u64>, message: &str) -> Outcome {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a Value,
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<u64>,
        error: &'a str,
    }
    Outcome {
        line: serde_json::to_string(&Line {
            id,
            line: line_no,
            error: message,
        })
        .unwrap_or_default(),
        ok: false,
    }
}

/// The compact row `--summary` writes instead of the report: counts, shares, and each conflict
/// with its two values. Every number is the report's own (`summary.*`); nothing is recomputed.
#[derive(Serialize)]
pub struct SummaryRow<'a> {
    pub comparison: Comparison,
    /// Share of a's story content that b also tells, and the reverse (`summary.a_in_b`, `b_in_a`).
    pub a_in_b: f32,
    pub b_in_a: f32,
    pub conflicts: usize,
    pub possible_conflicts: usize,
    pub different_stories: bool,
    pub edits: usize,
    /// Units of each side by status.
    pub a: &'a Counts,
    pub b: &'a Counts,
    /// Facts by status.
    pub facts: &'a FactCounts,
    /// Every sure conflict, in link order: what kind of value, what it counts, and the two values.
    pub conflict_values: Vec<ConflictValue<'a>>,
}

#[derive(Serialize)]
pub struct ConflictValue<'a> {
    pub kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slot: Option<&'a str>,
    pub a: &'a str,
    pub b: &'a str,
}

impl<'a> SummaryRow<'a> {
    pub fn of(r: &'a Report) -> SummaryRow<'a> {
        let s = &r.summary;
        SummaryRow {
            comparison: r.comparison,
            a_in_b: s.a_in_b,
            b_in_a: s.b_in_a,
            conflicts: s.conflicts,
            possible_conflicts: s.possible_conflicts,
            different_stories: s.different_stories,
            edits: s.edits,
            a: &s.a,
            b: &s.b,
            facts: &s.facts,
            conflict_values: r
                .links
                .iter()
                .flat_map(|l| &l.conflicts)
                .map(|c| ConflictValue {
                    kind: &c.kind,
                    slot: c.slot.as_deref(),
                    a: &c.a.value,
                    b: &c.b.value,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UTF8: Settings = Settings {
        report: true,
        summary: false,
        offsets: Offsets::Utf8,
    };

    fn err(line: &str) -> String {
        let out = process(line.as_bytes(), Some(7), &UTF8);
        assert!(!out.ok, "{line} -> {}", out.line);
        let v: Value = serde_json::from_str(&out.line).unwrap();
        assert_eq!(v["line"], 7);
        v["error"].as_str().unwrap().to_string()
    }

    #[test]
    fn every_bad_record_is_an_error_with_a_reason() {
        assert!(err("{").starts_with("invalid JSON"));
        assert!(err("[1,2]").contains("expected an object"));
        assert!(err(r#"{"a":"x","b":"y"}"#).contains("`id` is missing"));
        assert!(err(r#"{"id":1.5,"a":"x","b":"y"}"#).contains("string or an integer"));
        assert!(err(r#"{"id":"k","b":"y"}"#).contains("`a` is missing"));
        assert!(err(r#"{"id":"k","a":"x","b":3}"#).contains("`b` must be a string, not a number"));
        assert!(err(r#"{"id":"k","a":"x","b":"y","options":{"colour":1}}"#)
            .contains("unknown field `colour`"));
        assert!(
            err(r#"{"id":"k","a":"x","b":"y","options":{"sensitivity":2}}"#)
                .contains("from 0 to 1")
        );
        assert!(err(r#"{"id":"k","a":"x","b":"y","options":[]}"#).contains("expected an object"));
        assert!(err(r#"{"id":"k","a":"x\u0000","b":"y"}"#).contains("NUL"));
        assert!(err(r#"{"id":"k","a":"x","b":"y","label_a":false}"#).contains("`label_a`"));
        let bad_utf8 = process(b"{\"id\":\"k\",\"a\":\"\xff\"}", Some(7), &UTF8);
        assert!(bad_utf8.line.contains("not valid UTF-8"));
    }

    #[test]
    fn the_error_names_the_id_when_it_could_be_read() {
        let out = process(br#"{"id":"k9","a":"x"}"#, None, &UTF8);
        let v: Value = serde_json::from_str(&out.line).unwrap();
        assert_eq!(v["id"], "k9");
        assert!(v.get("line").is_none());
    }

    #[test]
    fn a_good_record_gives_the_report_and_its_summary() {
        let line = br#"{"id":3,"a":"Floods killed 23 people on Tuesday.","b":"Floods killed 27 people on Tuesday.","extra":"ignored"}"#;
        let both = Settings {
            report: true,
            summary: true,
            offsets: Offsets::Utf8,
        };
        let out = process(line, Some(1), &both);
        assert!(out.ok, "{}", out.line);
        let v: Value = serde_json::from_str(&out.line).unwrap();
        assert_eq!(v["id"], 3);
        assert_eq!(v["report"]["summary"]["conflicts"], 1);
        assert_eq!(v["summary"]["conflicts"], 1);
        assert_eq!(v["summary"]["conflict_values"][0]["a"], "23");
        assert_eq!(v["summary"]["conflict_values"][0]["b"], "27");
    }
}
