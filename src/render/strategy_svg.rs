//! Strategy views: per document, a diverging bar (one-way score to the left
//! of the axis, two-way to the right, with sentence counts and the balance)
//! and a strip with one cell per sentence in reading order, coloured by its
//! label. Each cell carries the sentence's byte and UTF-16 offsets in data
//! attributes, so a widget can jump to the sentence when it is clicked.
//!
//! Colours are from the Okabe–Ito palette (as in the cloud and keyness
//! charts): vermillion for one-way, blue for two-way, bluish green for the
//! mobilisation mark; `neither` is the text colour at low opacity. Every
//! label is also spelled out in `aria-label` and `<title>`, so nothing rests
//! on colour alone.

use super::centred_note;
use super::cloud_svg::PALETTE;
use super::escape::push_escaped;
use super::number::fmt_number;
use crate::strategy::{DocumentStrategy, SentenceStrategy, StrategyReport};
use std::fmt::Write;

const WIDTH: f64 = 640.0;
const HEADER: f64 = 30.0;
const TITLE_ROW: f64 = 18.0;
const BAR_ROW: f64 = 22.0;
const STRIP_ROW: f64 = 14.0;
const GAP: f64 = 16.0;
const BLOCK: f64 = TITLE_ROW + BAR_ROW + STRIP_ROW + GAP;
/// Room kept beside each bar for its numbers.
const VALUE_ROOM: f64 = 120.0;
const ONE_WAY: &str = PALETTE[1];
const TWO_WAY: &str = PALETTE[0];
const MOBILISATION: &str = PALETTE[2];
/// Longest document title drawn, in characters (the full title is in the
/// accessible label).
const MAX_TITLE_CHARS: usize = 70;
/// Longest sentence text in a cell's tooltip, in characters.
const MAX_TOOLTIP_CHARS: usize = 160;

/// Both views for every document of the report.
pub fn strategy_svg(report: &StrategyReport) -> String {
    let rows = report.documents.len().max(1);
    let height = HEADER + rows as f64 * BLOCK;
    let centre = WIDTH / 2.0;
    let longest = report
        .documents
        .iter()
        .map(|d| d.totals.one_way.max(d.totals.two_way))
        .fold(0.0, f64::max);
    let scale = if longest > 0.0 {
        (centre - VALUE_ROOM) / longest
    } else {
        0.0
    };
    let cells: usize = report.documents.iter().map(|d| d.sentences.len()).sum();
    let mut svg = String::with_capacity(1000 + report.documents.len() * 800 + cells * 260);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="arah-strategy" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" aria-label="Communication strategy: one-way against two-way, per document" font-size="12">"#,
        w = fmt_number(WIDTH),
        h = fmt_number(height),
    );
    legend(&mut svg, centre);
    if report.documents.is_empty() {
        centred_note(&mut svg, centre, HEADER + 14.0, "No documents.");
    }
    svg.push_str(r#"<g role="list">"#);
    for (index, document) in report.documents.iter().enumerate() {
        let top = HEADER + index as f64 * BLOCK;
        document_block(&mut svg, document, index, top, centre, scale);
    }
    svg.push_str("</g></svg>");
    svg
}

fn legend(svg: &mut String, centre: f64) {
    let _ = write!(
        svg,
        "<text x=\"{l}\" y=\"16\" text-anchor=\"end\" fill=\"{ONE_WAY}\" font-weight=\"bold\">← one-way (broadcast)</text><text x=\"{r}\" y=\"16\" fill=\"{TWO_WAY}\" font-weight=\"bold\">two-way (dialogue) →</text>",
        l = fmt_number(centre - 8.0),
        r = fmt_number(centre + 8.0),
    );
}

