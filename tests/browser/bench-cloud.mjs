// Word-cloud layout in headless Chromium: Arah against d3-cloud and
// wordcloud2.js (npm dev dependencies, never shipped) in one page, on the
// same words, pixel sizes, 800×600 area, padding and rotation rule (none),
// each seeded. `make bench` (or `node tests/browser/bench-cloud.mjs [RUNS]`).
//
// Times run from the call to the final positions: Arah's includes drawing
// every word into its glyph atlas and the read-back; d3-cloud's its sprite
// canvas; wordcloud2's drawing onto its canvas, which it does while placing.
// Each library's words are then drawn one at a time as it placed them and
// any pixel inked by two words is an overlap.
import { startBrowser, guardedPage, settled } from './harness.mjs';

const runs = Number(process.argv[2] ?? 7);
const session = await startBrowser();
try {
  const guarded = await guardedPage(session.browser);
  const { page } = guarded;
  await page.goto(session.base + 'index.html');
  await settled(page);
  await page.addScriptTag({ url: '/node_modules/d3-cloud/build/d3.layout.cloud.js' });
  await page.addScriptTag({ url: '/node_modules/wordcloud/src/wordcloud2.js' });
  const rows = [];
  for (const count of [300, 1000]) {
    rows.push(...await page.evaluate(benchmark, { count, runs }));
  }
  if (guarded.problems.length) throw new Error(guarded.problems.join('; '));
  console.log(`word clouds, 800×600, padding 2, no rotation, Noto Sans; ${runs} warm runs (median) after a first run:`);
  console.log('words | library | first ms | warm median ms | placed | overlapping pixels');
  for (const r of rows) {
    console.log(`${r.count} | ${r.library} | ${r.first.toFixed(1)} | ${r.median.toFixed(1)} | ${r.placed}/${r.count} | ${r.overlap}`);
  }
  for (const count of [300, 1000]) {
    const arah = rows.find((r) => r.count === count && r.library === 'Arah');
    for (const peer of rows.filter((r) => r.count === count && r.library !== 'Arah')) {
      console.log(`${count} words: ${peer.library} / Arah, warm = ${(peer.median / arah.median).toFixed(1)}×`);
    }
  }
  await guarded.close();
} finally {
  await session.close();
}

/** Runs in the page: every library on the same words, timed and checked. */
async function benchmark({ count, runs }) {
  const arah = await import('./arah.js');
  const family = arah.DEFAULT_FONT;
  await arah.loadFont();
  const files = ['000_385cd6622f47b7f1', '001_8466fea3bf4f444b', '002_92436bb8d9535eba'];
  const texts = await Promise.all(files.map(async (f) => (await fetch(`corpus/${f}.txt`)).text()));
  // The corpus's terms (stopwords kept), topped up with two-word phrases
  // when it has fewer than `count`.
  const analysis = await arah.analyze(texts.map((text, i) => ({ title: String(i), text })), {
    top: count, stopwordLanguages: [], minChars: 1,
  });
  const terms = analysis.corpus.topTerms.map((t) => ({ text: t.term, count: t.count }));
  for (let i = 0; terms.length < count; i++) {
    terms.push({ text: `${terms[i].text} ${terms[i + 1].text}`, count: 1 });
  }
  const max = terms[0].count;
  // Pixel sizes, 10–60 px by the square root of the count, used by all three.
  const words = terms.map((t) => ({ text: t.text, size: Math.round(10 + 50 * Math.sqrt((t.count - 1) / (max - 1 || 1))) }));
  const [width, height, padding] = [800, 600, 2];

  function seeded(seed) {
    let state = seed >>> 0;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }

  /** Pixels inked by two of the drawings (each draws one word on a context). */
  function overlappingPixels(drawings) {
    const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    const owner = new Int32Array(width * height).fill(-1);
    let overlaps = 0;
    drawings.forEach((draw, i) => {
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, width, height);
      draw(context);
      const alpha = context.getImageData(0, 0, width, height).data;
      for (let p = 0; p < owner.length; p++) {
        if (alpha[p * 4 + 3] < 128) continue;
        if (owner[p] >= 0 && owner[p] !== i) overlaps++;
        owner[p] = i;
      }
    });
    return overlaps;
  }

  const libraries = {
    async Arah() {
      const result = await arah.cloud(
        words.map((w) => ({ text: w.text, weight: w.size })),
        {
          width, height, padding, seed: 1, maxWords: count, keepTop: 0,
          minFontSize: 10, maxFontSize: 60, scale: 'linear', fontFamily: family,
        },
      );
      return result.words.map((w) => (context) => {
        context.font = `${w.fontSize}px ${family}`;
        context.fillText(w.text, w.x, w.y);
      });
    },
    d3cloud() {
      return new Promise((resolve) => {
        window.d3.layout.cloud()
          .size([width, height])
          .words(words.map((w) => ({ text: w.text, size: w.size })))
          .padding(padding)
          .rotate(0)
          .font(family)
          .fontSize((d) => d.size)
          .random(seeded(1))
          .on('end', (placed) => resolve(placed.map((w) => (context) => {
            context.font = `${w.size}px ${family}`;
            context.textAlign = 'center';
            context.fillText(w.text, width / 2 + w.x, height / 2 + w.y);
          })))
          .start();
      });
    },
    wordcloud2() {
      return new Promise((resolve) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        // Each word as wordcloud2 draws it, to redraw it alone afterwards.
        const context = canvas.getContext('2d');
        const drawn = [];
        const fillText = context.fillText.bind(context);
        context.fillText = (text, x, y) => {
          const state = { font: context.font, transform: context.getTransform(), baseline: context.textBaseline, align: context.textAlign };
          drawn.push((replay) => {
            replay.setTransform(state.transform);
            replay.font = state.font;
            replay.textBaseline = state.baseline;
            replay.textAlign = state.align;
            replay.fillText(text, x, y);
          });
          fillText(text, x, y);
        };
        const random = Math.random;
        Math.random = seeded(1);
        canvas.addEventListener('wordcloudstop', () => {
          Math.random = random;
          resolve(drawn);
        }, { once: true });
        window.WordCloud(canvas, {
          list: words.map((w) => [w.text, w.size]),
          fontFamily: family,
          gridSize: padding * 2,
          weightFactor: 1,
          minSize: 0,
          rotateRatio: 0,
          shuffle: false,
          drawOutOfBound: false,
          shrinkToFit: false,
          wait: 0,
          abortThreshold: 0,
        });
      });
    },
  };

  const rows = [];
  for (const [library, run] of Object.entries(libraries)) {
    let start = performance.now();
    const placed = await run();
    const first = performance.now() - start;
    const times = [];
    for (let i = 0; i < runs; i++) {
      start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    rows.push({
      count, library, first, median: times[Math.floor(times.length / 2)],
      placed: placed.length, overlap: overlappingPixels(placed),
    });
  }
  return rows;
}
