//! A chart's SVG as a PNG, natively (the CLI's `--png`): resvg draws the
//! very SVG the CLI writes, at the widget's export scale, with the font the
//! cloud was laid out in loaded into resvg's own font database, so no
//! system font is needed or used. resvg ignores `@font-face`; it finds the
//! font by the family name the SVG also lists.

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};

/// Pixels per SVG unit in the PNG, as the widget's export (`PNG_SCALE`).
pub const PNG_SCALE: f32 = 2.0;

/// `svg` drawn on white at [`PNG_SCALE`], text in the font `font_data`
/// (TTF/OTF), which is also every generic family (the legend's
/// `sans-serif`).
pub fn svg_to_png(svg: &str, font_data: &[u8]) -> Result<Vec<u8>, String> {
    let mut options = Options::default();
    let db = options.fontdb_mut();
    db.load_font_data(font_data.to_vec());
    let family = db
        .faces()
        .next()
        .and_then(|face| face.families.first())
        .map(|(name, _)| name.clone())
        .ok_or("the font has no family name resvg can use")?;
    db.set_sans_serif_family(&family);
    db.set_serif_family(&family);
    db.set_monospace_family(&family);
    options.font_family = family;
    let tree = Tree::from_str(svg, &options).map_err(|e| format!("cannot read the SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let (width, height) = (
        (size.width() as f32 * PNG_SCALE).round() as u32,
        (size.height() as f32 * PNG_SCALE).round() as u32,
    );
    let mut pixmap = Pixmap::new(width, height).ok_or("the image would be empty or too large")?;
    pixmap.fill(Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode the PNG: {e}"))
}
