//! `storydiff batch`: compare many pairs, one JSON object a line in, one a line out, on every core.
//!
//! Three threads of our own and a rayon pool:
//!
//! ```text
//! main: read a line ─gate─▶ pool.spawn(record::process) ─channel─▶ writer: reorder, write whole lines, progress
//! ```
//!
//! - The gate bounds what is in flight (read and not yet written: queued, being compared, or done
//!   and waiting for its turn) by count and by bytes, so a 1 GB file runs in the memory of a 1 MB one.
//! - The writer only ever writes whole lines, so the output is valid up to its last complete line
//!   whenever the process dies; Ctrl-C and SIGTERM stop reading, let what is in flight finish, write
//!   it, and exit 130 / 143. `--resume` skips ids already in the output (and cuts a torn last line).
//! - A bad record becomes an error line (record.rs); nothing a record holds stops the run.

pub mod record;

use crate::exit;
use record::{Outcome, Settings};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use storydiff::report::Offsets;

pub const USAGE: &str = "\
Usage: storydiff batch [OPTIONS] INPUT

Compare many pairs. INPUT (a file, or '-' for standard input) holds JSON lines, one pair a line:
  {\"id\": \"...\", \"a\": \"...\", \"b\": \"...\"}  with optional \"label_a\", \"label_b\" and \"options\"
  (the JS API's options: sensitivity, factKinds, hideFurniture, labelA, labelB, comparison, ...).
The output has one JSON line per input line, {\"id\", \"report\"} (the report of `storydiff --json`)
or {\"id\", \"line\"?, \"error\"}; blank input lines are skipped.

Options:
  -o, --output FILE   write to FILE instead of standard output
      --summary       a compact row per pair instead of the report: counts, shares, conflicts
      --unordered     write each result as soon as it is ready, not in input order
      --threads N     worker threads (default: every core; RAYON_NUM_THREADS is respected)
      --resume        skip ids already in the output file (needs --output); a torn last line is cut
  -q, --quiet         no progress bar and no closing summary on standard error
  -h, --help          this help

Exit codes: 0 every record compared, 2 bad command line, 3 the input could not be read or the
output not written, 4 finished but some records are error lines, 130 / 143 stopped by Ctrl-C /
SIGTERM (the output is valid up to its last line; run again with --resume to finish).";

/// The longest input line kept in memory: two texts at the CLI's size limit and 1 MB for the rest.
/// A longer line streams past without being kept and becomes an error line.
const MAX_LINE_BYTES: usize = 2 * record::MAX_INPUT_BYTES as usize + (1 << 20);
/// What may be in flight at once (read and not yet written): this many lines per worker thread...
const WINDOW_PER_THREAD: usize = 32;
/// ...and at most this many bytes of input lines, unless a single line is larger (it then runs alone).
const WINDOW_BYTES: usize = 32 << 20;
/// The writer hands the output to the system in blocks of about this size, each of whole lines.
const WRITE_BLOCK: usize = 256 << 10;

struct Args {
    input: String,
    output: Option<String>,
    settings: Settings,
    unordered: bool,
    threads: usize,
    resume: bool,
    quiet: bool,
}

/// `storydiff batch ...`; returns the exit code.
pub fn cli(args: &[String]) -> u8 {
    match run(args) {
        Ok(code) => code,
        Err((code, msg)) => {
            eprintln!("storydiff batch: {msg}");
            code
        }
    }
}

fn parse_args(args: &[String]) -> Result<Option<Args>, (u8, String)> {
    let usage = |m: String| (exit::USAGE, format!("{m}\n\n{USAGE}"));
    let mut a = Args {
        input: String::new(),
        output: None,
        settings: Settings {
            report: true,
            summary: false,
            offsets: Offsets::Utf8,
        },
        unordered: false,
        threads: 0,
        resume: false,
        quiet: false,
    };
    let mut inputs = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-o" | "--output" => {
                a.output = Some(
                    it.next()
                        .cloned()
                        .ok_or_else(|| usage(format!("{arg} needs a file name")))?,
                )
            }
            "--summary" => {
                a.settings.summary = true;
                a.settings.report = false;
            }
            "--unordered" => a.unordered = true,
            "--resume" => a.resume = true,
            "-q" | "--quiet" => a.quiet = true,
            "--threads" | "-j" => {
                let v = it
                    .next()
                    .ok_or_else(|| usage(format!("{arg} needs a number")))?;
                a.threads = v
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| (1..=4096).contains(&n))
                    .ok_or_else(|| {
                        usage(format!("--threads takes a whole number from 1, not {v:?}"))
                    })?;
            }
            "-" => inputs.push("-".to_string()),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(usage(format!("unknown option {s}")))
            }
            s => inputs.push(s.to_string()),
        }
    }
    if inputs.len() != 1 {
        return Err(usage(format!(
            "expected one input (a file of JSON lines, or - for standard input), got {}",
            inputs.len()
        )));
    }
    a.input = inputs.pop().unwrap_or_default();
    if a.resume && a.output.is_none() {
        return Err(usage(
            "--resume needs --output FILE: it skips the ids already in that file".into(),
        ));
    }
    Ok(Some(a))
}

