// How close the CLI's cloud (real glyphs of the bundled Noto Sans, shaped by
// harfrust, rasterised by ab_glyph) is to the widget's (the same font drawn
// by Chromium's canvas) for the same words, seed and size: the corpus's top
// words from `arah top --json`, laid out by `arah cloud` and by the widget's
// `cloud()` in headless Chromium, word by word.
//
//   node tests/browser/compare-cloud-cli.mjs [SEEDS] [WORDS]
//
// Needs `make build` (the widget) and `cargo build --bin arah`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, ROOT, cli, guardedPage, settled, startBrowser } from './harness.mjs';

const seeds = Number(process.argv[2] ?? 5);
const count = Number(process.argv[3] ?? 100);
const [width, height] = [800, 500];
const binary = process.env.ARAH_BIN ?? `${ROOT}target/debug/arah`;
const words = cli(['top', ...CORPUS, '--n', String(count)]).map((t) => ({ text: t.term, weight: t.count }));

/** The CLI's placed words: term → left end, baseline, size, angle. */
function cliCloud(seed) {
  const out = join(mkdtempSync(join(tmpdir(), 'arah-glyphs-')), 'cloud.svg');
  execFileSync(binary, ['cloud', ...CORPUS, '--words', String(count), '--seed', String(seed),
    '--width', String(width), '--height', String(height), '-o', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
  const svg = readFileSync(out, 'utf8');
  const placed = new Map();
  for (const [tag] of svg.matchAll(/<text role="listitem"[^>]*>/g)) {
    const attr = (name) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
    const turn = attr('transform')?.match(/rotate\((-?[\d.]+)/);
    placed.set(attr('data-term'), {
      x: Number(attr('x')), y: Number(attr('y')), size: Number(attr('font-size')), angle: turn ? Number(turn[1]) : 0,
    });
  }
  return placed;
}

const session = await startBrowser();
try {
  const guarded = await guardedPage(session.browser);
  const { page } = guarded;
  await page.goto(session.base + 'index.html');
  await settled(page);
  const rows = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const widget = new Map(Object.entries(await page.evaluate(async ({ words, seed, width, height }) => {
      const arah = await import('./arah.js');
      await arah.loadFont();
      const result = await arah.cloud(words, { width, height, seed, maxWords: words.length, fontFamily: arah.DEFAULT_FONT });
      // As the SVG writes them: two decimals.
      const r = (v) => Math.round(v * 100) / 100;
      return Object.fromEntries(result.words.map((w) => [w.text, { x: r(w.x), y: r(w.y), size: r(w.fontSize), angle: w.angle }]));
    }, { words, seed, width, height })));
    const native = cliCloud(seed);
    let same = 0, sameSize = 0, distance = 0, both = 0;
    for (const [term, a] of widget) {
      const b = native.get(term);
      if (!b) continue;
      both++;
      if (Math.abs(a.size - b.size) <= 0.011) sameSize++;
      if (Math.abs(a.x - b.x) <= 0.011 && Math.abs(a.y - b.y) <= 0.011 && Math.abs(a.size - b.size) <= 0.011 && a.angle === b.angle) same++;
      distance += Math.hypot(a.x - b.x, a.y - b.y);
    }
    const onlyWidget = [...widget.keys()].filter((t) => !native.has(t));
    const onlyCli = [...native.keys()].filter((t) => !widget.has(t));
    rows.push({ seed, widget: widget.size, cli: native.size, both, same, sameSize, mean: distance / (both || 1), onlyWidget, onlyCli });
  }
  if (guarded.problems.length) throw new Error(guarded.problems.join('; '));
  console.log(`CLI (harfrust + ab_glyph) vs widget (Chromium canvas), Noto Sans, ${count} words of the corpus, ${width}×${height}, default options:`);
  console.log('seed | placed widget / CLI | placed by both | identical placement | same font size | mean distance px | only widget | only CLI');
  for (const r of rows) {
    console.log(`${r.seed} | ${r.widget} / ${r.cli} | ${r.both} | ${r.same} (${(100 * r.same / r.both).toFixed(0)}%) | ${r.sameSize} | ${r.mean.toFixed(1)} | ${r.onlyWidget.join(', ') || '–'} | ${r.onlyCli.join(', ') || '–'}`);
  }
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
  console.log(`all seeds: identical ${sum('same')}/${sum('both')} (${(100 * sum('same') / sum('both')).toFixed(1)}%), mean distance ${(rows.reduce((s, r) => s + r.mean * r.both, 0) / sum('both')).toFixed(1)} px`);
  await guarded.close();
} finally {
  await session.close();
}
