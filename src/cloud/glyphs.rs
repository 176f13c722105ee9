//! Where a word's ink comes from. Placement only needs, per word, its line
//! box at 1 px ([`WordMetrics`]) and its ink at a given font size as
//! rectangles; [`MaskSource`] gives both.
//!
//! - [`GlyphAtlas`]: real glyphs, rasterized by the browser in one batch on
//!   one canvas (one pixel read-back) in the font the SVG uses.
//!   The CLI fills the same atlas from a font file ([`super::font_glyphs`],
//!   native only), drawn as the browser draws it.
//! - [`EstimatedGlyphs`]: the stand-in (tests, and a browser that cannot
//!   rasterize), deterministic on every machine.

use super::metrics::{estimate_metrics, estimated_advance, WordMetrics};
use crate::error::ArahError;

/// Ink as `[left, top, right, bottom]` in pixels, relative to the word's
/// origin (the left end of its baseline), y growing downwards.
pub type InkRect = [f64; 4];

pub trait MaskSource {
    /// Advance width, ascent and descent of word `word` at 1 px.
    fn metrics(&self, word: usize) -> WordMetrics;
    /// Appends the ink of word `word` drawn at `font_size` px to `out`.
    /// Rectangles may overlap; every inked pixel must be covered.
    fn ink(&self, word: usize, font_size: f64, out: &mut Vec<InkRect>);
}

/// The native stand-in for real glyphs. Each character is a solid box: its
/// advance from the width estimate ([`estimate_metrics`]) less a side bearing,
/// as tall as its class — x-height (0.53 em) for most lower-case letters,
/// ascender height (0.72 em) for capitals, digits and b d f h i k l t,
/// descenders (to 0.21 em below the baseline) for g j p q y, a small mark
/// for punctuation, an em box for CJK, kana, hangul and emoji.
///
/// How it differs from real glyphs: no counters, gaps or diagonal strokes
/// (an "o" or "v" is a solid box, so words pack less tightly than real ink
/// allows, never more), no kerning, and widths are estimates that run wider
/// than most sans-serif fonts. Layouts made with it are valid (nothing
/// overlaps) for any font no wider than the estimate, since the SVG pins each
/// word to its estimated width with `textLength`.
pub struct EstimatedGlyphs<'a> {
    texts: Vec<&'a str>,
}

impl<'a> EstimatedGlyphs<'a> {
    pub fn new<I: IntoIterator<Item = &'a str>>(texts: I) -> Self {
        EstimatedGlyphs {
            texts: texts.into_iter().collect(),
        }
    }
}

impl MaskSource for EstimatedGlyphs<'_> {
    fn metrics(&self, word: usize) -> WordMetrics {
        estimate_metrics(self.texts[word])
    }

    fn ink(&self, word: usize, font_size: f64, out: &mut Vec<InkRect>) {
        let mut x = 0.0;
        for ch in self.texts[word].chars() {
            let advance = estimated_advance(ch) * font_size;
            let (top, bottom) = vertical_extent(ch);
            let bearing = (0.05 * font_size).min(0.2 * advance);
            if top < bottom {
                out.push([
                    x + bearing,
                    top * font_size,
                    x + advance - bearing,
                    bottom * font_size,
                ]);
            }
            x += advance;
        }
    }
}

/// Top and bottom of a character class in em, y downwards.
fn vertical_extent(ch: char) -> (f64, f64) {
    match ch {
        'g' | 'p' | 'q' | 'y' => (-0.53, 0.21),
        'j' => (-0.72, 0.21),
        'b' | 'd' | 'f' | 'h' | 'i' | 'k' | 'l' | 't' | 'A'..='Z' | '0'..='9' => (-0.72, 0.0),
        '.' | ',' | ':' | ';' => (-0.12, 0.06),
        '-' | '–' | '—' => (-0.32, -0.22),
        '\'' | '"' | '`' => (-0.72, -0.5),
        c if c.is_whitespace() => (0.0, 0.0),
        c if c.is_ascii_lowercase() => (-0.53, 0.0),
        c if estimated_advance(c) >= 1.0 => (-0.78, 0.2),
        // Accented Latin, Greek, Cyrillic, Arabic, Indic: ascender to
        // descender, the safe side for marks above and below.
        _ => (-0.72, 0.21),
    }
}

/// Numbers per word in [`GlyphAtlas::boxes`].
pub const ATLAS_BOX_LEN: usize = 7;

/// Width of the atlas's rows, unless one word is wider.
const ATLAS_STRIDE: f64 = 2048.0;
/// The atlas is drawn at half the largest font size (one atlas pixel to a
/// 2 px cell of the board), but no larger than this: drawing and reading the
/// pixels is most of a cloud's time, and only the few largest words are
/// scaled further (their masks stay whole, a little coarser).
const LARGEST_ATLAS_FONT: f64 = 24.0;
/// The largest canvas side browsers allow.
const CANVAS_LIMIT: f64 = 16384.0;

