//! Real glyphs natively: the CLI's cloud is laid out with the glyphs of a
//! font file, drawn the way the widget's `glyph_atlas` draws them with the
//! browser's `fillText`, into the same [`GlyphAtlas`]. So a site builder's
//! pre-rendered cloud and the reader's widget share masks, not estimates.
//!
//! - Shaping: harfrust, a port of HarfBuzz (the shaper Chromium and Firefox
//!   use, and resvg too): advance widths, GPOS kerning and ligatures, as
//!   `measureText` and `fillText` apply them. Noto Sans kerns through GPOS
//!   only, which ab_glyph's own `kern` table look-up does not read.
//! - Rasterising: ab_glyph, each shaped glyph at its pen position, coverage
//!   quantised to 8-bit alpha as a canvas stores it (ink where alpha > 0).
//! - Box of a word: the numbers `glyph_atlas.rs` reads from `measureText`,
//!   computed from the font: advance = `width`, the union of the glyph
//!   outlines = `actualBoundingBox*`, the font's ascender and descender
//!   (hhea, or OS/2 typo when the font asks for it) = `fontBoundingBox*`,
//!   rounded to whole pixels as Blink rounds them, then the atlas's own
//!   rounding and 1 px margins.
//!
//! The bundled font is the file the widget ships (`@fontsource/noto-sans`
//! 5.3.0, `noto-sans-latin-400-normal.woff2`, Noto Sans 2.015, Latin subset),
//! decompressed to TrueType by fontTools (`scripts/font_ttf.py`), because
//! font crates read TTF/OTF, not WOFF2; the WOFF2 is kept beside it for the
//! SVG to embed, as the widget's export does. Characters the font lacks are
//! drawn as its .notdef box here, where a browser would fall back to another
//! font. Native only: the wasm asks the browser's canvas.

use super::glyphs::{
    atlas_font_size, pack_atlas, AtlasPacking, AtlasWord, GlyphAtlas, ATLAS_BOX_LEN,
};
use ab_glyph::{Font, FontRef, GlyphId, PxScale};
use std::fmt;

/// The bundled font, Noto Sans Regular (Latin), as TrueType.
pub const BUNDLED_TTF: &[u8] = include_bytes!("arah-sans.ttf");
/// The same font as the widget ships it, for embedding in SVG.
pub const BUNDLED_WOFF2: &[u8] = include_bytes!("arah-sans.woff2");
/// The bundled font's licence (SIL Open Font License 1.1).
pub const BUNDLED_LICENSE: &str = include_str!("arah-sans-LICENSE.txt");
/// The CSS family the widget registers the bundled font under.
pub const FACE_NAME: &str = "Arah Sans";
/// The widget's default `font-family` (`DEFAULT_FONT` in www/arah.js).
pub const BUNDLED_FAMILY: &str = r#""Arah Sans", "Noto Sans", system-ui, sans-serif"#;

/// A font that cannot be used: not TrueType/OpenType, or without glyphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontError(pub String);

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FontError {}

/// Font file formats the cloud can use and embed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontFormat {
    /// TrueType outlines (`glyf`).
    TrueType,
    /// OpenType with CFF outlines (`OTTO`).
    OpenType,
}

impl FontFormat {
    /// MIME type and CSS `format()` name for a `data:` URL.
    pub fn css(self) -> (&'static str, &'static str) {
        match self {
            FontFormat::TrueType => ("font/ttf", "truetype"),
            FontFormat::OpenType => ("font/otf", "opentype"),
        }
    }
}

/// A font's bytes, checked once, with what shaping needs.
pub struct CloudFont {
    data: Vec<u8>,
    format: FontFormat,
    family: String,
    bundled: bool,
}

impl CloudFont {
    /// The bundled Noto Sans, the widget's default font.
    pub fn bundled() -> CloudFont {
        let mut font =
            CloudFont::from_bytes(BUNDLED_TTF.to_vec()).expect("the bundled font parses");
        font.bundled = true;
        font
    }

