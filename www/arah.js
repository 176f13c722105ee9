// Arah's JavaScript API. The analysis runs in two WebAssembly modules built
// from the same Rust crate: the first screen's (analysis and the cloud of
// its term table), loaded at once, and the views' (keyness, keyword in
// context, stems, communication strategy, clouds of any words, comparison
// clouds, tokens, files), loaded the first time a reader or a call needs
// one of them. Both come from the files next to this one, as do the data
// files fetched on first use (the root lexicon, the default strategy lexicons).
// Every such file is named by a literal `new URL('./pkg/…', import.meta.url)`,
// the form bundlers (Vite, webpack, esbuild) recognise and emit as an asset.
import initFirstScreen, * as firstScreen from './pkg/arah.js';

const pending = new Map();

/** `make()`'s promise, made once for `key`; forgotten when it fails, so that
 * a later call tries again. */
function once(key, make) {
  if (!pending.has(key)) {
    pending.set(key, make().catch((error) => {
      pending.delete(key);
      throw error;
    }));
  }
  return pending.get(key);
}

const modules = {
  async firstScreen() {
    await initFirstScreen({ module_or_path: new URL('./pkg/arah_bg.wasm', import.meta.url) });
    return firstScreen;
  },
  async views() {
    const views = await import('./pkg/arah_views.js');
    await views.default({ module_or_path: new URL('./pkg/arah_views_bg.wasm', import.meta.url) });
    return views;
  },
};

const instance = (name) => once(name, modules[name]);

/** Loads and instantiates the first screen's module; later calls reuse it. */
export function load() {
  return instance('firstScreen');
}

