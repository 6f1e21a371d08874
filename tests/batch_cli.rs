//! `storydiff batch` as a user runs it: the same reports as `storydiff --json`, in input order or not,
//! on one thread or many; a summary row per pair; every bad record an error line and the run going
//! on; a kill leaving whole lines; --resume finishing the job with nothing lost or doubled; memory
//! bounded by the window, not by the input.

use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_storydiff");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("storydiff-batch-test-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

/// The fixture pairs (tests/fixtures/*/{a,b}.txt): (name, a, b).
fn fixtures() -> Vec<(String, String, String)> {
    let mut v = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("a.txt").is_file() && p.join("b.txt").is_file())
        .collect();
    dirs.sort();
    for d in dirs {
        v.push((
            d.file_name().unwrap().to_string_lossy().into_owned(),
            std::fs::read_to_string(d.join("a.txt")).unwrap(),
            std::fs::read_to_string(d.join("b.txt")).unwrap(),
        ));
    }
    assert!(v.len() >= 10, "fixtures missing");
    v
}

fn record(id: &str, a: &str, b: &str) -> String {
    json!({"id": id, "a": a, "b": b}).to_string()
}

/// `n` records cycling through the fixtures, each with its own id.
fn many(n: usize) -> String {
    let fx = fixtures();
    let mut s = String::new();
    for i in 0..n {
        let (name, a, b) = &fx[i % fx.len()];
        s += &record(&format!("{name}#{i}"), a, b);
        s.push('\n');
    }
    s
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run storydiff batch");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn lines(out: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(out).expect("output is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "output ends mid-line"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn cli_json(a: &str, b: &str) -> Value {
    let (pa, pb) = (tmp("cli-a.txt"), tmp("cli-b.txt"));
    std::fs::write(&pa, a).unwrap();
    std::fs::write(&pb, b).unwrap();
    let o = Command::new(BIN)
        .arg("--json")
        .arg(&pa)
        .arg(&pb)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn reports_equal_the_cli_json_in_input_order_on_any_thread_count() {
    let fx = fixtures();
    let mut input = String::new();
    for (name, a, b) in &fx {
        input += &record(name, a, b);
        input.push('\n');
    }
    let one = run(&["--threads", "1", "-"], input.as_bytes());
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    let two = run(&["--threads", "2", "-"], input.as_bytes());
    assert_eq!(
        one.stdout, two.stdout,
        "1 and 2 threads give the same bytes"
    );
    let got = lines(&one.stdout);
    assert_eq!(got.len(), fx.len());
    for ((name, a, b), line) in fx.iter().zip(&got) {
        assert_eq!(line["id"], json!(name), "input order");
        assert_eq!(line["report"], cli_json(a, b), "{name}: batch == --json");
        assert!(line.get("error").is_none());
    }
    // Unordered: the same lines, in whatever order they finished.
    let un = run(&["--unordered", "--threads", "2", "-"], input.as_bytes());
    let mut a: Vec<String> = lines(&un.stdout).iter().map(|v| v.to_string()).collect();
    let mut b: Vec<String> = got.iter().map(|v| v.to_string()).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
    // Closing summary on stderr, one line, no progress bar (stderr is not a terminal here).
    let err = stderr(&one);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("storydiff batch: {} pairs (0 errors)", fx.len())),
        "{err}"
    );
    assert!(!err.contains('\x1b'), "no escape codes off a terminal");
    let quiet = run(&["-q", "-"], input.as_bytes());
    assert!(quiet.stderr.is_empty());
}

