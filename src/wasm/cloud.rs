//! The cloud as both modules lay it out: the first screen's `termCloud`
//! from a term table, the views' `cloud` from any words and
//! `comparisonCloud` from documents; one placement, one result shape.

use super::convert::{js_error, options_from_js, to_js};
use super::glyph_atlas::draw_atlas;
use crate::cloud::layout::{heaviest_words, layout, layout_estimated};
use crate::cloud::{AlphaShape, CloudLayout, CloudOptions, CloudWord, Shape};
use crate::render::cloud_svg::cloud_svg;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
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
"#;

/// Lays out the heaviest `options.max_words` of `words`. With
/// `glyphs_from_canvas`, each word's mask comes from its real glyphs, drawn
/// by the browser in `options.font_family` (see `glyph_atlas`); without it,
/// or where the browser cannot draw them, from the built-in estimate.
pub(crate) fn place_cloud(
    words: &[CloudWord],
    options: &CloudOptions,
    glyphs_from_canvas: bool,
) -> Result<JsValue, JsError> {
    // Only the words the layout may place are drawn: the heaviest maxWords.
    let (words, omitted) = heaviest_words(words, options).map_err(js_error)?;
    let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
    let atlas = glyphs_from_canvas
        .then(|| draw_atlas(&texts, &options.font_family, options.max_font_size))
        .flatten();
    let mut layout = match atlas {
        Some(atlas) => layout(&words, &atlas, options),
        None => layout_estimated(&words, options),
    }
    .map_err(js_error)?;
    layout.omitted += omitted;
    to_js(&CloudResult {
        svg: cloud_svg(&layout),
        layout,
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CloudResult {
    svg: String,
    #[serde(flatten)]
    layout: CloudLayout,
}

/// Cloud options, with the shape's pixels when there are any.
pub(crate) fn shaped_options(
    options: JsValue,
    shape_alpha: Option<Vec<u8>>,
    shape_width: usize,
) -> Result<CloudOptions, JsError> {
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
    Ok(options)
}
