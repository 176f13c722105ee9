//! The strategy report as text: a table per document (with its mode's
//! probability and the relevance gate's reason), then each document's
//! labelled sentences with their evidence.

use arah::strategy::{DocumentStrategy, Evidence, StrategyReport, Totals};
use std::io::{self, Write};

pub fn write_report(out: &mut impl Write, report: &StrategyReport) -> io::Result<()> {
    writeln!(
        out,
        "{:<32} {:>9} {:>7} {:>7} {:>7} {:>4} {:>8} {:>8} {:>8}  {:<8} {:>6}  gate",
        "file",
        "sentences",
        "one-way",
        "two-way",
        "neither",
        "mob",
        "1w.score",
        "2w.score",
        "balance",
        "label",
        "p.mode"
    )?;
    for d in &report.documents {
        write_row(out, &d.file, &d.totals, Some(d))?;
    }
    if report.documents.len() > 1 {
        write_row(out, "(all documents)", &report.corpus, None)?;
        let order: Vec<&str> = report
            .ranking
            .iter()
            .map(|&i| report.documents[i].file.as_str())
            .collect();
        writeln!(
            out,
            "from most one-way to most two-way: {}",
            order.join(", ")
        )?;
    }
    for d in &report.documents {
        write_sentences(out, d)?;
    }
    Ok(())
}

/// One row of the table: a document's totals, its mode's probability and
/// the gate's reason (the corpus has neither: "-").
fn write_row(
    out: &mut impl Write,
    name: &str,
    t: &Totals,
    document: Option<&DocumentStrategy>,
) -> io::Result<()> {
    let (probability, gate) = match document {
        Some(d) => (format!("{:.2}", d.probability), d.relevance.reason),
        None => ("-".into(), "-"),
    };
    writeln!(
        out,
        "{:<32} {:>9} {:>7} {:>7} {:>7} {:>4} {:>8.2} {:>8.2} {:>8.2}  {:<8} {:>6}  {}",
        name,
        t.sentence_count,
        t.one_way_sentences,
        t.two_way_sentences,
        t.neither_sentences,
        t.mobilisation_sentences,
        t.one_way,
        t.two_way,
        t.balance,
        t.label,
        probability,
        gate
    )
}

/// A document's gate line, its chrome count and each sentence with evidence.
fn write_sentences(out: &mut impl Write, d: &DocumentStrategy) -> io::Result<()> {
    writeln!(out, "\n{}", d.file)?;
    writeln!(out, "  {}", gate_line(d))?;
    let chrome = d.sentences.iter().filter(|s| s.chrome.is_some()).count();
    if chrome > 0 {
        writeln!(
            out,
            "  {chrome} line{} of page chrome not scored (--keep-chrome scores them)",
            if chrome == 1 { "" } else { "s" }
        )?;
    }
    for s in d.sentences.iter().filter(|s| !s.evidence.is_empty()) {
        let evidence: Vec<String> = s.evidence.iter().map(evidence_line).collect();
        let text: String = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let short: String = match text.chars().count() > 90 {
            true => format!("{}…", text.chars().take(89).collect::<String>()),
            false => text,
        };
        let mob = if s.mobilisation { " +mobilisation" } else { "" };
        let normative = if s.normative { " +normative" } else { "" };
        let foil = if s.foil { " +foil" } else { "" };
        writeln!(
            out,
            "  {:>6}-{:<6} {:<8} {:.2}{mob}{normative}{foil} {short}\n                  {}",
            s.start,
            s.end,
            s.label,
            s.probability,
            evidence.join("; ")
        )?;
    }
    Ok(())
}

/// The relevance gate's decision for a document and its evidence: "gate:
/// no-actor (not about actor–audience communication); 0 actor and 2
/// audience mentions: warga (audience), …".
/// One piece of evidence as the report and `--csv` write it:
/// `text → side [rule]`, marked when a rule cancelled it.
pub fn evidence_line(e: &Evidence) -> String {
    let mark = if e.counted { "" } else { " (not counted)" };
    format!("{} → {} [{}]{mark}", e.text, e.side, e.rule)
}

fn gate_line(d: &DocumentStrategy) -> String {
    let r = &d.relevance;
    let decision = match r.relevant {
        true => "",
        false => " (not about actor–audience communication)",
    };
    let mentions: Vec<String> = r
        .mentions
        .iter()
        .map(|m| format!("{} ({})", m.text, m.role))
        .collect();
    let more = match r.actor_mentions + r.audience_mentions > r.mentions.len() {
        true => ", …",
        false => "",
    };
    let listed = match mentions.is_empty() {
        true => String::new(),
        false => format!(": {}{more}", mentions.join(", ")),
    };
    let gated = match r.gated_paragraphs {
        0 => String::new(),
        n => format!("; {n} paragraph(s) far from both lose their labels"),
    };
    format!(
        "gate: {}{decision}; {} actor and {} audience mentions{listed}{gated}",
        r.reason, r.actor_mentions, r.audience_mentions
    )
}
