//! The hostile-input corpus (tests/hostile/, described in its README.md) through the built
//! `storydiff` binary, the way a user or a script runs it.
//!
//! For every input: no panic (exit code 101 or "panicked" on stderr), the documented exit code
//! (0 compared, 1 conflicts with --fail-on-conflict, 2 bad command line, 3 unreadable input), a
//! JSON report that parses and keeps the report contract, HTML and Markdown in which markup from the
//! text stays inert, and a terminal view that passes no escape sequence from the text through.
//!
//! Each run is killed after a time limit (SMALL_LIMIT, BIG_LIMIT below): a hang is a failure, not a
//! stuck CI. The multi-megabyte inputs are generated here, not committed; full size they are
//! #[ignore]d from the debug `cargo test` (which runs smaller versions of the same shapes) and run
//! by `make test` in a release build:
//!     cargo test --release --test hostile_cli -- --ignored --test-threads=1
//! (about 90 s on a 2-core machine, the slowest run 40 s: a million copies of one sentence against
//! themselves).

#[path = "../fuzz/invariants.rs"]
mod invariants;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use storydiff::report::Report;
use storydiff::Options;

const BIN: &str = env!("CARGO_BIN_EXE_storydiff");
/// Per run, for the committed corpus (every file is under 100 KB). Debug builds are slow; a release
/// build does all of these in well under a second.
const SMALL_LIMIT: Duration = Duration::from_secs(20);
/// Per run, for the generated multi-megabyte inputs: a minute for a 10 MB file or a million
/// sentences in a release build on a busy 2-core machine (a 10 MB line compared with itself takes
/// about 20 s there). The small versions `cargo test` runs get two minutes in a debug build.
const BIG_LIMIT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 120 } else { 60 });

const EXIT_OK: i32 = 0;
const EXIT_CONFLICT: i32 = 1;
const EXIT_USAGE: i32 = 2;
const EXIT_INPUT: i32 = 3;

/// An ordinary story, the partner of every hostile input.
const STORY: &str =
    "Floods in the north\n\nFloods killed 23 people in the north on Tuesday, police said. \
Roads were closed across the region. Prime Minister Modi visited Delhi on Wednesday.\n\n\
बाढ़ में १४ लोगों की मौत हुई। पुलिस ने कहा कि सड़कें बंद हैं।\n";

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("hostile")
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile_cli");
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir.join(name)
}

/// Written once: tests run in parallel, and rewriting the file (truncate, then write) while another
/// test's CLI reads it gave that CLI half a story.
fn story_file() -> PathBuf {
    static STORY_FILE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    STORY_FILE
        .get_or_init(|| {
            let p = scratch(&format!("story-{}.txt", std::process::id()));
            std::fs::write(&p, STORY).expect("write story");
            p
        })
        .clone()
}

/// Corpus files: (path, is_text). Files named *.bad are not text and must be refused.
fn corpus() -> Vec<(PathBuf, bool)> {
    let mut out: Vec<(PathBuf, bool)> = std::fs::read_dir(corpus_dir())
        .expect("tests/hostile exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .map(|p| {
            let bad = p.extension().is_some_and(|e| e == "bad");
            (p, !bad)
        })
        .collect();
    out.sort();
    out
}

struct Run {
    code: Option<i32>,
    /// Killed after this limit.
    timed_out: Option<Duration>,
    stdout: Vec<u8>,
    stderr: String,
    what: String,
}

impl Run {
    fn text(&self) -> String {
        String::from_utf8(self.stdout.clone())
            .unwrap_or_else(|e| panic!("{}: stdout is not UTF-8: {e}", self.what))
    }

    /// No panic and the expected exit code, or a message saying what happened.
    fn expect(&self, code: i32) -> Result<(), String> {
        if let Some(limit) = self.timed_out {
            return Err(format!(
                "{}: still running after {limit:?}; killed",
                self.what
            ));
        }
        if self.code == Some(101) || self.stderr.contains("panicked") {
            return Err(format!(
                "{}: PANIC (exit {:?}): {}",
                self.what,
                self.code,
                self.stderr.trim()
            ));
        }
        if self.code != Some(code) {
            return Err(format!(
                "{}: exit {:?}, expected {code}; stderr: {}",
                self.what,
                self.code,
                self.stderr.trim()
            ));
        }
        Ok(())
    }
}

