// CSV/TSV exports of posts, as the CLI reads them
// (src/bin/arah/input/table.rs): a document a row, or an author.

// A table of more rows than this, each a document, would make a picker and
// per-document tables no one can use; grouped by author it is fine.
const MAX_TABLE_DOCUMENTS = 5000;

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
export async function parseTable(name, text) {
  const tabSeparated = /\.(tsv|tab)$/i.test(name);
  const delimiter = tabSeparated ? '\t' : delimiterOf(text);
  // Quoted as the CLI quotes a character (Rust's Debug).
  const quoted = delimiter === '\t' ? "'\\t'" : `'${delimiter}'`;
  const notes = delimiter !== ',' && !tabSeparated ? [`${name}: columns separated by ${quoted}`] : [];
  const { default: Papa } = await import('../pkg/vendor/papaparse.mjs');
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
export function tableDocuments(name, { headers, rows }, { text, author, date, groupByAuthor }) {
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
