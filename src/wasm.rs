//! The one WebAssembly facade. It only converts: JavaScript values in through
//! serde, core results out as plain objects (typed arrays for bulk numbers),
//! and every core error into a JavaScript `Error` with a readable message.
//! No export unwraps; a panic would still reach the console through the hook
//! installed at start, never as an unexplained `unreachable`.

use crate::analysis::{self, AnalyzeOptions, Document};
use crate::cloud::glyphs::BoxGlyphs;
use crate::cloud::layout::{layout, layout_estimated};
use crate::cloud::metrics::WordMetrics;
use crate::cloud::{CloudLayout, CloudOptions, CloudWord};
use crate::comparison::{self, CompareOptions, Comparison};
use crate::render::cloud_svg::cloud_svg;
use crate::render::keyness_svg::keyness_svg;
use crate::stats::kwic;
use crate::text::decode::decode_text;
use crate::text::lexicon::{self, require_stemmer};
use crate::text::tokenize::{for_each_token, lowercase};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export interface ArahDocument { title: string; text: string }
export interface AnalyzeOptions {
  stopwordLanguages?: string[];
  extraStopwords?: string[];
  keepWords?: string[];
  includeNumbers?: boolean;
  minChars?: number;
  top?: number;
  groupByStem?: boolean;
  normalizeSlang?: boolean;
}
export interface TermCount {
  term: string; count: number; documents: number;
  /** With groupByStem: the stem and the forms counted, most frequent first. */
  stem?: string; members?: string[];
}
export interface DocumentSummary {
  title: string;
  tokenCount: number;
  termCount: number;
  uniqueTerms: number;
  topTerms: TermCount[];
}
export interface Analysis { documents: DocumentSummary[]; corpus: DocumentSummary }
export interface CloudWord {
  text: string; weight: number; members?: string[];
  /** Comparison clouds: index into CloudOptions.groups; count shown in the label. */
  group?: number; count?: number;
}
export interface CloudOptions {
  width?: number;
  height?: number;
  seed?: number;
  maxWords?: number;
  /** The heaviest keepTop words are never dropped (default 50). */
  keepTop?: number;
  minFontSize?: number;
  maxFontSize?: number;
  padding?: number;
  scale?: "linear" | "sqrt" | "log";
  rotate?: "none" | "mixed" | "angles";
  rotateRatio?: number;
  angles?: number[];
  shape?: "rectangle" | "ellipse";
  theme?: "light" | "dark";
  groups?: string[];
  fontFamily?: string;
}
export interface PlacedWord {
  text: string; weight: number; count: number; fontSize: number;
  x: number; y: number; width: number; ascent: number; descent: number;
  /** Degrees clockwise about (cx, cy); u, v: the centre as a share of the area. */
  angle: number; cx: number; cy: number; u: number; v: number;
  rank: number; group?: number; members?: string[];
}
export interface CloudResult {
  svg: string; width: number; height: number; fontFamily: string;
  groups: string[];
  words: PlacedWord[]; dropped: string[]; omitted: number; warning?: string;
}
export type TokenKind = "word" | "abbreviation" | "number" | "hashtag" | "mention" | "url" | "email" | "emoji";
export interface TokenSpans {
  terms: string[];
  kinds: TokenKind[];
  start: Uint32Array; end: Uint32Array;
  startUtf16: Uint32Array; endUtf16: Uint32Array;
}
export interface DecodedText { text: string; warning?: string }
export interface CompareOptions {
  /** Indices of the target documents; the others are the reference. Default [0]. */
  target?: number[];
  /** Terms shown per side (default 15). */
  top?: number;
  /** Least count of a term on both sides together (default 3). */
  minCount?: number;
  /** Yates' continuity correction on χ² (default false; G² never uses it). */
  yates?: boolean;
  /** How terms are counted, as for analyze. */
  terms?: AnalyzeOptions;
}
export interface KeyTerm {
  term: string; targetCount: number; referenceCount: number;
  logLikelihood: number; chiSquared: number; pValue: number; logRatio: number;
  members?: string[];
}
export interface Comparison {
  target: string; reference: string; targetTerms: number; referenceTerms: number;
  terms: KeyTerm[];
  /** Diverging bars, over-used terms right, under-used left. */
  svg: string;
}
export interface KwicLine {
  left: string; keyword: string; right: string;
  start: number; end: number; startUtf16: number; endUtf16: number;
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Term counts of each document and of all of them together.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    let options: AnalyzeOptions = options_from_js(options)?;
    let analysis = analysis::analyze(&documents, &options).map_err(js_error)?;
    to_js(&analysis)
}

