// The strategy lexicon editor of <arah-widget>'s strategy section: the
// lexicon in force (the reader's saved one, else the defaults merged into
// one), its entries to find, re-weigh, add and remove, and JSON import,
// export and reset. An edit takes effect only when the lexicon still reads
// and the section could be computed with it; otherwise the parser's message
// is shown and the previous lexicon stays in force. Imported with the
// strategy section.
import { checkLexicon, defaultLexicons } from './arah.js';
import { element, readable } from './arah-dom.js';

// Lexicon rows shown at once (Find reaches the others).
const LEXICON_ROWS = 400;
// Where the reader's edited strategy lexicon is kept (one per site).
const LEXICON_KEY = 'arah-strategy-lexicon';

export class LexiconEditor {
  // The lexicon in force: { text, data, custom, categories }.
  #lexicon = null;
  #note = '';
  #exportUrl = null;
  #ui;
  #apply;

  /** `apply(lexicon)` computes and draws the section with a lexicon; it
   * throws when it cannot, and the lexicon is then not put in force. */
  constructor(apply) {
    this.#apply = apply;
    this.#ui = buildEditor({
      use: (text, custom) => this.#use(text, custom),
      edit: (change) => this.#edit(change),
      refilter: () => this.#fill(),
    });
    this.element = this.#ui.editor;
  }

  /** The lexicon in force, loaded the first time it is asked for. */
  async current() {
    this.#lexicon ??= await this.#starting();
    this.#fill();
    return this.#lexicon;
  }

  /** The reader's saved lexicon if it still reads, else the defaults merged into one. */
  async #starting() {
    const saved = storage((s) => s.getItem(LEXICON_KEY));
    if (saved) {
      try {
        return await lexiconFrom(saved, true);
      } catch (error) {
        this.#note = `Your saved lexicon could not be read (${readable(error)}) The default is in force.`;
      }
    }
    return defaultLexicon();
  }

  /** Lists the lexicon's entries (those matching the filter). */
  #fill() {
    const ui = this.#ui;
    const lexicon = this.#lexicon;
    if (!lexicon) return;
    const entries = lexicon.data.entries ?? [];
    ui.status.textContent = (lexicon.custom ? 'Your edited lexicon, saved in this browser: ' : 'The default lexicon: ') +
      `${entries.length} entries in ${lexicon.categories} categories.`;
    ui.note.hidden = !this.#note;
    ui.note.textContent = this.#note;
    const categories = (lexicon.data.categories ?? []).map((c) => c.name);
    ui.addCategory.replaceChildren(...(categories.length ? categories : ['custom'])
      .map((name) => element('option', { value: name }, [name])));
    const find = ui.filter.value.trim().toLowerCase();
    const rows = [];
    let matching = 0;
    entries.forEach((entry, i) => {
      const pattern = entry.phrase ?? entry.stem ?? '';
      if (find && !`${pattern} ${entry.category ?? ''} ${entry.side ?? ''}`.toLowerCase().includes(find)) return;
      if (++matching > LEXICON_ROWS) return;
      const weight = element('input', {
        type: 'number', min: '0.1', max: '10', step: '0.1', value: String(entry.weight ?? 1),
        'data-entry': String(i), 'aria-label': `Weight of “${pattern}”`,
      });
      rows.push(element('tr', {}, [
        element('td', {}, [pattern, entry.stem !== undefined ? ' (stem)' : '']),
        element('td', { class: `side ${entry.side ?? ''}` }, [entry.side ?? '']),
        element('td', {}, [weight]),
        element('td', {}, [entry.category ?? '']),
        element('td', {}, [element('button', {
          type: 'button', 'data-remove': String(i), 'aria-label': `Remove “${pattern}”`,
        }, ['Remove'])]),
      ]));
    });
    ui.rows.replaceChildren(...rows);
    ui.more.textContent = matching > LEXICON_ROWS
      ? `${matching - LEXICON_ROWS} more entries: type in Find to reach them.`
      : '';
    if (this.#exportUrl) URL.revokeObjectURL(this.#exportUrl);
    this.#exportUrl = URL.createObjectURL(new Blob([lexicon.text], { type: 'application/json' }));
    ui.exportLink.href = this.#exportUrl;
  }

  /** Applies an edit to a copy of the lexicon's data; it takes effect only if it reads. */
  async #edit(change) {
    const shown = this.#lexicon.data.entries ?? [];
    // The saved lexicon is shared by every widget of the site: another one
    // (on this page or another tab) may have saved an edit since this one
    // read it, and editing this copy would throw that edit away.
    const saved = storage((s) => s.getItem(LEXICON_KEY));
    if (saved !== null && saved !== this.#lexicon.text) {
      try {
        this.#lexicon = await lexiconFrom(saved, true);
      } catch {
        // Unreadable: this widget's lexicon is edited instead and replaces it.
      }
    }
    const data = structuredClone(this.#lexicon.data);
    // Rows name entries by their place in the lexicon shown; `at` finds the
    // same entry in the one edited (-1 when another widget removed it).
    const at = (i) => (data.entries ?? []).findIndex((e) => JSON.stringify(e) === JSON.stringify(shown[i]));
    change(data, at);
    return this.#use(JSON.stringify(data, null, 2), true);
  }

  /**
   * Puts lexicon JSON in force and saves it (`custom`), or the defaults
   * (`null`). Malformed or invalid JSON is refused with the parser's message
   * and the previous lexicon stays in force.
   */
  async #use(text, custom = true) {
    const ui = this.#ui;
    try {
      const lexicon = text === null ? await defaultLexicon() : await lexiconFrom(text, custom);
      await this.#apply(lexicon);
      this.#lexicon = lexicon;
      const saved = storage((s) => {
        if (custom && text !== null) s.setItem(LEXICON_KEY, lexicon.text);
        else s.removeItem(LEXICON_KEY);
        return true;
      });
      this.#note = saved ? '' : 'This browser did not let the lexicon be saved: it is in force until the page is left.';
      ui.problem.hidden = true;
      this.#fill();
      return true;
    } catch (error) {
      ui.problem.hidden = false;
      ui.problem.textContent = `${readable(error)} The previous lexicon stays in force.`;
      this.#fill();
      return false;
    }
  }
}

