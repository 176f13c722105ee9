//! `arah stem`: words on standard input, one a line, to their stems on
//! standard output in the same order; words are lowercased first, as the
//! tokenizer would.

use crate::args::{Accepts, Arguments, Failure};
use crate::output::write_error;
use crate::Command;
use std::io::{self, BufRead, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "stem",
    usage:
        "  arah stem < WORDS                 one word a line in, its stem a line out, same order",
    accepts: Accepts {
        values: &[],
        switches: &[],
        separator: false,
        files: false,
    },
    run,
};

fn run(_: Arguments) -> Result<(), Failure> {
    let stemmer = arah::text::lexicon::require_stemmer()?;
    let mut out = BufWriter::new(io::stdout().lock());
    for line in io::stdin().lock().lines() {
        let line = line.map_err(|e| Failure::failed(format!("cannot read standard input: {e}")))?;
        let word = line.trim().to_lowercase();
        writeln!(out, "{}", stemmer.stem(&word)).map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}