fn run(args: &[String]) -> Result<u8, (u8, String)> {
    let Some(args) = parse_args(args)? else {
        return Ok(exit::OK);
    };
    let input_err = |m: String| (exit::INPUT, m);

    // The input first: a missing input must not cost the old output anything.
    let (reader, input_len): (Box<dyn Read + Send>, Option<u64>) = if args.input == "-" {
        (Box::new(std::io::stdin()), None)
    } else {
        let p = &args.input;
        let meta = std::fs::metadata(p).map_err(|e| {
            input_err(match e.kind() {
                std::io::ErrorKind::NotFound => format!("{p}: no such file"),
                std::io::ErrorKind::PermissionDenied => format!("{p}: permission denied"),
                _ => format!("{p}: cannot read: {e}"),
            })
        })?;
        if meta.is_dir() {
            return Err(input_err(format!(
                "{p}: is a directory, not a file of JSON lines"
            )));
        }
        let f = File::open(p).map_err(|e| input_err(format!("{p}: cannot open: {e}")))?;
        (Box::new(f), meta.is_file().then_some(meta.len()))
    };

    let mut done = Done::default();
    let out: Box<dyn Write + Send> = match &args.output {
        None => Box::new(StdoutWriter),
        Some(path) => {
            if args.input != "-" && same_file(&args.input, path) {
                return Err((
                    exit::USAGE,
                    format!("{path} is the input as well as the output"),
                ));
            }
            if args.resume && std::path::Path::new(path).exists() {
                done = scan_output(path).map_err(input_err)?;
            }
            let f = std::fs::OpenOptions::new()
                .create(true)
                .write(true)
                .append(args.resume)
                .truncate(!args.resume)
                .open(path)
                .map_err(|e| input_err(format!("{path}: cannot write: {e}")))?;
            Box::new(f)
        }
    };

    let mut builder = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("storydiff-{i}"))
        // The CLI compares on the main thread's 8 MB stack; the workers get the same.
        .stack_size(8 << 20);
    if args.threads > 0 {
        builder = builder.num_threads(args.threads);
    }
    let pool = builder
        .build()
        .map_err(|e| (exit::INPUT, format!("cannot start worker threads: {e}")))?;
    let threads = pool.current_num_threads();

    let shared = Arc::new(Shared {
        gate: Mutex::new(Gate::default()),
        freed: Condvar::new(),
        max_items: WINDOW_PER_THREAD * threads,
        read_bytes: AtomicU64::new(0),
        skipped: AtomicU64::new(0),
        signal: Arc::new(AtomicUsize::new(0)),
        stop_now: Arc::new(AtomicBool::new(false)),
        started: Instant::now(),
        threads,
        quiet: args.quiet,
    });
    register_signals(&shared);

    let (tx, rx) = mpsc::channel::<Result_>();
    let writer = {
        let shared = Arc::clone(&shared);
        let w = Writer {
            out,
            ordered: !args.unordered,
            // Not when the output is the terminal too: the lines would tear the bar.
            progress: progress_bar(
                args.quiet || (args.output.is_none() && std::io::stdout().is_terminal()),
                input_len,
            ),
        };
        std::thread::Builder::new()
            .name("storydiff-writer".into())
            .spawn(move || w.run(rx, &shared))
            .map_err(|e| (exit::INPUT, format!("cannot start the writer: {e}")))?
    };

    // ---- read and dispatch, in this thread
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut buf = Vec::new();
    let mut line_no: u64 = 0;
    let mut seq: u64 = 0;
    let mut read_error = None;
    let settings = args.settings;
    loop {
        let got = match next_line(&mut reader, &mut buf, MAX_LINE_BYTES) {
            Ok(g) => g,
            Err(e) => {
                read_error = Some(format!("{}: cannot read: {e}", display(&args.input)));
                break;
            }
        };
        line_no += 1;
        let (job, bytes) = match got {
            Line::Eof => break,
            Line::TooLong(n) => {
                shared.read_bytes.fetch_add(n, SeqCst);
                (Job::TooLong(n), 0)
            }
            Line::Text => {
                shared.read_bytes.fetch_add(buf.len() as u64 + 1, SeqCst);
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if done.has(&buf, line_no) {
                    shared.skipped.fetch_add(1, SeqCst);
                    continue;
                }
                let line = std::mem::take(&mut buf);
                let n = line.len();
                (Job::Line(line), n)
            }
        };
        if !shared.admit(bytes) {
            break; // stopping: Ctrl-C or SIGTERM
        }
        let tx = tx.clone();
        let (n, s) = (line_no, seq);
        pool.spawn(move || {
            let outcome = match job {
                Job::Line(line) => record::process(&line, Some(n), &settings),
                Job::TooLong(len) => record::error_line(
                    &Value::Null,
                    Some(n),
                    &format!(
                        "the line is {} MB, longer than the {} MB a record may take; skipped",
                        len >> 20,
                        MAX_LINE_BYTES >> 20
                    ),
                ),
            };
            // The writer only goes away when the process is on its way out.
            let _ = tx.send(Result_ {
                seq: s,
                bytes,
                outcome,
            });
        });
        seq += 1;
    }
    drop(tx);
    let stats = writer
        .join()
        .map_err(|_| (exit::INPUT, "the writer thread failed".to_string()))?;
    if !args.quiet {
        eprintln!("{}", shared.closing_line(&stats, false));
    }
    if let Some(e) = read_error {
        return Err((exit::INPUT, e));
    }
    Ok(if stats.errors > 0 {
        exit::PARTIAL
    } else {
        exit::OK
    })
}

