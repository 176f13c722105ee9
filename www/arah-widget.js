// <arah-widget>: a word cloud, a top-terms table and a document picker for
// the texts it is given. Everything lives in an open shadow root so the host
// page's styles cannot reach in and the widget's cannot leak out.
//
// Attributes: `words` (most words in the cloud), `seed`, `stem` (start with
// word forms grouped by stem; readers can switch it), `slang` (start with
// informal spellings read as standard words; likewise switchable), `font`
// ("inherit": the host page's font instead of the bundled Noto Sans),
// `theme` ("dark"), `shape` ("ellipse"), `rotate` ("mixed": some words
// turned 90°), `strategy` (open the communication-strategy section at once),
// `add-texts` (an "Add texts" panel: paste, drop or open files, which join
// the documents; its code, arah-files.js, loads when a reader opens it).
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
  analyze, comparisonCloud, DEFAULT_FONT, load, loadFont, readTextFile, termCloud,
} from './arah.js';
import { element, parseSvg, readable, saveMenu, stylesheet } from './arah-dom.js';

performance.mark('arah:start');

const TABLE_ROWS = 20;
// What the widget says about what a page gave it (arah-messages.js),
// imported when it has something to say.
const messages = () => import('./arah-messages.js');
// The attributes a whole number from 1 up is read from, and their defaults
// (what each accepts is said in arah-messages.js).
const NUMBERS = { words: 100, seed: 1 };
// Dropped words named in the note under the cloud, each at most this long.
const NOTE_WORD_CHARS = 40;
const STYLESHEET = new URL('./arah-widget.css', import.meta.url).href;
class ArahWidget extends HTMLElement {
  static observedAttributes = ['src', 'selector', 'words', 'seed', 'font', 'theme', 'shape', 'rotate', 'keep-chrome'];

  #documents = null;
  // Where this widget keeps its reader's choices (see #remember).
  #storeKey = '';
  #programmatic = null;
  #analysis = null;
  #warnings = [];
  #loadToken = 0;
  #ui = null;
  #cloud = null;
  // The strategy section's code, imported the first time it opens.
  #strategyView = null;

