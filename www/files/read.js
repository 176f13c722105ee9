// Files to text, as the CLI reads them (src/bin/arah/input/mod.rs): a
// file's kind told by its content first and its extension second, plain
// text in UTF-8, UTF-16 by its byte-order mark or else Windows-1252, saved
// web pages as their visible text, Word .docx (docx.js, mammoth), PDF
// (pdf.js, Mozilla's pdf.js) and CSV/TSV of posts (table.js, papaparse), each reader
// imported only when a file of its kind arrives; the same file gives the
// same documents, titles and messages.

import { ascii, MAX_FILE_BYTES, megabytes, startsWith } from './bytes.js';
import { decode } from './encoding.js';
import { htmlText, looksLikeHtml } from './html.js';

const DESCRIBE = { text: 'plain text', html: 'HTML', docx: 'a Word .docx', pdf: 'a PDF', table: 'CSV' };

/** The kind a file's name says (input/mod.rs, kind_by_extension). */
function kindByExtension(name) {
  const extension = name.includes('.') ? name.split('.').pop().toLowerCase() : '';
  return {
    txt: 'text', text: 'text', md: 'text',
    html: 'html', htm: 'html', xhtml: 'html',
    docx: 'docx', pdf: 'pdf',
    csv: 'table', tsv: 'table', tab: 'table',
  }[extension] ?? null;
}

const PDF_MAGIC = ascii('%PDF-');

/** The kind the first bytes say; a zip archive is taken for a .docx. */
function kindByMagic(bytes, byExtension) {
  // Junk before a PDF's header is looked through only in a file named .pdf:
  // a note that quotes "%PDF-" is still a note.
  const head = bytes.subarray(0, 1024);
  const pdfInside = byExtension === 'pdf' && head.some((_, i) => startsWith(head.subarray(i), PDF_MAGIC));
  if (startsWith(bytes, PDF_MAGIC) || pdfInside) return 'pdf';
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? 'docx' : null;
}

/** A file's text and kind, with notes on how it was read. Throws an Error
 * whose message a reader can act on. */
export async function readFile(file) {
  const { name } = file;
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(
      `${name} is ${megabytes(file.size)} MB: the widget reads files up to ${megabytes(MAX_FILE_BYTES)} MB ` +
        '(the arah command line reads larger ones)',
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new Error(`${name} is an old Word/Excel file (.doc/.xls); save it as .docx or .csv`);
  }
  const byExtension = kindByExtension(name);
  const notes = [];
  let kind = kindByMagic(bytes, byExtension);
  let text;
  if (kind === 'pdf') {
    const { pdfText } = await import('./pdf.js');
    text = await pdfText(name, bytes);
  } else if (kind === 'docx') {
    const { docxText } = await import('./docx.js');
    text = await docxText(name, bytes);
  } else {
    const decoded = await decode(name, bytes, byExtension);
    notes.push(...decoded.notes);
    const html = looksLikeHtml(decoded.text) || byExtension === 'html';
    kind = html ? 'html' : byExtension === 'table' ? 'table' : 'text';
    text = html ? htmlText(decoded.text) : decoded.text;
  }
  // An empty file has no content to tell its kind by.
  if (byExtension && byExtension !== kind && bytes.length) {
    notes.push(`${name}: ${DESCRIBE[kind]} by its content, read as one, not as ${DESCRIBE[byExtension]}`);
  }
  return { kind, text, notes };
}
