// The "Add texts" panel of <arah-widget> (the `add-texts` attribute):
// pasted text, and files opened or dropped on the widget, read into
// documents that join the widget's own. Imported when a reader first opens
// the panel, so the first screen never carries it.
//
// A file is read as the CLI reads it (src/bin/arah/input/): its kind told
// by its content first and its extension second, plain text in UTF-8,
// UTF-16 by its byte-order mark or else Windows-1252, saved web pages as
// their visible text, Word .docx (mammoth), PDF (pdf.js) and CSV/TSV of
// posts (papaparse), each reader imported only when a file of its kind
// arrives; the same file gives the same documents, titles and messages.
import { readTextFile } from './arah.js';
import { element } from './arah-dom.js';

const STYLESHEET = new URL('./arah-files.css', import.meta.url).href;

// One file is held in memory several times over while it is read (bytes,
// text, the wasm's copy); past this the tab may run out, so it is refused
// before a byte is read. The CLI has no such limit.
const MAX_FILE_BYTES = 50 * 1024 * 1024;
// A table of more rows than this, each a document, would make a picker and
// per-document tables no one can use; grouped by author it is fine.
const MAX_TABLE_DOCUMENTS = 5000;

/** Builds the panel into `ui.adding` (its <details>) and makes the whole
 * widget a drop target; `add(documents, notes)` hands documents on. */
export function addTexts(ui, add) {
  const panel = new FilesPanel(ui, add);
  ui.adding.append(element('link', { rel: 'stylesheet', href: STYLESHEET }), panel.root);
}

class FilesPanel {
  #add;
  #pasted = 0;
  #paste = element('textarea', { name: 'paste', rows: '5', placeholder: 'Tempel teks di sini… / Paste a text here…' });
  #files = element('input', { type: 'file', name: 'files', multiple: '' });
  #status = element('p', { class: 'status', role: 'status' });
  #problems = element('ul', { class: 'problems', role: 'alert' });
  #tables = element('div', { class: 'tables' });

  constructor(ui, add) {
    this.#add = add;
    const pasteButton = element('button', { type: 'button', name: 'add-paste' }, ['Add this text']);
    pasteButton.addEventListener('click', () => this.#addPaste());
    this.#files.addEventListener('change', () => {
      const files = [...this.#files.files];
      this.#files.value = '';
      this.#read(files);
    });
    this.root = element('div', { class: 'files' }, [
      element('label', {}, ['Paste a text', this.#paste]),
      pasteButton,
      element('label', { class: 'open' }, ['Open files ', this.#files]),
      element('p', { class: 'hint' }, [
        'Or drop them on the widget: plain text, web pages (.html), Word (.docx), PDF, and CSV or TSV ' +
          `exports of posts, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each. Nothing leaves this page.`,
      ]),
      this.#status,
      this.#problems,
      this.#tables,
    ]);
    // Files dropped anywhere on the widget; the browser would otherwise
    // open them in place of the page.
    ui.frame.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      ui.frame.classList.add('dropping');
    });
    ui.frame.addEventListener('dragleave', (event) => {
      if (!ui.frame.contains(event.relatedTarget)) ui.frame.classList.remove('dropping');
    });
    ui.frame.addEventListener('drop', (event) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      ui.frame.classList.remove('dropping');
      ui.adding.open = true;
      this.#read([...event.dataTransfer.files]);
    });
  }

  #addPaste() {
    const text = this.#paste.value;
    if (!text.trim()) {
      this.#report([], ['Nothing to add: the text box is empty.']);
      return;
    }
    this.#pasted += 1;
    const title = this.#pasted === 1 ? 'Pasted text' : `Pasted text ${this.#pasted}`;
    this.#paste.value = '';
    this.#report([title], []);
    this.#add([{ title, text }], []);
  }

