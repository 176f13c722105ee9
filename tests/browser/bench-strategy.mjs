// The strategy analysis in headless Chromium: the views module's
// `strategy()` (the wasm the widget runs, with the default lexicons fetched
// as the widget fetches them) on the text `cargo run --profile bench
// --example strategy_eval` times natively: the development texts joined
// and repeated to 1 MB. `make bench` (or `node tests/browser/bench-strategy.mjs [MB]`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowser, guardedPage, settled, ROOT } from './harness.mjs';

const megabytes = Number(process.argv[2] ?? 1);

/** The development texts in documents.tsv order, joined as the example joins them. */
function timedText(bytes) {
  const dir = join(ROOT, 'tests/data/strategy');
  const paths = readFileSync(join(dir, 'documents.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t')[1]);
  const joined = paths.map((path) => readFileSync(join(ROOT, path), 'utf8')).join('\n\n');
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${joined}\n\n`;
  return text;
}

const text = timedText(megabytes * 1e6);
const session = await startBrowser();
try {
  const guarded = await guardedPage(session.browser);
  await guarded.page.goto(session.base + 'index.html');
  await settled(guarded.page);
  const result = await guarded.page.evaluate(async (text) => {
    const arah = await import('./arah.js');
    const lexicons = await arah.defaultLexicons();
    const documents = [{ title: 'speed', text }];
    const run = async () => (await arah.strategy(documents, lexicons, {})).documents[0].sentences.length;
    // The first run loads the views module and the root lexicon.
    const sentences = await run();
    const times = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    return { sentences, times: times.sort((a, b) => a - b) };
  }, text);
  if (guarded.problems.length) throw new Error(guarded.problems.join('; '));
  const mb = Buffer.byteLength(text) / 1e6;
  const median = result.times[3];
  console.log(`strategy, ${mb.toFixed(2)} MB (${result.sentences} sentences), median of 7 in one headless Chromium page:`);
  console.log(`  Arah wasm strategy(): ${median.toFixed(0)} ms (${(mb / (median / 1000)).toFixed(1)} MB/s; fastest ${result.times[0].toFixed(0)} ms)`);
  await guarded.close();
} finally {
  await session.close();
}