#[test]
fn options_and_labels_reach_the_engine() {
    let (_, a, b) = fixtures()
        .into_iter()
        .find(|f| f.0 == "en-flood-toll")
        .unwrap();
    let line = json!({"id": 1, "a": a, "b": b, "label_a": "Wire",
                      "options": {"factKinds": ["number"], "sensitivity": 0.9, "comparison": "outlets"}});
    let o = run(&["-"], format!("{line}\n").as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got = &lines(&o.stdout)[0];
    assert_eq!(got["id"], 1, "an integer id comes back as an integer");
    let facts = got["report"]["facts"].as_array().unwrap();
    assert!(!facts.is_empty() && facts.iter().all(|f| f["kind"] == "number"));
}

#[test]
fn summary_rows_hold_the_reports_counts_shares_and_conflict_values() {
    let fx = fixtures();
    let mut input = String::new();
    for (name, a, b) in &fx {
        input += &record(name, a, b);
        input.push('\n');
    }
    let full = lines(&run(&["-"], input.as_bytes()).stdout);
    let o = run(&["--summary", "-"], input.as_bytes());
    let rows = lines(&o.stdout);
    let mut conflicts_seen = 0;
    for (f, s) in full.iter().zip(&rows) {
        assert_eq!(f["id"], s["id"]);
        let (r, s) = (&f["report"], &s["summary"]);
        assert!(f.get("summary").is_none() && s.get("report").is_none());
        for k in [
            "a_in_b",
            "b_in_a",
            "conflicts",
            "possible_conflicts",
            "different_stories",
            "edits",
            "a",
            "b",
            "facts",
        ] {
            assert_eq!(s[k], r["summary"][k], "{k}");
        }
        assert_eq!(s["comparison"], r["comparison"]);
        let want: Vec<Value> = r["links"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|l| l["conflicts"].as_array().cloned().unwrap_or_default())
            .map(|c| {
                let mut v = json!({"kind": c["kind"], "a": c["a"]["value"], "b": c["b"]["value"]});
                if let Some(slot) = c.get("slot") {
                    v["slot"] = slot.clone();
                }
                v
            })
            .collect();
        assert_eq!(s["conflict_values"], Value::Array(want.clone()));
        conflicts_seen += want.len();
    }
    assert!(conflicts_seen > 5, "the fixtures hold conflicts");
}

/// Every kind of bad record, between good ones: each becomes one error line, in its place, naming
/// its id or its line number; the good ones are compared; the run ends with exit code 4.
#[test]
fn bad_records_become_error_lines_and_the_run_goes_on() {
    let good = |id: &str| record(id, "Floods killed 23 people.", "Floods killed 27 people.");
    let big = "x".repeat(64 * 1024 * 1024 + 1);
    let mut input: Vec<Vec<u8>> = vec![
        good("g1").into(),
        b"{not json".to_vec(),
        b"[1, 2, 3]".to_vec(),
        br#"{"a": "x", "b": "y"}"#.to_vec(),
        br#"{"id": 2.5, "a": "x", "b": "y"}"#.to_vec(),
        br#"{"id": "no-b", "a": "x"}"#.to_vec(),
        br#"{"id": "b-number", "a": "x", "b": 7}"#.to_vec(),
        br#"{"id": "label", "a": "x", "b": "y", "label_a": ["W"]}"#.to_vec(),
        br#"{"id": "unknown-option", "a": "x", "b": "y", "options": {"sensitivty": 0.3}}"#.to_vec(),
        br#"{"id": "bad-type", "a": "x", "b": "y", "options": {"hideFurniture": "yes"}}"#.to_vec(),
        br#"{"id": "sensitivity", "a": "x", "b": "y", "options": {"sensitivity": 7}}"#.to_vec(),
        br#"{"id": "kinds", "a": "x", "b": "y", "options": {"factKinds": ["numbers"]}}"#.to_vec(),
        br#"{"id": "nul", "a": "x\u0000y", "b": "y"}"#.to_vec(),
        b"{\"id\": \"latin1\", \"a\": \"caf\xe9\", \"b\": \"y\"}".to_vec(),
        format!(r#"{{"id": "too-big", "a": "{big}", "b": "y"}}"#).into_bytes(),
        b"".to_vec(), // blank: skipped, no output line
        good("g2").into(),
    ];
    let data: Vec<u8> = input
        .iter_mut()
        .flat_map(|l| {
            l.push(b'\n');
            l.clone()
        })
        .collect();
    drop(big);
    let o = run(&["--threads", "2", "-"], &data);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let got = lines(&o.stdout);
    let expect: Vec<(Value, Option<u64>, &str)> = vec![
        (json!("g1"), None, ""),
        (Value::Null, Some(2), "invalid JSON"),
        (Value::Null, Some(3), "expected an object"),
        (Value::Null, Some(4), "field `id` is missing"),
        (
            Value::Null,
            Some(5),
            "field `id` must be a string or an integer",
        ),
        (json!("no-b"), Some(6), "field `b` is missing"),
        (json!("b-number"), Some(7), "field `b` must be a string"),
        (json!("label"), Some(8), "field `label_a` must be a string"),
        (
            json!("unknown-option"),
            Some(9),
            "options: unknown field `sensitivty`",
        ),
        (json!("bad-type"), Some(10), "options: invalid type"),
        (json!("sensitivity"), Some(11), "from 0 to 1"),
        (json!("kinds"), Some(12), "unknown variant `numbers`"),
        (json!("nul"), Some(13), "NUL"),
        (Value::Null, Some(14), "not valid UTF-8"),
        (json!("too-big"), Some(15), "larger than 64 MB"),
        (json!("g2"), None, ""),
    ];
    assert_eq!(got.len(), expect.len(), "one line per record");
    for (line, (id, no, why)) in got.iter().zip(&expect) {
        assert_eq!(&line["id"], id, "{line}");
        match no {
            None => assert_eq!(line["report"]["summary"]["conflicts"], 1, "{line}"),
            Some(n) => {
                assert_eq!(line["line"], *n, "{line}");
                let e = line["error"].as_str().unwrap();
                assert!(e.contains(why), "line {n}: {e:?} should say {why:?}");
            }
        }
    }
    assert!(stderr(&o).contains("17 pairs (14 errors)") || stderr(&o).contains("(14 errors)"));
}

#[test]
fn a_line_longer_than_any_record_streams_past_as_an_error() {
    // 200 MB of one line, fed through a pipe: no more than the 129 MB a record may take is held.
    let mut data = b"{\"id\": \"huge\", \"a\": \"".to_vec();
    data.resize(200 << 20, b'y');
    data.extend_from_slice(b"\", \"b\": \"y\"}\n");
    data.extend_from_slice(record("after", "One.", "Two.").as_bytes());
    data.push(b'\n');
    let o = run(&["-"], &data);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let got = lines(&o.stdout);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0]["line"], 1);
    assert!(got[0]["error"].as_str().unwrap().contains("longer than"));
    assert_eq!(got[1]["id"], "after");
    let peak = peak_mb(&stderr(&o));
    assert!(peak < 160, "a 200 MB line held in memory? peak {peak} MB");
}