  /** Reads `files` one after another; what could be read is added at once,
   * each table when its columns are confirmed. */
  async #read(files) {
    const documents = [];
    const notes = [];
    const added = [];
    const problems = [];
    for (const file of files) {
      this.#status.textContent = `Reading ${file.name}…`;
      try {
        const read = await readFile(file);
        if (read.kind === 'table') {
          await this.#askColumns(file.name, read.text, read.notes);
          continue;
        }
        // Alone it would leave nothing to count; among others, nothing to see.
        if (!read.text.trim()) throw new Error(`${file.name} is empty: it has no text to add`);
        notes.push(...read.notes);
        documents.push({ title: file.name, text: read.text });
        added.push(file.name);
      } catch (error) {
        problems.push(sentence(error));
      }
    }
    this.#report(added, problems);
    if (documents.length) this.#add(documents, notes);
  }

  /** Says what was added and what could not be. */
  #report(added, problems) {
    this.#status.textContent = added.length ? `Added: ${added.join(', ')}.` : '';
    this.#problems.replaceChildren(...problems.map((problem) => element('li', {}, [problem])));
  }

  /** The column picker of a table: its text column (the CLI's pick at
   * first), an optional author and date, a row a document or an author. */
  async #askColumns(name, text, notes) {
    const table = await parseTable(name, text);
    const { headers } = table;
    const options = (none) => [
      ...(none ? [element('option', { value: '' }, [none])] : []),
      ...headers.map((header, i) => element('option', { value: String(i) }, [header || `Column ${i + 1}`])),
    ];
    const textColumn = element('select', { name: 'text-column' }, options(null));
    textColumn.value = String(table.textColumn);
    const authorColumn = element('select', { name: 'author-column' }, options('none'));
    const dateColumn = element('select', { name: 'date-column' }, options('none'));
    const grouped = element('input', { type: 'checkbox', name: 'group-by-author' });
    // As `--group-by author` without `--author-column`: the column named
    // like an author, until the reader picks another.
    grouped.addEventListener('change', () => {
      if (grouped.checked && authorColumn.value === '' && table.authorColumn !== null) {
        authorColumn.value = String(table.authorColumn);
      }
    });
    const confirm = element('button', { type: 'submit' }, ['Add']);
    const cancel = element('button', { type: 'button' }, ['Cancel']);
    // Not `.problem`: that class is the widget's own message of a failure.
    const problem = element('p', { class: 'refused', role: 'alert', hidden: '' });
    const form = element('form', { class: 'columns', 'aria-label': `Columns of ${name}` }, [
      element('p', {}, [
        `${name}: ${table.rows.length.toLocaleString('en')} rows. Text from the column picked below ` +
          `(${table.why}); the author and date, when given, go into each row's title.`,
      ]),
      element('label', {}, ['Text column ', textColumn]),
      element('label', {}, ['Author column ', authorColumn]),
      element('label', {}, ['Date column ', dateColumn]),
      element('label', { class: 'option' }, [grouped, ' One document per author (the rows grouped by author)']),
      problem,
      element('div', { class: 'buttons' }, [confirm, cancel]),
    ]);
    cancel.addEventListener('click', () => form.remove());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const pick = (select) => (select.value === '' ? null : Number(select.value));
      try {
        const documents = tableDocuments(name, table, {
          text: Number(textColumn.value),
          author: pick(authorColumn),
          date: pick(dateColumn),
          groupByAuthor: grouped.checked,
        });
        form.remove();
        this.#report([name], []);
        this.#add(documents, [...notes, ...table.notes, `${name}: text from column ${JSON.stringify(headers[textColumn.value])}`]);
      } catch (error) {
        problem.hidden = false;
        problem.textContent = sentence(error);
      }
    });
    this.#tables.append(form);
    textColumn.focus();
  }
}

// ---------------------------------------------------------------------------
// Files to text, as src/bin/arah/input/mod.rs reads them.

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

