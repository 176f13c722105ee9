//! `arah`: the native command line. Same core as the widget, so a site can
//! pre-render clouds at build time and get the counts readers will see.
//!
//! This file reads the command's name and hands the rest of the command line
//! to that command's module (one a command, each with its usage); `args`
//! reads a command line with lexopt, `output` writes results.
//!
//! Page chrome ("ADVERTISEMENT", "Baca juga: …", bylines, share buttons) is
//! passed over by every command that counts or scores; --keep-chrome keeps it.
//!
//! A FILE of `-` is standard input. Exit status: 1 when a command fails (a
//! file unreadable or unusable, output not written), 2 for a wrong command
//! line; either way one line on stderr.
//!
//! Native only: the wasm build has no command line (nor lexopt), so for
//! wasm32 this crate is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

mod analyze;
mod args;
mod cloud;
mod cloud_options;
mod csv_tables;
mod input;
mod keyness;
mod kwic;
mod output;
mod stem;
mod strategy;
mod strategy_report;
mod tokens;
mod top;

use args::{usage, Accepts, Arguments, Failure, Invocation};
use lexopt::Arg;
use std::ffi::OsString;
use std::process::ExitCode;

/// One command: its name, its usage lines (in `arah --help` too), what its
/// command line may hold, and what it does.
pub struct Command {
    pub name: &'static str,
    pub usage: &'static str,
    pub accepts: Accepts,
    pub run: fn(Arguments) -> Result<(), Failure>,
}

const COMMANDS: [&Command; 8] = [
    &stem::COMMAND,
    &tokens::COMMAND,
    &top::COMMAND,
    &keyness::COMMAND,
    &analyze::COMMAND,
    &kwic::COMMAND,
    &cloud::COMMAND,
    &strategy::COMMAND,
];

const VERSION_USAGE: &str = "  arah --version                    the version of arah";

const CHROME_NOTE: &str =
    "Every command that counts or scores passes over page chrome (\"ADVERTISEMENT\",
\"Baca juga: …\", share buttons, bylines, counters, lone dates, cookie notices);
--keep-chrome counts and scores it too.";

const FILES_NOTE: &str =
    "A FILE of - reads standard input. Exit status: 0 done, 1 the command failed (a file
unreadable or unusable, output not written), 2 a wrong command line.";

const INPUTS_NOTE: &str =
    "A FILE is text (UTF-8, UTF-16 with its byte-order mark, else Windows-1252), a web page
(.html: the visible text), a Word .docx, a PDF (its text layer) or a CSV/TSV table of
posts, known by its content first, its extension second. A table gives a document a row
(titled FILE#ROW) or, with --group-by author, one an author; --text-column NAME names the
column of text (else one named text, content, message, caption, isi, teks, …, else the
one with the most words), --author-column and --date-column the others. The first file
that cannot be read stops the command: exit status 1, one line.";

fn main() -> ExitCode {
    match run(std::env::args_os().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("arah: {}", failure.message());
            ExitCode::from(failure.exit_status())
        }
    }
}

fn run(args: Vec<OsString>) -> Result<(), Failure> {
    let mut parser = lexopt::Parser::from_args(args);
    let name = match parser.next().map_err(|e| usage(e.to_string()))? {
        None => return Err(usage("no command given; try `arah --help`")),
        Some(Arg::Long("help") | Arg::Short('h')) => return help(None),
        Some(Arg::Long("version") | Arg::Short('V')) => {
            println!("arah {}", env!("CARGO_PKG_VERSION"));
            return Ok(());
        }
        Some(Arg::Value(name)) => name.to_string_lossy().into_owned(),
        Some(Arg::Long(long)) => return Err(unknown_option(&format!("--{long}"))),
        Some(Arg::Short(short)) => return Err(unknown_option(&format!("-{short}"))),
    };
    let rest: Vec<OsString> = parser
        .raw_args()
        .map_err(|e| usage(e.to_string()))?
        .collect();
    if name == "help" {
        return help(rest.first().map(|n| n.to_string_lossy().into_owned()));
    }
    let command = find(&name)?;
    match Arguments::parse(command.name, rest, &command.accepts)? {
        Invocation::Help => help(Some(name)),
        Invocation::Run(args) => (command.run)(args),
    }
}

fn find(name: &str) -> Result<&'static Command, Failure> {
    COMMANDS
        .into_iter()
        .find(|c| c.name == name)
        .ok_or_else(|| usage(format!("unknown command {name:?}; try `arah --help`")))
}

fn unknown_option(flag: &str) -> Failure {
    usage(format!("unknown option {flag:?}; try `arah --help`"))
}

/// Every command's usage, or one command's with the notes that concern it.
fn help(command: Option<String>) -> Result<(), Failure> {
    let (usages, notes) = match command {
        None => {
            let mut usages: Vec<&str> = COMMANDS.iter().map(|c| c.usage).collect();
            usages.push(VERSION_USAGE);
            (usages, vec![CHROME_NOTE, FILES_NOTE, INPUTS_NOTE])
        }
        Some(name) => {
            let command = find(&name)?;
            let mut notes = Vec::new();
            if command.accepts.switches.contains(&"--keep-chrome") {
                notes.push(CHROME_NOTE);
            }
            if command.accepts.files {
                notes.push(FILES_NOTE);
                notes.push(INPUTS_NOTE);
            }
            (vec![command.usage], notes)
        }
    };
    println!("usage:\n{}", usages.join("\n"));
    if !notes.is_empty() {
        println!("\n{}", notes.join("\n"));
    }
    Ok(())
}
