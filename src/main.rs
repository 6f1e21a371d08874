//! The `storydiff` command: compare two files (or one file and standard input) and print the result.

mod batch;

use batch::record;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use storydiff::render::{self, View};
use storydiff::{compare, Options};

/// Exit codes, as documented in the README.
mod exit {
    /// The comparison ran (whatever it found, unless --fail-on-conflict).
    pub const OK: u8 = 0;
    /// --fail-on-conflict was given and the versions contradict each other.
    pub const CONFLICT: u8 = 1;
    /// The command line was wrong.
    pub const USAGE: u8 = 2;
    /// An input could not be read: missing, a directory, not UTF-8, too large (batch: or the
    /// output could not be written).
    pub const INPUT: u8 = 3;
    /// batch: the run finished, and some records became error lines.
    pub const PARTIAL: u8 = 4;
}

/// Inputs larger than this are refused with a message instead of exhausting memory.
const MAX_INPUT_BYTES: u64 = record::MAX_INPUT_BYTES;

const USAGE: &str = "\
Usage: storydiff [OPTIONS] A B
       storydiff batch [OPTIONS] INPUT     (many pairs as JSON lines: storydiff batch --help)
       storydiff eval [--gate] [--split calib|report|all] PATH...

Compare two versions of a news story. A or B may be '-' for standard input.

Output (one of):
      --text            a readable comparison (default)
      --json            the report (schema v1, docs/REPORT.md)
      --html            a self-contained HTML report
      --markdown        a Markdown summary
Options:
      --label-a NAME    name of side A in the output (default: the file name)
      --label-b NAME    name of side B
      --sensitivity X   how readily sentences are linked, 0 (strict) to 1 (loose); default 0.5
      --hide-furniture  leave page furniture, bylines and datelines out of the output
      --color WHEN      auto (default), always or never; NO_COLOR is respected
      --fail-on-conflict  exit with 1 when the versions contradict each other
  -h, --help            this help
  -V, --version         the version

Exit codes: 0 compared, 1 conflicts found (only with --fail-on-conflict),
            2 bad command line, 3 an input could not be read
            (batch adds 4, 130 and 143: storydiff batch --help).";

#[derive(PartialEq)]
enum Format {
    Text,
    Json,
    Html,
    Markdown,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("eval") {
        let code = storydiff::eval::cli(&args[1..]);
        return ExitCode::from(code.clamp(0, 255) as u8);
    }
    if args.first().map(String::as_str) == Some("batch") {
        return ExitCode::from(batch::cli(&args[1..]));
    }
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err((code, msg)) => {
            eprintln!("storydiff: {msg}");
            ExitCode::from(code)
        }
    }
}

fn run(args: &[String]) -> Result<u8, (u8, String)> {
    let mut format = Format::Text;
    let mut options = Options::default();
    let mut color = None;
    let mut fail_on_conflict = false;
    let mut files: Vec<String> = Vec::new();
    let (mut label_a, mut label_b) = (None, None);
    let mut it = args.iter();
    let usage = |m: String| (exit::USAGE, format!("{m}\n\n{USAGE}"));
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| usage(format!("{name} needs a value")))
        };
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(exit::OK);
            }
            "-V" | "--version" => {
                println!("storydiff {}", storydiff::version());
                return Ok(exit::OK);
            }
            "--text" => format = Format::Text,
            "--json" => format = Format::Json,
            "--html" => format = Format::Html,
            "--markdown" | "--md" => format = Format::Markdown,
            "--hide-furniture" => options.hide_furniture = true,
            "--fail-on-conflict" => fail_on_conflict = true,
            "--label-a" => label_a = Some(value("--label-a")?),
            "--label-b" => label_b = Some(value("--label-b")?),
            "--sensitivity" => {
                let v = value("--sensitivity")?;
                options.sensitivity = v
                    .parse::<f32>()
                    .ok()
                    .and_then(|x| record::check_sensitivity(f64::from(x)).ok())
                    .ok_or_else(|| {
                        usage(format!(
                            "--sensitivity takes a number from 0 to 1, not {v:?}"
                        ))
                    })?;
            }
            "--color" | "--colour" => {
                color = Some(match value("--color")?.as_str() {
                    "always" => true,
                    "never" => false,
                    "auto" => {
                        std::io::stdout().is_terminal()
                            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    }
                    other => {
                        return Err(usage(format!(
                            "--color takes auto, always or never, not {other:?}"
                        )))
                    }
                })
            }
            "-" => files.push("-".into()),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(usage(format!("unknown option {s}")))
            }
            s => files.push(s.into()),
        }
    }
    if files.len() != 2 {
        return Err(usage(format!(
            "expected two inputs, A and B, got {}",
            files.len()
        )));
    }
    if files[0] == "-" && files[1] == "-" {
        return Err(usage(
            "only one side can be read from standard input".into(),
        ));
    }
    let a = read_input(&files[0])?;
    let b = read_input(&files[1])?;
    options.label_a = label_a.unwrap_or_else(|| display_name(&files[0]));
    options.label_b = label_b.unwrap_or_else(|| display_name(&files[1]));
    let color = color.unwrap_or_else(|| {
        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
    });

    let report = compare(&a, &b, &options);
    let view = View {
        a: &a,
        b: &b,
        report: &report,
        options: &options,
    };
    let out = match format {
        Format::Text => render::terminal(&view, color),
        Format::Json => render::json(&report) + "\n",
        Format::Html => render::html(&view),
        Format::Markdown => render::markdown(&view),
    };
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (storydiff … | head) is not an error worth a message.
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err((exit::INPUT, format!("cannot write output: {e}")));
        }
    }
    Ok(if fail_on_conflict && report.summary.conflicts > 0 {
        exit::CONFLICT
    } else {
        exit::OK
    })
}

fn display_name(path: &str) -> String {
    if path == "-" {
        return "stdin".into();
    }
    std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// Reads one side, with one clear line naming the file when it cannot be used.
fn read_input(path: &str) -> Result<String, (u8, String)> {
    let err = |m: String| (exit::INPUT, m);
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| err(format!("standard input: cannot read: {e}")))?;
    } else {
        let meta = std::fs::metadata(path).map_err(|e| {
            err(match e.kind() {
                std::io::ErrorKind::NotFound => format!("{path}: no such file"),
                std::io::ErrorKind::PermissionDenied => format!("{path}: permission denied"),
                _ => format!("{path}: cannot read: {e}"),
            })
        })?;
        if meta.is_dir() {
            return Err(err(format!("{path}: is a directory, not a text file")));
        }
        let f = std::fs::File::open(path).map_err(|e| err(format!("{path}: cannot open: {e}")))?;
        f.take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| err(format!("{path}: cannot read: {e}")))?;
    }
    let name = if path == "-" { "standard input" } else { path };
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(err(record::too_large(name)));
    }
    // A byte-order mark stays: offsets count bytes of the input exactly as given.
    match std::str::from_utf8(&bytes) {
        Ok(s) => record::check_text(name, s)
            .map(|()| s.to_string())
            .map_err(err),
        Err(e) => Err(err(format!(
            "{name}: not valid UTF-8 (first bad byte at offset {}); save it as UTF-8 text",
            e.valid_up_to()
        ))),
    }
}
