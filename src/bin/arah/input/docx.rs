//! A Word .docx to its text: the paragraphs of `word/document.xml`, one a
//! line, with tabs and manual line breaks. The XML is parsed as it is
//! inflated, so memory follows the text, not the XML. A zip bomb is refused
//! by the sizes it declares (too large, or an absurd ratio) before anything
//! is inflated, and one whose sizes lie as soon as it inflates past them.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use std::io::{self, BufReader, Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// No real document's text runs to this much XML.
const MAX_XML_BYTES: u64 = 200 * 1024 * 1024;
/// Word's XML deflates about ten to one; a bomb runs to a thousand.
const MAX_RATIO: u64 = 100;
/// Below this much XML no ratio is suspicious (a short, repetitive file).
const RATIO_FREE_BYTES: u64 = 10 * 1024 * 1024;

/// The text of the .docx `bytes` of the file `name`.
pub fn docx_text(name: &str, bytes: &[u8]) -> Result<String, String> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("{name} is not a readable .docx (zip archive): {e}"))?;
    let entry = match archive.by_name("word/document.xml") {
        Ok(entry) => entry,
        Err(ZipError::FileNotFound) => {
            return Err(format!(
                "{name} is a zip archive without word/document.xml, not a Word .docx \
                 (arah reads .docx, not .xlsx, .pptx or .odt)"
            ))
        }
        Err(e) => return Err(format!("{name}: cannot read word/document.xml: {e}")),
    };
    let (declared, compressed) = (entry.size(), entry.compressed_size());
    if declared > inflation_limit(compressed) {
        return Err(format!(
            "{name}: word/document.xml would inflate to {} MB from {} KB (limit {} MB, \
             at most {MAX_RATIO}:1); refused as a likely zip bomb",
            declared / (1024 * 1024),
            compressed / 1024,
            MAX_XML_BYTES / (1024 * 1024)
        ));
    }
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(Bounded {
        inner: entry,
        read: 0,
        limit: declared,
    }));
    let text = paragraphs(&mut reader);
    let inflated = reader.get_ref().get_ref().read;
    match text {
        // The deflate stream does not stop at the declared size by itself.
        _ if inflated > declared => Err(format!(
            "{name}: word/document.xml inflates past the {declared} bytes it declares \
             (stopped at {inflated}); refused as damaged or a zip bomb"
        )),
        Ok(text) if text.trim().is_empty() => Err(format!("{name}: the Word document has no text")),
        Ok(text) => Ok(text),
        Err(e) => Err(format!("{name}: word/document.xml is damaged: {e}")),
    }
}

/// How much XML an entry of `compressed` bytes may inflate to.
fn inflation_limit(compressed: u64) -> u64 {
    compressed
        .saturating_mul(MAX_RATIO)
        .clamp(RATIO_FREE_BYTES, MAX_XML_BYTES)
}

/// A reader that fails once more than `limit` bytes came through; `read`
/// tells how many did.
struct Bounded<R> {
    inner: R,
    read: u64,
    limit: u64,
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(io::Error::other("inflation limit exceeded"));
        }
        Ok(n)
    }
}

/// Each `w:p` a line: its `w:t` text, `w:tab` as a tab, `w:br`/`w:cr` as a
/// line break. Deleted text (`w:delText`) and field codes (`w:instrText`)
/// are other elements and so are left out, as is `mc:Fallback`, the copy
/// of a text box that Word writes for older readers.
fn paragraphs<R: io::BufRead>(reader: &mut quick_xml::Reader<R>) -> Result<String, String> {
    let mut text = String::new();
    let mut in_text = false;
    let mut fallback_depth = 0usize;
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"Fallback" => fallback_depth += 1,
            Event::End(e) if e.local_name().as_ref() == b"Fallback" => {
                fallback_depth = fallback_depth.saturating_sub(1)
            }
            _ if fallback_depth > 0 => {}
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => text.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => text.push('\t'),
                b"br" | b"cr" => text.push('\n'),
                b"p" => text.push('\n'),
                _ => {}
            },
            Event::Text(e) if in_text => {
                text.push_str(&e.xml10_content().map_err(|e| e.to_string())?)
            }
            Event::GeneralRef(e) if in_text => {
                let entity = e.decode().map_err(|e| e.to_string())?;
                match e.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => text.push(c),
                    None => text.push_str(resolve_predefined_entity(&entity).unwrap_or("")),
                }
            }
            Event::Eof => return Ok(text),
            _ => {}
        }
        buf.clear();
    }
}
