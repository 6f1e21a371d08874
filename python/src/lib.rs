//! The Python extension `storydiff._storydiff`: the Rust core with code-point offsets, so
//! `a[u["start"]:u["end"]]` is right in Python. python/storydiff/__init__.py re-exports it.
//!
//! Reports cross into Python as JSON text read by `json.loads`, as the JS API does with
//! `JSON.parse`: one serializer, and every number (an f32 score prints as 0.727) is the one the CLI
//! prints. The comparisons run with the GIL released, on a rayon pool.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use storydiff::render::{self, View};
use storydiff::report::Offsets;
use storydiff::{FactKind, Options};

/// The CLI's record handling (src/batch/record.rs): the same checks, errors and summary rows.
#[path = "../../src/batch/record.rs"]
mod record;

/// Pairs handed to the pool at once by `compare_many` (per thread), between two looks at Ctrl-C.
const CHUNK_PER_THREAD: usize = 256;

fn options(
    sensitivity: f64,
    fact_kinds: Option<&Bound<'_, PyAny>>,
    hide_furniture: bool,
    label_a: String,
    label_b: String,
) -> PyResult<Options> {
    let sensitivity = record::check_sensitivity(sensitivity).map_err(PyValueError::new_err)?;
    let fact_kinds = match fact_kinds {
        None => FactKind::ALL.to_vec(),
        Some(k) if k.is_instance_of::<PyString>() => {
            return Err(PyTypeError::new_err(
                "fact_kinds takes a list of kinds such as ['number', 'date'], not a str",
            ))
        }
        Some(k) => {
            let mut out = Vec::new();
            for item in k.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "fact_kinds takes a list of kinds such as ['number', 'date'], not {}",
                    type_name(k)
                ))
            })? {
                let item = item?;
                let name: String = item.extract().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "fact_kinds: each kind is a str, not {}",
                        type_name(&item)
                    ))
                })?;
                let kind =
                    serde_json::from_value::<FactKind>(serde_json::Value::String(name.clone()))
                        .map_err(|_| {
                            PyValueError::new_err(format!(
                        "fact_kinds: unknown kind {name:?}; use number, date, name or quote"
                    ))
                        })?;
                if !out.contains(&kind) {
                    out.push(kind);
                }
            }
            out
        }
    };
    Ok(Options {
        sensitivity,
        fact_kinds,
        hide_furniture,
        label_a,
        label_b,
        ..Options::default()
    })
}

fn type_name(o: &Bound<'_, PyAny>) -> String {
    o.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// The report of one pair as JSON text, with code-point offsets.
fn report_json(a: &str, b: &str, o: &Options) -> String {
    render::json(&storydiff::compare(a, b, o).into_codepoints(a, b))
}

fn loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: OnceLock<Py<PyAny>> = OnceLock::new();
    let f = match LOADS.get() {
        Some(f) => f.bind(py).clone(),
        None => {
            let f = py.import("json")?.getattr("loads")?;
            let _ = LOADS.set(f.clone().unbind());
            f
        }
    };
    f.call1((text,))
}

/// A pool of `threads` workers (all cores when None), kept for the next call.
fn pool(threads: Option<i64>) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let n = match threads {
        Some(n) if !(1..=4096).contains(&n) => {
            return Err(PyValueError::new_err(format!(
                "threads takes a whole number from 1, or None for every core; not {n}"
            )))
        }
        Some(n) => n as usize,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let mut pools = POOLS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(p) = pools.get(&n) {
        return Ok(Arc::clone(p));
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("storydiff-{i}"))
        .stack_size(8 << 20)
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(n, Arc::clone(&p));
    Ok(p)
}

/// Compares two versions of a story; the report (schema v1) as a dict with code-point offsets.
#[pyfunction]
#[allow(clippy::too_many_arguments)]
#[pyo3(signature = (a, b, *, sensitivity=0.5, fact_kinds=None, hide_furniture=false, label_a="A".to_string(), label_b="B".to_string()))]
fn compare<'py>(
    py: Python<'py>,
    a: &str,
    b: &str,
    sensitivity: f64,
    fact_kinds: Option<&Bound<'py, PyAny>>,
    hide_furniture: bool,
    label_a: String,
    label_b: String,
) -> PyResult<Bound<'py, PyAny>> {
    let o = options(sensitivity, fact_kinds, hide_furniture, label_a, label_b)?;
    let json = py.detach(|| report_json(a, b, &o));
    loads(py, &json)
}

