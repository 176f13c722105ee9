//! The browser's glyphs for the cloud, through web-sys: every word of a
//! layout drawn once, in the cloud's font, on one `OffscreenCanvas`, with
//! one pixel read-back, as the `GlyphAtlas` the layout takes (see
//! src/cloud/glyphs.rs for the format). The SVG then names the same font,
//! so the masks are the glyphs readers see.

use crate::cloud::glyphs::{atlas_font_size, pack_atlas, AtlasPacking, AtlasWord, GlyphAtlas};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{OffscreenCanvas, OffscreenCanvasRenderingContext2d};

/// The atlas of `texts`, or `None` where the browser cannot draw it (no
/// `OffscreenCanvas`, or a word wider than a canvas): the caller then uses
/// the built-in estimate of glyphs.
pub fn draw_atlas(texts: &[&str], font_family: &str, max_font_size: f64) -> Option<GlyphAtlas> {
    if texts.is_empty() {
        return None;
    }
    let font_size = atlas_font_size(max_font_size);
    let font = format!("{}px {font_family}", font_size as u32);
    let measure = context(1, 1)?;
    measure.set_font(&font);
    let mut measures = Vec::with_capacity(texts.len());
    for text in texts {
        let m = measure.measure_text(text).ok()?;
        measures.push(AtlasWord {
            left: m.actual_bounding_box_left(),
            right: m.actual_bounding_box_right(),
            ascent: m
                .actual_bounding_box_ascent()
                .max(m.font_bounding_box_ascent()),
            descent: m
                .actual_bounding_box_descent()
                .max(m.font_bounding_box_descent()),
            advance: m.width(),
        });
    }
    let AtlasPacking {
        stride,
        height,
        boxes,
    } = pack_atlas(&measures)?;
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
