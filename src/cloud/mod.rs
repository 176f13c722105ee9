//! Word-cloud layout: sizes from weights, then glyph-accurate placement on a
//! bit board along a precomputed spiral. Pure geometry; drawing is `render`'s
//! job.
//!
//! Pipeline: [`glyphs`] gives each word's ink (real glyph rasters from the
//! browser, or a native stand-in) → [`mask`] packs it, rotated and padded,
//! into bit rows of board cells → [`board`] tests and marks masks → [`layout`]
//! sizes the words and walks the [`spiral`] for each; [`words`] turns term
//! counts into cloud words, and [`compare`] the texts of several groups into
//! a comparison cloud's words.

pub mod board;
pub mod compare;
#[cfg(not(target_arch = "wasm32"))]
pub mod font_glyphs;
pub mod glyphs;
pub mod layout;
pub mod mask;
pub mod metrics;
pub mod spiral;
#[cfg(test)]
mod tests;
pub mod words;

use serde::{Deserialize, Serialize};

/// A word to draw and its weight (usually its count).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct CloudWord {
    pub text: String,
    pub weight: f64,
    /// Other forms counted with this word (grouping by stem), for its tooltip.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// Comparison clouds: index into [`CloudOptions::groups`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The number shown in the word's label when it is not its weight
    /// (comparison clouds size by excess proportion but show the count).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f64>,
}

/// How weights map to font sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    Linear,
    /// The default: a word counted four times is drawn twice as large.
    #[default]
    Sqrt,
    Log,
}

/// Which way words are turned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rotate {
    /// Every word horizontal.
    #[default]
    None,
    /// Horizontal, or turned −90° (reading upwards) with `rotate_ratio`.
    Mixed,
    /// One of `angles` (degrees, clockwise), picked per word by the seed.
    Angles,
}

/// Where words may go.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Shape {
    #[default]
    Rectangle,
    /// The ellipse inscribed in the area.
    Ellipse,
    /// A custom mask, stretched over the area (set from Rust; the facade fills
    /// it from an image's alpha channel or a rasterized SVG path).
    #[serde(skip)]
    Alpha(AlphaShape),
}

/// A shape as an alpha channel: `alpha[y * width + x]`, words may cover only
/// pixels with alpha ≥ 128.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AlphaShape {
    pub width: usize,
    pub height: usize,
    pub alpha: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct CloudOptions {
    /// Drawing area in CSS pixels.
    pub width: f64,
    pub height: f64,
    /// Same words, options and seed → the same layout.
    pub seed: u64,
    /// At most this many of the heaviest words are drawn.
    pub max_words: usize,
    /// The heaviest `keep_top` words are never dropped: when one finds no
    /// room, every size shrinks and the layout starts again.
    pub keep_top: usize,
    /// Font sizes in pixels; sizes are fitted to the area. A top-K word
    /// that finds no room shrinks everything, below `min_font_size` if need
    /// be (down to 1 px), rather than being dropped.
    pub min_font_size: f64,
    pub max_font_size: f64,
    /// Free space kept around each word's ink, in pixels.
    pub padding: f64,
    pub scale: Scale,
    pub rotate: Rotate,
    /// Share of words turned with [`Rotate::Mixed`], 0 to 1.
    pub rotate_ratio: f64,
    /// Angles in degrees for [`Rotate::Angles`].
    pub angles: Vec<f64>,
    pub shape: Shape,
    pub theme: Theme,
    /// Names of the groups of a comparison cloud (legend); words name their
    /// group by index. Two or more groups give each its own sector.
    pub groups: Vec<String>,
    /// CSS font-family the SVG names; the glyphs must be of this font.
    pub font_family: String,
}

impl Default for CloudOptions {
    fn default() -> Self {
        CloudOptions {
            width: 800.0,
            height: 500.0,
            seed: 1,
            max_words: 100,
            keep_top: 50,
            min_font_size: 10.0,
            max_font_size: 96.0,
            padding: 2.0,
            scale: Scale::Sqrt,
            rotate: Rotate::None,
            rotate_ratio: 0.3,
            angles: Vec::new(),
            shape: Shape::Rectangle,
            theme: Theme::Light,
            groups: Vec::new(),
            font_family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif".into(),
        }
    }
}

/// A word placed in the cloud. Unturned, `x` is the left edge of the word
/// and `y` its baseline, the box `[x, x + width] × [y - ascent, y + descent]`;
/// a turned word is that box rotated by `angle` degrees (clockwise) about its
/// centre `(cx, cy)`. `u = cx / width` and `v = cy / height` of the area are
/// the normalized position: a resized cloud scales, it is not laid out again.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlacedWord {
    pub text: String,
    pub weight: f64,
    /// The number its label shows.
    pub count: f64,
    pub font_size: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub ascent: f64,
    pub descent: f64,
    pub angle: f64,
    pub cx: f64,
    pub cy: f64,
    pub u: f64,
    pub v: f64,
    /// Rank by weight, 0 for the heaviest word.
    pub rank: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

impl PlacedWord {
    pub fn top(&self) -> f64 {
        self.y - self.ascent
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.descent
    }

    pub fn right(&self) -> f64 {
        self.x + self.width
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CloudLayout {
    pub width: f64,
    pub height: f64,
    pub font_family: String,
    /// For the SVG; the caller knows which theme it asked for.
    #[serde(skip)]
    pub theme: Theme,
    pub groups: Vec<String>,
    pub words: Vec<PlacedWord>,
    /// Words among the `max_words` heaviest that found no room (heaviest
    /// first); `dropped.len()` is the count the widget shows.
    pub dropped: Vec<String>,
    /// Words beyond `max_words`, left out on purpose.
    pub omitted: usize,
    /// Why nothing or not everything could be placed, when it is not just
    /// crowding (a shape with no free pixel, a word too long for the area).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}