/// The font size an atlas is drawn at, for a cloud whose largest word is
/// `max_font_size` px.
pub fn atlas_font_size(max_font_size: f64) -> f64 {
    (max_font_size / 2.0)
        .round()
        .clamp(12.0, LARGEST_ATLAS_FONT)
}

/// A word measured for the atlas, in px, as canvas `measureText` reports
/// it: ink left of the origin (positive to the left) and right of it, the
/// line box above and below the baseline (the larger of ink and font), and
/// the advance.
pub struct AtlasWord {
    pub left: f64,
    pub right: f64,
    pub ascent: f64,
    pub descent: f64,
    pub advance: f64,
}

/// Where the words go in an atlas: the buffer's size and each word's
/// [`GlyphAtlas`] box, the browser's and the CLI's atlas packed alike.
pub struct AtlasPacking {
    pub stride: f64,
    pub height: f64,
    pub boxes: Vec<f64>,
}

/// Packs `words` into rows, left to right, each in a box of whole pixels
/// with a 1 px margin; `None` when a measure is not finite or the atlas
/// would be wider or taller than a canvas may be.
pub fn pack_atlas(words: &[AtlasWord]) -> Option<AtlasPacking> {
    let mut boxes = Vec::with_capacity(words.len() * ATLAS_BOX_LEN);
    let (mut x, mut y, mut row_height, mut stride) = (0.0, 0.0, 0.0f64, ATLAS_STRIDE);
    for word in words {
        let left = word.left.max(0.0).ceil() + 1.0;
        let ascent = word.ascent.ceil() + 1.0;
        let descent = word.descent.ceil() + 1.0;
        let width = left + word.right.max(word.advance).ceil() + 1.0;
        if !(width.is_finite() && ascent.is_finite() && descent.is_finite()) || width > CANVAS_LIMIT
        {
            return None;
        }
        stride = stride.max(width);
        if x + width > stride {
            x = 0.0;
            y += row_height;
            row_height = 0.0;
        }
        let height = ascent + descent;
        boxes.extend([x, y, width, height, left, ascent, word.advance.max(0.01)]);
        x += width;
        row_height = row_height.max(height);
    }
    let height = y + row_height;
    (height <= CANVAS_LIMIT).then_some(AtlasPacking {
        stride,
        height,
        boxes,
    })
}

/// Real glyphs from the browser: every word of a layout drawn once, at
/// `font_size` px, into one alpha buffer (one byte per pixel, row-major,
/// `stride` pixels per row; ink where alpha > 0, so anti-aliased edges
/// count as ink).
///
/// `boxes` holds 7 numbers per word, in the order of the words:
/// `x, y, w, h` — the word's rectangle in the buffer (whole pixels; it must
/// hold all of the word's ink and should have a 1 px margin), `origin_x,
/// baseline` — where `fillText` put the word's origin, relative to the
/// rectangle's top-left (`textBaseline = "alphabetic"`, `textAlign = "left"`),
/// and `advance` — `measureText(word).width`. The word's line box is the
/// rectangle's rows: ascent = `baseline`, descent = `h - baseline`.
///
/// At other font sizes the raster is scaled; a target pixel is ink when any
/// source pixel under it is, so scaled masks cover at least the real ink.
/// Rasterizing near the largest font size used keeps them tight.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphAtlas {
    alpha: Vec<u8>,
    stride: usize,
    font_size: f64,
    boxes: Vec<f64>,
}

impl GlyphAtlas {
    pub fn new(
        alpha: Vec<u8>,
        stride: usize,
        font_size: f64,
        boxes: Vec<f64>,
    ) -> Result<Self, ArahError> {
        let invalid = |m: &str| Err(ArahError::InvalidOption(format!("glyph atlas: {m}")));
        if stride == 0 || alpha.len() % stride != 0 {
            return invalid("the buffer length must be a multiple of its row length");
        }
        if !(font_size.is_finite() && font_size >= 1.0) {
            return invalid("the font size must be at least 1 px");
        }
        if boxes.len() % ATLAS_BOX_LEN != 0 {
            return invalid("boxes must hold 7 numbers per word");
        }
        let rows = alpha.len() / stride;
        for b in boxes.chunks_exact(ATLAS_BOX_LEN) {
            let whole = b[..4].iter().all(|v| v.fract() == 0.0 && *v >= 0.0);
            if !whole
                || b[0] + b[2] > stride as f64
                || b[1] + b[3] > rows as f64
                || b[3] < 1.0
                || !(b[4].is_finite() && b[5].is_finite() && b[6].is_finite() && b[6] > 0.0)
            {
                return invalid(
                    "a word's rectangle lies outside the buffer or its numbers are not usable",
                );
            }
        }
        Ok(GlyphAtlas {
            alpha,
            stride,
            font_size,
            boxes,
        })
    }

    pub fn len(&self) -> usize {
        self.boxes.len() / ATLAS_BOX_LEN
    }

    pub fn is_empty(&self) -> bool {
        self.boxes.is_empty()
    }

    fn entry(&self, word: usize) -> &[f64] {
        &self.boxes[word * ATLAS_BOX_LEN..(word + 1) * ATLAS_BOX_LEN]
    }
}

