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
