//! A PDF to its text layer, with pdf-extract (on lopdf) placing each glyph:
//! spaces and line breaks come from where the glyphs stand. A scan has no
//! text layer, and says so; a damaged, truncated or encrypted PDF is a
//! one-line failure, never a panic.

use pdf_extract::{output_doc, Document, MediaBox, OutputDev, OutputError, Transform};

/// The text of the PDF `bytes` of the file `name`.
pub fn pdf_text(name: &str, bytes: &[u8]) -> Result<String, String> {
    let mut document = Document::load_mem(bytes)
        .map_err(|e| format!("{name}: cannot read this PDF, it is damaged or truncated ({e})"))?;
    // Many PDFs are encrypted with an empty password only to set
    // permissions; those open. One that needs a real password cannot.
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(format!(
            "{name} is an encrypted PDF that needs a password; save an unprotected copy"
        ));
    }
    let mut layout = GlyphLayout::default();
    exit_on_panic(name, || output_doc(&document, &mut layout))
        .map_err(|e| format!("{name}: cannot read the text of this PDF ({e})"))?;
    let text = layout.text;
    if text.trim().is_empty() {
        return Err(format!(
            "{name} has no text layer (a scan?); run OCR on it first, e.g. with ocrmypdf"
        ));
    }
    Ok(text)
}

/// Runs `work`, turning a panic into the CLI's one line and exit status 1.
/// pdf-extract panics on fonts and streams it does not expect; the release
/// profile aborts on panic (`panic = "abort"`), so `catch_unwind` could not
/// catch it there, while a panic hook runs in every profile.
fn exit_on_panic<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let name = name.to_owned();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let reason = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("an unexpected structure");
        eprintln!("arah: {name}: the PDF reader cannot read this PDF ({reason})");
        std::process::exit(1);
    }));
    let result = work();
    std::panic::set_hook(previous);
    result
}

/// Text from glyph positions, as pdf-extract's `PlainTextOutput` makes it
/// (a line break when a glyph starts lower and further left, a blank line
/// after a taller gap, a space after a gap of a tenth of the font size where
/// a string starts), but judged inside strings too: justified text can be
/// set with character spacing (`Tc`) and no space glyphs, and its words
/// would run together. Inside a string only a gap as wide as a word space
/// counts, so the tracking of a spaced-out heading stays inside its words.
#[derive(Default)]
struct GlyphLayout {
    text: String,
    /// Where the last glyph ended, and the height of its baseline.
    last: Option<(f64, f64)>,
    /// The next glyph is the first of a string (`Tj`, or a part of `TJ`).
    string_starts: bool,
}

impl OutputDev for GlyphLayout {
    fn begin_page(
        &mut self,
        _page: u32,
        _media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        // A page ends a line; whether a sentence goes on is the splitter's call.
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.last = None;
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        glyph: &str,
    ) -> Result<(), OutputError> {
        // The font size on the page: the side of a square as large as the
        // transformed em square.
        let size = ((font_size * (trm.m11 + trm.m21)) * (font_size * (trm.m12 + trm.m22)))
            .abs()
            .sqrt();
        let (x, y) = (trm.m31, trm.m32);
        let gap = if self.string_starts { 0.1 } else { 0.25 };
        if let Some((last_end, last_y)) = self.last {
            let drop = (y - last_y).abs();
            if drop > size * 1.5 {
                self.text.push_str("\n\n");
            } else if drop > size * 0.5 && x < last_end {
                self.text.push('\n');
            } else if x > last_end + size * gap && !self.text.ends_with(char::is_whitespace) {
                self.text.push(' ');
            }
        }
        self.text.push_str(glyph);
        self.last = Some((x + width * size, y));
        self.string_starts = false;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.string_starts = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
