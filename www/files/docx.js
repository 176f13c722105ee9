// Word .docx, as the CLI reads it (src/bin/arah/input/docx.rs): mammoth reads the paragraphs, but only after
// the zip's central directory has said how large each part inflates to and
// each part has been inflated once, capped at that size, here. mammoth
// (through JSZip) would inflate a bomb in full.

import { MAX_FILE_BYTES, megabytes } from './bytes.js';

// As the CLI: Word's XML deflates about ten to one, a bomb a thousand; below
// RATIO_FREE_BYTES no ratio is suspicious. All parts together are held to
// the widget's file limit.
const MAX_RATIO = 100;
const RATIO_FREE_BYTES = 10 * 1024 * 1024;

export async function docxText(name, bytes) {
  const entries = zipEntries(name, bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new Error(
      `${name} is a zip archive without word/document.xml, not a Word .docx ` +
        '(the widget reads .docx, not .xlsx, .pptx or .odt)',
    );
  }
  let total = 0;
  for (const entry of entries) {
    const limit = Math.min(Math.max(entry.compressed * MAX_RATIO, RATIO_FREE_BYTES), MAX_FILE_BYTES);
    total += entry.size;
    if (entry.size > limit || total > MAX_FILE_BYTES) {
      throw new Error(
        `${name}: ${entry.name} would inflate to ${megabytes(entry.size)} MB from ${Math.floor(entry.compressed / 1024)} KB ` +
          `(limit ${megabytes(MAX_FILE_BYTES)} MB, at most ${MAX_RATIO}:1); refused as a likely zip bomb`,
      );
    }
  }
  for (const entry of entries) await checkInflation(name, bytes, entry);
  const { default: mammoth } = await import('../pkg/vendor/mammoth.mjs');
  let value;
  try {
    ({ value } = await mammoth.extractRawText({ arrayBuffer: bytes.slice().buffer }));
  } catch {
    throw new Error(`${name}: word/document.xml is damaged`);
  }
  if (!value.trim()) throw new Error(`${name}: the Word document has no text`);
  return value;
}

/** The central directory's entries: name, method, sizes, where the data is. */
function zipEntries(name, bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = new Error(`${name} is not a readable .docx (zip archive): it is damaged or truncated`);
  // The end record is within the last 22 bytes plus a comment of at most 64 KB.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged;
  const entries = [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged;
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      // 0xFFFFFFFF means a ZIP64 size, which no Word document needs: as
      // declared it is over every limit.
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates a deflated entry, stopping as soon as it passes the size it
 * declares (a bomb that lies about its size). */
async function checkInflation(name, bytes, entry) {
  if (entry.method !== 8) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.local + 30 > bytes.length) throw new Error(`${name}: ${entry.name} is damaged`);
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  const stream = new Blob([bytes.subarray(start, start + entry.compressed)]).stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let inflated = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      inflated += value.length;
      if (inflated > entry.size) {
        await reader.cancel();
        throw new Error(
          `${name}: ${entry.name} inflates past the ${entry.size} bytes it declares; refused as damaged or a zip bomb`,
        );
      }
    }
  } catch (error) {
    if (inflated > entry.size) throw error;
    throw new Error(`${name}: ${entry.name} is damaged`);
  }
}
