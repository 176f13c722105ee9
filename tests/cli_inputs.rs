//! The files researchers have, read by the CLI: text in other encodings,
//! web pages, Word .docx, PDF, CSV/TSV tables of posts, and files whose
//! extension lies. Every fixture is made here, from invented sentences; each
//! kind's words are checked against the words put into it.
//!
//! Native only: it builds .docx files with the `zip` crate, which the
//! wasm build does not have.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use std::io::Write;
use std::process::Output;

/// The terms `arah tokens FILE` finds, in order.
fn terms(output: &Output) -> Vec<String> {
    assert!(output.status.success(), "{}", stderr(output));
    stdout(output)
        .lines()
        .map(|line| line.rsplit('\t').next().unwrap().to_owned())
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// What `arah tokens` prints after the file's name for a file whose text
/// is `text`, by the library's tokenizer: byte offsets show every
/// separator the reading put between the words.
fn tokens_of(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    arah::text::tokenize::for_each_token(text, |t| {
        lines.push(format!(
            "{}\t{}\t{}\t{}",
            t.bytes.0,
            t.bytes.1,
            t.kind.name(),
            t.term
        ));
    });
    lines
}

/// `arah tokens FILE`'s lines without the file's name.
fn cli_tokens(path: &str) -> Vec<String> {
    let output = arah(&["tokens", path]);
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
        .lines()
        .map(|line| line.split_once('\t').unwrap().1.to_owned())
        .collect()
}

/// A failure: exit status 1 and one line on stderr holding `expected`.
fn assert_fails_with(output: &Output, expected: &str) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{message}");
    assert!(message.starts_with("arah: "), "{message}");
    assert!(message.contains(expected), "{expected:?} in {message}");
    assert_eq!(message.trim_end().lines().count(), 1, "{message}");
    assert!(output.stdout.is_empty());
}

// --- encodings -------------------------------------------------------------

const ACCENTED: &str = "Kampanye \u{201C}dua arah\u{201D} di media sosial: calon menjawab \
    pertanyaan warga \u{2013} caf\u{E9} politik, caf\u{E9} kampanye.\nWarga bertanya lagi.\n";

/// `text` in Windows-1252, for the few characters outside ASCII it holds.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{201C}' => 0x93,
            '\u{201D}' => 0x94,
            '\u{2013}' => 0x96,
            '\u{E9}' => 0xE9,
            c if c.is_ascii() => c as u8,
            c => panic!("{c:?} is not in this test's table"),
        })
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = match big_endian {
        true => vec![0xFE, 0xFF],
        false => vec![0xFF, 0xFE],
    };
    for unit in text.encode_utf16() {
        let pair = match big_endian {
            true => unit.to_be_bytes(),
            false => unit.to_le_bytes(),
        };
        bytes.extend(pair);
    }
    bytes
}

#[test]
fn every_encoding_gives_the_utf8_files_terms_and_says_which_it_read() {
    let utf8 = scratch("enc-utf8.txt", ACCENTED.as_bytes());
    let expected = arah(&["top", utf8.to_str().unwrap(), "--json", "--n", "40"]);
    assert!(expected.status.success(), "{}", stderr(&expected));
    assert!(expected.stderr.is_empty(), "{}", stderr(&expected));
    let top: serde_json::Value = serde_json::from_slice(&expected.stdout).unwrap();
    let cafe = top.as_array().unwrap().iter().find(|t| t["term"] == "café");
    assert_eq!(cafe.expect("café counted")["count"], 2);

    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(ACCENTED.as_bytes());
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("enc-bom.txt", with_bom, ""),
        (
            "enc-le.txt",
            utf16(ACCENTED, false),
            "note: enc-le.txt: read as UTF-16LE (byte-order mark)",
        ),
        (
            "enc-be.txt",
            utf16(ACCENTED, true),
            "note: enc-be.txt: read as UTF-16BE (byte-order mark)",
        ),
        (
            "enc-1252.txt",
            windows_1252(ACCENTED),
            "warning: enc-1252.txt: read as Windows-1252 (not valid UTF-8)",
        ),
    ];
    for (name, bytes, said) in cases {
        let said = said.replacen(": ", &format!(": {}/", env!("CARGO_TARGET_TMPDIR")), 1);
        let path = scratch(name, &bytes);
        let got = arah(&["top", path.to_str().unwrap(), "--json", "--n", "40"]);
        assert!(got.status.success(), "{name}: {}", stderr(&got));
        assert_eq!(stdout(&got), stdout(&expected), "{name}");
        let message = stderr(&got);
        match said.as_str() {
            "" => assert!(message.is_empty(), "{name}: {message}"),
            _ => assert!(message.contains(&said), "{name}: {message}"),
        }
    }
    // From standard input as from a file.
    let piped = arah_with_stdin(
        &["top", "-", "--json", "--n", "40"],
        &utf16(ACCENTED, false),
    );
    assert_eq!(stdout(&piped), stdout(&expected));
    assert!(stderr(&piped).contains("standard input: read as UTF-16LE"));
}

