//! `arah`: the native command line. Same core as the widget, so a site can
//! pre-render clouds at build time and get the counts readers will see.
//!
//!   arah stem < WORDS
//!   arah tokens FILE…
//!   arah top FILE… [--n N] [--stem] [--slang] [--keep-chrome] [--json]
//!   arah keyness TARGET… -- REFERENCE… [--n N] [--min-count C] [--yates] [--stem] [--slang]
//!                [--keep-chrome] [--json] [--svg OUT.svg]
//!   arah analyze FILE… [--n N] [--stem] [--slang] [--keep-chrome] [--json]
//!   arah kwic TERM FILE… [--window N] [--stem] [--keep-chrome] [--json]
//!   arah cloud FILE… -o OUT.svg [--words N] [--keep-top K] [--seed S] [--width W] [--height H]
//!              [--padding P] [--shape rectangle|ellipse] [--rotate none|mixed[:RATIO]|ANGLE,ANGLE…]
//!              [--theme light|dark] [--compare] [--stem] [--slang] [--keep-chrome]
//!   arah strategy FILE… [--lexicon L.json] [--model M.json] [--keep-chrome] [--json] [--svg OUT.svg]
//!
//! Page chrome ("ADVERTISEMENT", "Baca juga: …", bylines, share buttons) is
//! passed over by every command that counts or scores; --keep-chrome keeps it.
//!
//! Bad flags or unreadable files: one line on stderr, exit status 2.

use arah::analysis::analyze_in_detail;
use arah::cloud::compare::comparison_cloud_words;
use arah::cloud::layout::layout_estimated;
use arah::cloud::words::cloud_words;
use arah::cloud::{Rotate, Shape, Theme};
use arah::comparison::{compare, CompareOptions};
use arah::render::cloud_svg::cloud_svg;
use arah::render::keyness_svg::keyness_svg;
use arah::render::strategy_svg::strategy_svg;
use arah::stats;
use arah::strategy::model::Model;
use arah::strategy::scoring::Totals;
use arah::strategy::{analyze_strategy, DocumentStrategy, Lexicon, StrategyOptions};
use arah::text::decode::decode_text;
use arah::text::tokenize::for_each_token;
use arah::{analyze, AnalyzeOptions, CloudOptions, Document};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  arah stem < WORDS                 one word a line in, its stem a line out, same order
  arah tokens FILE…                 one line per token: file, byte start, byte end, kind, term
  arah top FILE… [--n N] [--stem] [--slang] [--keep-chrome] [--json]
                                    the N most frequent terms (default 20); --stem groups
                                    word forms by stem, --slang reads yg as yang, gak as tidak
  arah keyness TARGET… -- REFERENCE… [--n N] [--min-count C] [--yates] [--stem] [--slang]
               [--keep-chrome] [--json] [--svg OUT.svg]
                                    the N terms most over- and most under-used in the
                                    targets (signed G², χ², log ratio, p); --svg draws them
  arah analyze FILE… [--n N] [--stem] [--slang] [--keep-chrome] [--json]
                                    per document: counts, top terms, tf-idf; corpus:
                                    top terms and collocations
  arah kwic TERM FILE… [--window N] [--stem] [--keep-chrome] [--json]
                                    each occurrence of TERM with N tokens around it (default 5);
                                    --stem finds every form of TERM's stem
  arah cloud FILE… -o OUT.svg [--words N] [--keep-top K] [--seed S] [--width W] [--height H]
             [--padding P] [--shape rectangle|ellipse] [--rotate none|mixed[:RATIO]|ANGLE,ANGLE…]
             [--theme light|dark] [--compare] [--stem] [--slang] [--keep-chrome]
                                    an SVG word cloud (default 100 words, the top K = 50 never
                                    dropped); --compare: each FILE a group, terms in the
                                    group whose share they most exceed, with a legend
  arah strategy FILE… [--lexicon L.json] [--model M.json] [--keep-chrome] [--json] [--svg OUT.svg]
                                    one-way versus two-way communication per sentence and
                                    document, with the evidence, each label's probability and
                                    the relevance gate's reason; --lexicon replaces the
                                    default lexicons, --model adds a learned layer, --svg draws
                                    bars and sentence strips

