// Arah's JavaScript API: loads the WebAssembly module once, on first use,
// from the file next to this one, and exposes the analysis functions.
import init, * as wasm from './pkg/arah.js';

let ready = null;

/** Loads and instantiates the wasm module; later calls reuse it. */
export function load() {
  ready ??= init({ module_or_path: new URL('./pkg/arah_bg.wasm', import.meta.url) });
  return ready;
}

/** @returns {Promise<import('./pkg/arah.js').Analysis>} */
export async function analyze(documents, options) {
  await load();
  return wasm.analyze(documents, options);
}

/** @returns {Promise<import('./pkg/arah.js').CloudResult>} */
export async function cloud(words, options, metrics) {
  await load();
  return wasm.cloud(words, options, metrics);
}

/** @returns {Promise<import('./pkg/arah.js').TokenSpans>} */
export async function tokenize(text) {
  await load();
  return wasm.tokenize(text);
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