#[test]
fn binary_data_behind_a_byte_order_mark_is_still_refused() {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend([0u8, 0, 0x4B, 0, 0, 0, 0x61, 0]);
    let path = scratch("enc-utf32-ish.txt", &bytes);
    assert_fails_with(
        &arah(&["top", path.to_str().unwrap()]),
        "looks like a binary file",
    );
}

// --- HTML ------------------------------------------------------------------

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="id"><head><title>judul tab</title>
<style>body { font-family: serif } .iklan { display: none }</style>
<script>alert("script"); document.write("onerror")</script>
</head><body onload="alert('muat')">
<nav><a href="/">Beranda</a></nav>
<h1>Kampanye digital</h1>
<p>Calon <b>menjawab</b> pertanyaan&nbsp;warga &amp; relawan.</p>
<img src="x.png" alt="gambar" onerror="alert('onerror')">
<noscript>aktifkan script</noscript><template><p>cetakan tersembunyi</p></template>
<p hidden>paragraf tersembunyi</p>
<!-- komentar tersembunyi -->
<ul><li>dialog terbuka</li><li>siaran pers</li></ul>
<script type="module">import("evil")</script>
</body></html>"#;

#[test]
fn a_web_page_gives_only_the_words_a_reader_sees() {
    let path = scratch("page.html", PAGE.as_bytes());
    let got = terms(&arah(&["tokens", path.to_str().unwrap()]));
    assert_eq!(
        got,
        words(
            "beranda kampanye digital calon menjawab pertanyaan warga relawan \
             dialog terbuka siaran pers"
        )
    );
    for hidden in ["script", "alert", "onerror", "evil", "tersembunyi", "judul"] {
        assert!(!got.iter().any(|t| t.contains(hidden)), "{hidden}: {got:?}");
    }
    assert_eq!(
        cli_tokens(path.to_str().unwrap()),
        tokens_of(
            "Beranda\n\nKampanye digital\n\nCalon menjawab pertanyaan\u{A0}warga & relawan.\n\n\
             • dialog terbuka\n• siaran pers"
        )
    );
    // Block elements end lines: the heading and each list item are
    // sentences of their own.
    let report = arah(&["strategy", path.to_str().unwrap(), "--json"]);
    assert!(report.status.success(), "{}", stderr(&report));
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let sentences: Vec<&str> = report["documents"][0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        sentences,
        [
            "Beranda",
            "Kampanye digital",
            "Calon menjawab pertanyaan\u{A0}warga & relawan.",
            "• dialog terbuka",
            "• siaran pers"
        ]
    );
}

#[test]
fn html_named_csv_is_read_as_html_with_a_note() {
    let path = scratch("page-named.csv", PAGE.as_bytes());
    let output = arah(&["tokens", path.to_str().unwrap()]);
    let expected = terms(&arah(&[
        "tokens",
        scratch("page-again.html", PAGE.as_bytes())
            .to_str()
            .unwrap(),
    ]));
    assert_eq!(terms(&output), expected);
    assert!(
        stderr(&output).contains("page-named.csv: HTML by its content, read as one, not as CSV"),
        "{}",
        stderr(&output)
    );
}

// --- Word .docx ------------------------------------------------------------

