// The cloud layout in wasm under V8 (Node), stand-in glyph masks, 800 × 600:
// warm median and best of 21 calls of the facade's `cloud` (serde in and out,
// layout, SVG), the first call, and words placed.
//
//   cargo build --target wasm32-unknown-unknown --release --lib
//   wasm-bindgen --target nodejs --out-dir /tmp/arah-node --out-name arah \
//     target/wasm32-unknown-unknown/release/arah.wasm
//   wasm-opt /tmp/arah-node/arah_bg.wasm -o /tmp/arah-node/arah_bg.wasm -Oz \
//     --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
//     --enable-reference-types --enable-multivalue
//   ARAH_NODE_PKG=/tmp/arah-node node scripts/cloud_bench_wasm.cjs
//
// The words are the reference corpus's terms (no stopwords removed, numbers
// counted) topped up to 1000 with two-word phrases, as in
// examples/cloud_bench.rs.
const fs = require('fs');
const path = require('path');
const arah = require(path.join(process.env.ARAH_NODE_PKG ?? '/tmp/arah-node', 'arah.js'));

const root = path.join(__dirname, '..', 'www', 'corpus');
const documents = fs
  .readdirSync(root)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ title: f, text: fs.readFileSync(path.join(root, f), 'utf8') }));
const analysis = arah.analyze(documents, {
  top: 1000,
  stopwordLanguages: [],
  includeNumbers: true,
  minChars: 1,
});
const words = analysis.corpus.topTerms.map((t) => ({ text: t.term, weight: t.count }));
const distinct = words.length;
for (let i = 0; words.length < 1000; i++) {
  words.push({ text: `${words[i % distinct].text} ${words[(i * 7 + 1) % distinct].text}`, weight: 1 });
}
for (const [n, minFontSize] of [[300, 10], [1000, 10], [1000, 5]]) {
  const chosen = words.slice(0, n);
  const options = { width: 800, height: 600, maxWords: n, minFontSize };
  let start = performance.now();
  let result = arah.cloud(chosen, options);
  const first = performance.now() - start;
  const times = [];
  for (let i = 0; i < 21; i++) {
    start = performance.now();
    result = arah.cloud(chosen, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${n} words, 800×600, min font ${minFontSize} px: median ${times[10].toFixed(2)} ms ` +
      `(best ${times[0].toFixed(2)}, first ${first.toFixed(2)}), placed ${result.words.length}, ` +
      `dropped ${result.dropped.length}`,
  );
}