Every command that counts or scores passes over page chrome (\"ADVERTISEMENT\",
\"Baca juga: …\", share buttons, bylines, counters, lone dates, cookie notices);
--keep-chrome counts and scores it too.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("arah: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given; try `arah --help`".into());
    };
    match command.as_str() {
        "stem" if rest.is_empty() => stem(),
        "stem" => Err("stem reads words from standard input and takes no arguments".into()),
        "tokens" => tokens(Arguments::parse(rest, &[], &[])?),
        "top" => top(Arguments::parse(
            rest,
            &["--n"],
            &["--json", "--stem", "--slang", "--keep-chrome"],
        )?),
        "analyze" => analyze_files(Arguments::parse(
            rest,
            &["--n"],
            &["--json", "--stem", "--slang", "--keep-chrome"],
        )?),
        "kwic" => kwic(Arguments::parse(
            rest,
            &["--window"],
            &["--json", "--stem", "--keep-chrome"],
        )?),
        "keyness" => keyness(Arguments::parse(
            rest,
            &["--n", "--min-count", "--svg"],
            &["--json", "--yates", "--stem", "--slang", "--keep-chrome"],
        )?),
        "cloud" => cloud(Arguments::parse(
            rest,
            &[
                "-o",
                "--words",
                "--keep-top",
                "--seed",
                "--width",
                "--height",
                "--padding",
                "--shape",
                "--rotate",
                "--theme",
            ],
            &["--stem", "--slang", "--compare", "--keep-chrome"],
        )?),
        "strategy" => strategy(Arguments::parse(
            rest,
            &["--lexicon", "--model", "--svg"],
            &["--json", "--keep-chrome"],
        )?),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}; try `arah --help`")),
    }
}

/// Files, flags with values, and bare switches (`--json`).
struct Arguments {
    files: Vec<String>,
    /// How many files came before a `--` (keyness: target `--` reference).
    files_before_separator: Option<usize>,
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Arguments {
    fn parse(
        args: &[String],
        flags_with_values: &[&str],
        switches: &[&str],
    ) -> Result<Self, String> {
        let mut parsed = Arguments {
            files: Vec::new(),
            files_before_separator: None,
            values: Vec::new(),
            switches: Vec::new(),
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if flags_with_values.contains(&arg.as_str()) {
                let value = iter.next().ok_or_else(|| format!("{arg} needs a value"))?;
                parsed.values.push((arg.clone(), value.clone()));
            } else if switches.contains(&arg.as_str()) {
                parsed.switches.push(arg.clone());
            } else if arg == "--" && parsed.files_before_separator.is_none() {
                parsed.files_before_separator = Some(parsed.files.len());
            } else if arg.starts_with('-') && arg != "-" {
                return Err(format!("unknown option {arg:?}; try `arah --help`"));
            } else {
                parsed.files.push(arg.clone());
            }
        }
        if parsed.files.is_empty() {
            return Err("no input files given".into());
        }
        Ok(parsed)
    }

    fn number<T: std::str::FromStr>(&self, flag: &str, default: T) -> Result<T, String> {
        match self.values.iter().rev().find(|(f, _)| f == flag) {
            Some((_, value)) => value
                .parse()
                .map_err(|_| format!("{flag} expects a number, not {value:?}")),
            None => Ok(default),
        }
    }

    fn switch(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }

    fn text(&self, flag: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(f, _)| f == flag)
            .map(|(_, v)| v.as_str())
    }

    /// Reads every file; invalid UTF-8 is replaced with a warning on stderr.
    fn documents(&self) -> Result<Vec<Document>, String> {
        self.files
            .iter()
            .map(|path| {
                let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
                let decoded = decode_text(path, &bytes).map_err(|e| e.to_string())?;
                if let Some(warning) = decoded.warning {
                    eprintln!("arah: warning: {warning}");
                }
                Ok(Document {
                    title: path.clone(),
                    text: decoded.text,
                })
            })
            .collect()
    }
}