const DOCUMENT_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>
<w:p><w:r><w:t>Kampanye media</w:t></w:r><w:r><w:t xml:space="preserve"> sosial &amp; dialog.</w:t></w:r></w:p>
<w:p><w:r><w:t>Calon</w:t><w:tab/><w:t>menjawab</w:t><w:br/><w:t>warga</w:t></w:r></w:p>
<w:p><w:r><w:instrText> HYPERLINK "http://contoh" </w:instrText></w:r><w:r><w:delText>dihapus</w:delText></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>kotak</w:t></mc:Choice><mc:Fallback><w:t>salinan</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p/><w:p><w:r><w:t>Relawan &#x2013; bertanya.</w:t></w:r></w:p>
</w:body></w:document>"#;

/// A .docx holding `document_xml`, made with the zip crate.
fn docx(document_xml: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in [
        ("[Content_Types].xml", "<Types/>"),
        ("word/document.xml", document_xml),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_word_document_gives_its_paragraphs() {
    let path = scratch("report.docx", &docx(DOCUMENT_XML));
    let path = path.to_str().unwrap();
    assert_eq!(
        terms(&arah(&["tokens", path])),
        words("kampanye media sosial dialog calon menjawab warga kotak relawan bertanya")
    );
    assert_eq!(
        cli_tokens(path),
        tokens_of(
            "Kampanye media sosial & dialog.\nCalon\tmenjawab\nwarga\n\nkotak\n\n\
             Relawan \u{2013} bertanya.\n"
        )
    );
    // A paragraph a line, so the sentence splitter sees the paragraphs.
    let report = arah(&["strategy", path, "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let sentences: Vec<&str> = report["documents"][0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        sentences,
        [
            "Kampanye media sosial & dialog.",
            "Calon\tmenjawab",
            "warga",
            "kotak",
            "Relawan \u{2013} bertanya."
        ]
    );
}

#[test]
fn a_docx_named_txt_is_read_as_a_docx_with_a_note() {
    let path = scratch("report-named.txt", &docx(DOCUMENT_XML));
    let output = arah(&["tokens", path.to_str().unwrap()]);
    assert_eq!(terms(&output)[..3], words("kampanye media sosial"));
    assert!(
        stderr(&output).contains("a Word .docx by its content, read as one, not as plain text"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn other_zip_archives_and_broken_docx_are_clear_failures() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<workbook/>").unwrap();
    let xlsx = scratch("sheet.xlsx", &zip.finish().unwrap().into_inner());
    assert_fails_with(
        &arah(&["top", xlsx.to_str().unwrap()]),
        "without word/document.xml, not a Word .docx",
    );
    let cut = docx(DOCUMENT_XML);
    let cut = scratch("cut.docx", &cut[..cut.len() / 2]);
    assert_fails_with(
        &arah(&["top", cut.to_str().unwrap()]),
        "is not a readable .docx",
    );
    let empty = scratch("empty.docx", &docx("<w:document><w:body/></w:document>"));
    assert_fails_with(
        &arah(&["top", empty.to_str().unwrap()]),
        "the Word document has no text",
    );
    let old = scratch("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0");
    assert_fails_with(
        &arah(&["top", old.to_str().unwrap()]),
        "old Word/Excel file (.doc/.xls); save it as .docx",
    );
}

/// Writes bits least significant first, as deflate wants.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    used: u32,
}

impl Bits {
    fn put(&mut self, value: u32, count: u32) {
        for i in 0..count {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            *self.bytes.last_mut().unwrap() |= bit << (self.used % 8);
            self.used += 1;
        }
    }

    /// A Huffman code goes most significant bit first.
    fn code(&mut self, code: u32, count: u32) {
        for i in (0..count).rev() {
            self.put((code >> i) & 1, 1);
        }
    }
}

/// Raw deflate of `length` spaces, written by hand so the test need not
/// compress a gigabyte: one fixed-Huffman block, a literal space, then
/// copies of 258 bytes at distance 1 (13 bits each, about 160:1).
fn deflated_spaces(length: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    let space = |bits: &mut Bits| bits.code(0x30 + u32::from(b' '), 8);
    space(&mut bits);
    let mut left = length - 1;
    while left >= 258 {
        bits.code(0b1100_0101, 8); // length 258
        bits.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        space(&mut bits);
    }
    bits.code(0, 7); // end of block
    bits.bytes
}

/// A zip of one deflated `word/document.xml` whose headers declare
/// `declared` bytes inflated (the CRC is never reached: it is refused first).
fn zip_with_document(deflated: &[u8], declared: u32) -> Vec<u8> {
    let name = b"word/document.xml";
    let sizes = |out: &mut Vec<u8>| {
        out.extend(0u32.to_le_bytes()); // CRC-32
        out.extend((deflated.len() as u32).to_le_bytes());
        out.extend(declared.to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes()); // extra field
    };
    let mut out = Vec::new();
    out.extend(b"PK\x03\x04");
    out.extend([20, 0, 0, 0, 8, 0, 0, 0, 0, 0]); // version, flags, deflate, time, date
    sizes(&mut out);
    out.extend(name);
    out.extend(deflated);
    let directory = out.len() as u32;
    out.extend(b"PK\x01\x02");
    out.extend([20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
    sizes(&mut out);
    out.extend([0u8; 10]); // comment, disk, attributes
    out.extend(0u32.to_le_bytes()); // the local header's offset
    out.extend(name);
    let directory_size = out.len() as u32 - directory;
    out.extend(b"PK\x05\x06");
    out.extend([0, 0, 0, 0, 1, 0, 1, 0]);
    out.extend(directory_size.to_le_bytes());
    out.extend(directory.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

#[test]
fn zip_bombs_are_refused_before_they_inflate() {
    // Declares what it holds, a gigabyte: refused by its sizes alone.
    let gigabyte = 1u64 << 30;
    let bomb = zip_with_document(&deflated_spaces(gigabyte), gigabyte as u32);
    let path = scratch("bomb.docx", &bomb);
    assert_fails_with(
        &arah(&["top", path.to_str().unwrap()]),
        "word/document.xml would inflate to 1024 MB",
    );
    assert!(stderr(&arah(&["top", path.to_str().unwrap()])).contains("zip bomb"));
    // Declares a kilobyte and holds 64 MB: stopped as soon as it inflates
    // past the kilobyte, not after inflating it all.
    let liar = zip_with_document(&deflated_spaces(64 << 20), 1024);
    let path = scratch("liar.txt", &liar);
    let output = arah(&["top", path.to_str().unwrap()]);
    assert_fails_with(
        &output,
        "inflates past the 1024 bytes it declares (stopped at ",
    );
    let message = stderr(&output);
    let stopped_at: u64 = message
        .split("stopped at ")
        .nth(1)
        .unwrap()
        .split(')')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(stopped_at < 1 << 20, "{message}");
    assert!(
        message.contains("refused as damaged or a zip bomb"),
        "{message}"
    );
}

// --- PDF -------------------------------------------------------------------

/// A one-page PDF with `content` as its page's content stream, Helvetica as
/// F1 (`font_extra` adds keys to it) and Courier as F2, offsets computed.
fn pdf(content: &str, font_extra: &str, encrypt: bool) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
         /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>"
            .to_owned(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        format!("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica {font_extra}>>"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>".to_owned(),
    ];
    if encrypt {
        // The standard handler, revision 2, with a user-password check
        // value no empty password matches.
        objects.push(format!(
            "<< /Filter /Standard /V 1 /R 2 /P -44 /O <{}> /U <{}> >>",
            "11".repeat(32),
            "22".repeat(32)
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (index, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", index + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    let encryption = match encrypt {
        true => format!(
            " /Encrypt {} 0 R /ID [<{}> <{}>]",
            objects.len(),
            "ab".repeat(16),
            "ab".repeat(16)
        ),
        false => String::new(),
    };
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

const PDF_TEXT: &str = "BT /F1 12 Tf 72 760 Td (Kampanye media sosial membuka dialog.) Tj \
    0 -16 Td (Calon menjawab pertanyaan warga.) Tj ET";

#[test]
fn a_pdf_gives_its_text_layer() {
    let path = scratch("paper.pdf", &pdf(PDF_TEXT, "", false));
    assert_eq!(
        terms(&arah(&["tokens", path.to_str().unwrap()])),
        words("kampanye media sosial membuka dialog calon menjawab pertanyaan warga")
    );
}

#[test]
fn justified_pdf_text_keeps_its_word_gaps_and_tracked_headings_their_words() {
    // Courier at 12 pt: every glyph 7.2 pt wide. A heading tracked by 1 pt
    // (a twelfth of an em) stays one word; then, set as a justifying
    // typesetter sets it, the space between "menjawab" and "warga" is
    // character spacing (6 pt) inside the string "bw", with no space glyph.
    let content = "BT /F2 12 Tf 72 760 Td 1 Tc (KAMPANYE) Tj 0 Tc \
        0 -20 Td (Calon menjawa) Tj 93.6 0 Td 6 Tc (bw) Tj 0 Tc 20.4 0 Td (arga.) Tj ET";
    let path = scratch("justified.pdf", &pdf(content, "", false));
    assert_eq!(
        terms(&arah(&["tokens", path.to_str().unwrap()])),
        words("kampanye calon menjawab warga")
    );
}

#[test]
fn a_pdf_without_text_truncated_encrypted_or_strange_is_one_clear_line() {
    let scan = scratch(
        "scan.pdf",
        &pdf("q 0 0 1 rg 50 50 200 200 re f Q", "", false),
    );
    assert_fails_with(
        &arah(&["top", scan.to_str().unwrap()]),
        "scan.pdf has no text layer",
    );
    let whole = pdf(PDF_TEXT, "", false);
    let cut = scratch("cut.pdf", &whole[..whole.len() * 2 / 3]);
    assert_fails_with(
        &arah(&["top", cut.to_str().unwrap()]),
        "cut.pdf: cannot read this PDF, it is damaged or truncated",
    );
    let locked = scratch("locked.pdf", &pdf(PDF_TEXT, "", true));
    assert_fails_with(
        &arah(&["top", locked.to_str().unwrap()]),
        "locked.pdf is an encrypted PDF that needs a password",
    );
    // An encoding pdf-extract does not know makes it panic: still one line
    // and exit status 1, no backtrace.
    let strange = scratch(
        "strange.pdf",
        &pdf(PDF_TEXT, "/Encoding /NoSuchEncoding ", false),
    );
    assert_fails_with(
        &arah(&["top", strange.to_str().unwrap()]),
        "strange.pdf: the PDF reader cannot read this PDF",
    );
    // Only a file named .pdf is looked into for a late header; a note that
    // quotes one is text.
    let mut late = b"\n\n".to_vec();
    late.extend(pdf(PDF_TEXT, "", false));
    let late = scratch("late.pdf", &late);
    assert!(terms(&arah(&["tokens", late.to_str().unwrap()])).contains(&"dialog".to_owned()));
    let quoting = scratch(
        "quoting.txt",
        b"Berkas rusak diawali %PDF-1.4 kata teknisi.",
    );
    assert!(terms(&arah(&["tokens", quoting.to_str().unwrap()])).contains(&"teknisi".to_owned()));
    let fake = scratch("fake.pdf", b"\x01\x02\0\0\x03 not a pdf at all");
    assert_fails_with(
        &arah(&["top", fake.to_str().unwrap()]),
        "fake.pdf is named .pdf but is not a PDF",
    );
}

// --- CSV and TSV -----------------------------------------------------------

/// The documents `arah analyze --json` made of `args`: (title, tokens).
fn documents(args: &[&str]) -> (Vec<(String, u64)>, String) {
    let mut all = vec!["analyze"];
    all.extend(args);
    all.push("--json");
    let output = arah(&all);
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    let analysis: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let documents = analysis["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["title"].as_str().unwrap().to_owned(),
                d["tokenCount"].as_u64().unwrap(),
            )
        })
        .collect();
    (documents, stderr(&output))
}

const POSTS: &str = "id,user,created,caption,link\r\n\
    1,budi,2024-01-02,\"Kampanye di media sosial, kata calon.\",https://contoh.id/1\r\n\
    2,sari,2024-01-03,\"Warga bertanya:\n\"\"kapan dialog, pak?\"\"\",https://contoh.id/2\r\n\
    3,budi,2024-01-04,Calon menjawab warga.,https://contoh.id/3\r\n\
    4,sari,2024-01-05,,https://contoh.id/4\r\n";

#[test]
fn a_table_of_posts_gives_a_document_a_row() {
    let path = scratch("posts.csv", POSTS.as_bytes());
    let path = path.to_str().unwrap();
    let (got, notes) = documents(&[path]);
    // Row 4's text is empty: no document. Quoted commas, quotes and line
    // breaks stay inside their post.
    assert_eq!(
        got,
        [
            (format!("{path}#1"), 6),
            (format!("{path}#2"), 5),
            (format!("{path}#3"), 3)
        ]
    );
    assert!(
        notes.contains("text from column \"caption\" (its name)"),
        "{notes}"
    );
    let (got, _) = documents(&[path, "--author-column", "user", "--date-column", "created"]);
    assert_eq!(got[1].0, format!("{path}#2 (sari, 2024-01-03)"));
    // The second post is its cell unquoted, line break and all.
    let tokens = stdout(&arah(&["tokens", path]));
    let prefix = format!("{path}#2\t");
    let second: Vec<&str> = tokens
        .lines()
        .filter_map(|line| line.strip_prefix(&prefix))
        .collect();
    assert_eq!(second, tokens_of("Warga bertanya:\n\"kapan dialog, pak?\""));
}

#[test]
fn group_by_author_gives_each_author_one_document() {
    let path = scratch("posts-grouped.csv", POSTS.as_bytes());
    let path = path.to_str().unwrap();
    let (got, _) = documents(&[path, "--group-by", "author"]);
    assert_eq!(
        got,
        [
            (format!("{path}#author=budi"), 9),
            (format!("{path}#author=sari"), 5)
        ]
    );
    // Named explicitly, the same.
    let (named, _) = documents(&[path, "--group-by", "author", "--author-column", "USER"]);
    assert_eq!(named, got);
    let wrong = arah(&["top", path, "--group-by", "day"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(stderr(&wrong).contains("--group-by takes author"));
}

#[test]
fn without_a_usual_name_the_column_with_the_most_words_is_the_text() {
    let table = "kode,judul,catatan,tautan\n\
        A1,Satu,Calon berbicara di depan warga desa,https://contoh.id/a\n\
        A2,Dua,Relawan menjawab pertanyaan lewat media sosial,https://contoh.id/b\n";
    let path = scratch("notes.csv", table.as_bytes());
    let path = path.to_str().unwrap();
    let (got, notes) = documents(&[path]);
    assert_eq!(got.iter().map(|d| d.1).collect::<Vec<_>>(), [6, 6]);
    assert!(
        notes.contains("text from column \"catatan\" (the most words per row in the first 2 rows)"),
        "{notes}"
    );
    let (judul, _) = documents(&[path, "--text-column", "judul"]);
    assert_eq!(judul.iter().map(|d| d.1).collect::<Vec<_>>(), [1, 1]);
}

#[test]
fn tables_fail_clearly_naming_the_column() {
    let path = scratch("posts-bad.csv", POSTS.as_bytes());
    let path = path.to_str().unwrap();
    assert_fails_with(
        &arah(&["top", path, "--text-column", "isi"]),
        "has no column \"isi\" (--text-column); its columns: id, user, created, caption, link",
    );
    assert_fails_with(
        &arah(&[
            "top",
            path,
            "--text-column",
            "link",
            "--author-column",
            "nama",
        ]),
        "has no column \"nama\" (--author-column)",
    );
    let blank = scratch("blank.csv", b"id,text\n1,\n2,  \n");
    assert_fails_with(
        &arah(&["top", blank.to_str().unwrap()]),
        "the text column \"text\" is empty in every row",
    );
    let header = scratch("header.csv", b"id,text\n");
    assert_fails_with(
        &arah(&["top", header.to_str().unwrap()]),
        "the table has a header but no rows",
    );
    let nobody = scratch("nobody.csv", b"id,text\n1,Kampanye warga\n");
    assert_fails_with(
        &arah(&["top", nobody.to_str().unwrap(), "--group-by", "author"]),
        "no column named like an author",
    );
}

#[test]
fn semicolons_tabs_utf16_and_standard_input_are_tables_too() {
    let semicolons = scratch(
        "excel.csv",
        "nama;isi\nbudi;\"Kampanye di media sosial; kata calon\"\n".as_bytes(),
    );
    let (got, notes) = documents(&[semicolons.to_str().unwrap()]);
    assert_eq!(got[0].1, 6);
    assert!(notes.contains("columns separated by ';'"), "{notes}");
    let tabs = scratch(
        "export.tsv",
        b"user\ttweet\nsari\tWarga bertanya, calon menjawab\n",
    );
    assert_eq!(documents(&[tabs.to_str().unwrap()]).0[0].1, 4);
    let wide = scratch(
        "wide.csv",
        &utf16("user,text\nbudi,Dialog dua arah\n", false),
    );
    assert_eq!(documents(&[wide.to_str().unwrap()]).0[0].1, 3);
    // Without an extension, the table flags make a file a table.
    let bare = scratch("export-bare", b"user,text\nbudi,Dialog dua arah\n");
    let bare = bare.to_str().unwrap();
    assert_eq!(documents(&[bare]).0, [(bare.to_owned(), 6)]);
    assert_eq!(
        documents(&[bare, "--text-column", "text"]).0,
        [(format!("{bare}#1"), 3)]
    );
    let piped = arah_with_stdin(
        &["analyze", "-", "--text-column", "text", "--json"],
        b"user,text\nbudi,Dialog dua arah\nsari,Siaran satu arah\n",
    );
    let analysis: serde_json::Value = serde_json::from_slice(&piped.stdout).unwrap();
    assert_eq!(analysis["documents"][1]["title"], "-#2");
}

#[test]
fn a_table_splits_keyness_by_the_files_before_the_separator() {
    let target = scratch(
        "target.csv",
        b"text\nKampanye dialog warga\nDialog warga desa\n",
    );
    let reference = scratch("reference.txt", b"Siaran pers satu arah. Siaran lagi.");
    let output = arah(&[
        "keyness",
        target.to_str().unwrap(),
        "--",
        reference.to_str().unwrap(),
        "--json",
        "--min-count",
        "2",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let comparison: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let terms = comparison["terms"].as_array().unwrap();
    let dialog = terms.iter().find(|t| t["term"] == "dialog").unwrap();
    assert_eq!(
        (
            dialog["targetCount"].as_u64(),
            dialog["referenceCount"].as_u64()
        ),
        (Some(2), Some(0))
    );
    let siaran = terms.iter().find(|t| t["term"] == "siaran").unwrap();
    assert_eq!(siaran["referenceCount"], 2);
}

/// Rows in the test (debug build); `ARAH_TABLE_ROWS=1000000` for the full
/// size by hand.
fn many_rows() -> usize {
    std::env::var("ARAH_TABLE_ROWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200_000)
}

#[test]
fn a_table_of_many_rows_streams_through() {
    let rows = many_rows();
    let mut table = String::with_capacity(rows * 60);
    table.push_str("id,author,text\n");
    for i in 0..rows {
        table.push_str(&format!(
            "{i},akun{},\"Kampanye, dialog warga nomor{}.\"\n",
            i % 100,
            i % 7
        ));
    }
    let path = scratch("many.csv", table.as_bytes());
    let path = path.to_str().unwrap();
    let output = arah(&["top", path, "--json", "--n", "3"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let top: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for term in &top.as_array().unwrap()[..3] {
        assert_eq!(term["count"].as_u64(), Some(rows as u64), "{term}");
        assert_eq!(term["documents"].as_u64(), Some(rows as u64), "{term}");
    }
    let grouped = arah(&[
        "analyze",
        path,
        "--group-by",
        "author",
        "--json",
        "--n",
        "1",
    ]);
    assert!(grouped.status.success(), "{}", stderr(&grouped));
    let analysis: serde_json::Value = serde_json::from_slice(&grouped.stdout).unwrap();
    assert_eq!(analysis["documents"].as_array().unwrap().len(), 100);
}
