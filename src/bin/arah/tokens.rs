//! `arah tokens`: one line per token, with its file, byte span, kind and
//! term, as the tokenizer gives them.

use crate::args::{Accepts, Arguments, Failure};
use crate::output::write_error;
use crate::Command;
use arah::text::tokenize::for_each_token;
use std::io::{self, BufWriter, Write};

pub const COMMAND: Command = Command {
    name: "tokens",
    usage: "  arah tokens FILE…                 one line per token: file, byte start, byte end, kind, term",
    accepts: Accepts {
        values: &[],
        switches: &[],
        separator: false,
        files: true,
    },
    run,
};

fn run(args: Arguments) -> Result<(), Failure> {
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
