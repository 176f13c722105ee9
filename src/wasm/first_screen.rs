//! Exports for the first screen: analysis, the cloud, files.

use super::cloud::place_cloud;
use super::convert::{documents_from_js, from_js, js_error, options_from_js, to_js};
use crate::analysis::{self, AnalyzeOptions};
use crate::cloud::{AlphaShape, CloudOptions, CloudWord, Shape};
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

/// A word cloud as SVG plus the placed words. With `glyphs_from_canvas`,
/// each word's mask comes from its real glyphs, drawn by the browser in
/// `options.fontFamily` (see `glyph_atlas`); without it, or where the
/// browser cannot draw them, from the built-in estimate. `shape_alpha`
/// (`shape_width` pixels a row), when given, is the area's shape: words go
/// where its alpha is at least 128.
#[wasm_bindgen(unchecked_return_type = "CloudResult")]
pub fn cloud(
    #[wasm_bindgen(unchecked_param_type = "CloudWord[]")] words: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CloudOptions | undefined")] options: JsValue,
    glyphs_from_canvas: bool,
    shape_alpha: Option<Vec<u8>>,
    shape_width: usize,
) -> Result<JsValue, JsError> {
    let words: Vec<CloudWord> =
        from_js(words, "words must be an array of { text, weight } objects")?;
    let mut options: CloudOptions = options_from_js(options)?;
    if let Some(alpha) = shape_alpha {
        if shape_width == 0 || alpha.is_empty() || alpha.len() % shape_width != 0 {
            return Err(JsError::new(
                "the shape's pixels must be whole rows of shapeWidth pixels",
            ));
        }
        options.shape = Shape::Alpha(AlphaShape {
            width: shape_width,
            height: alpha.len() / shape_width,
            alpha,
        });
    }
    place_cloud(&words, &options, glyphs_from_canvas)
}