    /// A TrueType or OpenType font file's bytes (the first face of a
    /// collection).
    pub fn from_bytes(data: Vec<u8>) -> Result<CloudFont, FontError> {
        let format = match data.get(..4) {
            Some([0, 1, 0, 0]) | Some(b"true") => FontFormat::TrueType,
            Some(b"OTTO") => FontFormat::OpenType,
            Some(b"wOF2") | Some(b"wOFF") => {
                return Err(FontError(
                    "a WOFF/WOFF2 web font; convert it to TTF or OTF first".into(),
                ))
            }
            _ => return Err(FontError("not a TrueType or OpenType font".into())),
        };
        let face = FontRef::try_from_slice(&data)
            .map_err(|_| FontError("not a usable TrueType or OpenType font".into()))?;
        if face.glyph_count() < 2 || face.units_per_em().is_none() {
            return Err(FontError("the font has no glyphs".into()));
        }
        harfrust::FontRef::new(&data)
            .map_err(|_| FontError("the font's tables cannot be read for shaping".into()))?;
        let family = family_name(&data).unwrap_or_else(|| "Arah Font".into());
        Ok(CloudFont {
            data,
            format,
            family,
            bundled: false,
        })
    }

    /// The font file's bytes (TTF/OTF).
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    pub fn format(&self) -> FontFormat {
        self.format
    }

    /// The family name in the font's `name` table.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The `font-family` an SVG drawn in this font names: the face the SVG
    /// embeds first, then the font's own name (which a renderer that
    /// ignores `@font-face`, like resvg, finds in its font database).
    pub fn css_family(&self) -> String {
        if self.bundled {
            BUNDLED_FAMILY.into()
        } else {
            format!(
                r#""{FACE_NAME}", "{}", sans-serif"#,
                self.family.replace('"', "")
            )
        }
    }

    /// What an SVG embeds: MIME type, CSS format and bytes (the widget's
    /// WOFF2 for the bundled font, else the file itself).
    pub fn web_font(&self) -> (&'static str, &'static str, &[u8]) {
        if self.bundled {
            ("font/woff2", "woff2", BUNDLED_WOFF2)
        } else {
            let (mime, format) = self.format.css();
            (mime, format, &self.data)
        }
    }

    /// `text` shaped at `font_size` px: its advance width and each glyph
    /// with its pen position (x right, y up from the baseline), in px.
    pub fn shape(&self, text: &str, font_size: f64) -> Shaped {
        let font = harfrust::FontRef::new(&self.data).expect("checked in from_bytes");
        let data = harfrust::ShaperData::new(&font);
        let shaper = data.shaper(&font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let output = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let k = font_size / shaper.units_per_em() as f64;
        let mut pen = 0.0;
        let mut glyphs = Vec::with_capacity(output.len());
        for (info, pos) in output.glyph_infos().iter().zip(output.glyph_positions()) {
            glyphs.push((
                GlyphId(info.glyph_id as u16),
                (pen + pos.x_offset as f64) * k,
                pos.y_offset as f64 * k,
            ));
            pen += pos.x_advance as f64;
        }
        Shaped {
            advance: pen * k,
            glyphs,
        }
    }

    /// The font's ascender and descender (both positive) at 1 px.
    pub fn line_metrics(&self) -> (f64, f64) {
        let face = self.face();
        let em = face.units_per_em().unwrap_or(1000.0) as f64;
        (
            face.ascent_unscaled() as f64 / em,
            -face.descent_unscaled() as f64 / em,
        )
    }

    fn face(&self) -> FontRef<'_> {
        FontRef::try_from_slice(&self.data).expect("checked in from_bytes")
    }

    /// Ink bounds of a shaped word, `[left, top, right, bottom]` in px from
    /// its origin, y down; `None` for a word without ink.
    fn ink_bounds(&self, shaped: &Shaped, font_size: f64) -> Option<[f64; 4]> {
        let face = self.face();
        let k = font_size / face.units_per_em().unwrap_or(1000.0) as f64;
        let mut bounds: Option<[f64; 4]> = None;
        for &(id, x, y) in &shaped.glyphs {
            let Some(outline) = face.outline(id) else {
                continue;
            };
            let b = outline.bounds;
            let r = [
                x + b.min.x as f64 * k,
                -(y + b.max.y as f64 * k),
                x + b.max.x as f64 * k,
                -(y + b.min.y as f64 * k),
            ];
            bounds = Some(match bounds {
                None => r,
                Some(a) => [
                    a[0].min(r[0]),
                    a[1].min(r[1]),
                    a[2].max(r[2]),
                    a[3].max(r[3]),
                ],
            });
        }
        bounds
    }

