//! The JavaScript boundary, and the only file that knows wasm-bindgen: UTF-16 offsets, serialization, errors.

use crate::render::{self, View};
use crate::report::FactKind;
use crate::{compare as compare_utf8, Options};
use wasm_bindgen::prelude::*;

/// Reads the options object by hand. The derived serde reader, through serde-wasm-bindgen or a
/// JsValue deserializer of our own, cost the wasm 7 KB gzip (15 KB raw) for five fields, and
/// serde-wasm-bindgen never showed `deny_unknown_fields` a misspelt key. The names and types here
/// are those of `Options` under `#[serde(rename_all = "camelCase")]`; a field added there and not
/// here is rejected as unknown, so the JS API tests notice. A key whose value is `undefined` counts
/// as absent, as in JSON.stringify.
fn options(value: JsValue) -> Result<Options, JsError> {
    let mut o = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(o);
    }
    let bad = |why: &str| JsError::new(&format!("storydiff: bad options: {why}"));
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(bad("expected an object"));
    }
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let (key, v) = (entry.get(0).as_string().unwrap_or_default(), entry.get(1));
        if v.is_undefined() {
            continue;
        }
        let expected = |what: &str| bad(&format!("invalid type for `{key}`, expected {what}"));
        match key.as_str() {
            "sensitivity" => o.sensitivity = v.as_f64().ok_or_else(|| expected("a number"))? as f32,
            "hideFurniture" => o.hide_furniture = v.as_bool().ok_or_else(|| expected("a boolean"))?,
            "labelA" => o.label_a = v.as_string().ok_or_else(|| expected("a string"))?,
            "labelB" => o.label_b = v.as_string().ok_or_else(|| expected("a string"))?,
            "factKinds" => {
                if !js_sys::Array::is_array(&v) {
                    return Err(expected("an array of fact kinds"));
                }
                o.fact_kinds.clear();
                for kind in js_sys::Array::from(&v).iter() {
                    let name = kind.as_string().ok_or_else(|| expected("an array of strings"))?;
                    let kind = FactKind::ALL.into_iter().find(|k| k.as_str() == name);
                    o.fact_kinds.push(kind.ok_or_else(|| {
                        bad(&format!(
                            "unknown fact kind `{name}`, expected number, date, name or quote"
                        ))
                    })?);
                }
            }
            _ => {
                return Err(bad(&format!(
                    "unknown field `{key}`, expected one of sensitivity, factKinds, hideFurniture, labelA, labelB"
                )))
            }
        }
    }
    Ok(o)
}

/// Compares two texts; the report's offsets are UTF-16 code units, so `text.slice(start, end)` works.
#[wasm_bindgen]
pub fn compare(a: &str, b: &str, options_js: JsValue) -> Result<JsValue, JsError> {
    let opts = options(options_js)?;
    let report = compare_utf8(a, b, &opts).into_utf16(a, b);
    // Through JSON text: the serializer is already here for render(.., "json"), so this costs no
    // code, and `compare` and the JSON rendering then agree on every number (an f32 score prints as
    // 0.727 in both, not as the f64 0.7269999980926514).
    js_sys::JSON::parse(&render::json(&report))
        .map_err(|_| JsError::new("storydiff: cannot build the report"))
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
            "storydiff: unknown format \"{other}\"; use html, markdown, text or json"
        ))),
    }
}

/// The version of the Storydiff core.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
