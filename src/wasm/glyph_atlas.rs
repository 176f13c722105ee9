//! The browser's glyphs for the cloud, through web-sys: every word of a
//! layout drawn once, in the cloud's font, on one `OffscreenCanvas`, with
//! one pixel read-back, as the `GlyphAtlas` the layout takes (see
//! src/cloud/glyphs.rs for the format). The SVG then names the same font,
//! so the masks are the glyphs readers see.

use crate::cloud::glyphs::GlyphAtlas;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{OffscreenCanvas, OffscreenCanvasRenderingContext2d};

/// Width of the atlas's rows, unless one word is wider.
const STRIDE: f64 = 2048.0;
/// The atlas is drawn at half the largest font size (one atlas pixel to a
/// 2 px cell of the board), but no larger than this: drawing and reading the
/// pixels is most of a cloud's time, and only the few largest words are
/// scaled further (their masks stay whole, a little coarser).
const LARGEST_ATLAS_FONT: f64 = 24.0;
/// The largest canvas side browsers allow.
const CANVAS_LIMIT: f64 = 16384.0;

/// The atlas of `texts`, or `None` where the browser cannot draw it (no
/// `OffscreenCanvas`, or a word wider than a canvas): the caller then uses
/// the built-in estimate of glyphs.
pub fn draw_atlas(texts: &[&str], font_family: &str, max_font_size: f64) -> Option<GlyphAtlas> {
    if texts.is_empty() {
        return None;
    }
    let font_size = (max_font_size / 2.0)
        .round()
        .clamp(12.0, LARGEST_ATLAS_FONT);
    let font = format!("{}px {font_family}", font_size as u32);
    let measure = context(1, 1)?;
    measure.set_font(&font);
    let mut boxes = Vec::with_capacity(texts.len() * 7);
    let (mut x, mut y, mut row_height, mut stride) = (0.0, 0.0, 0.0f64, STRIDE);
    for text in texts {
        let m = measure.measure_text(text).ok()?;
        let left = m.actual_bounding_box_left().max(0.0).ceil() + 1.0;
        let ascent = m
            .actual_bounding_box_ascent()
            .max(m.font_bounding_box_ascent())
            .ceil()
            + 1.0;
        let descent = m
            .actual_bounding_box_descent()
            .max(m.font_bounding_box_descent())
            .ceil()
            + 1.0;
        let width = left + m.actual_bounding_box_right().max(m.width()).ceil() + 1.0;
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
        boxes.extend([
            x,
            y,
            width,
            ascent + descent,
            left,
            ascent,
            m.width().max(0.01),
        ]);
        x += width;
        row_height = row_height.max(ascent + descent);
    }
    let height = y + row_height;
    if height > CANVAS_LIMIT {
        return None;
    }
    let draw = context(stride as u32, height as u32)?;
    // The context's defaults place text as the atlas format says: from the
    // left end (`start` in a left-to-right canvas) of its alphabetic baseline.
    draw.set_font(&font);
    for (text, b) in texts.iter().zip(boxes.chunks_exact(7)) {
        draw.fill_text(text, b[0] + b[4], b[1] + b[5]).ok()?;
    }
    let rgba = draw.get_image_data(0.0, 0.0, stride, height).ok()?.data();
    let alpha = rgba.0.chunks_exact(4).map(|pixel| pixel[3]).collect();
    GlyphAtlas::new(alpha, stride as usize, font_size, boxes).ok()
}

/// The 2D context of a new `width` × `height` OffscreenCanvas.
fn context(width: u32, height: u32) -> Option<OffscreenCanvasRenderingContext2d> {
    let canvas = OffscreenCanvas::new(width, height).ok()?;
    let context: JsValue = canvas.get_context("2d").ok()??.into();
    context.dyn_into().ok()
}
