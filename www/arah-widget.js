// <arah-widget>: a word cloud, a top-terms table and a document picker for
// the texts it is given. Everything lives in an open shadow root so the host
// page's styles cannot reach in and the widget's cannot leak out.
//
// Attributes: `words` (most words in the cloud), `seed`, `stem` (start with
// word forms grouped by stem; readers can switch it), `slang` (start with
// informal spellings read as standard words; likewise switchable),
// `strategy` (open the communication-strategy section at once).
//
// Events: `arah-render` after each cloud, `arah-strategy` after each
// strategy drawing.
//
// Views: the cloud and top-terms table of the picked document (or all); for
// one picked document, its keyness against the others as diverging bars;
// clicking (or Enter on) a word anywhere opens its keyword-in-context lines.
// The communication strategy (one-way against two-way, per document and per
// sentence, with its evidence and an editable lexicon) is computed when a
// reader opens its section, or at once with the `strategy` attribute.
//
// Where the texts come from, first match wins:
//   1. widget.setDocuments([{ title, text }, ...]) from script;
//   2. child elements: <article data-title="…">text</article>,
//      <script type="text/plain" data-title="…">text</script>, either of
//      which may name a .txt file with data-src instead of holding the text;
//   3. src="a.txt b.txt": space-separated URLs, relative to the page;
//   4. selector="#post .entry": elements of the host page (a blog post
//      analysing itself).
import {
  analyze, checkLexicon, cloud, compare, defaultLexicons, kwic, load, readTextFile, strategy,
} from './arah.js';

performance.mark('arah:start');

const TABLE_ROWS = 20;
const KEYNESS_ROWS = 12;
const KWIC_WINDOW = 6;
// More lines than a reader scrolls through; the heading gives the total.
const KWIC_LINES_SHOWN = 300;
const STYLESHEET = new URL('./arah-widget.css', import.meta.url).href;
// Font size at which words are measured; metrics are passed per 1 px.
const MEASURE_SIZE = 100;
// Sentences listed per document in the evidence lists, and lexicon rows shown.
const SENTENCES_LISTED = 2000;
const LEXICON_ROWS = 400;
// Where the reader's edited strategy lexicon is kept (one per site).
const LEXICON_KEY = 'arah-strategy-lexicon';
const RULES = {
  lexicon: 'a lexicon entry, as written',
  'lexicon-stem': 'a lexicon entry, matched by its stem',
  negation: 'negated: flips or cancels the marker',
  hedge: 'hedged, direction kept',
  contrast: 'what a contrast asserts',
  'contrast-denied': 'what a contrast denies: not counted',
  change: 'the new state of a change',
  'change-past': 'the former state of a change: not counted',
  'audience-question': 'a question to the audience',
  'rhetorical-question': 'a rhetorical question: not counted',
  reply: 'a reply to someone',
  'reply-thread': 'part of a reply thread',
  mention: 'a mention of someone',
};

class ArahWidget extends HTMLElement {
  static observedAttributes = ['src', 'selector', 'words', 'seed'];

  #documents = null;
  #programmatic = null;
  #analysis = null;
  #warnings = [];
  #loadToken = 0;
  #ui = null;
  // The strategy lexicon in force: { text, data, custom, entries, categories }.
  #lexicon = null;
  #lexiconNote = '';
  #strategyToken = 0;
  #strategyStale = true;
  #exportUrl = null;

