//! SVG output. Everything taken from documents is escaped here.

pub mod base64;
#[cfg(not(target_arch = "wasm32"))]
pub mod cloud_png;
pub mod cloud_svg;
pub mod escape;
pub mod keyness_svg;
pub mod palette;
pub mod strategy_svg;

use crate::number::fmt_number;

/// A line of plain text centred at (`x`, `y`) in the chart's text colour, for
/// a chart with nothing to draw. `note` is Arah's own text, not a document's.
fn centred_note(svg: &mut String, x: f64, y: f64, note: &str) {
    svg.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"currentColor\">{note}</text>",
        fmt_number(x),
        fmt_number(y)
    ));
}

#[cfg(test)]
pub(crate) mod tests {
    /// Every `<` starts a tag, so no raw text can open markup, and groups
    /// close as often as they open.
    pub fn assert_well_formed(svg: &str) {
        for (i, _) in svg.match_indices('<') {
            let next = svg[i + 1..].chars().next();
            assert!(
                next.is_some_and(|c| c.is_ascii_alphabetic() || c == '/'),
                "stray < at {i}: {}",
                &svg[i.saturating_sub(40)..(i + 40).min(svg.len())]
            );
        }
        assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
    }
}
