//! The command line of one command, read with lexopt: its files (`-` for
//! standard input), its flags with values and its switches, checked against
//! what the command takes; and why a command failed, which decides the exit
//! status.

use crate::input::{document_bytes, read_file, TableOptions, TABLE_FLAGS};
use arah::{AnalyzeOptions, ArahError, Document};
use lexopt::Arg;
use std::ffi::OsString;
use std::fmt::Display;

/// Why a command stopped; `main` prints the message on one line.
#[derive(Debug)]
pub enum Failure {
    /// The command line is wrong (unknown command or option, missing or bad
    /// value, files missing): exit status 2.
    Usage(String),
    /// The command could not do its work (a file unreadable or unusable, no
    /// text in it, output not written): exit status 1.
    Failed(String),
}

impl Failure {
    pub fn failed(message: impl Display) -> Self {
        Failure::Failed(message.to_string())
    }

    pub fn exit_status(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Failed(_) => 1,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Failure::Usage(message) | Failure::Failed(message) => message,
        }
    }
}

/// The core's errors are the input's fault, except an option it cannot use.
impl From<ArahError> for Failure {
    fn from(error: ArahError) -> Self {
        match error {
            ArahError::InvalidOption(_) => Failure::Usage(error.to_string()),
            _ => Failure::Failed(error.to_string()),
        }
    }
}

pub fn usage(message: impl Display) -> Failure {
    Failure::Usage(message.to_string())
}

/// What a command accepts on its command line.
pub struct Accepts {
    /// Flags followed by a value (`--n 20`, `-o out.svg`, `--n=20`).
    pub values: &'static [&'static str],
    /// Flags that stand alone (`--json`).
    pub switches: &'static [&'static str],
    /// Files come as `TARGET… -- REFERENCE…`, with flags on both sides.
    pub separator: bool,
    /// Takes file arguments at all (`stem` reads standard input only).
    pub files: bool,
}

/// A command line read against what its command accepts.
pub enum Invocation {
    /// `--help` or `-h`: print the command's usage.
    Help,
    Run(Arguments),
}

/// Files, flags with values, and switches, as given.
pub struct Arguments {
    pub files: Vec<String>,
    /// How many files came before the `--` (keyness: target `--` reference).
    pub files_before_separator: Option<usize>,
    values: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Arguments {
    /// Reads `args` (all after the command's name) for the command `name`.
    pub fn parse(
        name: &str,
        args: Vec<OsString>,
        accepts: &Accepts,
    ) -> Result<Invocation, Failure> {
        let mut parsed = Arguments {
            files: Vec::new(),
            files_before_separator: None,
            values: Vec::new(),
            switches: Vec::new(),
        };
        // lexopt reads everything after `--` as values; keyness has flags
        // after it too, so each side is read on its own.
        let sides: Vec<Vec<OsString>> = match args.iter().position(|a| a == "--") {
            Some(split) if accepts.separator => {
                let mut before = args;
                let after = before.split_off(split + 1);
                before.pop();
                vec![before, after]
            }
            _ => vec![args],
        };
        for (index, side) in sides.into_iter().enumerate() {
            if index == 1 {
                parsed.files_before_separator = Some(parsed.files.len());
            }
            if parsed.read(name, side, accepts)? {
                return Ok(Invocation::Help);
            }
        }
        if parsed.switch("--csv") && parsed.switch("--json") {
            return Err(usage("--csv and --json: choose one"));
        }
        if !accepts.files {
            return Ok(Invocation::Run(parsed));
        }
        if parsed.files.is_empty() {
            return Err(usage(format!(
                "no input files given; try `arah {name} --help`"
            )));
        }
        if parsed.files.iter().filter(|f| *f == "-").count() > 1 {
            return Err(usage("- (standard input) can be given only once"));
        }
        Ok(Invocation::Run(parsed))
    }

    /// Reads one run of arguments into `self`: true when help was asked for.
    fn read(
        &mut self,
        name: &str,
        args: Vec<OsString>,
        accepts: &Accepts,
    ) -> Result<bool, Failure> {
        let mut parser = lexopt::Parser::from_args(args);
        while let Some(arg) = parser.next().map_err(|e| usage(lexopt_message(e)))? {
            let flag = match arg {
                Arg::Value(value) if accepts.files => {
                    self.files.push(utf8(value)?);
                    continue;
                }
                Arg::Value(_) => {
                    return Err(usage(format!(
                        "{name} reads words from standard input and takes no arguments"
                    )))
                }
                Arg::Long("help") | Arg::Short('h') => return Ok(true),
                Arg::Long(long) => format!("--{long}"),
                Arg::Short(short) => format!("-{short}"),
            };
            // Every command that reads files reads tables with the same flags.
            let table_flag = accepts.files && TABLE_FLAGS.contains(&flag.as_str());
            if table_flag || accepts.values.contains(&flag.as_str()) {
                let value = parser
                    .value()
                    .map_err(|_| usage(format!("{flag} needs a value")))?;
                self.values.push((flag, utf8(value)?));
            } else if accepts.switches.contains(&flag.as_str()) {
                self.switches.push(flag);
            } else {
                return Err(usage(format!(
                    "unknown option {flag:?}; try `arah {name} --help`"
                )));
            }
        }
        Ok(false)
    }

    pub fn number<T: std::str::FromStr>(&self, flag: &str, default: T) -> Result<T, Failure> {
        match self.text(flag) {
            Some(value) => value
                .parse()
                .map_err(|_| usage(format!("{flag} expects a number, not {value:?}"))),
            None => Ok(default),
        }
    }

    /// How terms are counted, by `--stem`, `--slang` and `--keep-chrome`,
    /// with the `top` most frequent kept.
    pub fn term_options(&self, top: usize) -> AnalyzeOptions {
        AnalyzeOptions {
            top,
            group_by_stem: self.switch("--stem"),
            normalize_slang: self.switch("--slang"),
            keep_chrome: self.switch("--keep-chrome"),
            ..AnalyzeOptions::default()
        }
    }

    pub fn switch(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }

    /// The value of the last `flag` given.
    pub fn text(&self, flag: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(f, _)| f == flag)
            .map(|(_, v)| v.as_str())
    }