fn document_block(
    svg: &mut String,
    document: &DocumentStrategy,
    index: usize,
    top: f64,
    centre: f64,
    scale: f64,
) {
    let t = &document.totals;
    svg.push_str(r#"<g role="listitem" data-document=""#);
    let _ = write!(svg, "{index}\" aria-label=\"");
    push_escaped(svg, &document.file);
    let _ = write!(
        svg,
        ": {label}; one-way {ow} sentences (score {os}), two-way {tw} sentences (score {ts}), balance {b}\">",
        label = t.label,
        ow = t.one_way_sentences,
        os = fmt_number(round(t.one_way)),
        tw = t.two_way_sentences,
        ts = fmt_number(round(t.two_way)),
        b = fmt_number(round(t.balance)),
    );
    // Title and dominant mode.
    let _ = write!(
        svg,
        "<text x=\"0\" y=\"{y}\" fill=\"currentColor\" font-weight=\"bold\">",
        y = fmt_number(top + 13.0)
    );
    push_escaped(svg, &shortened(&document.file, MAX_TITLE_CHARS));
    let _ = write!(
        svg,
        "</text><text x=\"{w}\" y=\"{y}\" text-anchor=\"end\" fill=\"currentColor\">{label}, balance {b}</text>",
        w = fmt_number(WIDTH),
        y = fmt_number(top + 13.0),
        label = t.label,
        b = fmt_number(round(t.balance)),
    );
    // The diverging bar.
    let bar_top = top + TITLE_ROW;
    let (left, right) = (t.one_way * scale, t.two_way * scale);
    let baseline = fmt_number(bar_top + BAR_ROW * 0.68);
    let _ = write!(
        svg,
        "<g role=\"img\" aria-label=\"one-way score {os} in {ow} sentences, two-way score {ts} in {tw} sentences\"><rect x=\"{lx}\" y=\"{y}\" width=\"{lw}\" height=\"{h}\" fill=\"{ONE_WAY}\"/><rect x=\"{c}\" y=\"{y}\" width=\"{rw}\" height=\"{h}\" fill=\"{TWO_WAY}\"/><line x1=\"{c}\" y1=\"{y0}\" x2=\"{c}\" y2=\"{y1}\" stroke=\"currentColor\" stroke-opacity=\"0.6\"/><text x=\"{lt}\" y=\"{baseline}\" text-anchor=\"end\" fill=\"currentColor\">{os} · {ow} sent.</text><text x=\"{rt}\" y=\"{baseline}\" fill=\"currentColor\">{tw} sent. · {ts}</text></g>",
        os = fmt_number(round(t.one_way)),
        ow = t.one_way_sentences,
        ts = fmt_number(round(t.two_way)),
        tw = t.two_way_sentences,
        lx = fmt_number(centre - left),
        lw = fmt_number(left),
        rw = fmt_number(right),
        c = fmt_number(centre),
        y = fmt_number(bar_top + 3.0),
        h = fmt_number(BAR_ROW - 6.0),
        y0 = fmt_number(bar_top),
        y1 = fmt_number(bar_top + BAR_ROW),
        lt = fmt_number(centre - left - 4.0),
        rt = fmt_number(centre + right + 4.0),
    );
    strip(svg, document, bar_top + BAR_ROW);
    svg.push_str("</g>");
}

/// One cell per sentence across the full width, in reading order.
fn strip(svg: &mut String, document: &DocumentStrategy, top: f64) {
    let n = document.sentences.len();
    let _ = write!(
        svg,
        "<g role=\"list\" aria-label=\"{n} sentences in reading order\" class=\"arah-strip\">"
    );
    if n == 0 {
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{y}\" fill=\"currentColor\" fill-opacity=\"0.7\">No sentences.</text>",
            y = fmt_number(top + 11.0)
        );
    }
    let width = WIDTH / n.max(1) as f64;
    // Cells narrower than this get no gap between them.
    let gap = if width > 4.0 { 1.0 } else { 0.0 };
    for (index, sentence) in document.sentences.iter().enumerate() {
        cell(svg, sentence, index, index as f64 * width, top, width - gap);
    }
    svg.push_str("</g>");
}

fn cell(svg: &mut String, s: &SentenceStrategy, index: usize, x: f64, top: f64, width: f64) {
    let (fill, opacity) = match s.label {
        "one-way" => (ONE_WAY, "1"),
        "two-way" => (TWO_WAY, "1"),
        _ => ("currentColor", "0.18"),
    };
    let counted = s.evidence.iter().filter(|e| e.counted).count();
    let _ = write!(
        svg,
        "<rect role=\"listitem\" tabindex=\"0\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\" fill-opacity=\"{opacity}\" data-index=\"{index}\" data-start=\"{start}\" data-end=\"{end}\" data-start-utf16=\"{su}\" data-end-utf16=\"{eu}\" data-label=\"{label}\" data-mobilisation=\"{mob}\" aria-label=\"Sentence {number}: {label}{mobilisation}, {counted} marker{plural}\"><title>",
        x = fmt_number(x),
        y = fmt_number(top),
        w = fmt_number(width.max(0.5)),
        h = fmt_number(STRIP_ROW - (if s.mobilisation { 4.0 } else { 0.0 })),
        start = s.start,
        end = s.end,
        su = s.start_utf16,
        eu = s.end_utf16,
        label = s.label,
        mob = s.mobilisation,
        number = index + 1,
        mobilisation = if s.mobilisation { " with a call to act" } else { "" },
        plural = if counted == 1 { "" } else { "s" },
    );
    let _ = write!(svg, "{} — {}: ", index + 1, s.label);
    push_escaped(svg, &shortened(&s.text, MAX_TOOLTIP_CHARS));
    svg.push_str("</title></rect>");
    if s.mobilisation {
        let _ = write!(
            svg,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"3\" fill=\"{MOBILISATION}\" aria-hidden=\"true\"/>",
            x = fmt_number(x),
            y = fmt_number(top + STRIP_ROW - 3.0),
            w = fmt_number(width.max(0.5)),
        );
    }
}

