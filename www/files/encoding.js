// Encodings, as the CLI reads them (src/bin/arah/input/encoding.rs).

import { readTextFile } from '../arah.js';

/** Text from bytes: UTF-16 by its byte-order mark, UTF-8, or Windows-1252
 * when the bytes are not UTF-8 and not a damaged UTF-8 file; the binary
 * refusal is the library's (readTextFile), as the CLI's is. */
export async function decode(name, bytes, byExtension) {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : null;
  if (utf16) {
    // TextDecoder drops the mark, as the CLI does.
    const text = new TextDecoder(utf16).decode(bytes);
    if (text.includes('\0')) throw new Error(notReadable(name, byExtension));
    return { text, notes: [`${name}: read as ${utf16} (byte-order mark)${invalidUtf16(bytes, utf16)}`] };
  }
  let decoded;
  try {
    decoded = await readTextFile(name, bytes);
  } catch (error) {
    if (/binary/.test(error.message)) throw new Error(notReadable(name, byExtension));
    throw error;
  }
  if (!decoded.warning || isDamagedUtf8(decoded.text)) {
    return { text: decoded.text, notes: decoded.warning ? [decoded.warning] : [] };
  }
  // Not UTF-8, yet few bad bytes (readTextFile refuses noise): Windows-1252,
  // what Windows software writes for Indonesian and English. The browser's
  // decoder is the WHATWG one, as the CLI's encoding_rs is.
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    notes: [`${name}: read as Windows-1252 (not valid UTF-8)`],
  };
}

/** The CLI's remark when UTF-16 code units had to be replaced. */
function invalidUtf16(bytes, encoding) {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return '';
  } catch {
    return ', invalid code units replaced with \uFFFD';
  }
}

/** More well-formed multi-byte characters than broken sequences: a UTF-8
 * file with some damage, which Windows-1252 would turn into mojibake.
 * `text` is the lossy decoding, one U+FFFD a broken sequence (as Rust's
 * utf8_chunks counts them; a U+FFFD the file really holds is rare enough
 * to count as broken). */
function isDamagedUtf8(text) {
  let multibyte = 0;
  let broken = 0;
  for (const c of text) {
    if (c === '\uFFFD') broken += 1;
    else if (c.codePointAt(0) > 127) multibyte += 1;
  }
  return multibyte > broken;
}

/** Why bytes that are neither a known format nor text cannot be read. */
function notReadable(name, byExtension) {
  if (byExtension === 'pdf') return `${name} is named .pdf but is not a PDF (no %PDF- header)`;
  if (byExtension === 'docx') return `${name} is named .docx but is not a Word .docx (not a zip archive)`;
  return `${name} looks like a binary file, not text, HTML, a Word .docx, a PDF or CSV`;
}
