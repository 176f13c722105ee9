//! Word-cloud layout: sizes from weights, then placement on an occupancy
//! board along a seeded spiral. Pure geometry; drawing is `render`'s job.

pub mod board;
pub mod layout;
pub mod metrics;
pub mod spiral;

use serde::{Deserialize, Serialize};

/// A word to draw and its weight (usually its count).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct CloudWord {
    pub text: String,
    pub weight: f64,
    /// Other forms counted with this word (grouping by stem), for its tooltip.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
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
    /// Font sizes in pixels; the largest is shrunk to fit the area.
    pub min_font_size: f64,
    pub max_font_size: f64,
    /// Free space kept around each word, in pixels.
    pub padding: f64,
    pub scale: Scale,
    /// CSS font-family the SVG names; the metrics must be of this font.
    pub font_family: String,
}

impl Default for CloudOptions {
    fn default() -> Self {
        CloudOptions {
            width: 800.0,
            height: 500.0,
            seed: 1,
            max_words: 100,
            min_font_size: 10.0,
            max_font_size: 96.0,
            padding: 2.0,
            scale: Scale::Sqrt,
            font_family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif".into(),
        }
    }
}

/// A word placed in the cloud. `x` is the left edge of the word and `y` its
/// baseline; the box is `[x, x + width] × [y - ascent, y + descent]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlacedWord {
    pub text: String,
    pub weight: f64,
    pub font_size: f64,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub ascent: f64,
    pub descent: f64,
    /// Rank by weight, 0 for the heaviest word.
    pub rank: usize,
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
    pub words: Vec<PlacedWord>,
    /// Words that were among the `max_words` heaviest but found no room.
    pub dropped: Vec<String>,
}