enum Job {
    Line(Vec<u8>),
    TooLong(u64),
}

/// What a worker hands the writer: the line's place in the input, its size in the window, its output.
struct Result_ {
    seq: u64,
    bytes: usize,
    outcome: Outcome,
}

// ---- the window: what is read and not yet written ------------------------------------------------

#[derive(Default)]
struct Gate {
    items: usize,
    bytes: usize,
    dispatched: u64,
    released: u64,
    stopping: bool,
}

struct Shared {
    gate: Mutex<Gate>,
    freed: Condvar,
    max_items: usize,
    /// Bytes of input read so far (the progress bar's position).
    read_bytes: AtomicU64,
    /// Records skipped by --resume.
    skipped: AtomicU64,
    /// The signal that asked us to stop (SIGINT, SIGTERM), or 0.
    signal: Arc<AtomicUsize>,
    /// Set by the first SIGINT or SIGTERM; a second one while it is set exits at once.
    stop_now: Arc<AtomicBool>,
    started: Instant,
    threads: usize,
    quiet: bool,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Gate> {
        self.gate.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for room in the window for a line of `bytes`; false when the run is stopping.
    fn admit(&self, bytes: usize) -> bool {
        let mut g = self.lock();
        loop {
            if self.stop_now.load(SeqCst) {
                g.stopping = true;
            }
            if g.stopping {
                return false;
            }
            if g.items < self.max_items && (g.items == 0 || g.bytes + bytes <= WINDOW_BYTES) {
                g.items += 1;
                g.bytes += bytes;
                g.dispatched += 1;
                return true;
            }
            // Timed, so a signal is noticed even when no result comes back for a while.
            g = self
                .freed
                .wait_timeout(g, Duration::from_millis(100))
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }

    fn release(&self, items: usize, bytes: usize) {
        if items == 0 {
            return;
        }
        let mut g = self.lock();
        g.items -= items;
        g.bytes -= bytes;
        g.released += items as u64;
        drop(g);
        self.freed.notify_all();
    }

    /// Dispatches nothing more; true once every dispatched line has reached the writer's block.
    fn stop_and_drained(&self) -> bool {
        let mut g = self.lock();
        g.stopping = true;
        g.released == g.dispatched
    }

    fn closing_line(&self, stats: &Stats, interrupted: bool) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let mut s = format!(
            "storydiff batch: {} pairs ({} errors), {:.1} s, {:.0} pairs/s on {} thread{}",
            stats.pairs,
            stats.errors,
            secs,
            stats.pairs as f64 / secs.max(1e-9),
            self.threads,
            if self.threads == 1 { "" } else { "s" }
        );
        let skipped = self.skipped.load(SeqCst);
        if skipped > 0 {
            s += &format!(", {skipped} skipped (already in the output)");
        }
        if let Some(mb) = peak_memory_mb() {
            s += &format!(", peak memory {mb} MB");
        }
        if interrupted {
            s += "\nstorydiff batch: stopped; the output is whole up to its last line \
                  (with --output FILE, add --resume to finish the run)";
        }
        s
    }
}

fn register_signals(shared: &Shared) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    for sig in [SIGINT, SIGTERM] {
        // Registered first, so it sees the flag as the previous signal left it: a second Ctrl-C
        // exits at once (the output still ends on a whole line unless a write was under way).
        let _ = signal_hook::flag::register_conditional_shutdown(
            sig,
            128 + sig,
            Arc::clone(&shared.stop_now),
        );
        let _ = signal_hook::flag::register_usize(sig, Arc::clone(&shared.signal), sig as usize);
        let _ = signal_hook::flag::register(sig, Arc::clone(&shared.stop_now));
    }
}

