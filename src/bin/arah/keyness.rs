//! `arah keyness`: the terms most over- and most under-used in the target
//! files against the reference files, as a table, JSON or diverging bars.

use crate::args::{usage, Accepts, Arguments, Failure};
use crate::csv_tables::write_keyness;
use crate::output::{write_error, wrote_svg_and_json};
use crate::Command;
use arah::comparison::{compare, CompareOptions};
use arah::render::keyness_svg::keyness_svg;
use arah::AnalyzeOptions;
use std::io::{self, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "keyness",
    usage:
        "  arah keyness TARGET… -- REFERENCE… [--n N] [--min-count C] [--yates] [--stem] [--slang]
               [--keep-chrome] [--json|--csv] [--svg OUT.svg]
                                    the N terms most over- and most under-used in the
                                    targets (signed G², χ², log ratio, p); --svg draws them",
    accepts: Accepts {
        values: &["--n", "--min-count", "--svg"],
        switches: &[
            "--json",
            "--csv",
            "--yates",
            "--stem",
            "--slang",
            "--keep-chrome",
        ],
        separator: true,
        files: true,
    },
    run,
};

fn run(args: Arguments) -> Result<(), Failure> {
    let split = match args.files_before_separator {
        Some(split) if split > 0 && split < args.files.len() => split,
        _ => {
            return Err(usage(
                "keyness needs target files, then --, then reference files",
            ))
        }
    };
    // A table gives several documents: the target is every document of the
    // files before the `--`.
    let by_file = args.documents_by_file()?;
    let target_documents: usize = by_file[..split].iter().map(Vec::len).sum();
    let documents: Vec<_> = by_file.into_iter().flatten().collect();
    let defaults = CompareOptions::default();
    let options = CompareOptions {
        target: (0..target_documents).collect(),
        top: args.number("--n", 20)?,
        yates: args.switch("--yates"),
        min_count: args.number("--min-count", defaults.min_count)?,
        terms: args.term_options(AnalyzeOptions::default().top),
    };
    let comparison = compare(&documents, &options)?;
    let mut out = BufWriter::new(io::stdout().lock());
    if wrote_svg_and_json(&args, &mut out, &comparison, || keyness_svg(&comparison))? {
        return out.flush().map_err(write_error);
    }
    if args.switch("--csv") {
        write_keyness(&mut out, &comparison)?;
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
