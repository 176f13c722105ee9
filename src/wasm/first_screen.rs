//! Exports for the first screen: analysis and the cloud of its term table.

use super::cloud::{place_cloud, shaped_options};
use super::convert::{documents_from_js, from_js, js_error, options_from_js, to_js};
use crate::analysis::{self, AnalyzeOptions};
use crate::cloud::words::cloud_words;
use crate::stats::counts::TermCount;
use wasm_bindgen::prelude::*;

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

/// Whether an `analyze` since the last time this was asked needed a stage
/// only the views module carries (page chrome in a text that may hold
/// some, or the slang table): count again with its `analyzeInDetail` for
/// the result the CLI gives.
#[wasm_bindgen(js_name = viewsWanted)]
pub fn views_wanted() -> bool {
    crate::text::chrome::take_views_wanted()
}

/// The cloud of rows of an `analyze` term table (`topTerms`), each row made
/// a cloud word by the conversion `arah cloud` uses, so a table and its
/// cloud agree in both. With `glyphs_from_canvas`,
/// each word's mask comes from its real glyphs, drawn by the browser in
/// `options.fontFamily` (see `glyph_atlas`); without it, or where the
/// browser cannot draw them, from the built-in estimate. `shape_alpha`
/// (`shape_width` pixels a row), when given, is the area's shape: words go
/// where its alpha is at least 128.
#[wasm_bindgen(js_name = termCloud, unchecked_return_type = "CloudResult")]
pub fn term_cloud(
    #[wasm_bindgen(unchecked_param_type = "TermCount[]")] terms: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CloudOptions | undefined")] options: JsValue,
    glyphs_from_canvas: bool,
    shape_alpha: Option<Vec<u8>>,
    shape_width: usize,
) -> Result<JsValue, JsError> {
    let terms: Vec<TermCount> = from_js(
        terms,
        "terms must be an array of { term, count } rows, as analyze returns them",
    )?;
    let options = shaped_options(options, shape_alpha, shape_width)?;
    place_cloud(&cloud_words(&terms), &options, glyphs_from_canvas)
}
