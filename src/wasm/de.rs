//! JavaScript values into the facade's input types through serde, with
//! errors that say where and what: "`title` of item 3: expected a string,
//! found a number".
//!
//! Why not serde-wasm-bindgen's deserializer: its errors are serde's
//! "invalid type: floating point `1.5`, expected u32", which display the
//! value itself (a float through `f64`'s `Display`, a string through `str`'s
//! `Debug`) and so link Rust's float formatting and string escaping into
//! the first screen's wasm, for messages a blogger cannot act on. Here a
//! message names the field, what it takes and the kind of value it got,
//! never the value; serde's `Unexpected` is never displayed.
//!
//! It reads what serde-wasm-bindgen read for these types: `undefined` or
//! `null` as `None`; a property that is absent as a missing field (one
//! present but `undefined` is a value, so an error unless optional); only
//! the fields a struct has; arrays and other iterables as sequences;
//! numbers that are safe integers for integers (and a BigInt for `u64`);
//! strings for unit enum variants. Two differences: a string or number
//! where an array goes is named as such (serde-wasm-bindgen's message was
//! "Reflect.get called on non-object"), and an enum is only its name, no
//! longer also `{ name: null }` (no option is typed that way).

use serde::de::{self, DeserializeOwned, IntoDeserializer, Visitor};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

pub(crate) fn from_value<T: DeserializeOwned>(value: JsValue) -> Result<T, Error> {
    T::deserialize(Value(value))
}

/// What went wrong, and where: the field names and item numbers from the
/// innermost outwards, as the error left each.
#[derive(Debug)]
pub(crate) struct Error {
    place: Option<String>,
    message: String,
}

impl Error {
    fn new(message: String) -> Self {
        Error {
            place: None,
            message,
        }
    }

    fn wrong_type(expected: &str, found: &JsValue) -> Self {
        Error::new(format!("expected {expected}, found {}", kind(found)))
    }

    fn thrown(error: JsValue) -> Self {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "reading it threw an exception".into());
        Error::new(message)
    }

    fn within(mut self, place: String) -> Self {
        self.place = Some(match self.place {
            None => place,
            Some(inner) => format!("{inner} of {place}"),
        });
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{place}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::new(message.to_string())
    }

    // serde's own versions display the value (see the top of the file).
    fn invalid_type(unexpected: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error::new(format!("expected {expected}, found {}", found(unexpected)))
    }

    fn invalid_value(unexpected: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Self::invalid_type(unexpected, expected)
    }
}

/// A kind of value as a message says it; integers as themselves (they are
/// what a range check rejects, and print without float formatting).
fn found(unexpected: de::Unexpected) -> String {
    use de::Unexpected::*;
    match unexpected {
        Unsigned(n) => n.to_string(),
        Signed(n) => n.to_string(),
        Bool(_) => "a boolean".into(),
        Float(_) => "a number".into(),
        Char(_) | Str(_) => "a string".into(),
        Seq => "an array".into(),
        Map | StructVariant => "an object".into(),
        Unit | Option => "nothing".into(),
        _ => "a value of another kind".into(),
    }
}

fn kind(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined"
    } else if value.is_null() {
        "null"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.is_string() {
        "a string"
    } else if value.is_bigint() {
        "a BigInt"
    } else if js_sys::Array::is_array(value) {
        "an array"
    } else if value.is_object() {
        "an object"
    } else {
        "a value of another kind"
    }
}

const WHOLE: &str = "a whole number of 0 or more";

struct Value(JsValue);

impl Value {
    fn is_nullish(&self) -> bool {
        self.0.is_undefined() || self.0.is_null()
    }