    /// How tables (CSV, TSV) are read: `--text-column` and the others.
    fn table_options(&self) -> Result<TableOptions, Failure> {
        let group_by_author = match self.text("--group-by") {
            None => false,
            Some("author") => true,
            Some(other) => return Err(usage(format!("--group-by takes author, not {other:?}"))),
        };
        Ok(TableOptions {
            text_column: self.text("--text-column").map(str::to_owned),
            author_column: self.text("--author-column").map(str::to_owned),
            date_column: self.text("--date-column").map(str::to_owned),
            group_by_author,
        })
    }

    /// Reads every file (`-`: standard input, titled `-`) of whatever kind
    /// (`input`): a table gives a document a row or an author, any other
    /// file one document. How a file was read is a note on stderr, an
    /// encoding guessed a warning. The first file that cannot be read stops
    /// the command, as an unreadable file always has: no result is printed
    /// for part of the files asked for.
    pub fn documents(&self) -> Result<Vec<Document>, Failure> {
        Ok(self.documents_by_file()?.into_iter().flatten().collect())
    }

    /// Each file's documents, in the order of the files.
    pub fn documents_by_file(&self) -> Result<Vec<Vec<Document>>, Failure> {
        let table = self.table_options()?;
        let mut documents = Vec::new();
        for path in &self.files {
            let (name, bytes) = document_bytes(path).map_err(Failure::Failed)?;
            let read = read_file(name, path, bytes, &table).map_err(Failure::Failed)?;
            for note in read.notes {
                eprintln!("arah: note: {note}");
            }
            for warning in read.warnings {
                eprintln!("arah: warning: {warning}");
            }
            documents.push(read.documents);
        }
        Ok(documents)
    }
}

fn utf8(value: OsString) -> Result<String, Failure> {
    value
        .into_string()
        .map_err(|v| usage(format!("{v:?} is not valid UTF-8")))
}

/// lexopt's own errors, which `read` does not already word itself: a value
/// given to a switch (`--json=yes`), or an argument that is not UTF-8.
fn lexopt_message(error: lexopt::Error) -> String {
    match error {
        lexopt::Error::UnexpectedValue { option, .. } => format!("{option} takes no value"),
        other => other.to_string(),
    }
}
