//! Writing a command's results: indented JSON, an SVG file beside the text,
//! and what a failed write says.

use crate::args::{Arguments, Failure};
use std::io::{self, Write};

/// Writes `svg()` to the file `--svg` names, if any, and with `--json`
/// `value` to `out`: then true, the command has nothing more to print.
pub fn wrote_svg_and_json(
    args: &Arguments,
    out: &mut impl Write,
    value: &impl serde::Serialize,
    svg: impl FnOnce() -> String,
) -> Result<bool, Failure> {
    if let Some(path) = args.text("--svg") {
        write_file(path, svg())?;
    }
    if !args.switch("--json") {
        return Ok(false);
    }
    write_json(out, value)?;
    Ok(true)
}

/// `value` as indented JSON and a final newline.
pub fn write_json(out: &mut impl Write, value: &impl serde::Serialize) -> Result<(), Failure> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(Failure::failed)?;
    writeln!(out).map_err(write_error)
}

pub fn write_file(path: &str, contents: String) -> Result<(), Failure> {
    std::fs::write(path, contents).map_err(|e| Failure::failed(format!("cannot write {path}: {e}")))
}

pub fn write_error(error: io::Error) -> Failure {
    Failure::failed(format!("cannot write output: {error}"))
}