const startsWith = (bytes, prefix) => prefix.every((byte, i) => bytes[i] === byte);
const ascii = (text) => [...text].map((c) => c.charCodeAt(0));
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
async function readFile(file) {
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
    text = await pdfText(name, bytes);
  } else if (kind === 'docx') {
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

// Whole megabytes and kilobytes, rounded down as the CLI rounds them.
const megabytes = (bytes) => Math.floor(bytes / 1024 / 1024);

/** An error as a sentence: its message ends with a full stop. Messages here
 * start with a file name, whose case is kept (arah-dom.js's readable()
 * would capitalise it). */
function sentence(error) {
  const message = (error?.message ?? String(error)).trim();
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

// ---------------------------------------------------------------------------
// Encodings (input/encoding.rs).

/** Text from bytes: UTF-16 by its byte-order mark, UTF-8, or Windows-1252
 * when the bytes are not UTF-8 and not a damaged UTF-8 file; the binary
 * refusal is the library's (readTextFile), as the CLI's is. */
async function decode(name, bytes, byExtension) {
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

// ---------------------------------------------------------------------------
// Web pages (input/html.rs): parsed by DOMParser into a document that has
// no browsing context, so no script runs, no handler fires and nothing is
// fetched; only its text nodes are read, never inserted anywhere.

/** Whether decoded text is an HTML document by its start. */
function looksLikeHtml(text) {
  const head = text.replace(/^[\s\uFEFF]+/, '').slice(0, 15).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math']);
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure',
  'article', 'section', 'header', 'footer', 'main', 'nav', 'aside', 'address', 'hr', 'form',
]);
const LINES = new Set(['div', 'dt', 'dd', 'tr', 'caption', 'figcaption', 'summary', 'details', 'fieldset', 'legend', 'li']);
const SPACES = new Set(['td', 'th', 'img', 'input', 'button', 'select']);
// The break owed before the next word; the largest asked for wins.
const [NONE, SPACE, LINE, PARAGRAPH] = [0, 1, 2, 3];
const HTML_SPACE = /[ \t\n\f\r]/;

/** The visible text of `html`: blocks as lines, paragraphs as blank lines,
 * list items with their bullet, hidden parts dropped. */
function htmlText(html) {
  const root = new DOMParser().parseFromString(inert(html), 'text/html');
  const text = { out: '', owed: NONE, bullet: false };
  let pre = 0;
  // Entered: whether the node's children are read (a hidden element's not).
  const enter = (node) => {
    if (node.nodeType === Node.TEXT_NODE) pushText(text, node.data, pre > 0);
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const name = node.localName;
    if (INVISIBLE.has(name) || node.hasAttribute('hidden')) return false;
    if (name === 'pre') pre += 1;
    owe(text, name);
    text.bullet = name === 'li';
    return true;
  };
  const leave = (node) => {
    if (node.localName === 'pre') pre -= 1;
    // `br` is void: its opening already broke the line.
    if (node.localName !== 'br') owe(text, node.localName);
  };
  // Iterative, so a deeply nested page cannot overflow the stack.
  let node = root.firstChild;
  while (node) {
    const entered = enter(node);
    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered) leave(node);
    while (!node.nextSibling && node.parentNode !== root) {
      node = node.parentNode;
      leave(node);
    }
    node = node.nextSibling;
  }
  return text.out;
}

// A start or end tag, its quoted values never spanning a `<`: where the
// browser's tokenizer would see a tag, and no further.
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:"[^"<]*"|'[^'<]*'|[^'"<>])*>/g;

/** `html` with its inline handlers and styles renamed. Chromium checks the
 * page's Content-Security-Policy while it parses, even into a document that
 * never runs anything, and would report each `onerror=` and `<style>` of
 * the file as a violation (in the console, and to the site's report-uri).
 * Renamed, they are plain attributes, and `<style>` a `<template>` whose
 * content is never read; text outside tags is untouched. */