// ---- the writer ------------------------------------------------------------------------------------

struct Writer {
    out: Box<dyn Write + Send>,
    ordered: bool,
    progress: Option<indicatif::ProgressBar>,
}

#[derive(Default)]
struct Stats {
    pairs: u64,
    errors: u64,
}

/// The writer's state between two writes.
struct Pending {
    /// Ordered mode: results that came back before their turn.
    waiting: BTreeMap<u64, Result_>,
    next: u64,
    /// Whole lines not yet handed to the system.
    block: Vec<u8>,
    /// Room to give back to the window.
    items: usize,
    bytes: usize,
}

impl Writer {
    fn run(mut self, rx: mpsc::Receiver<Result_>, shared: &Shared) -> Stats {
        let mut stats = Stats::default();
        let mut p = Pending {
            waiting: BTreeMap::new(),
            next: 0,
            block: Vec::with_capacity(WRITE_BLOCK + (64 << 10)),
            items: 0,
            bytes: 0,
        };
        let mut last_draw = Instant::now();
        loop {
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(r) => {
                    self.take(r, &mut p, &mut stats);
                    // Take whatever else is ready; write when the block is full or nothing is.
                    while let Ok(r) = rx.try_recv() {
                        self.take(r, &mut p, &mut stats);
                        if p.block.len() >= WRITE_BLOCK {
                            self.write(&mut p, shared, &stats);
                        }
                    }
                    self.write(&mut p, shared, &stats);
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
            if let Some(pb) = &self.progress {
                if last_draw.elapsed() >= Duration::from_millis(100) {
                    last_draw = Instant::now();
                    pb.set_position(shared.read_bytes.load(SeqCst));
                    let secs = shared.started.elapsed().as_secs_f64().max(1e-9);
                    pb.set_message(format!(
                        "{} pairs, {:.0} pairs/s, {} errors",
                        stats.pairs,
                        stats.pairs as f64 / secs,
                        stats.errors
                    ));
                }
            }
            if shared.stop_now.load(SeqCst) && shared.stop_and_drained() && p.waiting.is_empty() {
                self.write(&mut p, shared, &stats);
                if let Some(pb) = &self.progress {
                    pb.finish_and_clear();
                }
                if !shared.quiet {
                    eprintln!("{}", shared.closing_line(&stats, true));
                }
                let sig = match shared.signal.load(SeqCst) {
                    0 => signal_hook::consts::SIGINT as usize,
                    s => s,
                };
                std::process::exit(128 + sig as i32);
            }
        }
        self.write(&mut p, shared, &stats);
        if let Some(pb) = &self.progress {
            pb.finish_and_clear();
        }
        stats
    }

    /// Moves a result into the block when its turn has come (at once with --unordered).
    fn take(&self, r: Result_, p: &mut Pending, stats: &mut Stats) {
        let mut emit = |r: Result_, p: &mut Pending| {
            stats.pairs += 1;
            stats.errors += u64::from(!r.outcome.ok);
            p.block.extend_from_slice(r.outcome.line.as_bytes());
            p.block.push(b'\n');
            p.items += 1;
            p.bytes += r.bytes;
        };
        if !self.ordered {
            return emit(r, p);
        }
        p.waiting.insert(r.seq, r);
        while let Some(r) = p.waiting.remove(&p.next) {
            p.next += 1;
            emit(r, p);
        }
    }

    /// Hands the block (whole lines) to the system and gives its room back to the window. A write
    /// error ends the process: what was written before it is whole lines.
    fn write(&mut self, p: &mut Pending, shared: &Shared, stats: &Stats) {
        if !p.block.is_empty() {
            if let Err(e) = self.out.write_all(&p.block).and_then(|_| self.out.flush()) {
                shared.stop_and_drained();
                if let Some(pb) = &self.progress {
                    pb.finish_and_clear();
                }
                // `storydiff batch … | head` is no reason for a message.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("storydiff batch: cannot write the output: {e}");
                    if !shared.quiet {
                        eprintln!("{}", shared.closing_line(stats, false));
                    }
                }
                std::process::exit(exit::INPUT as i32);
            }
            p.block.clear();
        }
        shared.release(p.items, p.bytes);
        p.items = 0;
        p.bytes = 0;
    }
}

