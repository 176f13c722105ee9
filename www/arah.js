// Arah's JavaScript API: loads the WebAssembly module once, on first use,
// from the file next to this one, and exposes the analysis functions.
import init, * as wasm from './pkg/arah.js';

let ready = null;
let roots = null;

/** Loads and instantiates the wasm module; later calls reuse it. */
export function load() {
  ready ??= init({ module_or_path: new URL('./pkg/arah_bg.wasm', import.meta.url) });
  return ready;
}

// The Indonesian root lexicon is not in the wasm: it is fetched the first
// time a call needs it (grouping word forms, or a run-together word only
// the roots can judge), and that call is made again with it.
function loadRoots() {
  roots ??= fetch(new URL('./pkg/id-roots.txt', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`could not load the root lexicon (HTTP ${response.status})`);
      return response.text();
    })
    .then((text) => wasm.installRootLexicon(text))
    .catch((error) => {
      roots = null;
      throw error;
    });
  return roots;
}

async function withRoots(call) {
  await load();
  wasm.rootsWanted();
  try {
    const result = call();
    if (!wasm.rootsWanted()) return result;
  } catch (error) {
    if (!wasm.rootsWanted()) throw error;
  }
  await loadRoots();
  return call();
}

/** @returns {Promise<import('./pkg/arah.js').Analysis>} */
export function analyze(documents, options) {
  return withRoots(() => wasm.analyze(documents, options));
}

/** Keyness of the target documents against the others, with its SVG chart.
 * @returns {Promise<import('./pkg/arah.js').Comparison>} */
export function compare(documents, options) {
  return withRoots(() => wasm.compare(documents, options));
}

/** Each occurrence of `terms` in `text` with `window` tokens either side.
 * @returns {Promise<import('./pkg/arah.js').KwicLine[]>} */
export function kwic(text, terms, window = 6) {
  return withRoots(() => wasm.kwic(text, terms, window));
}

/** @returns {Promise<string[]>} */
export function stem(words) {
  return withRoots(() => wasm.stem(words));
}

/** @returns {Promise<import('./pkg/arah.js').CloudResult>} */
export async function cloud(words, options, metrics) {
  await load();
  return wasm.cloud(words, options, metrics);
}

/** @returns {Promise<import('./pkg/arah.js').TokenSpans>} */
export function tokenize(text) {
  return withRoots(() => wasm.tokenize(text));
}

/**
 * Decodes a file's bytes: binary files are refused with an Error, invalid
 * UTF-8 is replaced and reported in `warning`.
 * @returns {Promise<import('./pkg/arah.js').DecodedText>}
 */
export async function readTextFile(name, bytes) {
  await load();
  return wasm.readTextFile(name, bytes);
}
