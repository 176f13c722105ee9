//! CSV/TSV exports of posts (social-media tools, spreadsheets) to documents:
//! each row a document, or with `--group-by author` each author's posts
//! together. The rows are streamed through one reused record, so a million
//! rows cost time and memory in proportion to their text.

use arah::Document;
use csv::{ReaderBuilder, StringRecord};
use std::collections::HashMap;

/// The command-line flags that say how a table is read.
pub const TABLE_FLAGS: [&str; 4] = [
    "--text-column",
    "--author-column",
    "--date-column",
    "--group-by",
];

/// Header names of the column that holds a post's text, best first.
const TEXT_HEADERS: [&str; 17] = [
    "text",
    "full_text",
    "content",
    "message",
    "caption",
    "body",
    "tweet",
    "post",
    "description",
    "isi",
    "teks",
    "pesan",
    "konten",
    "keterangan",
    "komentar",
    "comment",
    "status",
];

/// Header names of the column that names a post's author, best first.
const AUTHOR_HEADERS: [&str; 12] = [
    "author",
    "username",
    "user_name",
    "screen_name",
    "user",
    "account",
    "name",
    "author_name",
    "channel",
    "page_name",
    "penulis",
    "akun",
];

/// Rows read to pick the text column when no header names it.
const SAMPLE_ROWS: usize = 1000;

/// How tables are read, from `--text-column` and the others.
#[derive(Default)]
pub struct TableOptions {
    pub text_column: Option<String>,
    pub author_column: Option<String>,
    pub date_column: Option<String>,
    pub group_by_author: bool,
}

impl TableOptions {
    /// Whether any table flag was given (a file without an extension, or
    /// standard input, is then a table).
    pub fn given(&self) -> bool {
        self.text_column.is_some()
            || self.author_column.is_some()
            || self.date_column.is_some()
            || self.group_by_author
    }
}

pub struct TableDocuments {
    pub documents: Vec<Document>,
    pub notes: Vec<String>,
}

/// The documents of the table `text` read from the file `name`, titled
/// `title#ROW` (with the row's author and date when their columns are
/// given) or `title#author=NAME` when grouped.
pub fn table_documents(
    name: &str,
    title: &str,
    text: &str,
    options: &TableOptions,
) -> Result<TableDocuments, String> {
    let mut notes = Vec::new();
    let delimiter = delimiter(name, text);
    if delimiter != b',' && !is_tab_separated_by_name(name) {
        notes.push(format!(
            "{name}: columns separated by {:?}",
            char::from(delimiter)
        ));
    }
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let bad_row = |e: csv::Error| format!("{name}: cannot read the table: {e}");
    let headers = reader.headers().map_err(bad_row)?.clone();
    let column = |flag: &str, wanted: &str| column_named(name, &headers, flag, wanted);
    let author = match (&options.author_column, options.group_by_author) {
        (Some(wanted), _) => Some(column("--author-column", wanted)?),
        (None, true) => Some(usual_column(&headers, &AUTHOR_HEADERS).ok_or_else(|| {
            format!(
                "{name}: no column named like an author ({}); name it with --author-column",
                AUTHOR_HEADERS.join(", ")
            )
        })?),
        (None, false) => None,
    };
    let date = match &options.date_column {
        Some(wanted) => Some(column("--date-column", wanted)?),
        None => None,
    };
    // The first rows are kept to pick the text column by; the rest stream.
    let mut sample = Vec::new();
    let mut record = StringRecord::new();
    while sample.len() < SAMPLE_ROWS && reader.read_record(&mut record).map_err(bad_row)? {
        sample.push(record.clone());
    }
    let text_column = match &options.text_column {
        Some(wanted) => column("--text-column", wanted)?,
        None => {
            let (index, why) = pick_text_column(&headers, &sample)
                .ok_or_else(|| format!("{name}: the table has no columns"))?;
            notes.push(format!(
                "{name}: text from column {:?} ({why}); --text-column NAME picks another",
                &headers[index]
            ));
            index
        }
    };
    let mut rows = Rows {
        title,
        text_column,
        author,
        date,
        group_by_author: options.group_by_author,
        documents: Vec::new(),
        author_documents: HashMap::new(),
        row_count: 0,
    };
    for row in &sample {
        rows.add(row);
    }
    while reader.read_record(&mut record).map_err(bad_row)? {
        rows.add(&record);
    }
    if rows.row_count == 0 {
        return Err(format!("{name}: the table has a header but no rows"));
    }
    if rows.documents.is_empty() {
        return Err(format!(
            "{name}: the text column {:?} is empty in every row",
            &headers[text_column]
        ));
    }
    Ok(TableDocuments {
        documents: rows.documents,
        notes,
    })
}

