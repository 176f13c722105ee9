//! A PDF to its text layer, with pdf-extract (on lopdf): words placed by
//! their positions, so a line of separately set words keeps its spaces. A
//! scan has no text layer, and says so; a damaged, truncated or encrypted
//! PDF is a one-line failure, never a panic.

use pdf_extract::{output_doc, Document, PlainTextOutput};

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
    let mut text = String::new();
    exit_on_panic(name, || {
        output_doc(&document, &mut PlainTextOutput::new(&mut text))
    })
    .map_err(|e| format!("{name}: cannot read the text of this PDF ({e})"))?;
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
