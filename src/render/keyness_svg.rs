//! A keyness comparison as diverging bars: terms over-used in the target
//! extend right in the target's colour, under-used ones left in the
//! reference's colour; bar length is the term's |G²| (as in quanteda's
//! `textplot_keyness`), the label sits across the axis from its bar.

use super::centred_note;
use super::escape::push_escaped;
use super::palette::{REFERENCE as REFERENCE_COLOUR, TARGET as TARGET_COLOUR};
use crate::comparison::{Comparison, KeyTerm};
use crate::number::fmt_number;
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const ROW_HEIGHT: f64 = 20.0;
const HEADER: f64 = 34.0;
const FOOTER: f64 = 10.0;
/// Room kept beside the longest bar for its value.
const VALUE_ROOM: f64 = 56.0;

pub fn keyness_svg(comparison: &Comparison) -> String {
    let rows = comparison.terms.len().max(1);
    let height = HEADER + rows as f64 * ROW_HEIGHT + FOOTER;
    let centre = WIDTH / 2.0;
    let mut svg = String::with_capacity(600 + comparison.terms.len() * 400);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="arah-keyness" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" aria-label=""#,
        w = fmt_number(WIDTH),
        h = fmt_number(height),
    );
    svg.push_str("Keyness: ");
    push_escaped(&mut svg, &comparison.target);
    svg.push_str(" against ");
    push_escaped(&mut svg, &comparison.reference);
    svg.push_str(r#"" font-size="12">"#);
    legend(&mut svg, comparison, centre);
    let _ = write!(
        svg,
        "<line x1=\"{c}\" y1=\"{top}\" x2=\"{c}\" y2=\"{bottom}\" stroke=\"currentColor\" stroke-opacity=\"0.5\"/>",
        c = fmt_number(centre),
        top = fmt_number(HEADER - 4.0),
        bottom = fmt_number(height - FOOTER + 4.0),
    );
    if comparison.terms.is_empty() {
        centred_note(
            &mut svg,
            centre,
            HEADER + 14.0,
            "No term is used notably more on either side.",
        );
    }
    let longest = comparison
        .terms
        .iter()
        .map(|t| t.keyness.log_likelihood.abs())
        .fold(0.0, f64::max);
    let scale = if longest > 0.0 {
        (centre - VALUE_ROOM) / longest
    } else {
        0.0
    };
    svg.push_str(r#"<g role="list">"#);
    for (index, term) in comparison.terms.iter().enumerate() {
        row(&mut svg, comparison, term, index, centre, scale);
    }
    svg.push_str("</g></svg>");
    svg
}

fn legend(svg: &mut String, comparison: &Comparison, centre: f64) {
    let _ = write!(
        svg,
        "<text x=\"{x}\" y=\"16\" text-anchor=\"end\" fill=\"{REFERENCE_COLOUR}\" font-weight=\"bold\">← more in ",
        x = fmt_number(centre - 8.0),
    );
    push_escaped(svg, &shortened(&comparison.reference));
    let _ = write!(
        svg,
        "</text><text x=\"{x}\" y=\"16\" fill=\"{TARGET_COLOUR}\" font-weight=\"bold\">more in ",
        x = fmt_number(centre + 8.0),
    );
    push_escaped(svg, &shortened(&comparison.target));
    svg.push_str(" →</text>");
}

/// Longest title in the legend, in characters: each side has half the width.
const MAX_LEGEND_CHARS: usize = 30;

/// A title that fits its half of the legend, cut at a word with "…".
fn shortened(title: &str) -> String {
    if title.chars().count() <= MAX_LEGEND_CHARS {
        return title.to_owned();
    }
    let cut: String = title.chars().take(MAX_LEGEND_CHARS - 1).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > MAX_LEGEND_CHARS / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

fn row(
    svg: &mut String,
    comparison: &Comparison,
    term: &KeyTerm,
    index: usize,
    centre: f64,
    scale: f64,
) {
    let stats = &term.keyness;
    let over = stats.log_likelihood > 0.0;
    let length = (stats.log_likelihood.abs() * scale).max(1.0);
    let top = HEADER + index as f64 * ROW_HEIGHT;
    let baseline = top + ROW_HEIGHT * 0.7;
    let (bar_x, colour) = match over {
        true => (centre, TARGET_COLOUR),
        false => (centre - length, REFERENCE_COLOUR),
    };
    // The label across the axis from the bar, the value beyond its end.
    let (label_x, label_anchor, value_x, value_anchor) = match over {
        true => (centre - 6.0, "end", centre + length + 4.0, "start"),
        false => (centre + 6.0, "start", centre - length - 4.0, "end"),
    };
    let g2 = fmt_number((stats.log_likelihood.abs() * 10.0).round() / 10.0);
    svg.push_str(r#"<g role="listitem" tabindex="0" data-term=""#);
    push_escaped(svg, &stats.term);
    svg.push_str(r#"" aria-label=""#);
    push_escaped(svg, &stats.term);
    let _ = write!(
        svg,
        ": G² {g2}, {a} against {b}\"><title>",
        a = stats.target_count,
        b = stats.reference_count
    );
    tooltip(svg, comparison, term);
    let _ = write!(
        svg,
        "</title><rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{colour}\"/><text x=\"{lx}\" y=\"{baseline}\" text-anchor=\"{label_anchor}\" fill=\"currentColor\">",
        x = fmt_number(bar_x),
        y = fmt_number(top + 3.0),
        w = fmt_number(length),
        h = fmt_number(ROW_HEIGHT - 6.0),
        lx = fmt_number(label_x),
        baseline = fmt_number(baseline),
    );
    push_escaped(svg, &stats.term);
    let _ = write!(
        svg,
        "</text><text x=\"{vx}\" y=\"{baseline}\" text-anchor=\"{value_anchor}\" fill=\"currentColor\" fill-opacity=\"0.75\">{g2}</text></g>",
        vx = fmt_number(value_x),
        baseline = fmt_number(baseline),
    );
}

fn tooltip(svg: &mut String, comparison: &Comparison, term: &KeyTerm) {
    let stats = &term.keyness;
    push_escaped(svg, &stats.term);
    if term.members.len() > 1 {
        svg.push_str(" (");
        push_escaped(svg, &term.members.join(", "));
        svg.push(')');
    }
    let _ = write!(svg, "\n{} in ", stats.target_count);
    push_escaped(svg, &comparison.target);
    let _ = write!(svg, ", {} in ", stats.reference_count);
    push_escaped(svg, &comparison.reference);
    let p = match stats.p_value {
        p if p < 0.001 => "p &lt; 0.001".to_owned(),
        p => format!("p = {}", fmt_number(p)),
    };
    let _ = write!(
        svg,
        "\nG² {}, log ratio {}, {p}",
        fmt_number(stats.log_likelihood),
        fmt_number(stats.log_ratio)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::assert_well_formed;
    use crate::stats::keyness::Keyness;

    fn term(text: &str, g2: f64) -> KeyTerm {
        KeyTerm {
            keyness: Keyness {
                term: text.into(),
                target_count: 9,
                reference_count: 1,
                log_likelihood: g2,
                chi_squared: g2,
                p_value: 0.0001,
                log_ratio: g2.signum() * 2.0,
            },
            members: Vec::new(),
        }
    }

    fn comparison(terms: Vec<KeyTerm>) -> Comparison {
        Comparison {
            target: "Artikel <A>".into(),
            reference: "B & C".into(),
            target_terms: 100,
            reference_terms: 100,
            terms,
        }
    }

    #[test]
    fn bars_diverge_from_the_axis_and_scale_to_the_strongest() {
        let svg = keyness_svg(&comparison(vec![
            term("baliho", 20.0),
            term("dialog", -10.0),
        ]));
        // Over-used: from the centre rightwards, full length (320 − 56).
        assert!(svg.contains(r#"<rect x="320" y="37" width="264""#), "{svg}");
        // Under-used: half as long, ending at the centre.
        assert!(svg.contains(r#"<rect x="188" y="57" width="132""#), "{svg}");
        assert_eq!(svg.matches(r#"role="listitem""#).count(), 2);
        assert!(svg.contains(r#"aria-label="baliho: G² 20, 9 against 1""#));
    }

    #[test]
    fn tooltips_stay_well_formed() {
        let svg = keyness_svg(&comparison(vec![
            term("baliho", 20.0),
            term("dialog", -10.0),
        ]));
        assert!(svg.contains("p &lt; 0.001"), "{svg}");
        assert_well_formed(&svg);
    }

    #[test]
    fn long_titles_are_shortened_at_a_word() {
        let mut long = comparison(vec![term("baliho", 2.0)]);
        long.target = "Media Sosial sebagai Alat Kampanye dalam Komunikasi Politik".into();
        let svg = keyness_svg(&long);
        assert!(
            svg.contains("more in Media Sosial sebagai Alat… →"),
            "{svg}"
        );
        assert!(svg.contains(
            "Keyness: Media Sosial sebagai Alat Kampanye dalam Komunikasi Politik against"
        ));
    }

    #[test]
    fn titles_and_terms_are_escaped() {
        let svg = keyness_svg(&comparison(vec![term("<script>", 5.0)]));
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("more in Artikel &lt;A&gt; →"));
        assert!(svg.contains("← more in B &amp; C"));
        assert_well_formed(&svg);
    }

    #[test]
    fn no_terms_says_so() {
        let svg = keyness_svg(&comparison(Vec::new()));
        assert!(svg.contains("No term is used notably more"));
        assert!(svg.ends_with("</g></svg>"));
    }
}