    /// A number that is a safe integer of 0 or more, as
    /// `Number.isSafeInteger` and a sign test decide; with `bigint`, a
    /// BigInt in `u64`'s range too.
    fn unsigned<'de, V: Visitor<'de>>(self, visitor: V, bigint: bool) -> Result<V::Value, Error> {
        if bigint && self.0.is_bigint() {
            return match u64::try_from(self.0) {
                Ok(n) => visitor.visit_u64(n),
                Err(_) => Err(Error::new(format!(
                    "expected {WHOLE}, found a BigInt out of range"
                ))),
            };
        }
        let Some(n) = self.0.as_f64() else {
            return Err(Error::wrong_type(WHOLE, &self.0));
        };
        let problem = if n < 0.0 {
            "a negative number"
        } else if n.fract() != 0.0 {
            "a number with a fraction"
        } else if n > 9_007_199_254_740_991.0 {
            "a number too large to count exactly"
        } else {
            return visitor.visit_u64(n as u64);
        };
        Err(Error::new(format!("expected {WHOLE}, found {problem}")))
    }
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    /// Only for types whose serde code asks the input what it holds; the
    /// facade's types all say what they want, so this knows the kinds a
    /// JSON text has but for objects.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_nullish() {
            visitor.visit_unit()
        } else if let Some(b) = self.0.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = self.0.as_f64() {
            visitor.visit_f64(n)
        } else if let Some(s) = self.0.as_string() {
            visitor.visit_string(s)
        } else if js_sys::Array::is_array(&self.0) {
            self.deserialize_seq(visitor)
        } else {
            let expected = format!("{}", &visitor as &dyn de::Expected);
            Err(Error::wrong_type(&expected, &self.0))
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(Error::wrong_type("true or false", &self.0)),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_f64() {
            Some(n) => visitor.visit_f64(n),
            None => Err(Error::wrong_type("a number", &self.0)),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned(visitor, false)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned(visitor, false)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned(visitor, false)
    }

    /// `u64` and `usize`.
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.unsigned(visitor, true)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(Error::wrong_type("a string", &self.0)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.is_nullish() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let items = match self.0.dyn_into::<js_sys::Array>() {
            Ok(array) => Items::Array(array, 0),
            // Only objects: `try_iter` throws for a number and would read a
            // string as its characters.
            Err(value) if value.is_object() => {
                match js_sys::try_iter(&value).map_err(Error::thrown)? {
                    Some(iter) => Items::Iter(iter, 0),
                    None => return Err(Error::wrong_type("an array", &value)),
                }
            }
            Err(value) => return Err(Error::wrong_type("an array", &value)),
        };
        visitor.visit_seq(items)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if !self.0.is_object() {
            return Err(Error::wrong_type("an object", &self.0));
        }
        visitor.visit_map(Fields {
            object: self.0,
            fields: fields.iter(),
            value: None,
        })
    }

    /// Unit variants only, by name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(name) => visitor.visit_enum(name.into_deserializer()),
            None => {
                let expected = format!("one of `{}`", variants.join("`, `"));
                Err(Error::wrong_type(&expected, &self.0))
            }
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u128 char bytes byte_buf unit unit_struct tuple
        tuple_struct map
    }
}

/// An array's items by index, or any other iterable's in turn; an error
/// names the item (counted from 1).
enum Items {
    Array(js_sys::Array, u32),
    Iter(js_sys::IntoIter, u32),
}

impl Items {
    /// The next item and its number; apart from the generic `SeqAccess`
    /// so that the wasm has it once, not once per item type.
    fn next_item(&mut self) -> Result<Option<(JsValue, u32)>, Error> {
        let (item, index) = match self {
            Items::Array(array, index) if *index < array.length() => (array.get(*index), index),
            Items::Array(..) => return Ok(None),
            Items::Iter(iter, index) => match iter.next() {
                Some(item) => (item.map_err(Error::thrown)?, index),
                None => return Ok(None),
            },
        };
        *index += 1;
        Ok(Some((item, *index)))
    }
}

impl<'de> de::SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some((item, number)) = self.next_item()? else {
            return Ok(None);
        };
        seed.deserialize(Value(item))
            .map(Some)
            .map_err(|e| e.within(format!("item {number}")))
    }

    fn size_hint(&self) -> Option<usize> {
        match self {
            Items::Array(array, index) => Some((array.length() - index) as usize),
            Items::Iter(..) => None,
        }
    }
}

/// A struct's fields read from an object by name: only those the struct
/// has, each absent one left to the struct's default or its error.
struct Fields {
    object: JsValue,
    fields: std::slice::Iter<'static, &'static str>,
    value: Option<(&'static str, JsValue)>,
}

impl Fields {
    /// The next field the object has, its value kept for `next_value_seed`;
    /// apart from the generic `MapAccess` so that the wasm has it once.
    fn next_field(&mut self) -> Result<Option<&'static str>, Error> {
        for field in self.fields.by_ref() {
            let key = JsValue::from_str(field);
            let value = js_sys::Reflect::get(&self.object, &key).map_err(Error::thrown)?;
            if value.is_undefined()
                && !js_sys::Reflect::has(&self.object, &key).map_err(Error::thrown)?
            {
                continue;
            }
            self.value = Some((field, value));
            return Ok(Some(field));
        }
        Ok(None)
    }
}

impl<'de> de::MapAccess<'de> for Fields {
    type Error = Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.next_field()? {
            Some(field) => seed
                .deserialize(IntoDeserializer::<Error>::into_deserializer(field))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((field, value)) = self.value.take() else {
            return Err(Error::new(
                "a field's value was read before its name".into(),
            ));
        };
        seed.deserialize(Value(value))
            .map_err(|e| e.within(format!("`{field}`")))
    }
}
