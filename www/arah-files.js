// The "Add texts" panel of <arah-widget> (the `add-texts` attribute):
// pasted text, and files opened or dropped on the widget, read into
// documents that join the widget's own. Imported when a reader first opens
// the panel, so the first screen never carries it.
//
// Each file is read as the CLI reads it, by the readers in www/files/
// (read.js tells a file's kind and hands it to the reader of that kind).
import { element } from './arah-dom.js';
import { MAX_FILE_BYTES } from './files/bytes.js';
import { readFile } from './files/read.js';
import { parseTable, tableDocuments } from './files/table.js';

const STYLESHEET = new URL('./arah-files.css', import.meta.url).href;

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
  #problems = element('ul', { class: 'problems' });
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
      // A list may not be an alert itself; the region around it is, so
      // what goes wrong is read out as it appears.
      element('div', { role: 'alert' }, [this.#problems]),
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

/** An error as a sentence: its message ends with a full stop. Messages here
 * start with a file name, whose case is kept (arah-dom.js's readable()
 * would capitalise it). */
function sentence(error) {
  const message = (error?.message ?? String(error)).trim();
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