/// Rows made into documents as they come.
struct Rows<'a> {
    title: &'a str,
    text_column: usize,
    author: Option<usize>,
    date: Option<usize>,
    group_by_author: bool,
    documents: Vec<Document>,
    /// With grouping: the index of each author's document.
    author_documents: HashMap<String, usize>,
    row_count: usize,
}

impl Rows<'_> {
    fn add(&mut self, record: &StringRecord) {
        self.row_count += 1;
        let cell = |index: Option<usize>| index.and_then(|i| record.get(i)).map(str::trim);
        let text = cell(Some(self.text_column)).unwrap_or("");
        if text.is_empty() {
            return;
        }
        let author = cell(self.author).unwrap_or("");
        if self.group_by_author {
            // A blank line between posts, so one post's last sentence never
            // runs into the next one's first.
            if let Some(&index) = self.author_documents.get(author) {
                let document = &mut self.documents[index];
                document.text.push_str("\n\n");
                document.text.push_str(text);
                return;
            }
            self.author_documents
                .insert(author.to_owned(), self.documents.len());
            self.documents.push(Document {
                title: format!("{}#author={author}", self.title),
                text: text.to_owned(),
            });
            return;
        }
        let about: Vec<&str> = [cell(self.author), cell(self.date)]
            .into_iter()
            .flatten()
            .filter(|v| !v.is_empty())
            .collect();
        let title = match about.is_empty() {
            true => format!("{}#{}", self.title, self.row_count),
            false => format!("{}#{} ({})", self.title, self.row_count, about.join(", ")),
        };
        self.documents.push(Document {
            title,
            text: text.to_owned(),
        });
    }
}

fn is_tab_separated_by_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.ends_with(".tsv") || name.ends_with(".tab")
}

/// Tab for .tsv; otherwise whichever of `,` `;` tab is most frequent in the
/// header line (spreadsheets in Indonesian locales save with `;`).
fn delimiter(name: &str, text: &str) -> u8 {
    if is_tab_separated_by_name(name) {
        return b'\t';
    }
    let header = text.lines().next().unwrap_or("");
    let count = |d: u8| header.bytes().filter(|&b| b == d).count();
    [b',', b';', b'\t']
        .into_iter()
        .rev()
        .max_by_key(|&d| count(d))
        .filter(|&d| count(d) > 0)
        .unwrap_or(b',')
}

/// The index of the column named `wanted` (case and surrounding spaces
/// aside), or why there is none.
fn column_named(
    name: &str,
    headers: &StringRecord,
    flag: &str,
    wanted: &str,
) -> Result<usize, String> {
    headers
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(wanted.trim()))
        .ok_or_else(|| {
            let all: Vec<&str> = headers.iter().collect();
            format!(
                "{name} has no column {wanted:?} ({flag}); its columns: {}",
                all.join(", ")
            )
        })
}

/// The first column whose header is one of `usual` names, best name first.
fn usual_column(headers: &StringRecord, usual: &[&str]) -> Option<usize> {
    let normalized: Vec<String> = headers
        .iter()
        .map(|h| h.trim().to_lowercase().replace([' ', '-'], "_"))
        .collect();
    usual
        .iter()
        .find_map(|u| normalized.iter().position(|h| h == u))
}

/// The text column: one with a usual name, else the one with the most words
/// per row in the sample (a URL or an id is one word, a post many); with
/// the reason, for the note.
fn pick_text_column(headers: &StringRecord, sample: &[StringRecord]) -> Option<(usize, String)> {
    if let Some(index) = usual_column(headers, &TEXT_HEADERS) {
        return Some((index, "its name".into()));
    }
    let words = |index: usize| -> usize {
        sample
            .iter()
            .filter_map(|row| row.get(index))
            .map(|cell| cell.split_whitespace().count())
            .sum()
    };
    // The leftmost of equals: max_by_key keeps the last, so count down.
    let index = (0..headers.len()).rev().max_by_key(|&i| words(i))?;
    Some((
        index,
        format!(
            "the most words per row in the first {} rows",
            sample.len().min(SAMPLE_ROWS)
        ),
    ))
}
