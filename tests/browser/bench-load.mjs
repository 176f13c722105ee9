// Time from navigation start to the first cloud on the demo page, in headless
// Chromium: `make bench` (or `node tests/browser/bench-load.mjs [RUNS]`).
// Each run is a fresh browser context (nothing cached); the widget marks
// `arah:cloud` on the Performance timeline when its SVG is in the page.
import { startBrowser, guardedPage, settled } from './harness.mjs';

const runs = Number(process.argv[2] ?? 9);
const session = await startBrowser();
const timings = [];
try {
  for (let run = 0; run < runs; run++) {
    const guarded = await guardedPage(session.browser);
    await guarded.page.goto(session.base + 'index.html');
    await settled(guarded.page);
    const times = await guarded.page.evaluate(() => {
      const cloud = performance.getEntriesByName('arah:cloud')[0]?.startTime;
      const start = performance.getEntriesByName('arah:start')[0]?.startTime;
      const [navigation] = performance.getEntriesByType('navigation');
      return { cloud, start, domContentLoaded: navigation.domContentLoadedEventEnd };
    });
    // Warm compute alone, in the same page: what the widget itself costs
    // once its files are here.
    times.warm = await guarded.page.evaluate(async () => {
      const arah = await import('./arah.js');
      const files = ['000_385cd6622f47b7f1', '001_8466fea3bf4f444b', '002_92436bb8d9535eba'];
      const documents = await Promise.all(files.map(async (f) => ({
        title: f, text: await (await fetch(`corpus/${f}.txt`)).text(),
      })));
      let t = performance.now();
      const analysis = await arah.analyze(documents, { top: 100 });
      const analyze = performance.now() - t;
      t = performance.now();
      await arah.termCloud(analysis.corpus.topTerms, { width: 900, height: 540, maxWords: 100 });
      return { analyze, cloud: performance.now() - t };
    });
    if (guarded.problems.length) throw new Error(guarded.problems.join('; '));
    if (times.cloud === undefined) throw new Error('no arah:cloud mark');
    timings.push(times);
    await guarded.close();
  }
} finally {
  await session.close();
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const clouds = timings.map((t) => t.cloud);
console.log(`demo page, ${runs} cold loads in headless Chromium (ms from navigation start):`);
console.log(`  first cloud:        median ${median(clouds).toFixed(1)}, min ${Math.min(...clouds).toFixed(1)}, max ${Math.max(...clouds).toFixed(1)}`);
console.log(`  widget script start: median ${median(timings.map((t) => t.start)).toFixed(1)}`);
console.log(`  DOMContentLoaded:   median ${median(timings.map((t) => t.domContentLoaded)).toFixed(1)}`);
const sinceStart = timings.map((t) => t.cloud - t.start);
console.log(`  script start → first cloud: median ${median(sinceStart).toFixed(1)}, min ${Math.min(...sinceStart).toFixed(1)}`);
console.log(`  warm, in the page: analyze 3 documents median ${median(timings.map((t) => t.warm.analyze)).toFixed(1)}, `
  + `cloud of 100 words (900×540) median ${median(timings.map((t) => t.warm.cloud)).toFixed(1)}`);