/// One item of `compare_many`'s pairs: `(a, b)`, or a dict with "a", "b" and any of compare's
/// keyword arguments, which override the call's.
fn pair_of(
    item: &Bound<'_, PyAny>,
    i: usize,
    base: &Options,
    base_kinds: Option<&Bound<'_, PyAny>>,
    sensitivity: f64,
) -> PyResult<(String, String, Options)> {
    let what = || {
        PyTypeError::new_err(format!(
            "pairs[{i}]: expected (a, b) or a dict with \"a\" and \"b\", not {}",
            type_name(item)
        ))
    };
    if let Ok(d) = item.cast::<PyDict>() {
        let get = |k: &str| d.get_item(k);
        let text = |k: &str| -> PyResult<String> {
            get(k)?
                .ok_or_else(|| PyValueError::new_err(format!("pairs[{i}]: no {k:?}")))?
                .extract::<String>()
                .map_err(|_| PyTypeError::new_err(format!("pairs[{i}][{k:?}] must be a str")))
        };
        let (a, b) = (text("a")?, text("b")?);
        for k in d.keys() {
            let k: String = k.extract().unwrap_or_default();
            if !matches!(
                k.as_str(),
                "a" | "b" | "sensitivity" | "fact_kinds" | "hide_furniture" | "label_a" | "label_b"
            ) {
                return Err(PyTypeError::new_err(format!(
                    "pairs[{i}]: unknown key {k:?}; use a, b, sensitivity, fact_kinds, hide_furniture, label_a, label_b"
                )));
            }
        }
        if d.len() == 2 {
            return Ok((a, b, base.clone()));
        }
        let pick = |k: &str| get(k).map(|v| v.filter(|v| !v.is_none()));
        let kinds = pick("fact_kinds")?;
        let o = options(
            match pick("sensitivity")? {
                Some(v) => v.extract().map_err(|_| {
                    PyTypeError::new_err(format!("pairs[{i}][\"sensitivity\"] must be a number"))
                })?,
                None => sensitivity,
            },
            kinds.as_ref().or(base_kinds),
            match pick("hide_furniture")? {
                Some(v) => v.extract()?,
                None => base.hide_furniture,
            },
            match pick("label_a")? {
                Some(v) => v.extract()?,
                None => base.label_a.clone(),
            },
            match pick("label_b")? {
                Some(v) => v.extract()?,
                None => base.label_b.clone(),
            },
        )
        .map_err(|e| {
            let msg = e.value(item.py()).to_string();
            if e.is_instance_of::<PyTypeError>(item.py()) {
                PyTypeError::new_err(format!("pairs[{i}]: {msg}"))
            } else {
                PyValueError::new_err(format!("pairs[{i}]: {msg}"))
            }
        })?;
        return Ok((a, b, o));
    }
    let is_seq = item.is_instance_of::<PyTuple>() || item.is_instance_of::<PyList>();
    if !is_seq || item.len()? != 2 {
        return Err(what());
    }
    let a: String = item
        .get_item(0)?
        .extract()
        .map_err(|_| PyTypeError::new_err(format!("pairs[{i}][0] must be a str")))?;
    let b: String = item
        .get_item(1)?
        .extract()
        .map_err(|_| PyTypeError::new_err(format!("pairs[{i}][1] must be a str")))?;
    Ok((a, b, base.clone()))
}

