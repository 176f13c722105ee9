// The widget's panels that need the views module: the keyness chart of a
// picked document and the keyword-in-context lines of a clicked term.
// <arah-widget> imports this the first time a reader needs either, with the
// views wasm, so the first screen carries neither.
import { keyness, kwic } from './arah.js';
import { element, parseSvg, readable, saveMenu, stylesheet } from './arah-dom.js';

const STYLESHEET = new URL('./arah-views.css', import.meta.url).href;
const KEYNESS_ROWS = 12;
// More lines than a reader scrolls through; the heading gives the total.
const KWIC_LINES_SHOWN = 300;

// Each widget's shadow root, once the panels' stylesheet is in it.
const styledRoots = new WeakMap();

/** Adds the panels' stylesheet to the shadow root holding `node`, once;
 * resolves when it has loaded. */
function styledPanels(node) {
  const root = node.getRootNode();
  if (!styledRoots.has(root)) {
    const { link, loaded } = stylesheet(STYLESHEET);
    root.append(link);
    styledRoots.set(root, loaded);
  }
  return styledRoots.get(root);
}

/**
 * Draws into `box` the keyness of document `index` of `documents` against
 * the others, terms counted as `termOptions` say, or a hint how to pick one
 * (`index` null); `stillPicked()` tells whether the reader still wants it.
 */
export async function showKeyness(box, documents, index, termOptions, stillPicked) {
  await styledPanels(box);
  if (index === null) {
    box.replaceChildren(element('p', { class: 'hint' }, [
      'Pick one document above to see the words it uses more, and less, than the others.',
    ]));
    return;
  }
  try {
    const result = await keyness(documents, { target: [index], top: KEYNESS_ROWS, terms: termOptions });
    // A reader who picked another document meanwhile sees that one's.
    if (!stillPicked()) return;
    const chart = parseSvg(result.svg);
    const { svg, ...comparison } = result;
    box.replaceChildren(chart, saveMenu('Save the keyness chart', ['svg', 'png', 'csv', 'json'], async (format) => {
      const { saveChart, saveTable } = await import('./arah-export.js');
      if (format === 'csv' || format === 'json') saveTable('keyness', comparison, format);
      else await saveChart(chart, svg, { name: 'arah-keyness', format });
    }, 'keyness-'), element('p', { class: 'hint' }, [
      `Bar length: signed log-likelihood G² of each term, ${result.target} ` +
        `(${result.targetTerms.toLocaleString('en')} terms) against ${result.reference} ` +
        `(${result.referenceTerms.toLocaleString('en')}); G² above 3.84 means p < 0.05.`,
    ]));
  } catch (error) {
    box.replaceChildren(element('p', { class: 'problem' }, [readable(error)]));
  }
}

/** Lists every occurrence of `term` (all of its group's forms, as the
 * `picked` table has them) in the picked document of `all`, or in all of
 * them, in the widget's keyword-in-context panel, with the CLI's window. */
export async function showContext(ui, term, { index, summary }, all, keepChrome) {
  const styled = styledPanels(ui.kwic);
  const row = summary.topTerms.find((t) => t.term === term);
  const forms = row?.members?.length ? row.members : [term];
  const documents = index === null ? all : [all[index]];
  // As `arah kwic --json` lists them: the file (here the title) and the line.
  const lines = [];
  for (const doc of documents) {
    for (const line of await kwic(doc.text, forms, undefined, { keepChrome })) lines.push({ file: doc.title, line });
  }
  const shown = lines.slice(0, KWIC_LINES_SHOWN);
  ui.kwicTitle.textContent = `“${term}” in context: ${lines.length} occurrence${lines.length === 1 ? '' : 's'}` +
    (forms.length > 1 ? ` of ${forms.join(', ')}` : '') +
    (shown.length < lines.length ? ` (first ${shown.length} shown)` : '');
  // The lines scroll within their box: a keyboard must be able to reach
  // and scroll it too (the lines hold nothing focusable).
  ui.kwicLines.tabIndex = 0;
  ui.kwicLines.replaceChildren(...shown.map(({ file, line }) => element('li', {}, [
    element('span', { class: 'left' }, [element('span', {}, [line.left])]),
    element('mark', {}, [line.keyword]),
    element('span', { class: 'right' }, [line.right]),
    element('span', { class: 'source' }, [file]),
  ])));
  // Every line is saved, not only those shown.
  ui.kwic.querySelector('header .export')?.remove();
  ui.kwicTitle.after(saveMenu('Save the lines', ['csv', 'json'], async (format) => {
    (await import('./arah-export.js')).saveTable('kwic', lines, format);
  }, 'kwic-'));
  await styled;
  ui.kwic.hidden = false;
  ui.kwicTitle.focus();
}