impl MaskSource for GlyphAtlas {
    fn metrics(&self, word: usize) -> WordMetrics {
        let b = self.entry(word);
        // Not `clamp`: its check that the bounds are in order (always true
        // here, `new` ensures `b[3] >= 1`) formats them in its panic message,
        // which alone linked Rust's float formatting into the first screen.
        let baseline = b[5].max(0.0).min(b[3]);
        WordMetrics {
            width: b[6] / self.font_size,
            ascent: baseline / self.font_size,
            descent: (b[3] - baseline) / self.font_size,
        }
    }

    /// Runs of ink along each row, scaled; a run is merged with the run
    /// right above it when both span the same columns.
    fn ink(&self, word: usize, font_size: f64, out: &mut Vec<InkRect>) {
        let b = self.entry(word);
        let (x0, y0, w, h) = (b[0] as usize, b[1] as usize, b[2] as usize, b[3] as usize);
        let k = font_size / self.font_size;
        let first = out.len();
        let mut previous_row = (out.len(), out.len());
        for row in 0..h {
            let line = &self.alpha[(y0 + row) * self.stride + x0..][..w];
            let row_start = out.len();
            let mut column = 0;
            while column < w {
                if line[column] == 0 {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < w && line[column] != 0 {
                    column += 1;
                }
                let (left, right) = ((start as f64 - b[4]) * k, (column as f64 - b[4]) * k);
                let top = (row as f64 - b[5]) * k;
                let bottom = top + k;
                let above = out[previous_row.0..previous_row.1]
                    .iter()
                    .position(|r| r[0] == left && r[2] == right);
                match above {
                    Some(i) if previous_row.0 >= first => {
                        // Grow the run above down to this row, keep it in
                        // this row's range by swapping it to the end.
                        let mut grown = out[previous_row.0 + i];
                        grown[3] = bottom;
                        out.push(grown);
                        out[previous_row.0 + i][2] = out[previous_row.0 + i][0];
                    }
                    _ => out.push([left, top, right, bottom]),
                }
            }
            previous_row = (row_start, out.len());
        }
        // Runs emptied by merging have zero width; drop them.
        let mut keep = first;
        for i in first..out.len() {
            if out[i][2] > out[i][0] {
                out[keep] = out[i];
                keep += 1;
            }
        }
        out.truncate(keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_in_ink_lies_inside_the_line_box() {
        let glyphs = EstimatedGlyphs::new(["kampanye", "Ågjy😀 日本"]);
        for word in 0..2 {
            let m = glyphs.metrics(word);
            let mut ink = Vec::new();
            glyphs.ink(word, 20.0, &mut ink);
            assert!(!ink.is_empty());
            for r in ink {
                assert!(r[0] >= 0.0 && r[2] <= m.width * 20.0 + 1e-9, "{r:?}");
                assert!(r[1] >= -m.ascent * 20.0 && r[3] <= m.descent * 20.0 + 1e-9);
            }
        }
    }

    #[test]
    fn atlas_runs_cover_exactly_the_inked_pixels() {
        // A 6×4 buffer, one word in x 1..5, y 0..4, origin (1, 3).
        #[rustfmt::skip]
        let alpha = vec![
            0, 0, 9, 9, 0, 0,
            0, 0, 9, 9, 0, 0,
            0, 9, 9, 9, 9, 0,
            0, 0, 0, 0, 0, 0,
        ];
        let atlas =
            GlyphAtlas::new(alpha, 6, 10.0, vec![1.0, 0.0, 4.0, 4.0, 1.0, 3.0, 4.0]).unwrap();
        let m = atlas.metrics(0);
        assert_eq!((m.width, m.ascent, m.descent), (0.4, 0.3, 0.1));
        let mut ink = Vec::new();
        atlas.ink(0, 10.0, &mut ink);
        let mut area = 0.0;
        for r in &ink {
            area += (r[2] - r[0]) * (r[3] - r[1]);
        }
        assert_eq!(area, 8.0, "{ink:?}");
        assert!(ink.contains(&[0.0, -3.0, 2.0, -1.0]), "{ink:?}");
        assert!(ink.contains(&[-1.0, -1.0, 3.0, 0.0]), "{ink:?}");
        let mut doubled = Vec::new();
        atlas.ink(0, 20.0, &mut doubled);
        assert!(doubled.contains(&[-2.0, -2.0, 6.0, 0.0]), "{doubled:?}");
    }

    #[test]
    fn atlas_rejects_rectangles_outside_the_buffer() {
        assert!(GlyphAtlas::new(
            vec![0; 12],
            6,
            10.0,
            vec![4.0, 0.0, 4.0, 2.0, 0.0, 1.0, 3.0]
        )
        .is_err());
        assert!(GlyphAtlas::new(vec![0; 12], 5, 10.0, vec![]).is_err());
        assert!(GlyphAtlas::new(vec![0; 12], 6, 10.0, vec![0.0; 6]).is_err());
    }
}
