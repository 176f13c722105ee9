//! Every byte the CLI takes from its user comes through here: the FILEs
//! (standard input too), `--lexicon`, `--model`, `--font`, and the words
//! `arah stem` reads. Each kind has a ceiling, so a file that never ends
//! (`/dev/zero`, a pipe whose writer never stops) or one far larger than the
//! kind ever is stops with one line naming the file, the limit and what to
//! do, instead of growing until the system kills the process.
//!
//! A regular file's size is known before it is read (standard input's too
//! when it is one), so one over its ceiling is refused without reading more
//! than its first bytes; a pipe, a terminal or a device is read until it
//! ends or passes the ceiling. The
//! first bytes are shown to the caller before anything else is read, so a
//! binary file (a disk image, `/dev/zero`) is refused as binary, the right
//! reason, and not as too large.
//!
//! A FIFO is opened as `cat` opens it: the open waits until a writer opens
//! the other end (that is how `mkfifo` is meant to be used, the writer
//! started after the reader); Ctrl-C stops the wait.

use std::fs::File;
use std::io::{self, BufRead, Read};

/// How much of one kind of input the CLI reads, and what to say past it.
pub struct Ceiling {
    /// The kind, as a message names it: "a document".
    pub what: &'static str,
    pub bytes: u64,
    /// What to do about a file over the ceiling.
    pub advice: &'static str,
}

/// A FILE of text, HTML, .docx, PDF or CSV. `arah strategy`, the command
/// that needs the most, peaks at about 16 times a text's size (BENCHMARKS.md,
/// "Limits instead of crashes"): 256 MB of text stays under 4 GB, within an
/// 8 GB laptop. Real inputs are far smaller: a book is about 1 MB of text,
/// a CSV export of a million posts about 200 MB.
pub const DOCUMENT: Ceiling = Ceiling {
    what: "a document",
    bytes: 256 * MB,
    advice: "split it into smaller files and give them all (a CSV table by rows)",
};

/// A `--lexicon`: the default lexicons are about 64 KB each.
pub const LEXICON: Ceiling = Ceiling {
    what: "a lexicon",
    bytes: 4 * MB,
    advice: "a lexicon is a list of words and phrases (the default ones are 64 KB); \
             check that this is the lexicon file",
};

/// A `--model` written by `examples/strategy_train.rs`: a few KB of weights.
pub const MODEL: Ceiling = Ceiling {
    what: "a learned layer",
    bytes: 4 * MB,
    advice: "a learned layer is a few KB of weights; check that this is the file \
             examples/strategy_train.rs wrote",
};

/// A `--font`: the largest real fonts (CJK collections) are about 30 MB.
pub const FONT: Ceiling = Ceiling {
    what: "a font",
    bytes: 64 * MB,
    advice: "give a single TTF or OTF font, not a collection or an archive",
};

/// One line of `arah stem`'s input: a word, so a line this long is not one.
pub const WORD_LINE: Ceiling = Ceiling {
    what: "a line of arah stem's input",
    bytes: 64 * KB,
    advice: "arah stem takes one word a line",
};

const KB: u64 = 1024;
const MB: u64 = 1024 * KB;

/// How much is read before the rest: enough for every magic number and for
/// a NUL byte to show in a binary file.
const HEAD: usize = 64 * KB as usize;

/// The bytes of `path` (`-`: standard input), called `name` in messages,
/// within `ceiling`. `check_head` sees the first bytes (all of a shorter
/// file) before more is read and may refuse the file by them.
pub fn read_bounded(
    name: &str,
    path: &str,
    ceiling: &Ceiling,
    check_head: impl FnOnce(&[u8]) -> Result<(), String>,
) -> Result<Vec<u8>, String> {
    let cannot = |e: io::Error| format!("cannot read {name}: {e}");
    let (mut source, size): (Box<dyn Read>, Option<u64>) = match path {
        "-" => (Box::new(io::stdin().lock()), stdin_size()),
        _ => {
            let file = File::open(path).map_err(cannot)?;
            let metadata = file.metadata().map_err(cannot)?;
            if metadata.is_dir() {
                return Err(format!(
                    "{name} is a directory, not a file; give the files in it (e.g. {path}/*.txt)"
                ));
            }
            // Only a regular file's length is its size (a device's is 0).
            (Box::new(file), metadata.is_file().then_some(metadata.len()))
        }
    };
    let mut bytes = Vec::with_capacity(HEAD);
    (&mut source)
        .take(HEAD as u64)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    check_head(&bytes)?;
    if let Some(size) = size {
        if size > ceiling.bytes {
            return Err(too_large(
                name,
                ceiling,
                &format!("is {}, over", megabytes(size)),
            ));
        }
        // All of it at once, not by doubling (one more byte shows growth).
        bytes.reserve_exact((size + 1).saturating_sub(bytes.len() as u64) as usize);
    }
    // One byte past the ceiling tells a source that would go on.
    source
        .take((ceiling.bytes + 1).saturating_sub(bytes.len() as u64))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > ceiling.bytes {
        return Err(too_large(name, ceiling, "goes on past"));
    }
    Ok(bytes)
}

/// Standard input's size when it is a regular file (`arah top - < FILE`),
/// so that one over the ceiling is refused at once, as a named one is.
#[cfg(unix)]
fn stdin_size() -> Option<u64> {
    use std::os::fd::AsFd;
    let stdin = File::from(io::stdin().as_fd().try_clone_to_owned().ok()?);
    let metadata = stdin.metadata().ok()?;
    metadata.is_file().then_some(metadata.len())
}

/// Elsewhere standard input is read up to the ceiling, as a pipe is.
#[cfg(not(unix))]
fn stdin_size() -> Option<u64> {
    None
}

/// The next line of `input` (without its line break) into `line`; false at
/// the end. A line longer than `ceiling` is an error, so input without line
/// breaks is never held whole.
pub fn read_line_bounded(
    name: &str,
    input: &mut impl BufRead,
    line: &mut Vec<u8>,
    ceiling: &Ceiling,
) -> Result<bool, String> {
    line.clear();
    let read = input
        .take(ceiling.bytes + 1)
        .read_until(b'\n', line)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    if line.last() == Some(&b'\n') {
        line.pop();
    } else if line.len() as u64 > ceiling.bytes {
        return Err(too_large(name, ceiling, "has a line longer than"));
    }
    Ok(read > 0)
}

fn too_large(name: &str, ceiling: &Ceiling, how: &str) -> String {
    format!(
        "{name} {how} the {} limit for {}; {}",
        megabytes(ceiling.bytes),
        ceiling.what,
        ceiling.advice
    )
}

/// `bytes` in the unit a reader thinks in.
fn megabytes(bytes: u64) -> String {
    match bytes {
        b if b >= MB => format!("{} MB", b / MB),
        b => format!("{} KB", b.div_ceil(KB)),
    }
}
