//! `--csv`: a command's results as an RFC 4180 table on stdout (a header
//! row; fields with commas, quotes or line breaks quoted), for spreadsheets
//! and papers. Column names are the JSON keys of the same values, so one
//! name stands for one concept in both. A text that a spreadsheet would run
//! as a formula is written behind an apostrophe (`inert`), as the widget's
//! CSV writes it (www/arah-export.js); numbers are written as they are.

use crate::args::Failure;
use crate::output::write_error;
use crate::strategy_report::evidence_line;
use arah::comparison::Comparison;
use arah::stats::counts::TermCount;
use arah::stats::kwic::KwicLine;
use arah::strategy::StrategyReport;
use arah::Document;
use std::io::Write;

type Writer<'a, W> = csv::Writer<&'a mut W>;

/// A writer of RFC 4180 CSV: `,` between fields, `"` doubled inside
/// quotes, records ended by CRLF as the RFC (and Excel) want.
fn writer<W: Write>(out: &mut W) -> Writer<'_, W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn row<W: Write, I, F>(writer: &mut Writer<'_, W>, fields: I) -> Result<(), Failure>
where
    I: IntoIterator<Item = F>,
    F: AsRef<[u8]>,
{
    writer.write_record(fields).map_err(csv_error)
}

/// `text`, behind an apostrophe when it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return: a spreadsheet opening the file would otherwise
/// run it as a formula (`=HYPERLINK(…)` from a title or a sentence).
fn inert(text: &str) -> String {
    match text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{text}"),
        false => text.to_owned(),
    }
}

fn finish<W: Write>(mut writer: Writer<'_, W>) -> Result<(), Failure> {
    writer.flush().map_err(write_error)
}

fn csv_error(error: csv::Error) -> Failure {
    Failure::failed(format!("cannot write output: {error}"))
}

/// `arah top --csv`: rank, term, count, documents, and with `--stem` the
/// group's stem and forms (space-separated).
pub fn write_top(out: &mut impl Write, terms: &[TermCount]) -> Result<(), Failure> {
    let mut writer = writer(out);
    row(
        &mut writer,
        ["rank", "term", "count", "documents", "stem", "members"],
    )?;
    for (rank, term) in terms.iter().enumerate() {
        row(
            &mut writer,
            [
                (rank + 1).to_string(),
                inert(&term.term),
                term.count.to_string(),
                term.documents.to_string(),
                inert(term.stem.as_deref().unwrap_or_default()),
                inert(&term.members.join(" ")),
            ],
        )?;
    }
    finish(writer)
}

/// `arah keyness --csv`: each term's counts and statistics.
pub fn write_keyness(out: &mut impl Write, comparison: &Comparison) -> Result<(), Failure> {
    let mut writer = writer(out);
    row(
        &mut writer,
        [
            "term",
            "targetCount",
            "referenceCount",
            "logLikelihood",
            "chiSquared",
            "pValue",
            "logRatio",
            "members",
        ],
    )?;
    for term in &comparison.terms {
        let k = &term.keyness;
        row(
            &mut writer,
            [
                inert(&k.term),
                k.target_count.to_string(),
                k.reference_count.to_string(),
                k.log_likelihood.to_string(),
                k.chi_squared.to_string(),
                k.p_value.to_string(),
                k.log_ratio.to_string(),
                inert(&term.members.join(" ")),
            ],
        )?;
    }
    finish(writer)
}

/// `arah kwic --csv`: each occurrence with its file, byte span and context.
pub fn write_kwic(out: &mut impl Write, lines: &[(&Document, KwicLine)]) -> Result<(), Failure> {
    let mut writer = writer(out);
    row(
        &mut writer,
        ["file", "start", "end", "left", "keyword", "right"],
    )?;
    for (document, line) in lines {
        row(
            &mut writer,
            [
                inert(&document.title),
                line.start.to_string(),
                line.end.to_string(),
                inert(&line.left),
                inert(&line.keyword),
                inert(&line.right),
            ],
        )?;
    }
    finish(writer)
}

/// `arah strategy --csv`: every sentence of every document with its label,
/// the label's probability, what decided it, and its evidence
/// (`text → side [rule]`, `; `-separated, "(not counted)" for evidence a
/// rule cancelled).
pub fn write_strategy(out: &mut impl Write, report: &StrategyReport) -> Result<(), Failure> {
    let mut writer = writer(out);
    row(
        &mut writer,
        [
            "file",
            "start",
            "end",
            "label",
            "probability",
            "basis",
            "mobilisation",
            "text",
            "evidence",
        ],
    )?;
    for document in &report.documents {
        for s in &document.sentences {
            let evidence: Vec<String> = s.evidence.iter().map(evidence_line).collect();
            row(
                &mut writer,
                [
                    inert(&document.file),
                    s.start.to_string(),
                    s.end.to_string(),
                    s.label.to_owned(),
                    s.probability.to_string(),
                    s.basis.to_owned(),
                    s.mobilisation.to_string(),
                    inert(&s.text),
                    inert(&evidence.join("; ")),
                ],
            )?;
        }
    }
    finish(writer)
}
