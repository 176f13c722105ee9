//! A cloud layout as a standalone SVG document: one `<text>` per word, each
//! an accessible, focusable list item ("kampanye: 14") with a tooltip; turned
//! words by `transform`; a legend for comparison clouds. The `viewBox` lets
//! the widget scale a laid-out cloud to any size without laying it out again.
//!
//! [`cloud_svg`] pins each word to its laid-out width with `textLength`, so a
//! cloud laid out with estimated glyphs keeps its boxes in whatever font
//! draws it. [`cloud_svg_with_font`] is for a cloud laid out with the real
//! glyphs of a font (the CLI's): it carries that font inside it, as the
//! widget's SVG export does, and words keep their natural widths.

use super::base64::push_base64;
use super::escape::push_escaped;
use super::palette::{theme_colours, ThemeColours};
use crate::cloud::layout::{legend_box, LEGEND_ROW};
use crate::cloud::{CloudLayout, Theme};
use crate::number::fmt_number;
use std::fmt::Write;

/// A font an SVG carries inside it: `@font-face` with a `data:` URL.
pub struct EmbeddedFont<'a> {
    /// The CSS family the face is registered under.
    pub family: &'a str,
    /// MIME type and CSS `format()`: `font/woff2` and `woff2`, …
    pub mime: &'a str,
    pub format: &'a str,
    pub bytes: &'a [u8],
}

/// The cloud with every word stretched to its laid-out width.
pub fn cloud_svg(layout: &CloudLayout) -> String {
    svg(layout, None)
}

/// The cloud in the glyphs it was laid out with: `font` inside it, in a
/// `<style>` right after the `<svg>` tag, and no `textLength`.
pub fn cloud_svg_with_font(layout: &CloudLayout, font: &EmbeddedFont) -> String {
    svg(layout, Some(font))
}