/// A word cloud as SVG plus the placed words. `metrics` holds, per word,
/// `[width, ascent, descent]` at a 1 px font size as measured by the browser;
/// without it a built-in estimate is used.
#[wasm_bindgen(unchecked_return_type = "CloudResult")]
pub fn cloud(
    #[wasm_bindgen(unchecked_param_type = "CloudWord[]")] words: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CloudOptions | undefined")] options: JsValue,
    metrics: Option<Vec<f64>>,
) -> Result<JsValue, JsError> {
    let words: Vec<CloudWord> =
        from_js(words, "words must be an array of { text, weight } objects")?;
    let options: CloudOptions = options_from_js(options)?;
    let layout = match metrics {
        None => layout_estimated(&words, &options),
        Some(flat) => {
            if flat.len() != words.len() * 3 {
                return Err(JsError::new(&format!(
                    "metrics must hold 3 numbers per word ({} for {} words), not {}",
                    words.len() * 3,
                    words.len(),
                    flat.len()
                )));
            }
            let metrics: Vec<WordMetrics> = flat
                .chunks_exact(3)
                .map(|m| WordMetrics {
                    width: m[0],
                    ascent: m[1],
                    descent: m[2],
                })
                .collect();
            layout(&words, &BoxGlyphs { metrics }, &options)
        }
    }
    .map_err(js_error)?;
    to_js(&CloudResult::new(layout))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CloudResult {
    svg: String,
    #[serde(flatten)]
    layout: CloudLayout,
}

impl CloudResult {
    fn new(layout: CloudLayout) -> Self {
        CloudResult {
            svg: cloud_svg(&layout),
            layout,
        }
    }
}

/// Keyness of the target documents against the others, with its chart.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    let options: CompareOptions = options_from_js(options)?;
    let comparison = comparison::compare(&documents, &options).map_err(js_error)?;
    to_js(&ComparisonResult {
        svg: keyness_svg(&comparison),
        comparison,
    })
}

#[derive(Serialize)]
struct ComparisonResult {
    svg: String,
    #[serde(flatten)]
    comparison: Comparison,
}

/// Each occurrence of any of `terms` (lowercase, as in the tables; pass a
/// group's members to find all its forms) with `window` tokens either side.
#[wasm_bindgen(unchecked_return_type = "KwicLine[]")]
pub fn kwic(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string[]")] terms: JsValue,
    window: usize,
) -> Result<JsValue, JsError> {
    let terms: Vec<String> = from_js(terms, "terms must be an array of strings")?;
    to_js(&kwic::kwic(text, &terms, window))
}

/// The stem of each word (lowercased first, as the tokenizer does).
#[wasm_bindgen(unchecked_return_type = "string[]")]
pub fn stem(
    #[wasm_bindgen(unchecked_param_type = "string[]")] words: JsValue,
) -> Result<JsValue, JsError> {
    let words: Vec<String> = from_js(words, "words must be an array of strings")?;
    let stemmer = require_stemmer().map_err(js_error)?;
    let stems: Vec<String> = words
        .iter()
        .map(|w| stemmer.stem(&lowercase(w)).into_owned())
        .collect();
    to_js(&stems)
}

/// Installs the Indonesian root lexicon (the text of `id-roots.txt`, next
/// to the wasm) for grouping word forms and judging run-together words. It
/// is not in the wasm itself, so that readers who never need it never load it.
#[wasm_bindgen(js_name = installRootLexicon)]
pub fn install_root_lexicon(list: &str) -> Result<(), JsError> {
    lexicon::install_roots(list).map_err(js_error)
}

/// Whether a call since the last time this was asked needed the root
/// lexicon while it was not installed; install it and call again for the
/// full result.
#[wasm_bindgen(js_name = rootsWanted)]
pub fn roots_wanted() -> bool {
    lexicon::take_roots_wanted()
}

/// Every token of `text` with byte and UTF-16 offsets into it, as typed
/// arrays so that large texts do not become millions of objects.
#[wasm_bindgen(unchecked_return_type = "TokenSpans")]
pub fn tokenize(text: &str) -> Result<JsValue, JsError> {
    let mut terms = Vec::new();
    let mut kinds = Vec::new();
    let (mut start, mut end, mut start16, mut end16) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for_each_token(text, |token| {
        terms.push(JsValue::from_str(token.term));
        kinds.push(JsValue::from_str(token.kind.name()));
        start.push(token.bytes.0 as u32);
        end.push(token.bytes.1 as u32);
        start16.push(token.utf16.0 as u32);
        end16.push(token.utf16.1 as u32);
    });
    object_of(&[
        ("terms", terms.into_iter().collect::<js_sys::Array>().into()),
        ("kinds", kinds.into_iter().collect::<js_sys::Array>().into()),
        ("start", js_sys::Uint32Array::from(&start[..]).into()),
        ("end", js_sys::Uint32Array::from(&end[..]).into()),
        ("startUtf16", js_sys::Uint32Array::from(&start16[..]).into()),
        ("endUtf16", js_sys::Uint32Array::from(&end16[..]).into()),
    ])
}

/// A plain object with these properties.
fn object_of(entries: &[(&str, JsValue)]) -> Result<JsValue, JsError> {
    let object = js_sys::Object::new();
    for (key, value) in entries {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), value)
            .map_err(|_| JsError::new("could not build the result object"))?;
    }
    Ok(object.into())
}

/// The bytes of a file as text: binary files are refused, invalid UTF-8 is
/// replaced and reported in `warning`.
#[wasm_bindgen(js_name = readTextFile, unchecked_return_type = "DecodedText")]
pub fn read_text_file(name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
    let decoded = decode_text(name, bytes).map_err(js_error)?;
    let mut entries = vec![("text", JsValue::from(decoded.text))];
    if let Some(warning) = decoded.warning {
        entries.push(("warning", warning.into()));
    }
    object_of(&entries)
}

fn js_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&error.to_string())
}

fn documents_from_js(documents: JsValue) -> Result<Vec<Document>, JsError> {
    from_js(
        documents,
        "documents must be an array of { title, text } objects",
    )
}

fn from_js<T: DeserializeOwned>(value: JsValue, what: &str) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// Options may be omitted (`undefined` or `null`) for all defaults. A key
/// the options do not have is an error: a misspelt option silently ignored
/// would look like a bug in the analysis.
fn options_from_js<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsError> {
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

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result for JavaScript: {e}")))
}
