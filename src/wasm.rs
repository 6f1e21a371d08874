//! The JavaScript boundary, and the only file that knows wasm-bindgen: UTF-16 offsets, serialization, errors.

use crate::render::{self, View};
use crate::{compare as compare_utf8, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("storydiff: bad options: {e}")))
}

/// Compares two texts; the report's offsets are UTF-16 code units, so `text.slice(start, end)` works.
#[wasm_bindgen]
pub fn compare(a: &str, b: &str, options_js: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_js)?;
    let report = compare_utf8(a, b, &opts).into_utf16(a, b);
    report
        .serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .map_err(|e| JsError::new(&format!("storydiff: cannot build the report: {e}")))
}

/// Renders the comparison as `html` (a self-contained page), `markdown`, `text` or `json`.
#[wasm_bindgen]
pub fn render(a: &str, b: &str, options_js: JsValue, format: &str) -> Result<String, JsError> {
    let opts = options(options_js)?;
    let report = compare_utf8(a, b, &opts);
    let view = View {
        a,
        b,
        report: &report,
        options: &opts,
    };
    match format {
        "html" => Ok(render::html(&view)),
        "markdown" => Ok(render::markdown(&view)),
        "text" => Ok(render::terminal(&view, false)),
        "json" => Ok(render::json(&report.into_utf16(a, b))),
        other => Err(JsError::new(&format!(
            "storydiff: unknown format {other:?}; use html, markdown, text or json"
        ))),
    }
}

/// The version of the Storydiff core.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
