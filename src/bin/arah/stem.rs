//! `arah stem`: words on standard input, one a line, to their stems on
//! standard output in the same order; words are lowercased first, as the
//! tokenizer would.

use crate::args::{Accepts, Arguments, Failure};
use crate::input::{read_line_bounded, WORD_LINE};
use crate::output::write_error;
use crate::Command;
use std::io::{self, BufWriter, Write};

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
    let (mut input, mut line) = (io::stdin().lock(), Vec::new());
    while read_line_bounded("standard input", &mut input, &mut line, &WORD_LINE)
        .map_err(Failure::Failed)?
    {
        let line = std::str::from_utf8(&line).map_err(|_| {
            Failure::failed("cannot read standard input: stream did not contain valid UTF-8")
        })?;
        let word = line.trim().to_lowercase();
        writeln!(out, "{}", stemmer.stem(&word)).map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}
