//! Exports for the views a reader opens after the first screen: keyness,
//! keyword in context, stems. Built into `pkg/arah_views.js`, which
//! `arah.js` loads on first use.

use super::{documents_from_js, from_js, js_error, options_from_js, to_js};
use crate::analysis::{self, AnalyzeOptions};
use crate::comparison::{self, CompareOptions, Comparison};
use crate::render::keyness_svg::keyness_svg;
use crate::stats::kwic;
use crate::text::lexicon::require_stemmer;
use crate::text::tokenize::lowercase;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
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

/// `analyze`, plus each document's terms by tf-idf and the corpus's bigram
/// collocations.
#[wasm_bindgen(js_name = analyzeInDetail, unchecked_return_type = "Analysis")]
pub fn analyze_in_detail(
    #[wasm_bindgen(unchecked_param_type = "ArahDocument[]")] documents: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let documents = documents_from_js(documents)?;
    let options: AnalyzeOptions = options_from_js(options)?;
    to_js(&analysis::analyze_in_detail(&documents, &options).map_err(js_error)?)
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
