//! A cloud layout as a standalone SVG document: one `<text>` per word, each
//! an accessible list item ("kampanye: 14") with a tooltip.

use super::escape::push_escaped;
use super::number::fmt_number;
use crate::cloud::CloudLayout;
use std::fmt::Write;

/// Okabe–Ito colours, distinguishable with the common colour-vision
/// deficiencies; yellow is left out because it is unreadable on white.
pub const PALETTE: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00",
];

pub fn cloud_svg(layout: &CloudLayout) -> String {
    let mut svg = String::with_capacity(200 + layout.words.len() * 220);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="arah-cloud" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" aria-label="Word cloud of {n} words">"#,
        w = fmt_number(layout.width),
        h = fmt_number(layout.height),
        n = layout.words.len(),
    );
    svg.push_str(r#"<g role="list" font-family=""#);
    push_escaped(&mut svg, &layout.font_family);
    svg.push_str("\">");
    for word in &layout.words {
        let _ = write!(
            svg,
            r#"<text role="listitem" x="{x}" y="{y}" font-size="{size}" textLength="{width}" lengthAdjust="spacingAndGlyphs" fill="{fill}" data-rank="{rank}" tabindex="0" data-term=""#,
            x = fmt_number(word.x),
            y = fmt_number(word.y),
            size = fmt_number(word.font_size),
            width = fmt_number(word.width),
            fill = PALETTE[word.rank % PALETTE.len()],
            rank = word.rank,
        );
        push_escaped(&mut svg, &word.text);
        svg.push_str(r#"" aria-label=""#);
        push_label(&mut svg, &word.text, word.weight);
        svg.push_str("\"><title>");
        push_label(&mut svg, &word.text, word.weight);
        if word.members.len() > 1 {
            svg.push_str(" (");
            push_escaped(&mut svg, &word.members.join(", "));
            svg.push(')');
        }
        svg.push_str("</title>");
        push_escaped(&mut svg, &word.text);
        svg.push_str("</text>");
    }
    svg.push_str("</g></svg>");
    svg
}

fn push_label(out: &mut String, text: &str, weight: f64) {
    push_escaped(out, text);
    out.push_str(": ");
    out.push_str(&fmt_number(weight));
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
                members: Vec::new(),
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
        }];
        let svg = cloud_svg(&layout_estimated(&words, &CloudOptions::default()).unwrap());
        assert!(
            svg.contains("<title>kampanye: 4 (kampanye, berkampanye, &lt;b&gt;)</title>"),
            "{svg}"
        );
        assert!(svg.contains(r#"aria-label="kampanye: 4""#));
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(fmt_number(12.0), "12");
        assert_eq!(fmt_number(12.345), "12.35");
        assert_eq!(fmt_number(0.1), "0.1");
        assert_eq!(fmt_number(-0.001), "0");
    }
}
