//! `arah strategy`: one-way versus two-way communication per sentence and
//! document, with the lexicon and learned layer the flags name; the report
//! as JSON, bars as SVG, or as text (`strategy_report`).

use crate::args::{Accepts, Arguments, Failure};
use crate::csv_tables::write_strategy;
use crate::input::{read_bounded, Ceiling, LEXICON, MODEL};
use crate::output::{write_error, wrote_svg_and_json};
use crate::strategy_report::write_report;
use crate::Command;
use arah::render::strategy_svg::strategy_svg;
use arah::strategy::model::Model;
use arah::strategy::{analyze_strategy, Lexicon, StrategyOptions};
use std::io::{self, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "strategy",
    usage: "  arah strategy FILE… [--lexicon L.json] [--model M.json] [--keep-chrome] [--json|--csv] [--svg OUT.svg]
                                    one-way versus two-way communication per sentence and
                                    document, with the evidence, each label's probability and
                                    the relevance gate's reason; --lexicon replaces the
                                    default lexicons, --model adds a learned layer, --svg draws
                                    bars and sentence strips; --csv: a row a sentence",
    accepts: Accepts {
        values: &["--lexicon", "--model", "--svg"],
        switches: &["--json", "--csv", "--keep-chrome"],
        separator: false,
        files: true,
    },
    run,
};

fn run(args: Arguments) -> Result<(), Failure> {
    let lexicon = match args.text("--lexicon") {
        Some(path) => {
            let text = json_file(path, &LEXICON).map_err(Failure::Failed)?;
            Lexicon::from_json(&text).map_err(|e| Failure::failed(format!("{path}: {e}")))?
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
    if !wrote_svg_and_json(&args, &mut out, &report, || strategy_svg(&report))? {
        match args.switch("--csv") {
            true => write_strategy(&mut out, &report)?,
            false => write_report(&mut out, &report).map_err(write_error)?,
        }
    }
    out.flush().map_err(write_error)
}

/// A learned layer from `path` (written by `examples/strategy_train.rs`);
/// one that cannot be read is a warning, and the rules alone run.
fn learned_layer(path: &str) -> Option<Model> {
    let read = json_file(path, &MODEL)
        .and_then(|text| Model::from_json(&text).map_err(|e| format!("{path}: {e}")));
    match read {
        Ok(model) => Some(model),
        Err(message) => {
            eprintln!("warning: {message}; the rules alone are used");
            None
        }
    }
}

/// The text of the JSON file `path`, within `ceiling`; one with NUL bytes is
/// binary, said as such rather than as bad JSON at line 1.
fn json_file(path: &str, ceiling: &Ceiling) -> Result<String, String> {
    let bytes = read_bounded(path, path, ceiling, |head| match head.contains(&0) {
        true => Err(format!("{path} is a binary file, not JSON")),
        false => Ok(()),
    })?;
    String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8 text, not JSON"))
}