  connectedCallback() {
    if (this.#ui) return this.#load();
    // Each widget's own key, so two on a page keep their own choices: its
    // id, or its place among the page's widgets.
    this.#storeKey = `arah-widget:${this.id ? `#${this.id}` : [...document.querySelectorAll('arah-widget')].indexOf(this)}`;
    this.#ui = buildShadow(this, this.#settings(), {
      regroup: () => {
        this.#remember();
        if (this.#documents) this.#analyse();
      },
      showSelected: () => {
        this.#remember();
        // Its lines were of the document picked before.
        this.#ui.kwic.hidden = true;
        if (this.#analysis) this.#show();
      },
      showContext: (term) => this.#showContext(term),
      // The cloud on screen as SVG or PNG, the terms table as shown as CSV
      // or JSON (arah-export.js, imported on the first click).
      exportCloud: async (format) => this.#cloud && (await import('./arah-export.js')).saveChart(
        this.#ui.cloud.querySelector('svg'), this.#cloud.svg, { name: 'arah-cloud', format, fontFamily: this.#cloud.fontFamily },
      ),
      saveTerms: async (format) => this.#analysis && (await import('./arah-export.js'))
        .saveTable('terms', this.#picked().summary.topTerms.slice(0, TABLE_ROWS), format),
      showStrategy: () => this.#showStrategy(),
      // The "Add texts" panel, built by arah-files.js when it first opens:
      // what it reads joins the documents, which stay if a file fails.
      addTexts: () => import('./arah-files.js').then(({ addTexts }) => addTexts(this.#ui, (documents, warnings) =>
        this.setDocuments([...this.#documents ?? [], ...documents], [...this.#warnings, ...warnings])))
        .catch((error) => showProblem(this.#ui, error, this.#warnings)),
    });
    const saved = this.#stored() ?? {};
    for (const input of choices(this.#ui)) if (input.name in saved) input[field(input)] = saved[input.name];
    // Fetch and compile the wasm (and the font) while the documents are
    // being fetched.
    load().catch(() => {});
    if (!this.#hostFont()) loadFont().catch(() => {});
    this.#load();
  }

  /** Keeps the reader's choices in this browser. */
  #remember() {
    this.#stored(Object.fromEntries(choices(this.#ui).map((input) => [input.name, input[field(input)]])));
  }

  /** The choices kept, or with `values` keeps those; null where the browser
   * refuses storage (private modes, file: pages), which forgets them. */
  #stored(values) {
    try {
      return values
        ? localStorage.setItem(this.#storeKey, JSON.stringify(values))
        : JSON.parse(localStorage.getItem(this.#storeKey));
    } catch {
      return null;
    }
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
    // Its lines are of the documents being replaced.
    this.#ui.kwic.hidden = true;
    try {
      const { documents, warnings } = this.#programmatic
        ? (await messages()).checkedDocuments(this.#programmatic)
        : await collectDocuments(this, this.#settings());
      if (token !== this.#loadToken) return;
      this.#documents = documents;
      this.#warnings = warnings;
      await this.#analyse(token);
      if (token === this.#loadToken && this.#ui.strategy.open) await this.#showStrategy(true);
    } catch (error) {
      // The input failed: no view may go on showing the documents it replaced.
      if (token === this.#loadToken) {
        this.#documents = null;
        if (this.#strategyView) this.#showStrategy(true);
      }
      this.#fail(token, error);
    }
  }

  /** Analyses the current documents again (after a change of options). */
  async #analyse(token = ++this.#loadToken) {
    const ui = this.#ui;
    try {
      this.#analysis = await analyze(plain(this.#documents), {
        ...this.#termOptions(),
        top: Math.max(this.#settings().words, TABLE_ROWS),
      });
      if (token !== this.#loadToken) return;
      fillPicker(ui.picker, this.#analysis);
      await this.#show();
    } catch (error) {
      this.#fail(token, error);
    }
  }

  /** How terms are counted, from the reader's choices. */
  #termOptions() {
    const ui = this.#ui;
    return {
      groupByStem: ui.stemming.checked,
      normalizeSlang: ui.slang.checked,
      extraStopwords: wordList(ui.hide.value),
      keepWords: wordList(ui.keep.value),
      keepChrome: this.#settings().keepChrome,
    };
  }

  /** Every attribute, read and checked in this one place. */
  #settings() {
    return {
      src: this.getAttribute('src')?.trim() ?? '',
      selector: this.getAttribute('selector')?.trim() ?? '',
      words: Math.min(whole(this.getAttribute('words'), NUMBERS.words), 500),
      seed: whole(this.getAttribute('seed'), NUMBERS.seed),
      hostFont: this.getAttribute('font') === 'inherit',
      theme: this.getAttribute('theme') === 'dark' ? 'dark' : 'light',
      shape: this.getAttribute('shape') === 'ellipse' ? 'ellipse' : 'rectangle',
      rotate: this.getAttribute('rotate') === 'mixed' ? 'mixed' : 'none',
      keepChrome: this.hasAttribute('keep-chrome'),
      stem: this.hasAttribute('stem'),
      slang: this.hasAttribute('slang'),
      strategy: this.hasAttribute('strategy'),
    };
  }

  #fail(token, error) {
    if (token !== this.#loadToken) return;
    this.#analysis = null;
    fillPicker(this.#ui.picker, null);
    showProblem(this.#ui, error, this.#warnings);
  }

  async #show() {
    const ui = this.#ui;
    // A load that starts while this one awaits replaces the documents: this
    // one then stops where it is, drawing and saying nothing more.
    const token = this.#loadToken;
    const documents = this.#documents;
    const current = () => token === this.#loadToken;
    const { index, summary } = this.#picked();
    fillTable(ui.table, summary, index === null && this.#analysis.documents.length > 1);
    ui.summary.textContent =
      `${summary.tokenCount.toLocaleString('en')} words, ` +
      `${summary.uniqueTerms.toLocaleString('en')} distinct terms after stopwords`;
    try {
      await ui.styled;
      // A comparison cloud: each term in the document that uses it most.
      // Comparing needs two documents and all of them shown.
      ui.comparing.parentElement.hidden = documents.length < 2;
      const comparing = ui.comparing.checked && index === null && documents.length > 1;
      const settings = this.#settings();
      const width = Math.round(Math.min(Math.max(ui.cloud.clientWidth, 320), 1200));
      const fontFamily = await this.#cloudFont();
      const options = {
        width,
        height: Math.round(width * 0.6),
        seed: settings.seed,
        maxWords: settings.words,
        // The largest word about a sixth of the width; the layout shrinks
        // every size when the words need more room.
        maxFontSize: Math.round(width / 6),
        fontFamily,
        theme: settings.theme,
        shape: settings.shape,
        rotate: settings.rotate,
      };
      ui.frame.classList.toggle('dark', settings.theme === 'dark');
      const result = comparing
        ? await comparisonCloud(plain(documents), this.#termOptions(), options)
        : await termCloud(summary.topTerms, options);
      if (!current()) return;
      this.#cloud = result;
      ui.cloud.replaceChildren(parseSvg(result.svg));
      const notes = [...this.#warnings];
      // Said in the words of arah-messages.js, imported only for them.
      // `!=` compares the number used with the attribute's text as a number.
      const wrong = Object.keys(NUMBERS).filter((name) => this.hasAttribute(name) && whole(this.getAttribute(name), NUMBERS[name]) != this.getAttribute(name));
      if (wrong.length) notes.push(...(await messages()).attributeNotes(this, wrong, NUMBERS));
      if (!current()) return;
      // Why a word given up, or a comparison, is not drawn.
      if (result.warning) notes.push(readable(result.warning));
      if (result.dropped.length) {
        // A word may be a whole text without spaces: named, not repeated.
        const named = result.dropped.map((w) => (w.length > NOTE_WORD_CHARS ? `${w.slice(0, NOTE_WORD_CHARS)}…` : w));
        notes.push(`${result.dropped.length} word(s) did not fit: ${named.join(', ')}`);
      }
      showNotes(ui, notes);
      ui.status.textContent = '';
      performance.mark('arah:cloud');
      this.dispatchEvent(new CustomEvent('arah-render', {
        detail: { document: index, words: result.words.length, dropped: result.dropped },
      }));
      // Below the cloud, so it comes after the first paint of what matters.
      await this.#showKeyness(index, documents);
    } catch (error) {
      if (!current()) return;
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

  /** The picked document's keyness against the others, or a hint how to
   * get there (arah-views.js, imported with the views module). */
  async #showKeyness(index, documents) {
    const box = this.#ui.keyness;
    // One document has nothing to be compared with.
    if ((box.parentElement.hidden = documents.length < 2)) return;
    const { showKeyness } = await import('./arah-views.js');
    await showKeyness(box, plain(documents), index, this.#termOptions(),
      () => this.#ui.picker.value === String(index));
  }

  /** Keyword in context for a term of the tables, in the picked document. */
  async #showContext(term) {
    if (!this.#analysis) return;
    const { showContext } = await import('./arah-views.js');
    await showContext(this.#ui, term, this.#picked(), this.#documents, this.#settings().keepChrome);
  }

  /** The host page's font when the `font` attribute asks for it. */
  #hostFont() {
    return this.#settings().hostFont ? getComputedStyle(this).fontFamily : null;
  }

  /** The font family clouds are drawn in, once it can draw: the words are
   * measured in it, and a fallback would give other shapes. */
  async #cloudFont() {
    const host = this.#hostFont();
    if (host) return host;
    await loadFont();
    return DEFAULT_FONT;
  }

  /** The strategy section, computed when it opens: its code and the views
   * wasm load then, so the first screen never waits for them. It sees the
   * widget through this context only. */
  async #showStrategy(documentsChanged = false) {
    const context = {
      documents: () => this.#documents && plain(this.#documents),
      settings: () => this.#settings(),
      cloudFont: () => this.#cloudFont(),
      announce: (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail })),
    };
    this.#strategyView ??= import('./arah-strategy.js').then(({ StrategyView }) => new StrategyView(context, this.#ui.strategy));
    try {
      await (await this.#strategyView).show(documentsChanged);
    } catch (error) {
      this.#strategyView = null;
      this.#ui.strategy.append(element('p', { class: 'problem', role: 'alert' }, [readable(error)]));
    }
  }

}

/** The widget's shadow tree; `settings` give the controls' first state and
 * `actions` are what they do. */
function buildShadow(host, settings, actions) {
  const root = host.attachShadow({ mode: 'open' });
  // Words are measured in the font the stylesheet sets, so wait for it.
  const { link: styles, loaded: styled } = stylesheet(STYLESHEET);
  const picker = element('select', { 'aria-label': 'Document' });
  picker.addEventListener('change', actions.showSelected);
  const stemming = element('input', { type: 'checkbox', name: 'stem' });
  stemming.checked = settings.stem;
  stemming.addEventListener('change', actions.regroup);
  const comparing = element('input', { type: 'checkbox', name: 'comparison-cloud' });
  comparing.addEventListener('change', actions.showSelected);
  // Informal spellings (yg, gak) counted as their standard words.
  const slang = element('input', { type: 'checkbox', name: 'slang' });
  slang.checked = settings.slang;
  slang.addEventListener('change', actions.regroup);
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
    actions.regroup();
  });
  const status = element('p', { class: 'status', role: 'status' });
  const problem = element('p', { class: 'problem', role: 'alert', hidden: '' });
  const notes = element('ul', { class: 'notes', hidden: '' });
  const summary = element('p', { class: 'summary' });
  const cloudBox = element('figure', { class: 'cloud' });
  // Arrow keys walk the cloud's words by weight; Home and End jump.
  cloudBox.addEventListener('keydown', (event) => {
    const words = [...cloudBox.querySelectorAll('text[data-rank]')]
      .sort((a, b) => a.dataset.rank - b.dataset.rank);
    const at = words.indexOf(event.target);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? words.length - 1 : step && at >= 0 ? at + step : -1;
    if (next < 0 || next >= words.length) return;
    event.preventDefault();
    words[next].focus();
  });
  const table = element('table', { class: 'terms' });
  const keyness = element('figure', { class: 'keyness' });
  const kwicTitle = element('h3', { tabindex: '-1' });
  const kwicLines = element('ol');
  const kwicClose = element('button', { type: 'button', class: 'close' }, ['Close']);
  // Its content is built by arah-strategy.js when it first opens.
  const strategySection = element('details', { class: 'strategy' }, [
    element('summary', {}, ['Communication strategy: one-way or two-way']),
  ]);
  strategySection.addEventListener('toggle', () => {
    if (strategySection.open) actions.showStrategy();
  });
  // Shown while the host has the `add-texts` attribute (arah-widget.css).
  const adding = element('details', { class: 'add-texts' }, [element('summary', {}, ['Add texts'])]);
  adding.addEventListener('toggle', actions.addTexts, { once: true });
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
      element('label', { class: 'option' }, [comparing, ' Comparison cloud']),
      summary,
    ]),
    element('details', { class: 'stopwords' }, [
      element('summary', {}, ['Stopwords and spelling']),
      stopwords,
      element('label', { class: 'option' }, [slang, ' Read informal spellings (yg, gak) as standard words']),
    ]),
    adding,
    status,
    problem,
    notes,
    cloudBox,
    saveMenu('Save the cloud', ['svg', 'png'], actions.exportCloud),
    kwicPanel,
    table,
    saveMenu('Save the table', ['csv', 'json'], actions.saveTerms, 'table-'),
    element('details', { class: 'keyness-panel', open: '' }, [
      element('summary', {}, ['Keyness: this document against the others']),
      keyness,
    ]),
    strategySection,
  ]);
  // A word in the cloud, the table or the keyness chart opens its contexts.
  const termOf = (target) => target.closest?.('[data-term]')?.dataset.term;
  frame.addEventListener('click', (event) => {
    const term = termOf(event.target);
    if (term) actions.showContext(term);
  });
  frame.addEventListener('keydown', (event) => {
    const term = (event.key === 'Enter' || event.key === ' ') && termOf(event.target);
    if (!term) return;
    event.preventDefault();
    actions.showContext(term);
  });
  root.append(styles, frame);
  if (settings.strategy) strategySection.open = true;
  return {
    picker, stemming, comparing, slang, hide, keep, status, problem, notes, summary, cloud: cloudBox, table, styled,
    keyness, kwic: kwicPanel, kwicTitle, kwicLines, frame, strategy: strategySection, adding,
  };
}

/** The reader's choices a widget remembers, kept under their names. */
const choices = (ui) => [ui.stemming, ui.comparing, ui.slang, ui.hide, ui.keep];
const field = (input) => (input.type === 'text' ? 'value' : 'checked');

/** A number attribute's `text` as a whole number from 1 up, or `fallback`
 * when it is none or missing. A safe integer, so that Rust reads it as one
 * (a seed of 1e300 or Infinity is no u64). */
function whole(text, fallback) {
  const value = Number(text ?? fallback);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** Documents as the wasm takes them: their title and text only. */
const plain = (documents) => documents.map(({ title, text }) => ({ title, text }));

/** Words typed into a field, separated by commas or spaces. */
function wordList(value) {
  return value.split(/[\s,;]+/).map((w) => w.trim()).filter(Boolean);
}

async function collectDocuments(host, { src, selector }) {
  const children = [...host.querySelectorAll(':scope > article, :scope > script[type="text/plain"]')];
  if (children.length) return gather(children.map((child, i) => childDocument(child, i)));
  if (src) return gather(src.split(/\s+/).map((url) => fetchDocument(url, fileTitle(url))));
  if (selector) {
    const nodes = [...document.querySelectorAll(selector)];
    if (!nodes.length) throw new Error((await messages()).noMatch(selector));
    return gather(nodes.map(async (node, i) => ({
      document: { title: node.dataset.title ?? pageTitle(node, i), text: node.innerText ?? node.textContent },
    })));
  }
  throw new Error((await messages()).noDocuments());
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
  if (!documents.length) throw new Error(warnings.join(' ') || (await messages()).noneRead());
  return { documents, warnings };
}

async function fetchDocument(url, title) {
  // A `%` that starts no `%XX` escape is part of the file's name: a page
  // that writes src="100%.txt" means the file named "100%.txt".
  const response = await fetch(new URL(url.replace(/%(?![\da-f]{2})/gi, '%25'), document.baseURI));
  if (!response.ok) throw new Error((await messages()).notLoaded(url, response.status));
  const decoded = await readTextFile(url, new Uint8Array(await response.arrayBuffer()));
  return { document: { title, text: decoded.text }, warning: decoded.warning };
}

/** A file's title from its URL, its escapes decoded where they decode. */
function fileTitle(url) {
  let name = url.split(/[?#]/)[0].split('/').pop() || url;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A raw % (src="100%.txt") or an escape of no UTF-8 character (%FF):
    // the name as written.
  }
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

function showProblem(ui, error, warnings) {
  ui.status.textContent = '';
  ui.problem.hidden = false;
  ui.problem.textContent = readable(error);
  ui.summary.textContent = '';
  for (const view of [ui.cloud, ui.table, ui.keyness]) view.replaceChildren();
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

customElements.define('arah-widget', ArahWidget);