/// Words on stdin, one a line, to stems on stdout in the same order; words
/// are lowercased first, as the tokenizer would.
fn stem() -> Result<(), String> {
    let stemmer = arah::text::lexicon::require_stemmer().map_err(|e| e.to_string())?;
    let mut out = BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        let word = line.trim().to_lowercase();
        writeln!(out, "{}", stemmer.stem(&word)).map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

fn tokens(args: Arguments) -> Result<(), String> {
    let documents = args.documents()?;
    let mut out = BufWriter::new(io::stdout().lock());
    for document in &documents {
        let mut result = Ok(());
        for_each_token(&document.text, |token| {
            if result.is_ok() {
                result = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}",
                    document.title,
                    token.bytes.0,
                    token.bytes.1,
                    token.kind.name(),
                    token.term
                );
            }
        });
        result.map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

fn top(args: Arguments) -> Result<(), String> {
    let options = AnalyzeOptions {
        top: args.number("--n", 20)?,
        group_by_stem: args.switch("--stem"),
        normalize_slang: args.switch("--slang"),
        keep_chrome: args.switch("--keep-chrome"),
        ..AnalyzeOptions::default()
    };
    let analysis = analyze(&args.documents()?, &options).map_err(|e| e.to_string())?;
    let terms = &analysis.corpus.top_terms;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.switch("--json") {
        write_json(&mut out, terms)?;
    } else {
        writeln!(
            out,
            "{:>4}  {:<24} {:>7} {:>9}",
            "rank", "term", "count", "documents"
        )
        .map_err(write_error)?;
        for (rank, term) in terms.iter().enumerate() {
            writeln!(
                out,
                "{:>4}  {:<24} {:>7} {:>9}",
                rank + 1,
                term.term,
                term.count,
                term.documents
            )
            .map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)
}

fn keyness(args: Arguments) -> Result<(), String> {
    let split = match args.files_before_separator {
        Some(split) if split > 0 && split < args.files.len() => split,
        _ => return Err("keyness needs target files, then --, then reference files".into()),
    };
    let defaults = CompareOptions::default();
    let options = CompareOptions {
        target: (0..split).collect(),
        top: args.number("--n", 20)?,
        yates: args.switch("--yates"),
        min_count: args.number("--min-count", defaults.min_count)?,
        terms: AnalyzeOptions {
            group_by_stem: args.switch("--stem"),
            normalize_slang: args.switch("--slang"),
            keep_chrome: args.switch("--keep-chrome"),
            ..AnalyzeOptions::default()
        },
    };
    let comparison = compare(&args.documents()?, &options).map_err(|e| e.to_string())?;
    let mut out = BufWriter::new(io::stdout().lock());
    if wrote_svg_and_json(&args, &mut out, &comparison, || keyness_svg(&comparison))? {
        return out.flush().map_err(write_error);
    }
    writeln!(
        out,
        "{:<24} {:>7} {:>9} {:>10} {:>9} {:>10}",
        "term", "target", "reference", "G²", "log ratio", "p"
    )
    .map_err(write_error)?;
    for row in comparison.terms.iter().map(|t| &t.keyness) {
        writeln!(
            out,
            "{:<24} {:>7} {:>9} {:>10.2} {:>9.2} {:>10.2e}",
            row.term,
            row.target_count,
            row.reference_count,
            row.log_likelihood,
            row.log_ratio,
            row.p_value
        )
        .map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

/// The whole analysis of the files: the widget's tables plus tf-idf per
/// document and the corpus's collocations.
fn analyze_files(args: Arguments) -> Result<(), String> {
    let n: usize = args.number("--n", 20)?;
    let options = AnalyzeOptions {
        top: n,
        group_by_stem: args.switch("--stem"),
        normalize_slang: args.switch("--slang"),
        keep_chrome: args.switch("--keep-chrome"),
        ..AnalyzeOptions::default()
    };
    let documents = args.documents()?;
    let analysis = analyze_in_detail(&documents, &options).map_err(|e| e.to_string())?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.switch("--json") {
        write_json(&mut out, &analysis)?;
        return out.flush().map_err(write_error);
    }
    for document in &analysis.documents {
        writeln!(
            out,
            "{}: {} words, {} counted, {} distinct terms",
            document.title, document.token_count, document.term_count, document.unique_terms
        )
        .map_err(write_error)?;
        let list = |terms: Vec<String>| terms.join(", ");
        writeln!(
            out,
            "  top:    {}",
            list(
                document
                    .top_terms
                    .iter()
                    .map(|t| format!("{} {}", t.term, t.count))
                    .collect()
            )
        )
        .map_err(write_error)?;
        writeln!(
            out,
            "  tf-idf: {}",
            list(document.tfidf.iter().map(|r| r.term.clone()).collect())
        )
        .map_err(write_error)?;
    }
    let pairs: Vec<String> = analysis
        .corpus
        .collocations
        .iter()
        .map(|c| format!("{} {} ({})", c.first, c.second, c.count))
        .collect();
    writeln!(out, "collocations: {}", pairs.join(", ")).map_err(write_error)?;
    out.flush().map_err(write_error)
}

fn kwic(mut args: Arguments) -> Result<(), String> {
    let term = args.files.remove(0).to_lowercase();
    if args.files.is_empty() {
        return Err("kwic needs a term and at least one file".into());
    }
    let window: usize = args.number("--window", 5)?;
    let keep_chrome = args.switch("--keep-chrome");
    let documents = args.documents()?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut json_lines = Vec::new();
    for document in &documents {
        let lines = match args.switch("--stem") {
            true => stats::kwic::kwic_stem_group(&document.text, &term, window, keep_chrome)
                .map_err(|e| e.to_string())?,
            false => stats::kwic::kwic(&document.text, &[term.as_str()], window, keep_chrome),
        };
        for line in lines {
            if args.switch("--json") {
                json_lines.push(serde_json::json!({ "file": document.title, "line": line }));
                continue;
            }
            // A concordance: left contexts right-aligned so keywords line up.
            let left: String = line
                .left
                .chars()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            writeln!(
                out,
                "{}:{}\t{left:>40}[{}]{}",
                document.title, line.start, line.keyword, line.right
            )
            .map_err(write_error)?;
        }
    }
    if args.switch("--json") {
        write_json(&mut out, &json_lines)?;
    }
    out.flush().map_err(write_error)
}

fn cloud(args: Arguments) -> Result<(), String> {
    let output = args.text("-o").ok_or("cloud needs -o OUT.svg")?;
    let defaults = CloudOptions::default();
    let mut options = CloudOptions {
        max_words: args.number("--words", defaults.max_words)?,
        keep_top: args.number("--keep-top", defaults.keep_top)?,
        seed: args.number("--seed", defaults.seed)?,
        width: args.number("--width", defaults.width)?,
        height: args.number("--height", defaults.height)?,
        padding: args.number("--padding", defaults.padding)?,
        ..defaults
    };
    options.shape = match args.text("--shape").unwrap_or("rectangle") {
        "rectangle" => Shape::Rectangle,
        "ellipse" => Shape::Ellipse,
        other => {
            return Err(format!(
                "--shape expects rectangle or ellipse, not {other:?}"
            ))
        }
    };
    options.theme = match args.text("--theme").unwrap_or("light") {
        "light" => Theme::Light,
        "dark" => Theme::Dark,
        other => return Err(format!("--theme expects light or dark, not {other:?}")),
    };
    if let Some(rule) = args.text("--rotate") {
        parse_rotate(rule, &mut options)?;
    }
    let documents = args.documents()?;
    let terms = AnalyzeOptions {
        top: options.max_words,
        group_by_stem: args.switch("--stem"),
        normalize_slang: args.switch("--slang"),
        keep_chrome: args.switch("--keep-chrome"),
        ..AnalyzeOptions::default()
    };
    let words = if args.switch("--compare") {
        if documents.len() < 2 {
            return Err("--compare needs two or more files, one per group".into());
        }
        options.groups = documents.iter().map(|d| group_name(&d.title)).collect();
        comparison_cloud_words(&documents, &terms).map_err(|e| e.to_string())?
    } else {
        let analysis = analyze(&documents, &terms).map_err(|e| e.to_string())?;
        cloud_words(&analysis.corpus.top_terms)
    };
    let layout = layout_estimated(&words, &options).map_err(|e| e.to_string())?;
    if let Some(warning) = &layout.warning {
        eprintln!("arah: warning: {warning}");
    }
    if !layout.dropped.is_empty() {
        eprintln!(
            "arah: warning: {} word(s) did not fit: {}",
            layout.dropped.len(),
            layout.dropped.join(", ")
        );
    }
    std::fs::write(output, cloud_svg(&layout)).map_err(|e| format!("cannot write {output}: {e}"))
}

/// `none`, `mixed` or `mixed:RATIO`, or a comma-separated list of angles.
fn parse_rotate(rule: &str, options: &mut CloudOptions) -> Result<(), String> {
    let bad = || format!("--rotate expects none, mixed, mixed:RATIO or ANGLE,ANGLE…, not {rule:?}");
    match rule.split_once(':') {
        _ if rule == "none" => options.rotate = Rotate::None,
        _ if rule == "mixed" => options.rotate = Rotate::Mixed,
        Some(("mixed", ratio)) => {
            options.rotate = Rotate::Mixed;
            options.rotate_ratio = ratio.parse().map_err(|_| bad())?;
            if !(0.0..=1.0).contains(&options.rotate_ratio) {
                return Err(format!(
                    "--rotate mixed:RATIO needs a ratio from 0 to 1, not {ratio}"
                ));
            }
        }
        _ => {
            options.rotate = Rotate::Angles;
            options.angles = rule
                .split(',')
                .map(|a| a.trim().parse::<f64>().ok().filter(|a| a.is_finite()))
                .collect::<Option<Vec<f64>>>()
                .ok_or_else(bad)?;
        }
    }
    Ok(())
}

/// A file's name without directory and extension, for the legend.
fn group_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match file.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => file.to_string(),
    }
}

/// A learned layer from `path` (written by `examples/strategy_train.rs`);
/// one that cannot be read is a warning, and the rules alone run.
fn learned_layer(path: &str) -> Option<Model> {
    let read = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|text| Model::from_json(&text).map_err(|e| format!("{path}: {e}")));
    match read {
        Ok(model) => Some(model),
        Err(message) => {
            eprintln!("warning: {message}; the rules alone are used");
            None
        }
    }
}

/// One-way versus two-way communication: a table per document (with its
/// mode's probability and the relevance gate's reason) and its labelled
/// sentences with theirs, or the whole report as JSON.
fn strategy(args: Arguments) -> Result<(), String> {
    let lexicon = match args.text("--lexicon") {
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Lexicon::from_json(&text).map_err(|e| format!("{path}: {e}"))?
        }
        None => Lexicon::default_lexicon(),
    };
    let options = StrategyOptions {
        keep_chrome: args.switch("--keep-chrome"),
        model: args.text("--model").and_then(learned_layer),
        ..StrategyOptions::default()
    };
    let report = analyze_strategy(&args.documents()?, &lexicon, &options);
    let mut out = BufWriter::new(io::stdout().lock());
    if wrote_svg_and_json(&args, &mut out, &report, || strategy_svg(&report))? {
        return out.flush().map_err(write_error);
    }
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
    )
    .map_err(write_error)?;
    // One row of the table: a document's totals, its mode's probability and
    // the gate's reason (the corpus has neither: "-").
    let mut row = |name: &str, t: &Totals, document: Option<&DocumentStrategy>| {
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
        .map_err(write_error)
    };
    for d in &report.documents {
        row(&d.file, &d.totals, Some(d))?;
    }
    if report.documents.len() > 1 {
        row("(all documents)", &report.corpus, None)?;
        let order: Vec<&str> = report
            .ranking
            .iter()
            .map(|&i| report.documents[i].file.as_str())
            .collect();
        writeln!(
            out,
            "from most one-way to most two-way: {}",
            order.join(", ")
        )
        .map_err(write_error)?;
    }
    for d in &report.documents {
        writeln!(out, "\n{}", d.file).map_err(write_error)?;
        writeln!(out, "  {}", gate_line(d)).map_err(write_error)?;
        let chrome = d.sentences.iter().filter(|s| s.chrome.is_some()).count();
        if chrome > 0 {
            writeln!(
                out,
                "  {chrome} line{} of page chrome not scored (--keep-chrome scores them)",
                if chrome == 1 { "" } else { "s" }
            )
            .map_err(write_error)?;
        }
        for s in d.sentences.iter().filter(|s| !s.evidence.is_empty()) {
            let evidence: Vec<String> = s
                .evidence
                .iter()
                .map(|e| {
                    let mark = if e.counted { "" } else { " (not counted)" };
                    format!("{} → {} [{}]{mark}", e.text, e.side, e.rule)
                })
                .collect();
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
            )
            .map_err(write_error)?;
        }
    }
    out.flush().map_err(write_error)
}

/// The relevance gate's decision for a document and its evidence: "gate:
/// no-actor (not about actor–audience communication); 0 actor and 2
/// audience mentions: warga (audience), …".
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

/// Writes `svg()` to the file `--svg` names, if any, and with `--json`
/// `value` to `out`: then true, the command has nothing more to print.
fn wrote_svg_and_json(
    args: &Arguments,
    out: &mut impl Write,
    value: &impl serde::Serialize,
    svg: impl FnOnce() -> String,
) -> Result<bool, String> {
    if let Some(path) = args.text("--svg") {
        std::fs::write(path, svg()).map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    if !args.switch("--json") {
        return Ok(false);
    }
    write_json(out, value)?;
    Ok(true)
}

/// `value` as indented JSON and a final newline.
fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), String> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| e.to_string())?;
    writeln!(out).map_err(write_error)
}

fn write_error(error: io::Error) -> String {
    format!("cannot write output: {error}")
}
