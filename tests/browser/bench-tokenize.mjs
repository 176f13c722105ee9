// Tokenize + count in headless Chromium: Arah's wasm `analyze` against a
// plain JavaScript tokenizer (the regex and Map of issue 3) on the same
// text in the same page. `make bench` (or `node tests/browser/bench-tokenize.mjs [MB]`).
import { startBrowser, guardedPage, settled } from './harness.mjs';

const megabytes = Number(process.argv[2] ?? 5);
const session = await startBrowser();
try {
  const guarded = await guardedPage(session.browser);
  await guarded.page.goto(session.base + 'index.html');
  await settled(guarded.page);
  const result = await guarded.page.evaluate(async (size) => {
    const arah = await import('./arah.js');
    const files = ['000_385cd6622f47b7f1', '001_8466fea3bf4f444b', '002_92436bb8d9535eba'];
    const corpus = (await Promise.all(files.map(async (f) => (await fetch(`corpus/${f}.txt`)).text()))).join('\n');
    const text = Array(Math.ceil((size * 1e6) / corpus.length)).fill(corpus).join('\n');
    const javascript = () => {
      const counts = new Map();
      for (const term of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      return counts.size;
    };
    const wasm = async () => (await arah.analyze([{ title: 'bench', text }], { top: 10 })).corpus.uniqueTerms;
    const time = async (run) => {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2];
    };
    await wasm();
    javascript();
    return { bytes: new TextEncoder().encode(text).length, js: await time(javascript), wasm: await time(wasm) };
  }, megabytes);
  if (guarded.problems.length) throw new Error(guarded.problems.join('; '));
  const mb = result.bytes / 1e6;
  console.log(`tokenize + count, ${mb.toFixed(1)} MB, median of 5 in one headless Chromium page:`);
  console.log(`  JavaScript regex + Map: ${result.js.toFixed(0)} ms (${(mb / (result.js / 1000)).toFixed(0)} MB/s)`);
  console.log(`  Arah wasm analyze:      ${result.wasm.toFixed(0)} ms (${(mb / (result.wasm / 1000)).toFixed(0)} MB/s)`);
  console.log(`  ratio (JS time / wasm time): ${(result.js / result.wasm).toFixed(2)}×`);
  await guarded.close();
} finally {
  await session.close();
}
