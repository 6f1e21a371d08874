//! The JavaScript boundary, and the only file that knows wasm-bindgen: UTF-16 offsets, serialization, errors.

use crate::render::{self, View};
use crate::{compare as compare_utf8, Options};
use wasm_bindgen::prelude::*;

/// Reads the options object with serde, as `Options` derives it (camelCase keys, every key
/// optional). serde-wasm-bindgen fetches a struct's fields by name and never sees a key it does
/// not know, so a misspelt key is caught here first, against the field names serde itself holds.
/// A key whose value is `undefined` counts as absent, as in `JSON.stringify`.
fn options(value: JsValue) -> Result<Options, JsError> {
    let bad = |why: &str| JsError::new(&format!("storydiff: bad options: {why}"));
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(bad("expected an object"));
    }
    let known = serde_fields::<Options>();
    // serde-wasm-bindgen reads a key set to `undefined` as a value of the wrong type: drop those keys.
    let defined = js_sys::Array::new();
    for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        if entry.get(1).is_undefined() {
            continue;
        }
        if !known.contains(&key.as_str()) {
            return Err(bad(&format!(
                "unknown field `{key}`, expected one of {}",
                known.join(", ")
            )));
        }
        defined.push(&entry);
    }
    let value = js_sys::Object::from_entries(&defined).map_err(|_| bad("expected an object"))?;
    serde_wasm_bindgen::from_value(value.into()).map_err(|e| {
        let why = e.to_string();
        bad(why.strip_prefix("Error: ").unwrap_or(&why))
    })
}

/// The field names serde derives for a struct `T` (after renaming), read by asking `T` to
/// deserialize from a stand-in that records the names it is offered and stops there.
fn serde_fields<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};
    struct Probe<'a>(&'a mut &'static [&'static str]);
    impl<'de> de::Deserializer<'de> for Probe<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("fields recorded"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe(&mut fields));
    fields
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