fn svg(layout: &CloudLayout, font: Option<&EmbeddedFont>) -> String {
    let dark = layout.theme == Theme::Dark;
    let colours = theme_colours(layout.theme);
    let palette = colours.words;
    let mut svg = String::with_capacity(400 + layout.words.len() * 260);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="arah-cloud" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" aria-label="Word cloud of {n} words">"#,
        w = fmt_number(layout.width),
        h = fmt_number(layout.height),
        n = layout.words.len(),
    );
    if let Some(font) = font {
        push_font_face(&mut svg, font);
    }
    if dark {
        let _ = write!(
            svg,
            r#"<rect width="100%" height="100%" fill="{}"/>"#,
            colours.background
        );
    }
    svg.push_str(r#"<g role="list" font-family=""#);
    push_escaped(&mut svg, &layout.font_family);
    svg.push_str("\">");
    // One tab stop for the whole cloud, its heaviest word: the widget's
    // arrow keys walk the others (focusable, out of the tab order).
    let tab_stop = layout.words.iter().map(|w| w.rank).min();
    for word in &layout.words {
        let colour = palette[word.group.unwrap_or(word.rank) % palette.len()];
        let _ = write!(
            svg,
            r#"<text role="listitem" x="{x}" y="{y}" font-size="{size}""#,
            x = fmt_number(word.x),
            y = fmt_number(word.y),
            size = fmt_number(word.font_size),
        );
        if font.is_none() {
            let _ = write!(
                svg,
                r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
                fmt_number(word.width)
            );
        }
        let _ = write!(
            svg,
            r#" fill="{colour}" data-rank="{rank}" tabindex="{tabindex}""#,
            rank = word.rank,
            tabindex = if Some(word.rank) == tab_stop { 0 } else { -1 },
        );
        if word.angle != 0.0 {
            let _ = write!(
                svg,
                r#" transform="rotate({} {} {})""#,
                fmt_number(word.angle),
                fmt_number(word.cx),
                fmt_number(word.cy)
            );
        }
        if let Some(group) = word.group {
            let _ = write!(svg, r#" data-group="{group}""#);
        }
        svg.push_str(r#" data-term=""#);
        push_escaped(&mut svg, &word.text);
        svg.push_str(r#"" aria-label=""#);
        push_label(&mut svg, &word.text, word.count);
        svg.push_str("\"><title>");
        push_label(&mut svg, &word.text, word.count);
        if let Some(name) = word.group.and_then(|g| layout.groups.get(g)) {
            svg.push_str(", ");
            push_escaped(&mut svg, name);
        }
        if word.members.len() > 1 {
            svg.push_str(" (");
            // Escaped one by one rather than joined first: the same text
            // (", " needs no escaping) without a second instance of `join`
            // in the first screen's wasm.
            for (i, member) in word.members.iter().enumerate() {
                if i > 0 {
                    svg.push_str(", ");
                }
                push_escaped(&mut svg, member);
            }
            svg.push(')');
        }
        svg.push_str("</title>");
        push_escaped(&mut svg, &word.text);
        svg.push_str("</text>");
    }
    svg.push_str("</g>");
    if layout.groups.len() >= 2 {
        push_legend(&mut svg, layout, &colours);
    }
    svg.push_str("</svg>");
    svg
}

fn push_font_face(svg: &mut String, font: &EmbeddedFont) {
    svg.push_str("<style>@font-face{font-family:\"");
    // CSS string inside XML text: neither quotes nor markup may end it.
    let family: String = font
        .family
        .chars()
        .filter(|c| !"\"\\<>&".contains(*c))
        .collect();
    svg.push_str(&family);
    let _ = write!(svg, "\";src:url(data:{};base64,", font.mime);
    push_base64(svg, font.bytes);
    let _ = write!(svg, ") format(\"{}\")}}</style>", font.format);
}

/// Swatch and name per group in the box the layout kept free.
fn push_legend(svg: &mut String, layout: &CloudLayout, colours: &ThemeColours) {
    let (width, _) = legend_box(&layout.groups, layout.width);
    let (ink, palette) = (colours.ink, colours.words);
    let _ = write!(
        svg,
        r#"<g class="arah-legend" role="list" aria-label="Groups" font-size="12" fill="{ink}" font-family="sans-serif">"#
    );
    for (g, name) in layout.groups.iter().enumerate() {
        let y = 4.0 + LEGEND_ROW * g as f64;
        let _ = write!(
            svg,
            r#"<g role="listitem"><rect x="4" y="{}" width="12" height="12" fill="{}"/><text x="22" y="{}" textLength="{}" lengthAdjust="spacingAndGlyphs">"#,
            fmt_number(y + 2.0),
            palette[g % palette.len()],
            fmt_number(y + 12.0),
            fmt_number(
                (width - 26.0)
                    .min(7.0 * name.chars().count() as f64)
                    .max(1.0)
            ),
        );
        push_escaped(svg, name);
        svg.push_str("</text></g>");
    }
    svg.push_str("</g>");
}

fn push_label(out: &mut String, text: &str, count: f64) {
    push_escaped(out, text);
    out.push_str(": ");
    out.push_str(&fmt_number(count));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud::layout::layout_estimated;
    use crate::cloud::{CloudOptions, CloudWord};

    fn layout_of(texts: &[&str]) -> CloudLayout {
        let words: Vec<CloudWord> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| CloudWord {
                text: t.to_string(),
                weight: (10 - i) as f64,
                ..CloudWord::default()
            })
            .collect();
        layout_estimated(&words, &CloudOptions::default()).unwrap()
    }

    #[test]
    fn one_text_element_per_word_with_accessible_name() {
        let svg = cloud_svg(&layout_of(&["kampanye", "media", "sosial"]));
        assert_eq!(svg.matches("<text ").count(), 3);
        assert!(svg.contains(r#"aria-label="kampanye: 10""#), "{svg}");
        assert!(svg.contains(">kampanye</text>"));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }

    #[test]
    fn same_layout_same_bytes_other_layout_other_svg() {
        let words = ["kampanye", "media", "sosial", "dialog", "warga"];
        let first = cloud_svg(&layout_of(&words));
        assert_eq!(first, cloud_svg(&layout_of(&words)));
        assert_ne!(first, cloud_svg(&layout_of(&words[1..])));
    }

    #[test]
    fn hostile_words_are_inert_text() {
        let svg = cloud_svg(&layout_of(&[
            "<script>",
            "\"><svg onload=alert(1)>",
            "<img onerror=x>",
        ]));
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("<svg onload"));
        assert!(!svg.contains("<img"));
        assert!(svg.contains("&lt;script&gt;"));
        assert_eq!(svg.matches("<svg").count(), 1);
    }

    #[test]
    fn group_members_appear_in_the_tooltip() {
        let words = vec![CloudWord {
            text: "kampanye".into(),
            weight: 4.0,
            members: vec!["kampanye".into(), "berkampanye".into(), "<b>".into()],
            ..CloudWord::default()
        }];
        let svg = cloud_svg(&layout_estimated(&words, &CloudOptions::default()).unwrap());
        assert!(
            svg.contains("<title>kampanye: 4 (kampanye, berkampanye, &lt;b&gt;)</title>"),
            "{svg}"
        );
        assert!(svg.contains(r#"aria-label="kampanye: 4""#));
    }

    #[test]
    fn an_embedded_font_follows_the_svg_tag_and_words_keep_their_widths() {
        let layout = layout_of(&["kampanye", "media"]);
        let font = EmbeddedFont {
            family: "Arah Sans",
            mime: "font/woff2",
            format: "woff2",
            bytes: b"wOF2",
        };
        let svg = cloud_svg_with_font(&layout, &font);
        let tag_end = svg.find('>').unwrap() + 1;
        assert!(svg[tag_end..].starts_with(
            r#"<style>@font-face{font-family:"Arah Sans";src:url(data:font/woff2;base64,d09GMg==) format("woff2")}</style>"#
        ), "{svg}");
        assert!(!svg.contains("textLength="), "{svg}");
        assert_eq!(svg.matches("<text ").count(), 2);
        crate::render::tests::assert_well_formed(&svg);
        assert!(cloud_svg(&layout).contains("textLength="));
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(fmt_number(12.0), "12");
        assert_eq!(fmt_number(12.345), "12.35");
        assert_eq!(fmt_number(0.1), "0.1");
        assert_eq!(fmt_number(-0.001), "0");
    }

    #[test]
    fn one_word_is_the_tab_stop_and_turned_words_rotate_about_their_centre() {
        use crate::cloud::Rotate;
        let words: Vec<CloudWord> = (0..40)
            .map(|i| CloudWord {
                text: format!("kata{i}"),
                weight: (40 - i) as f64,
                ..CloudWord::default()
            })
            .collect();
        let options = CloudOptions {
            rotate: Rotate::Mixed,
            rotate_ratio: 1.0,
            ..CloudOptions::default()
        };
        let layout = layout_estimated(&words, &options).unwrap();
        let svg = cloud_svg(&layout);
        assert_eq!(svg.matches(r#"tabindex="0" "#).count(), 1, "one tab stop");
        assert!(svg.contains(r#"data-rank="0" tabindex="0" "#));
        assert_eq!(
            svg.matches(r#"tabindex="-1" "#).count(),
            layout.words.len() - 1
        );
        let turned: Vec<_> = layout.words.iter().filter(|w| w.angle != 0.0).collect();
        assert!(!turned.is_empty());
        for w in turned {
            let expected = format!(
                r#"transform="rotate({} {} {})""#,
                fmt_number(w.angle),
                fmt_number(w.cx),
                fmt_number(w.cy)
            );
            assert!(svg.contains(&expected), "{expected}");
        }
    }

    #[test]
    fn comparison_legend_is_escaped_and_words_name_their_group() {
        let words = vec![
            CloudWord {
                text: "satu".into(),
                weight: 0.2,
                group: Some(0),
                count: Some(7.0),
                ..CloudWord::default()
            },
            CloudWord {
                text: "dua".into(),
                weight: 0.1,
                group: Some(1),
                count: Some(3.0),
                ..CloudWord::default()
            },
        ];
        let options = CloudOptions {
            groups: vec!["<one-way>".into(), "two & way".into()],
            ..CloudOptions::default()
        };
        let svg = cloud_svg(&layout_estimated(&words, &options).unwrap());
        assert!(svg.contains(">&lt;one-way&gt;</text>"), "{svg}");
        assert!(svg.contains(">two &amp; way</text>"));
        assert!(svg.contains(r#"aria-label="satu: 7""#));
        assert!(
            svg.contains("<title>dua: 3, two &amp; way</title>"),
            "{svg}"
        );
        assert!(svg.contains(r##"fill="#C43C00" data-rank="1""##));
    }
}