/// Standard output, taken for each write (the writer thread cannot hold the lock across threads).
struct StdoutWriter;

impl Write for StdoutWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::io::stdout().lock().write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        std::io::stdout().lock().write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().lock().flush()
    }
}

/// A progress bar on standard error when it is a terminal: by bytes for a file (so it has a time
/// left), a spinner for standard input. None when quiet or not a terminal.
fn progress_bar(quiet: bool, input_len: Option<u64>) -> Option<indicatif::ProgressBar> {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = match input_len {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{bar:30.cyan/blue} {percent:>3}%  {msg}  {elapsed} elapsed, {eta} left",
            )
            .ok()?,
        ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
            .with_style(ProgressStyle::with_template("{spinner} {msg}  {elapsed} elapsed").ok()?),
    };
    pb.set_message("starting");
    pb.enable_steady_tick(Duration::from_millis(200));
    Some(pb)
}

// ---- input lines -----------------------------------------------------------------------------------

enum Line {
    /// A whole line is in the buffer (without its newline, or a trailing CR).
    Text,
    /// A line longer than the limit streamed past without being kept; its length.
    TooLong(u64),
    Eof,
}

/// Reads the next line into `buf`, keeping at most `cap` bytes of it in memory.
fn next_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, cap: usize) -> std::io::Result<Line> {
    buf.clear();
    let (mut total, mut any, mut over) = (0u64, false, false);
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let nl = avail.iter().position(|&c| c == b'\n');
        let chunk = &avail[..nl.unwrap_or(avail.len())];
        total += chunk.len() as u64;
        if !over {
            if buf.len() + chunk.len() > cap {
                over = true;
                *buf = Vec::new();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = nl.map_or(avail.len(), |i| i + 1);
        r.consume(used);
        if nl.is_some() {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if over {
        return Ok(Line::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Text)
}

fn display(path: &str) -> &str {
    if path == "-" {
        "standard input"
    } else {
        path
    }
}

fn same_file(a: &str, b: &str) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Peak resident memory of this process (Linux: VmHWM), in MB.
fn peak_memory_mb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: u64 = s
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb.div_ceil(1024))
}

// ---- --resume ----------------------------------------------------------------------------------------

/// What the output already holds.
#[derive(Default)]
struct Done {
    /// Ids (as JSON text, so "7" and 7 differ) of every line already written.
    ids: HashSet<String>,
    /// Input line numbers of error lines written without an id (their id could not be read).
    lines: HashSet<u64>,
}

impl Done {
    /// True when the input line `line` (number `line_no`) already has its output line.
    fn has(&self, line: &[u8], line_no: u64) -> bool {
        if self.ids.is_empty() && self.lines.is_empty() {
            return false;
        }
        #[derive(serde::Deserialize)]
        struct Head {
            #[serde(default)]
            id: Value,
        }
        // A record whose id can be read is known by it; one whose id cannot (the JSON is broken, the
        // id missing or of the wrong type) by its line number, as its error line says.
        match serde_json::from_slice::<Head>(line) {
            Ok(Head { id }) if usable_id(&id) => self.ids.contains(&id_key(&id)),
            _ => self.lines.contains(&line_no),
        }
    }
}

/// An id as record.rs accepts it: a string or an integer.
fn usable_id(id: &Value) -> bool {
    id.is_string() || id.is_i64() || id.is_u64()
}

fn id_key(id: &Value) -> String {
    serde_json::to_string(id).unwrap_or_default()
}

/// Reads an earlier run's output: the ids it holds, and cuts a torn last line (a kill during a
/// write) so the lines appended after it start on a line of their own.
fn scan_output(path: &str) -> Result<Done, String> {
    #[derive(serde::Deserialize)]
    struct Head {
        #[serde(default)]
        id: Value,
        #[serde(default)]
        line: Option<u64>,
    }
    let f = File::open(path).map_err(|e| format!("{path}: cannot read for --resume: {e}"))?;
    let mut r = BufReader::with_capacity(1 << 20, f);
    let mut done = Done::default();
    let mut whole: u64 = 0; // bytes up to the end of the last line that has its newline
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = r
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("{path}: cannot read for --resume: {e}"))?;
        if n == 0 {
            break;
        }
        if buf.last() != Some(&b'\n') {
            break; // torn: cut below
        }
        whole += n as u64;
        match serde_json::from_slice::<Head>(&buf) {
            Ok(Head {
                id: Value::Null,
                line: Some(l),
            }) => {
                done.lines.insert(l);
            }
            Ok(Head { id, .. }) if !id.is_null() => {
                done.ids.insert(id_key(&id));
            }
            _ => {}
        }
    }
    let len = std::fs::metadata(path)
        .map_err(|e| format!("{path}: {e}"))?
        .len();
    if len > whole {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| format!("{path}: cannot cut its torn last line: {e}"))?;
        f.set_len(whole)
            .map_err(|e| format!("{path}: cannot cut its torn last line: {e}"))?;
    }
    Ok(done)
}
