//! `arah kwic`: each occurrence of a term in its context, as a concordance
//! (left contexts right-aligned so the keywords line up) or JSON.

use crate::args::{usage, Accepts, Arguments, Failure};
use crate::csv_tables::write_kwic;
use crate::output::{write_error, write_json};
use crate::Command;
use arah::stats;
use std::io::{self, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "kwic",
    usage: "  arah kwic TERM FILE… [--window N] [--stem] [--keep-chrome] [--json|--csv]
                                    each occurrence of TERM with N tokens around it (default 5);
                                    --stem finds every form of TERM's stem",
    accepts: Accepts {
        values: &["--window"],
        switches: &["--json", "--csv", "--stem", "--keep-chrome"],
        separator: false,
        files: true,
    },
    run,
};

fn run(mut args: Arguments) -> Result<(), Failure> {
    let term = args.files.remove(0).to_lowercase();
    if args.files.is_empty() {
        return Err(usage("kwic needs a term and at least one file"));
    }
    let window: usize = args.number("--window", stats::kwic::DEFAULT_WINDOW)?;
    let keep_chrome = args.switch("--keep-chrome");
    let documents = args.documents()?;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut json_lines = Vec::new();
    let mut csv_lines = Vec::new();
    for document in &documents {
        let lines = match args.switch("--stem") {
            true => stats::kwic::kwic_stem_group(&document.text, &term, window, keep_chrome)?,
            false => stats::kwic::kwic(&document.text, &[term.as_str()], window, keep_chrome),
        };
        for line in lines {
            if args.switch("--json") {
                json_lines.push(serde_json::json!({ "file": document.title, "line": line }));
                continue;
            }
            if args.switch("--csv") {
                csv_lines.push((document, line));
                continue;
            }
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
    if args.switch("--csv") {
        write_kwic(&mut out, &csv_lines)?;
    }
    out.flush().map_err(write_error)
}