fn peak_mb(stderr: &str) -> u64 {
    let at = stderr
        .find("peak memory ")
        .unwrap_or_else(|| panic!("{stderr}"));
    stderr[at + 12..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// The input streams through a bounded window: 400 MB of records in about the memory of 4 MB.
#[test]
fn memory_does_not_grow_with_the_input() {
    let pad = "p".repeat(100 << 10);
    let rec = move |i: usize| {
        format!(
            "{{\"id\": {i}, \"a\": \"Floods killed {i} people.\", \"b\": \"Floods killed 3 people.\", \"pad\": \"{pad}\"}}\n"
        )
    };
    let small: String = (0..40).map(&rec).collect();
    let o_small = run(&["--summary", "-"], small.as_bytes());
    assert_eq!(o_small.status.code(), Some(0), "{}", stderr(&o_small));
    // Fed from a thread as it is made, so the test does not hold 400 MB either.
    let mut child = Command::new(BIN)
        .args(["batch", "--summary", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let n = 4000;
    let feeder = std::thread::spawn(move || {
        for i in 0..n {
            stdin.write_all(rec(i).as_bytes()).unwrap();
        }
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(lines(&out.stdout).len(), n);
    let (small_mb, big_mb) = (peak_mb(&stderr(&o_small)), peak_mb(&stderr(&out)));
    // The window holds at most 32 MB of input lines; 100x the input must not be 100x the memory.
    assert!(
        big_mb < small_mb + 80,
        "4 MB in: {small_mb} MB; 400 MB in: {big_mb} MB"
    );
}

// ---- kill, interrupt, resume --------------------------------------------------------------------

fn ids_of(path: &Path) -> (Vec<String>, bool) {
    let text = String::from_utf8(std::fs::read(path).unwrap()).unwrap();
    let whole = text.is_empty() || text.ends_with('\n');
    let complete = if whole {
        &text[..]
    } else {
        &text[..text.rfind('\n').map_or(0, |i| i + 1)]
    };
    let ids = complete
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("a complete line that is not JSON ({e}): {l}"));
            assert!(v.get("report").is_some(), "{l}");
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    (ids, whole)
}

/// Starts a batch over `input` into `out`, waits until it has written something, and sends `signal`.
fn start_and_stop(input: &Path, out: &Path, signal: &str) -> std::process::ExitStatus {
    let mut child = Command::new(BIN)
        .args(["batch", "--threads", "2", "-o"])
        .arg(out)
        .arg(input)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while std::fs::metadata(out).map_or(0, |m| m.len()) < 20_000 {
        assert!(t0.elapsed() < Duration::from_secs(60), "no output");
        assert!(child.try_wait().unwrap().is_none(), "finished too soon");
        std::thread::sleep(Duration::from_millis(20));
    }
    if signal == "KILL" {
        child.kill().unwrap();
    } else {
        let ok = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(ok.success());
    }
    child.wait().unwrap()
}

#[test]
fn a_killed_or_stopped_run_leaves_whole_lines_and_resume_finishes_it() {
    let n = 400;
    let input = tmp("kill-in.jsonl");
    std::fs::write(&input, many(n)).unwrap();
    let want: Vec<String> = (0..n)
        .map(|i| {
            let fx = fixtures();
            format!("{}#{i}", fx[i % fx.len()].0)
        })
        .collect();
    // The reference: one uninterrupted run.
    let full = tmp("kill-full.jsonl");
    let o = Command::new(BIN)
        .args(["batch", "-q", "-o"])
        .arg(&full)
        .arg(&input)
        .status()
        .unwrap();
    assert_eq!(o.code(), Some(0));
    let reference: HashMap<String, String> = std::fs::read_to_string(&full)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), l.to_string())
        })
        .collect();

    for (signal, code) in [("KILL", None), ("TERM", Some(143)), ("INT", Some(130))] {
        let out = tmp(&format!("kill-{signal}.jsonl"));
        let _ = std::fs::remove_file(&out);
        let status = start_and_stop(&input, &out, signal);
        assert_eq!(status.code(), code, "{signal}: {status:?}");
        let (ids, whole) = ids_of(&out);
        assert!(
            !ids.is_empty() && ids.len() < n,
            "{signal}: {} lines",
            ids.len()
        );
        if signal != "KILL" {
            assert!(whole, "{signal}: a stopped run ends on a whole line");
        }
        assert_eq!(ids[..], want[..ids.len()], "{signal}: in input order");
        // Resume: the rest, nothing twice.
        let r = Command::new(BIN)
            .args(["batch", "--resume", "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
        assert!(
            stderr(&r).contains(&format!("{} skipped", ids.len())),
            "{}",
            stderr(&r)
        );
        let text = std::fs::read_to_string(&out).unwrap();
        let mut got: BTreeMap<String, String> = BTreeMap::new();
        for l in text.lines() {
            let v: Value = serde_json::from_str(l).expect("every line parses after resume");
            let id = v["id"].as_str().unwrap().to_string();
            assert!(
                got.insert(id.clone(), l.to_string()).is_none(),
                "{id} twice"
            );
        }
        assert_eq!(got.len(), n, "{signal}: every record once");
        for (id, line) in &got {
            assert_eq!(
                line, &reference[id],
                "{signal}: {id} as in an uninterrupted run"
            );
        }
    }
}

#[test]
fn resume_cuts_a_torn_last_line_and_skips_id_less_errors_by_line_number() {
    let input = tmp("resume-in.jsonl");
    std::fs::write(
        &input,
        format!(
            "{}\n{{broken\n{}\n{}\n",
            record("a", "One 1.", "One 2."),
            record("b", "Two 1.", "Two 2."),
            record("c", "Three 1.", "Three 2.")
        ),
    )
    .unwrap();
    let out = tmp("resume-out.jsonl");
    // As a kill during a write leaves it: two whole lines, and half of the third.
    let first = run(&["-"], std::fs::read(&input).unwrap().as_slice());
    let text = String::from_utf8(first.stdout).unwrap();
    let mut torn: Vec<&str> = text.lines().take(3).collect();
    let half = &torn[2][..torn[2].len() / 2];
    torn.pop();
    std::fs::write(&out, format!("{}\n{half}", torn.join("\n"))).unwrap();
    let r = Command::new(BIN)
        .args(["batch", "--resume", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0), "{}", stderr(&r));
    let got = lines(&std::fs::read(&out).unwrap());
    let ids: Vec<Value> = got.iter().map(|v| v["id"].clone()).collect();
    assert_eq!(ids, vec![json!("a"), Value::Null, json!("b"), json!("c")]);
    assert_eq!(got[1]["line"], 2);
    // Nothing left to do: a second resume writes nothing.
    let again = Command::new(BIN)
        .args(["batch", "--resume", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert!(stderr(&again).contains("0 pairs"), "{}", stderr(&again));
    assert_eq!(lines(&std::fs::read(&out).unwrap()).len(), 4);
}

#[test]
fn the_command_line_is_checked() {
    let code = |args: &[&str]| run(args, b"").status.code();
    assert_eq!(code(&[]), Some(2), "no input");
    assert_eq!(code(&["a", "b"]), Some(2), "two inputs");
    assert_eq!(code(&["--resume", "-"]), Some(2), "--resume without -o");
    assert_eq!(code(&["--threads", "0", "-"]), Some(2));
    assert_eq!(code(&["--threads", "many", "-"]), Some(2));
    assert_eq!(code(&["--frobnicate", "-"]), Some(2));
    assert_eq!(code(&["/no/such/file.jsonl"]), Some(3));
    assert_eq!(code(&["/tmp"]), Some(3), "a directory");
    let input = tmp("same.jsonl");
    std::fs::write(&input, record("x", "a", "b") + "\n").unwrap();
    let p = input.to_str().unwrap();
    assert_eq!(code(&["-o", p, p]), Some(2), "input as output");
    assert_eq!(
        std::fs::read_to_string(&input).unwrap(),
        record("x", "a", "b") + "\n",
        "the input is untouched"
    );
    let help = run(&["--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--resume"));
    let empty = run(&["-"], b"");
    assert_eq!(empty.status.code(), Some(0));
    assert!(empty.stdout.is_empty());
}