/** The editor's controls; `actions` are what they do. */
function buildEditor(actions) {
  const status = element('p', { class: 'hint' });
  const note = element('p', { class: 'notes', hidden: '' });
  const problem = element('p', { class: 'problem', role: 'alert', hidden: '' });
  const exportLink = element('a', { class: 'button', download: 'arah-lexicon.json', href: '#' }, ['Export JSON']);
  const importFile = element('input', { type: 'file', accept: '.json,application/json', name: 'import' });
  importFile.addEventListener('change', async () => {
    const file = importFile.files[0];
    if (file) await actions.use(await file.text(), true);
    importFile.value = '';
  });
  const reset = element('button', { type: 'button' }, ['Reset to default']);
  reset.addEventListener('click', () => actions.use(null));
  const addPhrase = element('input', { type: 'text', name: 'phrase', required: '', placeholder: 'e.g. lesehan' });
  const addSide = element('select', { name: 'side' },
    ['one-way', 'two-way', 'mobilisation'].map((side) => element('option', { value: side }, [side])));
  const addWeight = element('input', {
    type: 'number', name: 'weight', min: '0.1', max: '10', step: '0.1', value: '1',
  });
  const addCategory = element('select', { name: 'category' });
  const add = element('form', { class: 'add-entry' }, [
    element('label', {}, ['Phrase ', addPhrase]),
    element('label', {}, ['Side ', addSide]),
    element('label', {}, ['Weight ', addWeight]),
    element('label', {}, ['Category ', addCategory]),
    element('button', { type: 'submit' }, ['Add entry']),
  ]);
  add.addEventListener('submit', async (event) => {
    event.preventDefault();
    const entry = {
      phrase: addPhrase.value.trim(), side: addSide.value, weight: Number(addWeight.value), category: addCategory.value,
    };
    if (await actions.edit((data) => (data.entries ??= []).push(entry))) addPhrase.value = '';
  });
  const filter = element('input', { type: 'search', name: 'find', placeholder: 'phrase, side or category' });
  filter.addEventListener('input', actions.refilter);
  const rows = element('tbody');
  rows.addEventListener('change', (event) => {
    const i = event.target.dataset?.entry;
    if (i === undefined) return;
    const weight = Number(event.target.value);
    actions.edit((data, at) => {
      const entry = data.entries[at(i)];
      if (entry) entry.weight = event.target.value.trim() === '' ? event.target.value : weight;
    });
  });
  rows.addEventListener('click', (event) => {
    const i = event.target.closest?.('[data-remove]')?.dataset.remove;
    if (i !== undefined) actions.edit((data, at) => at(i) >= 0 && data.entries.splice(at(i), 1));
  });
  const more = element('p', { class: 'hint' });
  const editor = element('details', { class: 'lexicon' }, [
    element('summary', {}, ['Edit the strategy lexicon']),
    status,
    note,
    problem,
    element('div', { class: 'lexicon-actions' }, [
      exportLink,
      element('label', {}, ['Import JSON ', importFile]),
      reset,
    ]),
    add,
    element('label', { class: 'find' }, ['Find ', filter]),
    element('table', { class: 'lexicon' }, [
      element('thead', {}, [element('tr', {}, ['Phrase', 'Side', 'Weight', 'Category', 'Remove']
        .map((h) => element('th', { scope: 'col' }, [h])))]),
      rows,
    ]),
    more,
  ]);
  return { editor, status, note, problem, exportLink, addCategory, filter, rows, more };
}

/** The default lexicons merged into one. */
async function defaultLexicon() {
  return lexiconFrom((await checkLexicon(await defaultLexicons())).json, false);
}

/** Checked lexicon JSON, pretty-printed so that error lines mean something. */
async function lexiconFrom(text, custom) {
  const check = await checkLexicon(text);
  const pretty = custom ? text : JSON.stringify(JSON.parse(check.json), null, 2);
  return { text: pretty, data: JSON.parse(pretty), custom, categories: check.categories };
}

/** localStorage, which a browser may refuse (private modes, file: pages). */
function storage(use) {
  try {
    return use(localStorage);
  } catch {
    return null;
  }
}