function inert(html) {
  return html.replace(TAG, (tag) => tag
    .replace(/^<(\/?)style(?=[\s/>])/i, '<$1template')
    .replace(/([\s"'/])(on[\w-]*|style)(?=[\s/>=])/gi, '$1data-arah-$2'));
}

function owe(text, name) {
  let wanted = NONE;
  if (name === 'br') wanted = text.owed >= LINE ? PARAGRAPH : LINE;
  else if (PARAGRAPHS.has(name)) wanted = PARAGRAPH;
  else if (LINES.has(name)) wanted = LINE;
  else if (SPACES.has(name)) wanted = SPACE;
  if (wanted > text.owed) text.owed = wanted;
}

/** A text node: HTML's whitespace collapsed as a browser renders it, except
 * inside `pre`; a no-break space stays. */
function pushText(text, run, preformatted) {
  if (preformatted) {
    if (run) {
      payOwed(text);
      text.out += run;
    }
    return;
  }
  if (HTML_SPACE.test(run.charAt(0)) && text.owed === NONE) text.owed = SPACE;
  const words = run.split(/[ \t\n\f\r]+/).filter(Boolean);
  if (!words.length) return;
  payOwed(text);
  text.out += words.join(' ');
  if (HTML_SPACE.test(run.charAt(run.length - 1))) text.owed = SPACE;
}

function payOwed(text) {
  if (text.out) {
    if (text.owed === SPACE && !HTML_SPACE.test(text.out.charAt(text.out.length - 1))) text.out += ' ';
    if (text.owed === LINE) text.out += '\n';
    if (text.owed === PARAGRAPH) text.out += '\n\n';
  }
  if (text.bullet) {
    text.out += '• ';
    text.bullet = false;
  }
  text.owed = NONE;
}

// ---------------------------------------------------------------------------
// Word .docx (input/docx.rs): mammoth reads the paragraphs, but only after
// the zip's central directory has said how large each part inflates to and
// each part has been inflated once, capped at that size, here. mammoth
// (through JSZip) would inflate a bomb in full.

// As the CLI: Word's XML deflates about ten to one, a bomb a thousand; below
// RATIO_FREE_BYTES no ratio is suspicious. All parts together are held to
// the widget's file limit.
const MAX_RATIO = 100;
const RATIO_FREE_BYTES = 10 * 1024 * 1024;

async function docxText(name, bytes) {
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
  const { default: mammoth } = await import('./pkg/vendor/mammoth.mjs');
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

// ---------------------------------------------------------------------------
// PDF (input/pdf.rs): the text layer, read by pdf.js in its worker (a file
// next to it, so a page whose policy allows only its own scripts runs it).

// pdf.js and one worker for every PDF of the page, started with the first.
let pdfWorker = null;

async function pdfText(name, bytes) {
  // pdf.js rebuilds a cut file from what is left and would read part of it
  // silently; the CLI refuses it. A whole PDF ends with %%EOF, give or take
  // a little trailing junk.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(-1024));
  if (!tail.includes('%%EOF')) throw new Error(`${name}: cannot read this PDF, it is damaged or truncated (it has no end)`);
  pdfWorker ??= import('./pkg/vendor/pdf.min.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('./pkg/vendor/pdf.worker.min.mjs', import.meta.url).href;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  });
  const { pdfjs, worker } = await pdfWorker;
  // No eval (a strict CSP forbids it), no fonts installed in the page: only
  // the text is wanted. The worker gets its own copy of the bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(), worker, isEvalSupported: false, disableFontFace: true, stopAtErrors: true, verbosity: 0,
  });
  let text = '';
  try {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      for (const item of (await page.getTextContent()).items) text += item.str + (item.hasEOL ? '\n' : '');
      // A page ends a line.
      if (text && !text.endsWith('\n')) text += '\n';
    }
  } catch (error) {
    if (error.name === 'PasswordException') {
      throw new Error(`${name} is an encrypted PDF that needs a password; save an unprotected copy`);
    }
    throw new Error(`${name}: cannot read this PDF, it is damaged or truncated`);
  } finally {
    task.destroy();
  }
  if (!text.trim()) throw new Error(`${name} has no text layer (a scan?); run OCR on it first, e.g. with ocrmypdf`);
  return text;
}

// ---------------------------------------------------------------------------
// CSV/TSV exports of posts (input/table.rs): a document a row, or an author.

const TEXT_HEADERS = [
  'text', 'full_text', 'content', 'message', 'caption', 'body', 'tweet', 'post', 'description',
  'isi', 'teks', 'pesan', 'konten', 'keterangan', 'komentar', 'comment', 'status',
];
const AUTHOR_HEADERS = [
  'author', 'username', 'user_name', 'screen_name', 'user', 'account', 'name', 'author_name',
  'channel', 'page_name', 'penulis', 'akun',
];
// Rows read to pick the text column when no header names it.
const SAMPLE_ROWS = 1000;

/** Parses a table with papaparse: its headers, rows, the text column the
 * CLI would pick (and why), the author column it would group by. */
async function parseTable(name, text) {
  const tabSeparated = /\.(tsv|tab)$/i.test(name);
  const delimiter = tabSeparated ? '\t' : delimiterOf(text);
  // Quoted as the CLI quotes a character (Rust's Debug).
  const quoted = delimiter === '\t' ? "'\\t'" : `'${delimiter}'`;
  const notes = delimiter !== ',' && !tabSeparated ? [`${name}: columns separated by ${quoted}`] : [];
  const { default: Papa } = await import('./pkg/vendor/papaparse.mjs');
  // Blank lines are skipped, as by the CLI's csv reader; rows of any
  // length are kept (a short row has no text where its cell is missing).
  const { data } = Papa.parse(text, { delimiter, skipEmptyLines: true });
  const [headers = [], ...rows] = data;
  if (!headers.length) throw new Error(`${name}: the table has no columns`);
  if (!rows.length) throw new Error(`${name}: the table has a header but no rows`);
  const named = usualColumn(headers, TEXT_HEADERS);
  const sample = rows.slice(0, SAMPLE_ROWS);
  const words = headers.map((_, i) => sample.reduce((sum, row) => sum + (row[i]?.split(/\s+/).filter(Boolean).length ?? 0), 0));
  // The leftmost of equals.
  const wordiest = words.indexOf(Math.max(...words));
  return {
    headers,
    rows,
    notes,
    textColumn: named ?? wordiest,
    why: named === null ? `the most words per row in the first ${sample.length} rows` : 'by its name',
    authorColumn: usualColumn(headers, AUTHOR_HEADERS),
  };
}

/** Whichever of `,` `;` tab is most frequent in the header line (Indonesian
 * spreadsheets save with `;`), `,` on a tie or none. */
function delimiterOf(text) {
  const header = text.split(/\r?\n/, 1)[0];
  const count = (d) => header.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

/** The first column whose header is one of `usual` names, best name first. */
function usualColumn(headers, usual) {
  const normalized = headers.map((h) => h.trim().toLowerCase().replace(/[ -]/g, '_'));
  for (const name of usual) {
    const index = normalized.indexOf(name);
    if (index >= 0) return index;
  }
  return null;
}

/** The table's documents, titled `NAME#ROW` (with the row's author and date
 * when their columns are given) or `NAME#author=AUTHOR` when grouped. */
function tableDocuments(name, { headers, rows }, { text, author, date, groupByAuthor }) {
  if (groupByAuthor && author === null) throw new Error('Pick the author column to group the rows by author');
  const documents = [];
  const byAuthor = new Map();
  rows.forEach((row, i) => {
    const cell = (index) => (index === null ? undefined : row[index]?.trim());
    const body = cell(text) ?? '';
    if (!body) return;
    if (groupByAuthor) {
      const who = cell(author) ?? '';
      const known = byAuthor.get(who);
      // A blank line between posts, so one's last sentence never runs into
      // the next one's first.
      if (known) known.text += `\n\n${body}`;
      else {
        const document = { title: `${name}#author=${who}`, text: body };
        byAuthor.set(who, document);
        documents.push(document);
      }
      return;
    }
    const about = [cell(author), cell(date)].filter(Boolean);
    documents.push({ title: about.length ? `${name}#${i + 1} (${about.join(', ')})` : `${name}#${i + 1}`, text: body });
  });
  if (!documents.length) throw new Error(`${name}: the text column ${JSON.stringify(headers[text])} is empty in every row`);
  if (documents.length > MAX_TABLE_DOCUMENTS) {
    throw new Error(
      `${name} has ${documents.length.toLocaleString('en')} rows with text, more than the ` +
        `${MAX_TABLE_DOCUMENTS.toLocaleString('en')} documents the widget shows at once: group the rows by author, ` +
        'or use the arah command line',
    );
  }
  return documents;
}