fn round(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// `text` on one line, cut at a word with "…" past `max` characters.
fn shortened(text: &str, max: usize) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max - 1).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::assert_well_formed;
    use crate::strategy::{analyze_strategy, Lexicon, StrategyOptions};
    use crate::Document;

    fn report(documents: &[(&str, &str)]) -> StrategyReport {
        let documents: Vec<Document> = documents
            .iter()
            .map(|(title, text)| Document {
                title: (*title).into(),
                text: (*text).into(),
            })
            .collect();
        analyze_strategy(
            &documents,
            &Lexicon::default_lexicon(),
            &StrategyOptions::default(),
        )
    }

    #[test]
    fn bars_diverge_and_scale_to_the_strongest() {
        let svg = strategy_svg(&report(&[
            ("a", "Baliho dipasang. Spanduk dibentangkan."),
            ("b", "Kami membalas komentar."),
        ]));
        // Document a: one-way 3 (1.5 + 1.5) is the longest bar, 320 − 120 long.
        assert!(
            svg.contains(r##"<rect x="120" y="51" width="200" height="16" fill="#D55E00"/>"##),
            "{svg}"
        );
        // Document b: two-way 2 of 3 → two thirds of the length, to the right.
        assert!(
            svg.contains(r##"width="133.33" height="16" fill="#0072B2"/>"##),
            "{svg}"
        );
        assert!(svg.contains("aria-label=\"a: one-way; one-way 2 sentences (score 3), two-way 0 sentences (score 0), balance -1\""), "{svg}");
        assert_well_formed(&svg);
    }

    #[test]
    fn strip_cells_carry_offsets_and_labels() {
        let text = "😀 Ayo coblos nomor 2! Kami membalas komentar. Cuaca cerah.";
        let report = report(&[("caption", text)]);
        let svg = strategy_svg(&report);
        assert_eq!(svg.matches("data-start=").count(), 3);
        let first = &report.documents[0].sentences[0];
        assert!(svg.contains(&format!(
            "data-start=\"{}\" data-end=\"{}\" data-start-utf16=\"{}\" data-end-utf16=\"{}\" data-label=\"one-way\" data-mobilisation=\"true\"",
            first.start, first.end, first.start_utf16, first.end_utf16
        )), "{svg}");
        assert!(
            svg.contains("aria-label=\"Sentence 2: two-way, 1 marker\""),
            "{svg}"
        );
        assert!(
            svg.contains("aria-label=\"Sentence 3: neither, 0 markers\""),
            "{svg}"
        );
        assert!(svg.contains("fill=\"#009E73\""), "mobilisation mark: {svg}");
        assert_well_formed(&svg);
    }

    #[test]
    fn titles_and_sentences_are_escaped() {
        let svg = strategy_svg(&report(&[(
            "<b>\"A\" & B</b>",
            "<script>alert(1)</script> Kami berdialog & berdiskusi.",
        )]));
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_well_formed(&svg);
    }

    #[test]
    fn empty_reports_and_documents_say_so() {
        let svg = strategy_svg(&report(&[]));
        assert!(svg.contains("No documents."));
        let svg = strategy_svg(&report(&[("empty", "  ")]));
        assert!(svg.contains("No sentences."));
        assert!(svg.contains("none, balance 0"));
        assert_well_formed(&svg);
    }

    #[test]
    fn long_titles_are_shortened_at_a_word() {
        assert_eq!(shortened("satu dua tiga empat", 12), "satu dua…");
        assert_eq!(shortened("pendek\nsekali", 40), "pendek sekali");
    }
}
