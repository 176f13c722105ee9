//! `arah analyze`: the whole analysis of the files, the widget's tables plus
//! tf-idf per document and the corpus's collocations.

use crate::args::{Accepts, Arguments, Failure};
use crate::output::{write_error, write_json};
use crate::Command;
use arah::analysis::analyze_in_detail;
use std::io::{self, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "analyze",
    usage: "  arah analyze FILE… [--n N] [--stem] [--slang] [--keep-chrome] [--json]
                                    per document: counts, top terms, tf-idf; corpus:
                                    top terms and collocations",
    accepts: Accepts {
        values: &["--n"],
        switches: &["--json", "--stem", "--slang", "--keep-chrome"],
        separator: false,
        files: true,
    },
    run,
};

fn run(args: Arguments) -> Result<(), Failure> {
    let n: usize = args.number("--n", 20)?;
    let options = args.term_options(n);
    let documents = args.documents()?;
    let analysis = analyze_in_detail(&documents, &options)?;
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