/// Compares many pairs in parallel with the GIL released; a list of reports, in the pairs' order.
#[pyfunction]
#[pyo3(signature = (pairs, threads=None, *, sensitivity=0.5, fact_kinds=None, hide_furniture=false, label_a="A".to_string(), label_b="B".to_string()))]
#[allow(clippy::too_many_arguments)]
fn compare_many<'py>(
    py: Python<'py>,
    pairs: &Bound<'py, PyAny>,
    threads: Option<i64>,
    sensitivity: f64,
    fact_kinds: Option<&Bound<'py, PyAny>>,
    hide_furniture: bool,
    label_a: String,
    label_b: String,
) -> PyResult<Bound<'py, PyList>> {
    use rayon::prelude::*;
    let base = options(sensitivity, fact_kinds, hide_furniture, label_a, label_b)?;
    let pool = pool(threads)?;
    let chunk = CHUNK_PER_THREAD * pool.current_num_threads();
    let out = PyList::empty(py);
    let mut it = pairs.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "pairs must be an iterable of (a, b), not {}",
            type_name(pairs)
        ))
    })?;
    // Two chunks in flight: while the pool compares one (no GIL needed), this thread reads the next
    // chunk's pairs and turns the previous chunk's reports into dicts (with the GIL).
    let start = |batch: Vec<(String, String, Options)>| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<String>>(1);
        pool.spawn(move || {
            let jsons = batch
                .par_iter()
                .map(|(a, b, o)| report_json(a, b, o))
                .collect();
            let _ = tx.send(jsons); // the caller is gone only after an error or Ctrl-C
        });
        rx
    };
    // The reports are trees of dicts and lists without cycles, yet making millions of them sets off
    // the cyclic collector again and again, each pass over everything made so far (a third of the
    // time on 5 KB pairs). It is paused while they are made, and set back as it was, error or not.
    let _gc = GcPause::new(py)?;
    let mut pending: Option<std::sync::mpsc::Receiver<Vec<String>>> = None;
    let mut i = 0;
    loop {
        let mut batch = Vec::with_capacity(chunk);
        for item in it.by_ref().take(chunk) {
            batch.push(pair_of(&item?, i, &base, fact_kinds, sensitivity)?);
            i += 1;
        }
        let next = (!batch.is_empty()).then(|| start(batch));
        if let Some(rx) = pending.take() {
            let jsons = py
                .detach(move || rx.recv())
                .map_err(|_| PyValueError::new_err("storydiff: a worker thread failed"))?;
            for j in jsons {
                out.append(loads(py, &j)?)?;
            }
            py.check_signals()?;
        }
        match next {
            Some(rx) => pending = Some(rx),
            None => break,
        }
    }
    Ok(out)
}

/// Pauses Python's cyclic garbage collector for its lifetime, if it was running.
struct GcPause<'py>(Option<Bound<'py, PyModule>>);

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause(Some(gc)))
        } else {
            Ok(GcPause(None))
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.0 {
            let _ = gc.call_method0("enable");
        }
    }
}

/// Renders the comparison as "text", "html", "markdown" or "json" (code-point offsets).
#[pyfunction]
#[pyo3(name = "render", signature = (a, b, format="text", *, sensitivity=0.5, fact_kinds=None, hide_furniture=false, label_a="A".to_string(), label_b="B".to_string()))]
#[allow(clippy::too_many_arguments)]
fn render_as<'py>(
    py: Python<'py>,
    a: &str,
    b: &str,
    format: &str,
    sensitivity: f64,
    fact_kinds: Option<&Bound<'py, PyAny>>,
    hide_furniture: bool,
    label_a: String,
    label_b: String,
) -> PyResult<String> {
    let o = options(sensitivity, fact_kinds, hide_furniture, label_a, label_b)?;
    if !matches!(format, "text" | "html" | "markdown" | "json") {
        return Err(PyValueError::new_err(format!(
            "unknown format {format:?}; use text, html, markdown or json"
        )));
    }
    Ok(py.detach(|| {
        let report = storydiff::compare(a, b, &o);
        let view = View {
            a,
            b,
            report: &report,
            options: &o,
        };
        match format {
            "html" => render::html(&view),
            "markdown" => render::markdown(&view),
            "json" => render::json(&report.clone().into_codepoints(a, b)),
            _ => render::terminal(&view, false),
        }
    }))
}

/// Records as JSON lines (the CLI batch's input format) → for each, `(head, report)`: head is the
/// JSON of `{"id", "summary"?}` or `{"id", "error"}`, report the report's JSON (code points) or None.
/// Exactly what `storydiff batch` does with each line, errors included; python's compare_records
/// and the Spark job build on it.
#[pyfunction]
#[pyo3(signature = (lines, threads=None, summary=true, report=true))]
fn _records(
    py: Python<'_>,
    lines: Vec<String>,
    threads: Option<i64>,
    summary: bool,
    report: bool,
) -> PyResult<Vec<(String, Option<String>)>> {
    use rayon::prelude::*;
    let pool = pool(threads)?;
    let settings = record::Settings {
        report: false,
        summary,
        offsets: Offsets::Codepoint,
    };
    Ok(py.detach(|| {
        pool.install(|| {
            lines
                .par_iter()
                .map(|l| record::process_split(l.as_bytes(), None, &settings, report))
                .collect()
        })
    }))
}

#[pymodule]
fn _storydiff(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(compare_many, m)?)?;
    m.add_function(wrap_pyfunction!(render_as, m)?)?;
    m.add_function(wrap_pyfunction!(_records, m)?)?;
    m.add("__version__", storydiff::version())?;
    m.add("MAX_TEXT_BYTES", record::MAX_INPUT_BYTES)?;
    Ok(())
}