  connectedCallback() {
    if (!this.#ui) this.#ui = buildShadow(this);
    // Fetch and compile the wasm while the documents are being fetched.
    load().catch(() => {});
    this.#load();
  }

  attributeChangedCallback(name, before, after) {
    if (this.#ui && before !== after) this.#load();
  }

  /**
   * Replaces the widget's documents with `documents` ({ title, text }[]);
   * `null` goes back to the documents of its markup.
   */
  setDocuments(documents, warnings = []) {
    this.#programmatic = documents ? { documents, warnings } : null;
    if (this.#ui) this.#load();
  }

  /** The current analysis (null until the first one finishes). */
  get analysis() {
    return this.#analysis;
  }

  async #load() {
    const token = ++this.#loadToken;
    this.#ui.status.textContent = 'Analysing…';
    try {
      const { documents, warnings } = this.#programmatic ?? (await collectDocuments(this));
      if (token !== this.#loadToken) return;
      this.#documents = documents;
      this.#warnings = warnings;
      this.#strategyStale = true;
      await this.#analyse(token);
      if (token === this.#loadToken && this.#ui.strategy.open) await this.showStrategy();
    } catch (error) {
      this.#fail(token, error);
    }
  }

  /** Analyses the current documents again (after a change of options). */
  async #analyse(token = ++this.#loadToken) {
    const ui = this.#ui;
    try {
      this.#analysis = await analyze(this.#plainDocuments(), {
        ...this.#termOptions(),
        top: Math.max(this.#maxWords(), TABLE_ROWS),
      });
      if (token !== this.#loadToken) return;
      fillPicker(ui.picker, this.#analysis);
      await this.#show();
    } catch (error) {
      this.#fail(token, error);
    }
  }

  #plainDocuments() {
    return this.#documents.map(({ title, text }) => ({ title, text }));
  }

  /** How terms are counted, from the reader's choices. */
  #termOptions() {
    const ui = this.#ui;
    return {
      groupByStem: ui.stemming.checked,
      normalizeSlang: ui.slang.checked,
      extraStopwords: wordList(ui.hide.value),
      keepWords: wordList(ui.keep.value),
    };
  }

  #fail(token, error) {
    if (token !== this.#loadToken) return;
    this.#analysis = null;
    fillPicker(this.#ui.picker, null);
    showProblem(this.#ui, error, this.#warnings);
  }

  // Called by the stemming and spelling checkboxes and the stopword form.
  regroup() {
    if (this.#documents) this.#analyse();
  }

  async #show() {
    const ui = this.#ui;
    const { index, summary } = this.#picked();
    fillTable(ui.table, summary, index === null && this.#analysis.documents.length > 1);
    ui.summary.textContent =
      `${summary.tokenCount.toLocaleString('en')} words, ` +
      `${summary.uniqueTerms.toLocaleString('en')} distinct terms after stopwords`;
    try {
      await ui.styled;
      const words = summary.topTerms
        .slice(0, this.#maxWords())
        .map(({ term, count, members }) => ({ text: term, weight: count, members: members ?? [] }));
      const width = Math.round(Math.min(Math.max(ui.cloud.clientWidth, 320), 1200));
      const options = {
        width,
        height: Math.round(width * 0.6),
        seed: Number(this.getAttribute('seed') ?? 1) || 1,
        maxWords: this.#maxWords(),
        fontFamily: getComputedStyle(ui.cloud).fontFamily,
      };
      const result = await cloud(words, options, measureWords(words, options.fontFamily));
      ui.cloud.replaceChildren(parseSvg(result.svg));
      const notes = [...this.#warnings];
      if (result.dropped.length) {
        notes.push(`${result.dropped.length} word(s) did not fit: ${result.dropped.join(', ')}`);
      }
      showNotes(ui, notes);
      ui.status.textContent = '';
      performance.mark('arah:cloud');
      this.dispatchEvent(new CustomEvent('arah-render', {
        detail: { document: index, words: result.words.length, dropped: result.dropped },
      }));
      // Below the cloud, so it comes after the first paint of what matters.
      await this.#showKeyness(index);
    } catch (error) {
      ui.cloud.replaceChildren();
      showProblem(ui, error, this.#warnings);
    }
  }

  /** The picker's choice: a document's index (null for all) and its table. */
  #picked() {
    const value = this.#ui.picker.value;
    const index = value === 'all' ? null : Number(value);
    return { index, summary: index === null ? this.#analysis.corpus : this.#analysis.documents[index] };
  }

  /** The picked document against the others, or a hint how to get there. */
  async #showKeyness(index) {
    const box = this.#ui.keyness;
    // One document has nothing to be compared with.
    box.parentElement.hidden = this.#documents.length < 2;
    if (this.#documents.length < 2) return;
    if (index === null) {
      box.replaceChildren(element('p', { class: 'hint' }, [
        'Pick one document above to see the words it uses more, and less, than the others.',
      ]));
      return;
    }
    try {
      const result = await compare(this.#plainDocuments(), {
        target: [index],
        top: KEYNESS_ROWS,
        terms: this.#termOptions(),
      });
      // A reader who picked another document meanwhile sees that one's.
      if (this.#ui.picker.value !== String(index)) return;
      box.replaceChildren(parseSvg(result.svg), element('p', { class: 'hint' }, [
        `Bar length: signed log-likelihood G² of each term, ${result.target} ` +
          `(${result.targetTerms.toLocaleString('en')} terms) against ${result.reference} ` +
          `(${result.referenceTerms.toLocaleString('en')}); G² above 3.84 means p < 0.05.`,
      ]));
    } catch (error) {
      box.replaceChildren(element('p', { class: 'problem' }, [readable(error)]));
    }
  }

  /** Keyword in context for a term of the tables (all of a group's forms). */
  async showContext(term) {
    const ui = this.#ui;
    if (!this.#analysis) return;
    const { index, summary } = this.#picked();
    const row = summary.topTerms.find((t) => t.term === term);
    const forms = row?.members?.length ? row.members : [term];
    const documents = index === null ? this.#documents : [this.#documents[index]];
    const lines = [];
    for (const doc of documents) {
      for (const line of await kwic(doc.text, forms, KWIC_WINDOW)) lines.push({ title: doc.title, ...line });
    }
    const shown = lines.slice(0, KWIC_LINES_SHOWN);
    ui.kwicTitle.textContent = `“${term}” in context: ${lines.length} occurrence${lines.length === 1 ? '' : 's'}` +
      (forms.length > 1 ? ` of ${forms.join(', ')}` : '') +
      (shown.length < lines.length ? ` (first ${shown.length} shown)` : '');
    ui.kwicLines.replaceChildren(...shown.map((line) => element('li', {}, [
      element('span', { class: 'left' }, [element('span', {}, [line.left])]),
      element('mark', {}, [line.keyword]),
      element('span', { class: 'right' }, [line.right]),
      element('span', { class: 'source' }, [line.title]),
    ])));
    ui.kwic.hidden = false;
    ui.kwicTitle.focus();
  }

  /** The strategy section: computed when opened, again after the documents change. */
  async showStrategy(force = false) {
    const ui = this.#ui;
    if (!this.#documents || !(force || this.#strategyStale)) return;
    const token = ++this.#strategyToken;
    ui.strategyStatus.textContent = 'Analysing the communication strategy…';
    ui.strategyProblem.hidden = true;
    try {
      this.#lexicon ??= await this.#startingLexicon();
      const result = await strategy(this.#plainDocuments(), [this.#lexicon.text]);
      if (token !== this.#strategyToken) return;
      this.#strategyStale = false;
      this.#drawStrategy(result);
    } catch (error) {
      if (token !== this.#strategyToken) return;
      ui.strategyChart.replaceChildren();
      ui.evidence.replaceChildren();
      ui.strategyStatus.textContent = '';
      ui.strategyProblem.hidden = false;
      ui.strategyProblem.textContent = readable(error);
    }
  }

  /** The reader's saved lexicon if it still reads, else the defaults merged into one. */
  async #startingLexicon() {
    const saved = storage((s) => s.getItem(LEXICON_KEY));
    if (saved) {
      try {
        return await lexiconFrom(saved, true);
      } catch (error) {
        this.#lexiconNote = `Your saved lexicon could not be read (${readable(error)}) The default is in force.`;
      }
    }
    return lexiconFrom((await checkLexicon(await defaultLexicons())).json, false);
  }

  #drawStrategy(result) {
    const ui = this.#ui;
    ui.strategyChart.replaceChildren(parseSvg(result.svg));
    ui.evidence.replaceChildren(...result.documents.map((doc, i) => evidenceList(doc, i, result.documents.length)));
    ui.strategyStatus.textContent = '';
    this.#fillEditor();
    this.dispatchEvent(new CustomEvent('arah-strategy', { detail: { documents: result.documents.length } }));
  }

  /** Shows sentence `index` of document `doc` in its evidence list (from the strip). */
  showSentence(doc, index) {
    const ui = this.#ui;
    const list = ui.evidence.querySelector(`[data-document="${Number(doc)}"]`);
    const item = list?.querySelector(`li[data-index="${Number(index)}"]`);
    for (const old of ui.frame.querySelectorAll('.current')) old.classList.remove('current');
    ui.strategyChart.querySelector(`[data-document="${Number(doc)}"] rect[data-index="${Number(index)}"]`)
      ?.classList.add('current');
    if (!item) {
      ui.strategyStatus.textContent = `Sentence ${Number(index) + 1} is beyond the ${SENTENCES_LISTED} listed.`;
      return;
    }
    list.open = true;
    item.classList.add('current');
    item.scrollIntoView({ block: 'nearest' });
    item.focus({ preventScroll: true });
  }

  /** Lists the lexicon's entries (those matching the filter) in the editor. */
  #fillEditor() {
    const ui = this.#ui;
    const lexicon = this.#lexicon;
    if (!lexicon) return;
    const entries = lexicon.data.entries ?? [];
    ui.lexiconStatus.textContent = (lexicon.custom ? 'Your edited lexicon, saved in this browser: ' : 'The default lexicon: ') +
      `${entries.length} entries in ${lexicon.categories} categories.`;
    ui.lexiconNote.hidden = !this.#lexiconNote;
    ui.lexiconNote.textContent = this.#lexiconNote;
    const categories = (lexicon.data.categories ?? []).map((c) => c.name);
    ui.addCategory.replaceChildren(...(categories.length ? categories : ['custom'])
      .map((name) => element('option', { value: name }, [name])));
    const find = ui.lexiconFilter.value.trim().toLowerCase();
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
    ui.lexiconRows.replaceChildren(...rows);
    ui.lexiconMore.textContent = matching > LEXICON_ROWS
      ? `${matching - LEXICON_ROWS} more entries: type in Find to reach them.`
      : '';
    if (this.#exportUrl) URL.revokeObjectURL(this.#exportUrl);
    this.#exportUrl = URL.createObjectURL(new Blob([lexicon.text], { type: 'application/json' }));
    ui.exportLink.href = this.#exportUrl;
  }

  refilter() {
    this.#fillEditor();
  }

  /** Applies an edit to a copy of the lexicon's data; it takes effect only if it reads. */
  editLexicon(change) {
    const data = structuredClone(this.#lexicon.data);
    change(data);
    return this.useLexicon(JSON.stringify(data, null, 2), true);
  }

  /**
   * Puts lexicon JSON in force and saves it (`custom`), or the defaults
   * (`null`). Malformed or invalid JSON is refused with the parser's message
   * and the previous lexicon stays in force.
   */
  async useLexicon(text, custom = true) {
    const ui = this.#ui;
    try {
      const lexicon = text === null
        ? await lexiconFrom((await checkLexicon(await defaultLexicons())).json, false)
        : await lexiconFrom(text, custom);
      if (this.#documents) {
        const result = await strategy(this.#plainDocuments(), [lexicon.text]);
        this.#lexicon = lexicon;
        this.#drawStrategy(result);
      } else {
        this.#lexicon = lexicon;
      }
      const saved = storage((s) => {
        if (custom && text !== null) s.setItem(LEXICON_KEY, lexicon.text);
        else s.removeItem(LEXICON_KEY);
        return true;
      });
      this.#lexiconNote = saved ? '' : 'This browser did not let the lexicon be saved: it is in force until the page is left.';
      ui.lexiconProblem.hidden = true;
      this.#fillEditor();
      return true;
    } catch (error) {
      ui.lexiconProblem.hidden = false;
      ui.lexiconProblem.textContent = `${readable(error)} The previous lexicon stays in force.`;
      this.#fillEditor();
      return false;
    }
  }

  #maxWords() {
    const words = Number(this.getAttribute('words'));
    return Number.isInteger(words) && words > 0 ? Math.min(words, 500) : 100;
  }

  // Called by the picker.
  showSelected() {
    if (this.#analysis) this.#show();
  }
}

function buildShadow(host) {
  const root = host.attachShadow({ mode: 'open' });
  const stylesheet = element('link', { rel: 'stylesheet', href: STYLESHEET });
  // Words are measured in the font the stylesheet sets, so wait for it.
  const styled = new Promise((resolve) => {
    stylesheet.addEventListener('load', resolve, { once: true });
    stylesheet.addEventListener('error', resolve, { once: true });
  });
  const picker = element('select', { 'aria-label': 'Document' });
  picker.addEventListener('change', () => host.showSelected());
  const stemming = element('input', { type: 'checkbox', name: 'stem' });
  stemming.checked = host.hasAttribute('stem');
  stemming.addEventListener('change', () => host.regroup());
  // Informal spellings (yg, gak) counted as their standard words.
  const slang = element('input', { type: 'checkbox', name: 'slang' });
  slang.checked = host.hasAttribute('slang');
  slang.addEventListener('change', () => host.regroup());
  // Readers' own stopwords: words to hide, and listed stopwords to keep.
  const hide = element('input', { type: 'text', name: 'hide', placeholder: 'e.g. dki, jakarta' });
  const keep = element('input', { type: 'text', name: 'keep', placeholder: 'e.g. kita, anda' });
  const stopwords = element('form', { class: 'stopwords' }, [
    element('label', {}, ['Hide words ', hide]),
    element('label', {}, ['Keep stopwords ', keep]),
    element('button', { type: 'submit' }, ['Apply']),
  ]);
  stopwords.addEventListener('submit', (event) => {
    event.preventDefault();
    host.regroup();
  });
  const status = element('p', { class: 'status', role: 'status' });
  const problem = element('p', { class: 'problem', role: 'alert', hidden: '' });
  const notes = element('ul', { class: 'notes', hidden: '' });
  const summary = element('p', { class: 'summary' });
  const cloudBox = element('figure', { class: 'cloud' });
  const table = element('table', { class: 'terms' });
  const keyness = element('figure', { class: 'keyness' });
  const kwicTitle = element('h3', { tabindex: '-1' });
  const kwicLines = element('ol');
  const kwicClose = element('button', { type: 'button', class: 'close' }, ['Close']);
  const strategyParts = buildStrategy(host);
  const kwicPanel = element('section', { class: 'kwic', hidden: '', 'aria-label': 'Keyword in context' }, [
    element('header', {}, [kwicTitle, kwicClose]),
    kwicLines,
  ]);
  kwicClose.addEventListener('click', () => {
    kwicPanel.hidden = true;
  });
  // Inherited styles are set on this wrapper, not on :host, because the host
  // element itself can be matched by the page's selectors (`* { … }`).
  const frame = element('div', { class: 'arah' }, [
    element('header', {}, [
      element('label', {}, ['Document ', picker]),
      element('label', { class: 'option' }, [stemming, ' Group word forms']),
      summary,
    ]),
    element('details', { class: 'stopwords' }, [
      element('summary', {}, ['Stopwords and spelling']),
      stopwords,
      element('label', { class: 'option' }, [slang, ' Read informal spellings (yg, gak) as standard words']),
    ]),
    status,
    problem,
    notes,
    cloudBox,
    kwicPanel,
    table,
    element('details', { class: 'compare', open: '' }, [
      element('summary', {}, ['Keyness: this document against the others']),
      keyness,
    ]),
    strategyParts.strategy,
  ]);
  // A word in the cloud, the table or the keyness chart opens its contexts.
  const termOf = (target) => target.closest?.('[data-term]')?.dataset.term;
  // A cell of a strategy strip shows its sentence in the evidence list.
  const cellOf = (target) => target.closest?.('.arah-strip [data-index]');
  const open = (target) => {
    const term = termOf(target);
    if (term) return host.showContext(term);
    const cell = cellOf(target);
    if (cell) host.showSentence(cell.closest('[data-document]').dataset.document, cell.dataset.index);
    return term || cell;
  };
  frame.addEventListener('click', (event) => open(event.target));
  frame.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && (termOf(event.target) || cellOf(event.target))) {
      event.preventDefault();
      open(event.target);
    }
  });
  root.append(stylesheet, frame);
  if (host.hasAttribute('strategy')) strategyParts.strategy.open = true;
  return {
    picker, stemming, slang, hide, keep, status, problem, notes, summary, cloud: cloudBox, table, styled,
    keyness, kwic: kwicPanel, kwicTitle, kwicLines, frame, ...strategyParts,
  };
}

/** The strategy section: chart, evidence lists and the lexicon editor. */
function buildStrategy(host) {
  const strategyStatus = element('p', { class: 'status', role: 'status' });
  const strategyProblem = element('p', { class: 'problem', role: 'alert', hidden: '' });
  const strategyChart = element('figure', { class: 'strategy-chart' });
  const showAll = element('input', { type: 'checkbox', name: 'all-sentences' });
  const evidence = element('div', { class: 'evidence' });
  showAll.addEventListener('change', () => evidence.classList.toggle('all', showAll.checked));
  // The lexicon editor.
  const lexiconStatus = element('p', { class: 'hint' });
  const lexiconNote = element('p', { class: 'notes', hidden: '' });
  const lexiconProblem = element('p', { class: 'problem', role: 'alert', hidden: '' });
  const exportLink = element('a', { class: 'button', download: 'arah-lexicon.json', href: '#' }, ['Export JSON']);
  const importFile = element('input', { type: 'file', accept: '.json,application/json', name: 'import' });
  importFile.addEventListener('change', async () => {
    const file = importFile.files[0];
    if (file) await host.useLexicon(await file.text(), true);
    importFile.value = '';
  });
  const reset = element('button', { type: 'button' }, ['Reset to default']);
  reset.addEventListener('click', () => host.useLexicon(null));
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
    if (await host.editLexicon((data) => (data.entries ??= []).push(entry))) addPhrase.value = '';
  });
  const lexiconFilter = element('input', { type: 'search', name: 'find', placeholder: 'phrase, side or category' });
  lexiconFilter.addEventListener('input', () => host.refilter());
  const lexiconRows = element('tbody');
  lexiconRows.addEventListener('change', (event) => {
    const i = event.target.dataset?.entry;
    if (i === undefined) return;
    const weight = Number(event.target.value);
    host.editLexicon((data) => {
      data.entries[i].weight = event.target.value.trim() === '' ? event.target.value : weight;
    });
  });
  lexiconRows.addEventListener('click', (event) => {
    const i = event.target.closest?.('[data-remove]')?.dataset.remove;
    if (i !== undefined) host.editLexicon((data) => data.entries.splice(Number(i), 1));
  });
  const lexiconMore = element('p', { class: 'hint' });
  const editor = element('details', { class: 'lexicon' }, [
    element('summary', {}, ['Edit the strategy lexicon']),
    lexiconStatus,
    lexiconNote,
    lexiconProblem,
    element('div', { class: 'lexicon-actions' }, [
      exportLink,
      element('label', {}, ['Import JSON ', importFile]),
      reset,
    ]),
    add,
    element('label', { class: 'find' }, ['Find ', lexiconFilter]),
    element('table', { class: 'lexicon' }, [
      element('thead', {}, [element('tr', {}, ['Phrase', 'Side', 'Weight', 'Category', '']
        .map((h) => element('th', { scope: 'col' }, [h])))]),
      lexiconRows,
    ]),
    lexiconMore,
  ]);
  const section = element('details', { class: 'strategy' }, [
    element('summary', {}, ['Communication strategy: one-way or two-way']),
    strategyStatus,
    strategyProblem,
    strategyChart,
    element('p', { class: 'hint' }, [
      'Per document: lexicon evidence of one-way communication (broadcasting) to the left, of two-way ' +
        '(dialogue) to the right, with sentence counts and the balance from −1 to 1. Below each bar, one ' +
        'cell per sentence in reading order: click one to see its evidence.',
    ]),
    element('label', { class: 'option' }, [showAll, ' Also list sentences without markers']),
    evidence,
    editor,
  ]);
  section.addEventListener('toggle', () => {
    if (section.open) host.showStrategy();
  });
  return {
    strategy: section, strategyStatus, strategyProblem, strategyChart, evidence, lexiconStatus, lexiconNote, lexiconProblem,
    exportLink, addCategory, lexiconFilter, lexiconRows, lexiconMore,
  };
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

/** One document's sentences with their labels, marked evidence and rules. */
function evidenceList(doc, index, count) {
  const marked = doc.sentences.filter((s) => s.evidence.length).length;
  const items = doc.sentences.slice(0, SENTENCES_LISTED).map((sentence, i) => {
    const badges = [element('span', { class: `label ${sentence.label}` }, [`${i + 1} · ${sentence.label}`])];
    if (sentence.mobilisation) badges.push(element('span', { class: 'label mobilisation' }, ['call to act']));
    return element('li', {
      'data-index': String(i), tabindex: '-1', class: sentence.evidence.length ? '' : 'plain',
    }, [
      element('div', {}, badges),
      element('p', { class: 'sentence' }, highlighted(sentence)),
      element('ul', { class: 'markers' }, sentence.evidence.map((e) => element('li', {}, [
        element('span', { class: `side ${e.side}` }, [e.side]),
        ' ',
        element('q', {}, [e.text]),
        ` — rule ${e.rule}: ${RULES[e.rule] ?? ''}`,
        e.pattern ? ` · entry “${e.pattern}”${e.category ? ` (${e.category})` : ''}` : '',
        e.counted ? '' : ' · not counted',
      ]))),
    ]);
  });
  const more = doc.sentences.length > SENTENCES_LISTED ? ` (first ${SENTENCES_LISTED} listed)` : '';
  return element('details', { 'data-document': String(index), ...(count === 1 ? { open: '' } : {}) }, [
    element('summary', {}, [
      `${doc.file}: ${doc.label}, balance ${round(doc.balance)}; ${marked} of ${doc.sentences.length} ` +
        `sentences with markers${more}`,
    ]),
    element('ol', {}, items),
  ]);
}

/** A sentence's text with each marker in a <mark>, from the UTF-16 offsets. */
function highlighted(sentence) {
  const text = sentence.text;
  const base = sentence.start_utf16;
  const spans = [...sentence.evidence].sort((a, b) => a.start_utf16 - b.start_utf16);
  const parts = [];
  let at = 0;
  for (const e of spans) {
    const start = e.start_utf16 - base;
    const end = e.end_utf16 - base;
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), element('mark', {
      class: `${e.side}${e.counted ? '' : ' uncounted'}`, title: `${e.side} · ${e.rule}`,
    }, [text.slice(start, end)]));
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

function round(value) {
  return Math.round(value * 100) / 100;
}

/** Words typed into a field, separated by commas or spaces. */
function wordList(value) {
  return value.split(/[\s,;]+/).map((w) => w.trim()).filter(Boolean);
}

/** A DOM element with attributes and children (strings become text). */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

async function collectDocuments(host) {
  const children = [...host.querySelectorAll(':scope > article, :scope > script[type="text/plain"]')];
  if (children.length) return gather(children.map((child, i) => childDocument(child, i)));
  const src = host.getAttribute('src')?.trim();
  if (src) return gather(src.split(/\s+/).map((url) => fetchDocument(url, fileTitle(url))));
  const selector = host.getAttribute('selector')?.trim();
  if (selector) {
    const nodes = [...document.querySelectorAll(selector)];
    if (!nodes.length) throw new Error(`No element of this page matches selector="${selector}".`);
    return gather(nodes.map(async (node, i) => ({
      document: { title: node.dataset.title ?? pageTitle(node, i), text: node.innerText ?? node.textContent },
    })));
  }
  throw new Error('No documents: give <arah-widget> child <article> elements, a src or a selector attribute.');
}

function childDocument(child, index) {
  const title = child.dataset.title ?? `Document ${index + 1}`;
  if (child.dataset.src) return fetchDocument(child.dataset.src, title);
  return Promise.resolve({ document: { title, text: child.textContent } });
}

/** Waits for all sources; one that fails becomes a warning, not a blank widget. */
async function gather(pending) {
  const settled = await Promise.allSettled(pending);
  const documents = [];
  const warnings = [];
  for (const outcome of settled) {
    if (outcome.status === 'rejected') {
      warnings.push(outcome.reason?.message ?? String(outcome.reason));
      continue;
    }
    documents.push(outcome.value.document);
    if (outcome.value.warning) warnings.push(outcome.value.warning);
  }
  if (!documents.length) throw new Error(warnings.join(' ') || 'No documents could be read.');
  return { documents, warnings };
}

async function fetchDocument(url, title) {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status}).`);
  const decoded = await readTextFile(url, new Uint8Array(await response.arrayBuffer()));
  return { document: { title, text: decoded.text }, warning: decoded.warning };
}

function fileTitle(url) {
  const name = decodeURIComponent(url.split(/[?#]/)[0].split('/').pop() || url);
  return name.replace(/\.txt$/i, '');
}

function pageTitle(node, index) {
  const heading = node.querySelector('h1, h2') ?? document.querySelector('h1');
  return heading?.textContent.trim() || document.title || `Section ${index + 1}`;
}

function fillPicker(picker, analysis) {
  const previous = picker.value;
  picker.replaceChildren();
  if (!analysis) return;
  const count = analysis.documents.length;
  picker.append(element('option', { value: 'all' }, [count === 1 ? 'The document' : `All ${count} documents`]));
  if (count > 1) {
    analysis.documents.forEach((doc, i) => picker.append(element('option', { value: String(i) }, [doc.title])));
  }
  if ([...picker.options].some((o) => o.value === previous)) picker.value = previous;
}

function fillTable(table, summary, showDocuments) {
  const head = ['#', 'Term', 'Count', ...(showDocuments ? ['Documents'] : [])];
  const rows = summary.topTerms.slice(0, TABLE_ROWS).map((t, i) => {
    // A group's forms show on hover over its term.
    const attributes = { 'data-term': t.term, tabindex: '0' };
    if (t.members?.length > 1) attributes.title = t.members.join(', ');
    const term = element('td', attributes, [t.term]);
    const cells = [String(i + 1), term, String(t.count), ...(showDocuments ? [String(t.documents)] : [])];
    return element('tr', {}, cells.map((c) => (typeof c === 'string' ? element('td', {}, [c]) : c)));
  });
  table.replaceChildren(
    element('caption', {}, [`Top ${rows.length} terms`]),
    element('thead', {}, [element('tr', {}, head.map((h) => element('th', { scope: 'col' }, [h])))]),
    element('tbody', {}, rows),
  );
}

/** Per word [width, ascent, descent] at 1 px, measured in the cloud's font. */
function measureWords(words, fontFamily) {
  const canvas = typeof OffscreenCanvas === 'function'
    ? new OffscreenCanvas(1, 1)
    : document.createElement('canvas');
  const context = canvas.getContext('2d');
  context.font = `${MEASURE_SIZE}px ${fontFamily}`;
  const metrics = new Float64Array(words.length * 3);
  words.forEach(({ text }, i) => {
    const m = context.measureText(text);
    metrics[i * 3] = Math.max(m.width, m.actualBoundingBoxRight + m.actualBoundingBoxLeft) / MEASURE_SIZE;
    metrics[i * 3 + 1] = Math.max(m.actualBoundingBoxAscent, 1) / MEASURE_SIZE;
    metrics[i * 3 + 2] = Math.max(m.actualBoundingBoxDescent, 0) / MEASURE_SIZE;
  });
  return metrics;
}

/** The SVG string from Rust as a node; its text was escaped there. */
function parseSvg(markup) {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (svg.localName !== 'svg') throw new Error('The cloud could not be drawn (invalid SVG).');
  return document.importNode(svg, true);
}

function showProblem(ui, error, warnings) {
  ui.status.textContent = '';
  ui.problem.hidden = false;
  ui.problem.textContent = readable(error);
  ui.cloud.replaceChildren();
  ui.table.replaceChildren();
  showNotes(ui, warnings, false);
}

function showNotes(ui, notes, clearProblem = true) {
  if (clearProblem) {
    ui.problem.hidden = true;
    ui.problem.textContent = '';
  }
  ui.notes.hidden = notes.length === 0;
  ui.notes.replaceChildren(...notes.map((note) => element('li', {}, [note])));
}

/** A sentence for readers: the core's messages start in lower case. */
function readable(error) {
  const message = (error?.message ?? String(error)).trim();
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

customElements.define('arah-widget', ArahWidget);