/** A file next to the wasm, or an Error naming `what` could not be loaded. */
async function fetchFile(url, what) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${what} (HTTP ${response.status})`);
  return response;
}

/** The text of a data file next to the wasm, fetched once. */
const fetchText = (url, what) => once(url.href, async () => (await fetchFile(url, what)).text());

// The Indonesian root lexicon is not in the wasm: it is fetched the first
// time a call needs it (grouping word forms, or a run-together word only
// the roots can judge), installed in the module that asked, and that call
// is made again with it.
const fetchRoots = () => fetchText(new URL('./pkg/id-roots.txt', import.meta.url), 'the root lexicon');

async function run(name, call) {
  const wasm = await instance(name);
  wasm.rootsWanted();
  try {
    const result = call(wasm);
    if (!wasm.rootsWanted()) return result;
  } catch (error) {
    if (!wasm.rootsWanted()) throw error;
  }
  wasm.installRootLexicon(await fetchRoots());
  return call(wasm);
}

/** Where a text may hold page chrome, or slang is asked for, the views
 * module (which has both stages) counts again.
 * @returns {Promise<import('./pkg/arah.js').Analysis>} */
export async function analyze(documents, options) {
  const first = await instance('firstScreen');
  first.viewsWanted();
  const result = await run('firstScreen', (wasm) => wasm.analyze(documents, options));
  if (!first.viewsWanted()) return result;
  return analyzeInDetail(documents, options);
}

/** `analyze`, plus tf-idf per document and the corpus's collocations.
 * @returns {Promise<import('./pkg/arah_views.js').Analysis>} */
export function analyzeInDetail(documents, options) {
  return run('views', (wasm) => wasm.analyzeInDetail(documents, options));
}

/** Keyness of the target documents against the others, with its SVG chart.
 * @returns {Promise<import('./pkg/arah_views.js').Comparison>} */
export function keyness(documents, options) {
  return run('views', (wasm) => wasm.keyness(documents, options));
}

/** Each occurrence of `terms` in `text` with `window` tokens either side
 * (by default as many as `arah kwic` shows); those in page chrome only with
 * `options.keepChrome`.
 * @returns {Promise<import('./pkg/arah_views.js').KwicLine[]>} */
export function kwic(text, terms, window, options) {
  return run('views', (wasm) => wasm.kwic(text, terms, window, options));
}

/** @returns {Promise<string[]>} */
export function stem(words) {
  return run('views', (wasm) => wasm.stem(words));
}

/**
 * The JSON texts of the default strategy lexicons (Indonesian, English),
 * fetched the first time they are needed.
 * @returns {Promise<string[]>}
 */
export function defaultLexicons() {
  return Promise.all([
    fetchText(new URL('./pkg/strategy-id.json', import.meta.url), 'the Indonesian strategy lexicon'),
    fetchText(new URL('./pkg/strategy-en.json', import.meta.url), 'the English strategy lexicon'),
  ]);
}

/**
 * One-way against two-way communication per sentence and document, with
 * its SVG chart. `lexiconTexts` are lexicon JSON texts merged in order;
 * without them, the default lexicons. `options`: `{ keepChrome }` scores
 * page chrome too.
 * @returns {Promise<import('./pkg/arah_views.js').StrategyResult>}
 */
export async function strategy(documents, lexiconTexts, options) {
  const lexicons = lexiconTexts ?? (await defaultLexicons());
  return run('views', (wasm) => wasm.strategy(documents, lexicons, options));
}

/**
 * Checks lexicon JSON (one text or several) and merges it into one text in
 * the lexicon file format; malformed JSON is an Error naming line and column.
 * @returns {Promise<import('./pkg/arah_views.js').LexiconCheck>}
 */
export function checkLexicon(lexiconTexts) {
  return run('views', (wasm) => wasm.checkLexicon(lexiconTexts));
}

/** The cloud's default font: Noto Sans (SIL OFL 1.1, `pkg/arah-sans.woff2`),
 * registered from its bytes, so every reader sees the same shapes without a
 * request beyond Arah's own files. */
export const DEFAULT_FONT = '"Arah Sans", "Noto Sans", system-ui, sans-serif';

/** Registers the default font once; resolves, when it can draw, to its
 * bytes (an SVG export embeds them). */
export function loadFont() {
  const url = new URL('./pkg/arah-sans.woff2', import.meta.url);
  return once(url.href, async () => {
    const bytes = await (await fetchFile(url, "the cloud's font")).arrayBuffer();
    document.fonts.add(await new FontFace('Arah Sans', bytes.slice(0)).load());
    return bytes;
  });
}

/**
 * A word cloud of any `{ text, weight }` words (from the views module). Each
 * word's mask comes from its real glyphs: the wasm draws all words once, in
 * `options.fontFamily`, on one OffscreenCanvas and reads the pixels back
 * once (src/wasm/glyph_atlas.rs). `glyphs: 'estimate'` uses the built-in
 * estimate instead. `shape` is an optional `{ alpha: Uint8Array, width }`
 * (words go where alpha ≥ 128, stretched over the area), for example from
 * `shapeFromImage`.
 * @returns {Promise<import('./pkg/arah_views.js').CloudResult>}
 */
export function cloud(words, options = {}, { glyphs = 'canvas', shape } = {}) {
  return run('views', (wasm) => wasm.cloud(
    words, options, glyphs !== 'estimate', shape?.alpha, shape?.width ?? 0,
  ));
}

/**
 * The cloud of a term table's rows (`analysis.corpus.topTerms` or a
 * document's), each row made a cloud word in Rust as `arah cloud` makes it;
 * from the first screen's module. Options, glyphs and shape as for `cloud`.
 * @returns {Promise<import('./pkg/arah.js').CloudResult>}
 */
export function termCloud(terms, options = {}, { glyphs = 'canvas', shape } = {}) {
  return run('firstScreen', (wasm) => wasm.termCloud(
    terms, options, glyphs !== 'estimate', shape?.alpha, shape?.width ?? 0,
  ));
}

/** A cloud shape from an image or an SVG path (`d`), as `cloud` takes it:
 * the image's (or the filled path's) alpha at `width` × `height` pixels. */
export function shapeFromImage(source, width = 200, height = 120) {
  const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (typeof source === 'string') {
    context.fill(new Path2D(source));
  } else {
    context.drawImage(source, 0, 0, width, height);
  }
  // Four channels a pixel read as one little-endian word: alpha is its top byte.
  const pixels = new Uint32Array(context.getImageData(0, 0, width, height).data.buffer);
  const alpha = new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) alpha[i] = pixels[i] >>> 24;
  return { alpha, width };
}

/** @returns {Promise<import('./pkg/arah_views.js').TokenSpans>} */
export function tokenize(text) {
  return run('views', (wasm) => wasm.tokenize(text));
}

/**
 * A comparison cloud of `documents`, one group each: every term in the
 * group whose share of all its terms most exceeds the term's mean share,
 * sized by that excess (as `arah cloud --compare`). `analyzeOptions` say
 * how terms are counted, `cloudOptions` how the cloud is laid out (the
 * groups' names default to the documents' titles); glyphs as for `cloud`.
 * @returns {Promise<import('./pkg/arah_views.js').CloudResult>}
 */
export function comparisonCloud(documents, analyzeOptions = {}, cloudOptions = {}, { glyphs = 'canvas' } = {}) {
  return run('views', (wasm) => wasm.comparisonCloud(
    documents, analyzeOptions, cloudOptions, glyphs !== 'estimate',
  ));
}

/**
 * Decodes a file's bytes: binary files are refused with an Error, invalid
 * UTF-8 is replaced and reported in `warning`.
 * @returns {Promise<import('./pkg/arah_views.js').DecodedText>}
 */
export function readTextFile(name, bytes) {
  // Valid UTF-8 without NUL bytes is what Rust's decode_text returns as it
  // is (a leading byte-order mark dropped, as TextDecoder drops it), so the
  // common file needs no wasm; anything else is Rust's to judge.
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.includes('\0')) return Promise.resolve({ text });
  } catch {
    // Not UTF-8: replaced with a warning, or refused as binary, below.
  }
  return run('views', (wasm) => wasm.readTextFile(name, bytes));
}