/// Runs the CLI with a time limit; stdout and stderr are drained on threads so a large output
/// cannot block the child on a full pipe.
fn cli(args: &[OsString], stdin: Option<Vec<u8>>, limit: Duration) -> Run {
    let what = format!(
        "storydiff {}",
        args.iter()
            .map(|a| {
                let s = a.to_string_lossy();
                s.rsplit('/').next().unwrap_or(&s).to_string()
            })
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut child = Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {BIN}: {e}"));
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin piped");
        // The CLI may stop reading early (input over the size limit): a broken pipe is expected then.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let mut out_pipe = child.stdout.take().expect("stdout piped");
    let mut err_pipe = child.stderr.take().expect("stderr piped");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let started = Instant::now();
    let mut timed_out = None;
    let status = loop {
        match child.try_wait().expect("wait for storydiff") {
            Some(s) => break s,
            None if started.elapsed() > limit => {
                let _ = child.kill();
                timed_out = Some(limit);
                break child.wait().expect("wait for the killed storydiff");
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    };
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Run {
        code: status.code(),
        timed_out,
        stdout: out_t.join().unwrap_or_default(),
        stderr: String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned(),
        what,
    }
}

fn args(list: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<OsString> {
    list.iter().map(|a| a.as_ref().to_os_string()).collect()
}

/// What the report's offsets point into: the file exactly as given (docs/REPORT.md).
fn read_text(p: &Path) -> String {
    String::from_utf8(std::fs::read(p).expect("read corpus file"))
        .expect("text corpus files are UTF-8")
}

fn report_of(run: &Run) -> Result<Report, String> {
    serde_json::from_slice::<Report>(&run.stdout).map_err(|e| {
        format!(
            "{}: --json output does not parse as a report: {e}",
            run.what
        )
    })
}

/// Runs `check` on every text input of the corpus and fails once, listing every failure.
fn each_text_input(check: impl Fn(&Path, &str) -> Result<(), String>) {
    let mut failures = Vec::new();
    let texts: Vec<_> = corpus().into_iter().filter(|(_, text)| *text).collect();
    assert!(!texts.is_empty());
    for (path, _) in &texts {
        let text = read_text(path);
        if let Err(e) = check(path, &text) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} inputs failed:\n{}",
        failures.len(),
        texts.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_has_forty_inputs_and_each_is_described() {
    let files = corpus();
    assert!(
        files.len() >= 40,
        "only {} inputs in tests/hostile",
        files.len()
    );
    let readme =
        std::fs::read_to_string(corpus_dir().join("README.md")).expect("tests/hostile/README.md");
    for (p, _) in &files {
        let name = p.file_name().unwrap().to_string_lossy();
        assert!(
            readme.contains(&format!("`{name}`")),
            "tests/hostile/README.md does not describe {name}"
        );
    }
}

#[test]
fn json_report_keeps_the_contract_against_a_story_and_against_empty() {
    let story = story_file();
    let empty = corpus_dir().join("empty.txt");
    let o = Options::default();
    each_text_input(|path, text| {
        for (a, b, ta, tb) in [
            (path, story.as_path(), text, STORY),
            (story.as_path(), path, STORY, text),
            (empty.as_path(), path, "", text),
        ] {
            let run = cli(&args(&[&"--json", &a, &b]), None, SMALL_LIMIT);
            run.expect(EXIT_OK)?;
            let r = report_of(&run)?;
            invariants::check_report(ta, tb, &o, &r).map_err(|e| format!("{}: {e}", run.what))?;
        }
        Ok(())
    });
}

#[test]
fn identical_sides_are_all_same() {
    let o = Options::default();
    each_text_input(|path, text| {
        let run = cli(&args(&[&"--json", &path, &path]), None, SMALL_LIMIT);
        run.expect(EXIT_OK)?;
        let r = report_of(&run)?;
        invariants::check_report(text, text, &o, &r).map_err(|e| format!("{}: {e}", run.what))?;
        invariants::check_self_compare(text, &r).map_err(|e| format!("{}: {e}", run.what))
    });
}

#[test]
fn html_output_keeps_markup_from_the_text_inert() {
    let story = story_file();
    each_text_input(|path, _| {
        for (a, b) in [(path, story.as_path()), (story.as_path(), path)] {
            let run = cli(
                &args(&[
                    &"--html",
                    &"--label-a",
                    &"<script>window.__pwned=1</script>",
                    &a,
                    &b,
                ]),
                None,
                SMALL_LIMIT,
            );
            run.expect(EXIT_OK)?;
            invariants::check_html_output(&run.text()).map_err(|e| format!("{}: {e}", run.what))?;
        }
        Ok(())
    });
}

#[test]
fn markdown_output_keeps_markup_from_the_text_inert() {
    let story = story_file();
    each_text_input(|path, _| {
        let run = cli(
            &args(&[
                &"--markdown",
                &"--label-b",
                &"[x](javascript:alert(1))",
                &path,
                &story,
            ]),
            None,
            SMALL_LIMIT,
        );
        run.expect(EXIT_OK)?;
        invariants::check_markdown_output(&run.text()).map_err(|e| format!("{}: {e}", run.what))
    });
}

#[test]
fn terminal_output_passes_no_escape_sequence_from_the_text() {
    let story = story_file();
    each_text_input(|path, _| {
        for color in [false, true] {
            let when = if color { "always" } else { "never" };
            let run = cli(
                &args(&[&"--text", &"--color", &when, &path, &story]),
                None,
                SMALL_LIMIT,
            );
            run.expect(EXIT_OK)?;
            invariants::check_terminal_output(&run.text(), color)
                .map_err(|e| format!("{}: {e}", run.what))?;
        }
        Ok(())
    });
}

/// SECURITY.md: the terminal view prints the texts' bidi controls (embeddings, overrides, isolates,
/// marks) as U+FFFD, so a text cannot reorder what the reader sees ("72" shown as "27").
#[test]
fn terminal_output_shows_bidi_controls_as_replacement_characters() {
    let is_bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
    let path = corpus_dir().join("bidi-overrides.txt");
    assert!(read_text(&path).chars().any(is_bidi));
    for color in ["never", "always"] {
        let run = cli(
            &args(&[&"--text", &"--color", &color, &path, &path]),
            None,
            SMALL_LIMIT,
        );
        run.expect(EXIT_OK).unwrap();
        let out = run.text();
        assert!(
            !out.chars().any(is_bidi),
            "{}: a bidi control reached the terminal",
            run.what
        );
        assert!(
            out.contains('\u{FFFD}'),
            "{}: no replacement character",
            run.what
        );
    }
}

/// One line on stderr naming the input, exit 3, nothing on stdout: the message a user can act on.
fn refused(run: &Run, name: &str) -> Result<(), String> {
    run.expect(EXIT_INPUT)?;
    let msg = run.stderr.trim_end();
    if msg.is_empty() || msg.contains('\n') {
        return Err(format!(
            "{}: expected one line on stderr, got {:?}",
            run.what, run.stderr
        ));
    }
    if !msg.contains(name) {
        return Err(format!(
            "{}: the message {msg:?} does not name {name:?}",
            run.what
        ));
    }
    if !run.stdout.is_empty() {
        return Err(format!(
            "{}: printed {} bytes on stdout for a refused input",
            run.what,
            run.stdout.len()
        ));
    }
    Ok(())
}

#[test]
fn non_text_inputs_are_refused_with_one_line_naming_them() {
    let story = story_file();
    let bad: Vec<_> = corpus()
        .into_iter()
        .filter(|(_, text)| !*text)
        .map(|(p, _)| p)
        .collect();
    assert!(bad.len() >= 6, "expected the *.bad inputs in tests/hostile");
    let mut failures = Vec::new();
    for p in &bad {
        let path = p.to_string_lossy().into_owned();
        for (a, b) in [
            (p.as_path(), story.as_path()),
            (story.as_path(), p.as_path()),
        ] {
            if let Err(e) = refused(&cli(&args(&[&"--json", &a, &b]), None, SMALL_LIMIT), &path) {
                failures.push(e);
            }
        }
        let piped = cli(
            &args(&[&"-", &story]),
            Some(std::fs::read(p).unwrap()),
            SMALL_LIMIT,
        );
        if let Err(e) = refused(&piped, "standard input") {
            failures.push(format!("{} (stdin = {}): {e}", piped.what, p.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn missing_files_and_directories_are_refused() {
    let story = story_file();
    let missing = scratch("does-not-exist.txt");
    let dir = corpus_dir();
    refused(
        &cli(&args(&[&missing, &story]), None, SMALL_LIMIT),
        &missing.to_string_lossy(),
    )
    .unwrap();
    refused(
        &cli(&args(&[&story, &dir]), None, SMALL_LIMIT),
        &dir.to_string_lossy(),
    )
    .unwrap();
}

#[test]
fn bad_command_lines_exit_2() {
    let story = story_file();
    let s = story.as_os_str();
    let cases: Vec<Vec<OsString>> = vec![
        vec![],
        args(&[&s]),
        args(&[&s, &s, &s]),
        args(&[&"--no-such-option", &s, &s]),
        args(&[&"--sensitivity", &"2", &s, &s]),
        args(&[&"--sensitivity", &"NaN", &s, &s]),
        args(&[&"--sensitivity", &"-0.5", &s, &s]),
        args(&[&"--sensitivity"]),
        args(&[&"--color", &"sometimes", &s, &s]),
        args(&[&"-", &"-"]),
    ];
    for a in cases {
        let run = cli(&a, Some(Vec::new()), SMALL_LIMIT);
        run.expect(EXIT_USAGE).unwrap();
        assert!(
            run.stdout.is_empty(),
            "{}: usage errors go to stderr",
            run.what
        );
    }
}

#[test]
fn fail_on_conflict_exits_1_only_on_a_conflict() {
    let a = scratch("conflict-a.txt");
    let b = scratch("conflict-b.txt");
    std::fs::write(
        &a,
        "Floods killed 23 people in the north on Tuesday. Roads were closed.",
    )
    .unwrap();
    std::fs::write(
        &b,
        "On Tuesday, floods killed 27 people in the north. Schools stayed open.",
    )
    .unwrap();
    cli(&args(&[&"--fail-on-conflict", &a, &b]), None, SMALL_LIMIT)
        .expect(EXIT_CONFLICT)
        .unwrap();
    cli(&args(&[&a, &b]), None, SMALL_LIMIT)
        .expect(EXIT_OK)
        .unwrap();
    cli(&args(&[&"--fail-on-conflict", &a, &a]), None, SMALL_LIMIT)
        .expect(EXIT_OK)
        .unwrap();
}

#[test]
fn stdin_side_reads_the_same_as_a_file() {
    let story = story_file();
    let path = corpus_dir().join("mixed-scripts.txt");
    let from_file = cli(&args(&[&"--json", &path, &story]), None, SMALL_LIMIT);
    let from_stdin = cli(
        &args(&[&"--json", &"-", &story]),
        Some(std::fs::read(&path).unwrap()),
        SMALL_LIMIT,
    );
    from_file.expect(EXIT_OK).unwrap();
    from_stdin.expect(EXIT_OK).unwrap();
    assert_eq!(
        report_of(&from_file).unwrap(),
        report_of(&from_stdin).unwrap()
    );
}

#[test]
fn input_over_the_size_limit_is_refused_quickly() {
    // 64 MiB is the documented limit; one byte more must be refused without reading on.
    let p = scratch("over-limit.txt");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
        let line = [b'a'; 1023];
        for _ in 0..(64 * 1024 + 1) {
            f.write_all(&line).unwrap();
            f.write_all(b"\n").unwrap();
        }
    }
    let story = story_file();
    let run = cli(&args(&[&p, &story]), None, SMALL_LIMIT);
    let _ = std::fs::remove_file(&p);
    refused(&run, &p.to_string_lossy()).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Generated inputs: the shapes of a pasted book, a log file or a runaway script
// ---------------------------------------------------------------------------------------------

/// (name, text) pairs at a given size factor: 1.0 is the full size named in each name.
fn big_inputs(full: bool) -> Vec<(&'static str, String)> {
    let mb = if full { 10 * 1024 * 1024 } else { 256 * 1024 };
    let count = if full { 1_000_000 } else { 2_000 };
    let mut v = Vec::new();
    // A 10 MB single line of words: no newline and no sentence end anywhere.
    let words = [
        "floods ",
        "killed ",
        "23 ",
        "people ",
        "बाढ़ ",
        "में ",
        "लोग ",
        "洪水",
        "قتل ",
    ];
    let mut line = String::with_capacity(mb + 16);
    let mut i = 0;
    while line.len() < mb {
        line.push_str(words[i % words.len()]);
        i += 1;
    }
    v.push(("10 MB single line", line));
    // A 10 MB single word: no whitespace to cut a long unit at.
    v.push(("10 MB single word", "क्ष".repeat(mb / "क्ष".len())));
    // A million one-word sentences, all different.
    v.push((
        "a million one-word sentences",
        (0..count).map(|i| format!("Word{i}. ")).collect(),
    ));
    // One word repeated a million times: a single term whose postings list is everything.
    v.push(("one word a million times", "flood ".repeat(count)));
    // A million copies of one short sentence: every unit links to every other.
    v.push((
        "one sentence a million times",
        "Floods killed 23 people. ".repeat(count),
    ));
    v
}

fn run_big(full: bool, only: &str) {
    let story = story_file();
    let o = Options::default();
    for (name, text) in big_inputs(full)
        .into_iter()
        .filter(|(n, _)| n.contains(only))
    {
        let p = scratch(&format!("big-{}.txt", name.replace(' ', "-")));
        std::fs::write(&p, &text).unwrap();
        for (a, b, ta, tb) in [
            (p.as_path(), story.as_path(), text.as_str(), STORY),
            (p.as_path(), p.as_path(), text.as_str(), text.as_str()),
        ] {
            let started = Instant::now();
            let run = cli(&args(&[&"--json", &a, &b]), None, BIG_LIMIT);
            eprintln!(
                "{name}: {} in {:.1} s",
                run.what,
                started.elapsed().as_secs_f64()
            );
            run.expect(EXIT_OK).unwrap();
            let r = report_of(&run).unwrap();
            invariants::check_report(ta, tb, &o, &r).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        // The terminal view of the self-comparison, where every unit is linked: looking up a
        // unit's partners by scanning every link made it quadratic (hours at a million units).
        let started = Instant::now();
        let run = cli(&args(&[&p, &p]), None, BIG_LIMIT);
        eprintln!(
            "{name}: {} in {:.1} s",
            run.what,
            started.elapsed().as_secs_f64()
        );
        run.expect(EXIT_OK).unwrap();
        let _ = std::fs::remove_file(&p);
    }
}

#[test]
fn big_input_shapes_at_small_size() {
    run_big(false, "");
}

#[test]
#[ignore = "10 MB inputs: run with cargo test --release --test hostile_cli -- --ignored"]
fn big_10mb_single_line() {
    run_big(true, "single line");
}

#[test]
#[ignore = "10 MB inputs: run with cargo test --release --test hostile_cli -- --ignored"]
fn big_10mb_single_word() {
    run_big(true, "single word");
}

#[test]
#[ignore = "6 MB input: run with cargo test --release --test hostile_cli -- --ignored"]
fn big_million_one_word_sentences() {
    run_big(true, "one-word sentences");
}

#[test]
#[ignore = "6 MB input: run with cargo test --release --test hostile_cli -- --ignored"]
fn big_one_word_a_million_times() {
    run_big(true, "one word a million");
}

#[test]
#[ignore = "25 MB input: run with cargo test --release --test hostile_cli -- --ignored"]
fn big_one_sentence_a_million_times() {
    run_big(true, "one sentence a million");
}
