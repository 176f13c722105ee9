//! `arah top`: the corpus's most frequent terms, as the widget's table shows
//! them.

use crate::args::{Accepts, Arguments, Failure};
use crate::csv_tables::write_top;
use crate::output::{write_error, write_json};
use crate::Command;
use arah::analyze;
use std::io::{self, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "top",
    usage: "  arah top FILE… [--n N] [--stem] [--slang] [--keep-chrome] [--json|--csv]
                                    the N most frequent terms (default 20); --stem groups
                                    word forms by stem, --slang reads yg as yang, gak as tidak",
    accepts: Accepts {
        values: &["--n"],
        switches: &["--json", "--csv", "--stem", "--slang", "--keep-chrome"],
        separator: false,
        files: true,
    },
    run,
};

fn run(args: Arguments) -> Result<(), Failure> {
    let options = args.term_options(args.number("--n", 20)?);
    let analysis = analyze(&args.documents()?, &options)?;
    let terms = &analysis.corpus.top_terms;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.switch("--json") {
        write_json(&mut out, terms)?;
    } else if args.switch("--csv") {
        write_top(&mut out, terms)?;
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