    /// The atlas of `texts` as the widget's `draw_atlas` makes it, drawn by
    /// this font; `None` when a word is wider than a canvas may be.
    pub fn atlas(&self, texts: &[&str], max_font_size: f64) -> Option<GlyphAtlas> {
        if texts.is_empty() {
            return None;
        }
        let font_size = atlas_font_size(max_font_size);
        let (font_ascent, font_descent) = self.line_metrics();
        let shaped: Vec<Shaped> = texts
            .iter()
            .map(|text| self.shape(text, font_size))
            .collect();
        let measures: Vec<AtlasWord> = shaped
            .iter()
            .map(|s| {
                // measureText: actualBoundingBoxLeft is positive left of the
                // origin, Ascent above the baseline; an inkless word has zeros.
                let [l, t, r, b] = self.ink_bounds(s, font_size).unwrap_or([0.0; 4]);
                // Blink reports the font's ascent and descent rounded to whole
                // pixels (fontBoundingBoxAscent 26, Descent 7 for Noto Sans at
                // 24 px in Chromium, where 25.66 and 7.03 are exact).
                AtlasWord {
                    left: -l,
                    right: r,
                    ascent: (-t).max((font_ascent * font_size).round()),
                    descent: b.max((font_descent * font_size).round()),
                    advance: s.advance,
                }
            })
            .collect();
        let AtlasPacking {
            stride,
            height,
            boxes,
        } = pack_atlas(&measures)?;
        let (stride_px, rows) = (stride as usize, height as usize);
        let mut alpha = vec![0u8; stride_px * rows];
        let face = self.face();
        let em = face.units_per_em().unwrap_or(1000.0) as f64;
        // ab_glyph scales by the font's height (ascender − descender); this
        // makes one em `font_size` px, as CSS sizes do.
        let scale = (font_size * face.height_unscaled() as f64 / em) as f32;
        for (s, b) in shaped.iter().zip(boxes.chunks_exact(ATLAS_BOX_LEN)) {
            let (ox, oy) = (b[0] + b[4], b[1] + b[5]);
            let (x0, y0, x1, y1) = (
                b[0] as i64,
                b[1] as i64,
                (b[0] + b[2]) as i64,
                (b[1] + b[3]) as i64,
            );
            for &(id, gx, gy) in &s.glyphs {
                let glyph = id.with_scale_and_position(
                    PxScale::from(scale),
                    ab_glyph::point((ox + gx) as f32, (oy - gy) as f32),
                );
                let Some(outlined) = face.outline_glyph(glyph) else {
                    continue;
                };
                let min = outlined.px_bounds().min;
                outlined.draw(|px, py, coverage| {
                    let (ax, ay) = (min.x as i64 + px as i64, min.y as i64 + py as i64);
                    let value = (coverage.clamp(0.0, 1.0) * 255.0).round() as u8;
                    if value > 0 && ax >= x0 && ax < x1 && ay >= y0 && ay < y1 {
                        let cell = &mut alpha[ay as usize * stride_px + ax as usize];
                        // Overlapping glyphs: source-over of two coverages.
                        *cell = (*cell as u16 + value as u16 - (*cell as u16 * value as u16) / 255)
                            .min(255) as u8;
                    }
                });
            }
        }
        GlyphAtlas::new(alpha, stride_px, font_size, boxes).ok()
    }
}

/// A shaped word: glyphs with pen positions in px.
pub struct Shaped {
    pub advance: f64,
    pub glyphs: Vec<(GlyphId, f64, f64)>,
}

