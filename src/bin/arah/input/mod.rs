//! The files researchers have, read into documents: plain text in UTF-8,
//! UTF-16 or Windows-1252, saved web pages, Word .docx, PDF and CSV/TSV
//! exports of posts. A file's kind is told by its content first (magic
//! bytes, byte-order mark, an HTML start) and by its extension second, so a
//! file with the wrong extension is still read, with a note saying how.
//!
//! One stage a file: `bounded` (a file's bytes, within a ceiling),
//! `encoding` (bytes → text), `html`, `docx`, `pdf` (a format → text),
//! `table` (CSV/TSV rows → documents).

mod bounded;
mod docx;
mod encoding;
mod html;
mod pdf;
mod table;

use arah::{ArahError, Document};
pub use bounded::{read_bounded, read_line_bounded, Ceiling, FONT, LEXICON, MODEL, WORD_LINE};
pub use table::{TableOptions, TABLE_FLAGS};

/// The bytes of the FILE `path` (`-`: standard input) and the name messages
/// call it by, within the ceiling for a document. A file that `read_file`
/// would refuse as binary is refused by its first bytes, before the rest is
/// read: `/dev/zero` or a disk image is not read into memory to be refused.
pub fn document_bytes(path: &str) -> Result<(&str, Vec<u8>), String> {
    let name = match path {
        "-" => "standard input",
        _ => path,
    };
    let bytes = read_bounded(name, path, &bounded::DOCUMENT, |head| {
        let by_extension = kind_by_extension(name);
        let may_hold_nul = kind_by_magic(head, by_extension).is_some()
            || head.starts_with(b"\xFF\xFE")
            || head.starts_with(b"\xFE\xFF")
            || head.starts_with(OLD_OFFICE);
        // decode_text refuses any NUL in text; here only the head is seen.
        match !may_hold_nul && head.contains(&0) {
            true => Err(not_readable(name, by_extension)),
            false => Ok(()),
        }
    })?;
    Ok((name, bytes))
}

/// The magic number of an old Word or Excel file (OLE compound document).
const OLD_OFFICE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What reading one file gave: its documents (a table gives one a row or
/// an author) and what stderr should say about how it was read.
pub struct ReadFile {
    pub documents: Vec<Document>,
    /// Facts: the encoding or kind it was read as, the column picked.
    pub notes: Vec<String>,
    /// Guesses the reader should check: an encoding assumed, bytes replaced.
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Text,
    Html,
    Docx,
    Pdf,
    Table,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Text => "plain text",
            Kind::Html => "HTML",
            Kind::Docx => "a Word .docx",
            Kind::Pdf => "a PDF",
            Kind::Table => "CSV",
        }
    }
}

/// The kind a file's name says.
fn kind_by_extension(name: &str) -> Option<Kind> {
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "text" | "md" => Some(Kind::Text),
        "html" | "htm" | "xhtml" => Some(Kind::Html),
        "docx" => Some(Kind::Docx),
        "pdf" => Some(Kind::Pdf),
        "csv" | "tsv" | "tab" => Some(Kind::Table),
        _ => None,
    }
}

/// The kind the first bytes say, for the formats that have magic bytes; a
/// zip archive is taken for a .docx (`docx_text` says when it is not one).
fn kind_by_magic(bytes: &[u8], by_extension: Option<Kind>) -> Option<Kind> {
    // A PDF may carry junk before its header, but only a file named .pdf
    // is looked into: a note that quotes "%PDF-" is still a note.
    let head = &bytes[..bytes.len().min(1024)];
    let pdf_inside = by_extension == Some(Kind::Pdf) && head.windows(5).any(|w| w == b"%PDF-");
    if bytes.starts_with(b"%PDF-") || pdf_inside {
        return Some(Kind::Pdf);
    }
    bytes.starts_with(b"PK\x03\x04").then_some(Kind::Docx)
}

/// Reads the file `name` (its path, or `standard input`) of `bytes` into
/// documents titled `title`. The bytes are given up: a text file's become
/// its text.
pub fn read_file(
    name: &str,
    title: &str,
    bytes: Vec<u8>,
    table: &TableOptions,
) -> Result<ReadFile, String> {
    if bytes.starts_with(OLD_OFFICE) {
        return Err(format!(
            "{name} is an old Word/Excel file (.doc/.xls); save it as .docx or .csv"
        ));
    }
    let by_extension = kind_by_extension(name);
    let mut read = ReadFile {
        documents: Vec::new(),
        notes: Vec::new(),
        warnings: Vec::new(),
    };
    // An empty file has no content to tell its kind by.
    let empty = bytes.is_empty();
    let (kind, text) = match kind_by_magic(&bytes, by_extension) {
        Some(Kind::Pdf) => (Kind::Pdf, pdf::pdf_text(name, &bytes)?),
        Some(zip) => (zip, docx::docx_text(name, &bytes)?),
        None => {
            let decoded = encoding::decode(name, bytes).map_err(|e| match e {
                ArahError::BinaryInput(_) => not_readable(name, by_extension),
                other => other.to_string(),
            })?;
            read.notes.extend(decoded.note);
            read.warnings.extend(decoded.warning);
            let kind = match by_extension {
                _ if html::looks_like_html(&decoded.text) => Kind::Html,
                Some(Kind::Html) => Kind::Html,
                Some(Kind::Table) => Kind::Table,
                // Without an extension (standard input too), the table
                // flags say it is a table.
                None if table.given() => Kind::Table,
                _ => Kind::Text,
            };
            let text = match kind {
                Kind::Html => html::html_text(&decoded.text),
                _ => decoded.text,
            };
            (kind, text)
        }
    };
    if let Some(named) = by_extension.filter(|&k| k != kind && !empty) {
        read.notes.push(format!(
            "{name}: {} by its content, read as one, not as {}",
            kind.describe(),
            named.describe()
        ));
    }
    if kind == Kind::Table {
        let rows = table::table_documents(name, title, &text, table)?;
        read.notes.extend(rows.notes);
        read.documents = rows.documents;
    } else {
        read.documents.push(Document {
            title: title.to_owned(),
            text,
        });
    }
    Ok(read)
}

/// Why bytes that are neither a known format nor text cannot be read.
fn not_readable(name: &str, by_extension: Option<Kind>) -> String {
    match by_extension {
        Some(Kind::Pdf) => format!("{name} is named .pdf but is not a PDF (no %PDF- header)"),
        Some(Kind::Docx) => {
            format!("{name} is named .docx but is not a Word .docx (not a zip archive)")
        }
        _ => format!("{name} looks like a binary file, not text, HTML, a Word .docx, a PDF or CSV"),
    }
}
