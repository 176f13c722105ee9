//! Strategy views: per document, a diverging bar (one-way score to the left
//! of the axis, two-way to the right, with sentence counts and the balance)
//! and a strip with one cell per sentence in reading order, coloured by its
//! label. Each cell carries the sentence's byte and UTF-16 offsets in data
//! attributes, so a widget can jump to the sentence when it is clicked.
//!
//! Colours are from the Okabe–Ito palette (as in the cloud and keyness
//! charts): vermillion for one-way, blue for two-way, bluish green for the
//! mobilisation mark; `neither` is the text colour at low opacity. A
//! label's calibrated probability sets its cell's opacity, so an unsure
//! label looks weaker than a sure one; a sentence without any cue, or one
//! the relevance gate withheld, is drawn neutral, fainter than a `neither`
//! its cues decided. Every label is also spelled out in `aria-label` and
//! `<title>` with its probability in words ("two-way, 84 % likely", "no cue
//! found"), and each document's row says its mode with its probability or,
//! for a text the gate closed, why ("none: no actor named"), so nothing
//! rests on colour alone.

use super::centred_note;
use super::escape::push_escaped;
use super::palette::{MOBILISATION, ONE_WAY, TWO_WAY};
use crate::number::fmt_number;
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
/// Longest document title drawn, in characters (the full title is in the
/// accessible label): room for the longest mode on the right of its row,
/// "two-way, 100 % likely · balance -0.25".
const MAX_TITLE_CHARS: usize = 56;
/// Longest sentence text in a cell's tooltip, in characters.
const MAX_TOOLTIP_CHARS: usize = 160;
/// Opacity of a one-way or two-way cell whose label is no better than a
/// coin toss (probability 0.5 or less); a certain label is opaque, and the
/// opacity rises in proportion between.
const UNSURE_OPACITY: f64 = 0.3;
/// Opacity of a `neither` that the sentence's cues decided (they cancelled
/// or did not reach a label).
const NEITHER_OPACITY: f64 = 0.32;
/// Opacity of a cell without a decision: no cue found, or gated.
const NEUTRAL_OPACITY: f64 = 0.14;
/// What the relevance gate withheld, in words.
const NOT_ABOUT_COMMUNICATION: &str = "not about actor–audience communication";

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
    let relevance = &document.relevance;
    let _ = write!(
        svg,
        "<g role=\"listitem\" data-document=\"{index}\" data-probability=\"{p}\" data-relevant=\"{relevant}\" data-reason=\"{reason}\" aria-label=\"",
        p = fmt_number(round(document.probability)),
        relevant = relevance.relevant,
        reason = relevance.reason,
    );
    push_escaped(svg, &document.file);
    let gated = match relevance.gated_paragraphs {
        0 => String::new(),
        1 => format!(", 1 paragraph {NOT_ABOUT_COMMUNICATION}"),
        n => format!(", {n} paragraphs {NOT_ABOUT_COMMUNICATION}"),
    };
    let _ = write!(
        svg,
        ": {mode}; one-way {ow} sentences (score {os}), two-way {tw} sentences (score {ts}), balance {b}{gated}\">",
        mode = mode_in_words(document),
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
    let row = match relevance.relevant {
        true => format!(
            "{}, {} · balance {}",
            t.label,
            likely(document.probability),
            fmt_number(round(t.balance))
        ),
        false => format!("{}: {}", t.label, reason_in_words(relevance.reason)),
    };
    let _ = write!(
        svg,
        "</text><text x=\"{w}\" y=\"{y}\" text-anchor=\"end\" fill=\"currentColor\">{row}</text>",
        w = fmt_number(WIDTH),
        y = fmt_number(top + 13.0),
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
    let (fill, opacity) = match (s.basis, s.label) {
        ("cue", "one-way") => (ONE_WAY, label_opacity(s.probability)),
        ("cue", "two-way") => (TWO_WAY, label_opacity(s.probability)),
        ("cue", _) => ("currentColor", NEITHER_OPACITY),
        _ => ("currentColor", NEUTRAL_OPACITY),
    };
    let _ = write!(
        svg,
        "<rect role=\"listitem\" tabindex=\"0\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\" fill-opacity=\"{opacity}\" data-index=\"{index}\" data-start=\"{start}\" data-end=\"{end}\" data-start-utf16=\"{su}\" data-end-utf16=\"{eu}\" data-label=\"{label}\" data-mobilisation=\"{mob}\" data-basis=\"{basis}\" data-probability=\"{p}\" aria-label=\"Sentence {number}: {decision}\"><title>",
        x = fmt_number(x),
        y = fmt_number(top),
        w = fmt_number(width.max(0.5)),
        h = fmt_number(STRIP_ROW - (if s.mobilisation { 4.0 } else { 0.0 })),
        opacity = fmt_number(opacity),
        start = s.start,
        end = s.end,
        su = s.start_utf16,
        eu = s.end_utf16,
        label = s.label,
        mob = s.mobilisation,
        basis = s.basis,
        p = fmt_number(round(s.probability)),
        number = index + 1,
        decision = decision_in_words(s),
    );
    let _ = write!(svg, "{} — {}: ", index + 1, decision_in_words(s));
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

/// A one-way or two-way cell's opacity for its label's probability.
fn label_opacity(probability: f64) -> f64 {
    let sureness = ((probability - 0.5) / 0.5).clamp(0.0, 1.0);
    round(UNSURE_OPACITY + (1.0 - UNSURE_OPACITY) * sureness)
}

/// "84 % likely", for a probability in [0, 1].
fn likely(probability: f64) -> String {
    format!("{} % likely", (probability * 100.0).round())
}

/// A sentence's label and what decided it, for its cell's label and tooltip.
fn decision_in_words(s: &SentenceStrategy) -> String {
    let counted = s.evidence.iter().filter(|e| e.counted).count();
    match s.basis {
        "gate" => format!("no label, {NOT_ABOUT_COMMUNICATION}"),
        "no-cue" => format!("{}, no cue found", s.label),
        "chrome" => format!("no label, page chrome ({})", s.chrome.unwrap_or("chrome")),
        _ => format!(
            "{label}{mobilisation}, {likely}{normative}{foil}, {counted} marker{plural}",
            label = s.label,
            mobilisation = if s.mobilisation {
                " with a call to act"
            } else {
                ""
            },
            likely = likely(s.probability),
            normative = if s.normative {
                ", recommended only"
            } else {
                ""
            },
            foil = if s.foil { ", as a foil" } else { "" },
            plural = if counted == 1 { "" } else { "s" },
        ),
    }
}

/// A document's mode with its probability, or why the gate closed.
fn mode_in_words(document: &DocumentStrategy) -> String {
    let relevance = &document.relevance;
    match relevance.relevant {
        true => format!(
            "{}, {}",
            document.totals.label,
            likely(document.probability)
        ),
        false => format!(
            "{}, {NOT_ABOUT_COMMUNICATION} ({})",
            document.totals.label,
            reason_in_words(relevance.reason)
        ),
    }
}

/// The relevance gate's reason in plain words.
fn reason_in_words(reason: &str) -> &str {
    match reason {
        "actor-and-audience" => "an actor and its audience named",
        "reply" => "a reply, judged by its form",
        "short-post" => "a short post, judged by its words",
        "no-actor" => "no actor named",
        "no-audience" => "no audience named",
        "no-text" => "no text",
        other => other,
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

    /// "84 % likely" for the probability 0.84, computed apart from `likely`.
    fn percent(probability: f64) -> String {
        format!("{:.0} % likely", probability * 100.0)
    }

    #[test]
    fn bars_diverge_and_scale_to_the_strongest() {
        let report = report(&[
            ("a", "Baliho dipasang. Spanduk dibentangkan."),
            ("b", "Kami membalas komentar."),
        ]);
        let svg = strategy_svg(&report);
        let a = percent(report.documents[0].probability);
        // Document a: one-way 3 (1.5 + 1.5) is the longest bar, 320 − 120 long.
        assert!(
            svg.contains(r##"<rect x="120" y="51" width="200" height="16" fill="#C43C00"/>"##),
            "{svg}"
        );
        // Document b: two-way 2 of 3 → two thirds of the length, to the right.
        assert!(
            svg.contains(r##"width="133.33" height="16" fill="#0072B2"/>"##),
            "{svg}"
        );
        assert!(svg.contains(&format!("aria-label=\"a: one-way, {a}; one-way 2 sentences (score 3), two-way 0 sentences (score 0), balance -1\"")), "{svg}");
        assert!(
            svg.contains(&format!(">one-way, {a} · balance -1</text>")),
            "{svg}"
        );
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
        let second = &report.documents[0].sentences[1];
        assert_eq!(second.basis, "cue");
        assert!(
            svg.contains(&format!(
                "data-basis=\"cue\" data-probability=\"{}\" aria-label=\"Sentence 2: two-way, {}, 1 marker\"",
                (second.probability * 100.0).round() / 100.0,
                percent(second.probability)
            )),
            "{svg}"
        );
        assert!(
            svg.contains("data-basis=\"no-cue\""),
            "the third sentence has no cue: {svg}"
        );
        assert!(
            svg.contains("aria-label=\"Sentence 3: neither, no cue found\"><title>3 — neither, no cue found: Cuaca cerah.</title>"),
            "{svg}"
        );
        assert!(svg.contains("fill=\"#007A3D\""), "mobilisation mark: {svg}");
        assert_well_formed(&svg);
    }

    /// The fill opacity of cell `index` of the only document.
    fn opacity_of(svg: &str, index: usize) -> f64 {
        let at = svg.find(&format!("data-index=\"{index}\"")).unwrap();
        let before = &svg[..at];
        let from = before.rfind("fill-opacity=\"").unwrap() + "fill-opacity=\"".len();
        before[from..].split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn a_cell_is_as_strong_as_its_label_is_likely() {
        let mut report = report(&[("a", "Baliho dipasang. Kami membalas komentar. Cuaca cerah.")]);
        assert_eq!(
            report.documents[0]
                .sentences
                .iter()
                .map(|s| (s.label, s.basis))
                .collect::<Vec<_>>(),
            [
                ("one-way", "cue"),
                ("two-way", "cue"),
                ("neither", "no-cue")
            ]
        );
        // The same cells, sure and unsure: the opacity follows.
        for (probability, expected) in [
            (1.0, 1.0),
            (0.95, 0.93),
            (0.75, 0.65),
            (0.5, 0.3),
            (0.2, 0.3),
        ] {
            for s in report.documents[0].sentences.iter_mut() {
                s.probability = probability;
            }
            let svg = strategy_svg(&report);
            assert_eq!(opacity_of(&svg, 0), expected, "one-way at {probability}");
            assert_eq!(opacity_of(&svg, 1), expected, "two-way at {probability}");
            assert_eq!(
                opacity_of(&svg, 2),
                NEUTRAL_OPACITY,
                "no cue at {probability}"
            );
            assert!(
                svg.contains(&format!("data-probability=\"{probability}\"")),
                "{svg}"
            );
        }
        // A neither its cues decided is stronger than one without a cue.
        let s = &mut report.documents[0].sentences[2];
        (s.basis, s.probability) = ("cue", 0.9);
        let svg = strategy_svg(&report);
        assert_eq!(opacity_of(&svg, 2), NEITHER_OPACITY);
        assert!(
            svg.contains("aria-label=\"Sentence 3: neither, 90 % likely, 0 markers\""),
            "{svg}"
        );
    }

    #[test]
    fn normative_and_foil_sentences_say_so() {
        let mut report = report(&[("a", "Kami membalas komentar.")]);
        let s = &mut report.documents[0].sentences[0];
        s.probability = 0.8;
        let plain = strategy_svg(&report);
        assert!(
            plain.contains("aria-label=\"Sentence 1: two-way, 80 % likely, 1 marker\""),
            "{plain}"
        );
        report.documents[0].sentences[0].normative = true;
        let normative = strategy_svg(&report);
        assert!(
            normative.contains(
                "aria-label=\"Sentence 1: two-way, 80 % likely, recommended only, 1 marker\""
            ),
            "{normative}"
        );
        report.documents[0].sentences[0].normative = false;
        report.documents[0].sentences[0].foil = true;
        let foil = strategy_svg(&report);
        assert!(
            foil.contains("aria-label=\"Sentence 1: two-way, 80 % likely, as a foil, 1 marker\""),
            "{foil}"
        );
    }

    /// A text about cooking, long enough to be judged by its topic, with no
    /// actor of public life in it.
    const RECIPE: &str = "Siapkan ayam kampung dan santan kental. Cuci ayam sampai bersih. \
        Potong ayam menjadi beberapa bagian. Tumis bumbu halus sampai harum. \
        Masukkan ayam dan serai. Masak dengan api kecil sampai santan mengental. \
        Aduk sesekali agar santan tidak pecah. Sajikan hangat bersama ketupat.";

    #[test]
    fn a_gated_document_says_why_and_its_cells_are_neutral() {
        let report = report(&[("resep", RECIPE)]);
        let document = &report.documents[0];
        assert!(!document.relevance.relevant);
        assert_eq!(document.relevance.reason, "no-actor");
        let svg = strategy_svg(&report);
        assert!(
            svg.contains("data-relevant=\"false\" data-reason=\"no-actor\""),
            "{svg}"
        );
        assert!(svg.contains(">none: no actor named</text>"), "{svg}");
        assert!(svg.contains("aria-label=\"resep: none, not about actor–audience communication (no actor named); one-way 0 sentences"), "{svg}");
        assert!(
            !svg.contains("% likely"),
            "a gated text has no mode to be likely: {svg}"
        );
        let n = document.sentences.len();
        assert!(n > 6);
        assert_eq!(svg.matches("data-basis=\"gate\"").count(), n);
        for index in 0..n {
            assert_eq!(opacity_of(&svg, index), NEUTRAL_OPACITY);
        }
        assert!(
            svg.contains(
                "aria-label=\"Sentence 1: no label, not about actor–audience communication\""
            ),
            "{svg}"
        );
        assert_well_formed(&svg);

        // The same text once an official invites the residents to it: the gate opens.
        let invited = format!("Bupati mengajak warga memasak bersama di balai desa. {RECIPE}");
        let report = self::report(&[("resep", &invited)]);
        let document = &report.documents[0];
        assert!(document.relevance.relevant, "{:?}", document.relevance);
        let svg = strategy_svg(&report);
        assert!(!svg.contains("data-basis=\"gate\""), "{svg}");
        assert!(
            svg.contains(&format!(
                ">{}, {} · balance",
                document.totals.label,
                percent(document.probability)
            )),
            "{svg}"
        );
        assert!(
            !svg.contains("not about actor–audience communication"),
            "{svg}"
        );
    }

    #[test]
    fn reasons_are_in_words() {
        for (reason, words) in [
            ("actor-and-audience", "an actor and its audience named"),
            ("reply", "a reply, judged by its form"),
            ("short-post", "a short post, judged by its words"),
            ("no-actor", "no actor named"),
            ("no-audience", "no audience named"),
            ("no-text", "no text"),
        ] {
            assert_eq!(reason_in_words(reason), words);
        }
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
        assert!(svg.contains(">none: no text</text>"), "{svg}");
        assert_well_formed(&svg);
    }

    #[test]
    fn long_titles_are_shortened_at_a_word() {
        assert_eq!(shortened("satu dua tiga empat", 12), "satu dua…");
        assert_eq!(shortened("pendek\nsekali", 40), "pendek sekali");
    }
}