/// The font's family name, as fontdb (resvg's font database) reads it from
/// the `name` table, so the SVG names the family resvg will find.
fn family_name(data: &[u8]) -> Option<String> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(data.to_vec());
    let face = db.faces().next()?;
    let (name, _) = face.families.first()?;
    Some(name.clone()).filter(|n| !n.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud::glyphs::{EstimatedGlyphs, MaskSource};

    /// Advance widths of Noto Sans 2.015 in font units (1000 an em), read
    /// from the woff2 the widget ships with fontTools
    /// (`TTFont(...)["hmtx"][glyph_name]`), not through this crate.
    const HMTX: [(char, f64); 8] = [
        ('a', 561.0),
        ('e', 564.0),
        ('i', 258.0),
        ('k', 534.0),
        ('m', 935.0),
        ('n', 618.0),
        ('p', 615.0),
        ('y', 510.0),
    ];

    #[test]
    fn advances_are_the_fonts_own_widths() {
        let font = CloudFont::bundled();
        for (ch, units) in HMTX {
            let shaped = font.shape(&ch.to_string(), 20.0);
            assert!(
                (shaped.advance - units / 1000.0 * 20.0).abs() < 1e-9,
                "{ch}: {}",
                shaped.advance
            );
        }
        // "kampanye" has no kerning pair in Noto Sans: its advance is the sum.
        let sum: f64 = "kampanye"
            .chars()
            .map(|c| HMTX.iter().find(|(h, _)| *h == c).unwrap().1)
            .sum();
        let atlas = font.atlas(&["kampanye"], 48.0).unwrap();
        assert!((atlas.metrics(0).width - sum / 1000.0).abs() < 1e-9);
    }

    #[test]
    fn kerning_pairs_are_applied() {
        let font = CloudFont::bundled();
        let pair = font.shape("AV", 100.0).advance;
        let apart = font.shape("A", 100.0).advance + font.shape("V", 100.0).advance;
        assert!(pair < apart - 1.0, "AV {pair} vs A + V {apart}");
    }

    #[test]
    fn real_masks_differ_from_the_estimate() {
        let texts = ["kampanye", "politik", "Indonesia"];
        let real = CloudFont::bundled().atlas(&texts, 48.0).unwrap();
        let estimate = EstimatedGlyphs::new(texts);
        for (word, text) in texts.iter().enumerate() {
            let (r, e) = (real.metrics(word), estimate.metrics(word));
            assert!((r.width - e.width).abs() > 0.05, "{}: {r:?} {e:?}", text);
            // Ink of the real glyphs has holes (the counters of a, p, e):
            // less area than the estimate's solid boxes.
            let area = |ink: &[[f64; 4]]| {
                ink.iter()
                    .map(|r| (r[2] - r[0]) * (r[3] - r[1]))
                    .sum::<f64>()
            };
            let (mut a, mut b) = (Vec::new(), Vec::new());
            real.ink(word, 24.0, &mut a);
            estimate.ink(word, 24.0, &mut b);
            assert!(
                area(&a) < 0.8 * area(&b),
                "{}: {} vs {}",
                text,
                area(&a),
                area(&b)
            );
            // Ink sits inside the word's line box and reaches its baseline.
            let m = real.metrics(word);
            for r in &a {
                assert!(r[1] >= -m.ascent * 24.0 - 1e-9 && r[3] <= m.descent * 24.0 + 1e-9);
            }
            assert!(a.iter().any(|r| r[1] < 0.0 && r[3] >= 0.0));
        }
    }

    #[test]
    fn line_box_follows_the_fonts_ascender_and_descender() {
        // hhea 1069 / −293, read with fontTools.
        let font = CloudFont::bundled();
        assert_eq!(font.line_metrics(), (1.069, 0.293));
        let atlas = font.atlas(&["a"], 48.0).unwrap();
        let m = atlas.metrics(0);
        // 24 px: round(25.656) + 1 above, round(7.032) + 1 below, as the
        // widget's atlas has it from Chromium's measureText.
        assert!((m.ascent * 24.0 - 27.0).abs() < 1e-9 && (m.descent * 24.0 - 8.0).abs() < 1e-9);
    }

    #[test]
    fn the_bundled_woff2_is_the_one_the_widget_ships() {
        // Where the npm packages are installed (make setup), the checked-in
        // copy must not drift from the widget's file.
        let shipped = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/www/node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2"
        );
        if let Ok(bytes) = std::fs::read(shipped) {
            assert!(bytes == BUNDLED_WOFF2, "run scripts/font_ttf.py");
        }
        assert!(BUNDLED_LICENSE.contains("SIL Open Font License, Version 1.1"));
    }

    #[test]
    fn not_a_font_is_refused() {
        assert!(CloudFont::from_bytes(b"hello, not a font".to_vec()).is_err());
        let woff2 = CloudFont::from_bytes(BUNDLED_WOFF2.to_vec());
        assert!(woff2.err().unwrap().0.contains("WOFF"));
        let mut broken = BUNDLED_TTF[..200].to_vec();
        broken.resize(400, 0);
        assert!(CloudFont::from_bytes(broken).is_err());
        assert_eq!(CloudFont::bundled().family(), "Noto Sans");
    }
}
