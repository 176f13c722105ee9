//! Values across the boundary, for every module of the facade: JavaScript
//! values in through serde (`de.rs`; unknown option names refused by name),
//! results out as plain objects, every core error as a JavaScript `Error`
//! with a readable message. It imports nothing of the facade but `de.rs`.

use super::de;
use crate::analysis::Document;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;

pub(crate) fn js_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&error.to_string())
}

pub(crate) fn documents_from_js(documents: JsValue) -> Result<Vec<Document>, JsError> {
    from_js(
        documents,
        "documents must be an array of { title, text } objects",
    )
}

pub(crate) fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    de::from_value(value).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// Options may be omitted (`undefined` or `null`) for all defaults. A key
/// the options do not have is an error: a misspelt option silently ignored
/// would look like a bug in the analysis.
pub(crate) fn options_from_js<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        let known = struct_fields::<T>();
        for key in js_sys::Object::keys(object)
            .iter()
            .filter_map(|k| k.as_string())
        {
            if !known.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "invalid options: unknown option `{key}`; the options are {}",
                    known.join(", ")
                )));
            }
        }
    }
    from_js(value, "invalid options")
}

/// The field names serde expects for the struct `T`. serde-wasm-bindgen
/// reads only known fields, so `deny_unknown_fields` never fires; this asks
/// `T` for its fields through a deserializer that records them and stops.
fn struct_fields<T: DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Deserializer, Visitor};

    struct FieldProbe<'a>(&'a mut &'static [&'static str]);

    impl<'de> Deserializer<'de> for FieldProbe<'_> {
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
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }

    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldProbe(&mut fields));
    fields
}

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result for JavaScript: {e}")))
}

/// A plain object with these properties.
#[cfg(feature = "views")]
pub(crate) fn object_of(entries: &[(&str, JsValue)]) -> Result<JsValue, JsError> {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), value)
            .map_err(|_| JsError::new("could not build the result object"))?;
    }
    Ok(object.into())
}
