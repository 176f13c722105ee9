// Shared set-up of the browser tests and benchmarks: the local server, Debian's
// Chromium through playwright-core, and a guard that records everything a
// page must never do (console errors, uncaught exceptions, dialogs, requests
// beyond 127.0.0.1, CSP violations).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(new URL('../../www/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function startBrowser() {
  const server = await serve(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    browser,
    base,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** The reference corpus, as the CLI is given it. */
export const CORPUS = [
  'www/corpus/000_385cd6622f47b7f1.txt',
  'www/corpus/001_8466fea3bf4f444b.txt',
  'www/corpus/002_92436bb8d9535eba.txt',
];

/**
 * One browser for a test file: started before its tests, closed after.
 * `onPage(path, check)` opens `path` in a fresh guarded page, waits for the
 * widget, runs `check(page, requests)` and then asserts that the page did
 * nothing it must never do.
 */
export function browserSuite() {
  let session;
  before(async () => {
    session = await startBrowser();
  });
  after(async () => {
    await session?.close();
  });
  return {
    get session() {
      return session;
    },
    async onPage(path, check, guardOptions) {
      const guarded = await guardedPage(session.browser, guardOptions);
      try {
        await guarded.page.goto(session.base + path);
        await settled(guarded.page);
        await check(guarded.page, guarded.requests);
        assert.deepEqual(guarded.problems, [], 'the page did something it must never do');
      } finally {
        await guarded.close();
      }
    },
  };
}

/** Whether a page may request `url`: the local server, data: and blob:. */
const isLocal = (url) => url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';

/** A fresh page with a guard; `problems` lists whatever went wrong.
 * `allowRequest(url)` says which requests are not a problem. The demo's
 * service worker is blocked unless `serviceWorkers: 'allow'`: its
 * precaching would add requests to the ones a test counts, and what it does
 * is offline.test.mjs's to check. `bypassCSP` lets a test tool (axe-core)
 * add its own <style> elements to a page whose CSP would refuse them. */
export async function guardedPage(browser, { allowConsole = [], allowRequest = isLocal, serviceWorkers = 'block', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, serviceWorkers, bypassCSP });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requests.push(url.pathname);
    if (allowRequest(url)) return route.continue();
    problems.push(`request to ${url.href}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (allowConsole.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems, requests, close: () => context.close() };
}

/** How long a test waits for the widget to draw before it fails. */
export const DRAW_TIMEOUT_MS = 30_000;

/** Resolves after the widget's next strategy drawing; rejects when none
 * comes within DRAW_TIMEOUT_MS. */
export function nextStrategy(page) {
  return page.evaluate((limit) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no arah-strategy within ${limit} ms`)), limit);
    document.querySelector('arah-widget').addEventListener('arah-strategy', () => {
      clearTimeout(timer);
      resolve(true);
    }, { once: true });
  }), DRAW_TIMEOUT_MS);
}

/** Resolves after the widget's next cloud (true) or problem (false) has
 * been drawn; rejects when neither comes within DRAW_TIMEOUT_MS. */
export function nextRender(page, selector = 'arah-widget') {
  return page.evaluate(
    ({ sel, limit }) =>
      new Promise((resolve, reject) => {
        const widget = document.querySelector(sel);
        const poll = setInterval(() => {
          if (problem() && !problem().hidden) finish(() => resolve(false));
        }, 20);
        const timer = setTimeout(() => finish(() => reject(new Error(`no arah-render within ${limit} ms`))), limit);
        const finish = (settle) => {
          clearInterval(poll);
          clearTimeout(timer);
          settle();
        };
        widget.addEventListener('arah-render', () => finish(() => resolve(true)), { once: true });
        const problem = () => widget.shadowRoot?.querySelector('.problem');
      }),
    { sel: selector, limit: DRAW_TIMEOUT_MS },
  );
}

/** Waits until the widget shows a cloud or a problem. */
export async function settled(page, selector = 'arah-widget') {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    if (!root) return false;
    const problem = root.querySelector('.problem');
    return root.querySelector('.cloud svg text') || (problem && !problem.hidden);
  }, selector);
}

/** What the widget shows: cloud words by size, table rows, messages. */
export function readWidget(page, selector = 'arah-widget') {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const texts = [...root.querySelectorAll('.cloud svg text')];
    // Horizontal extent as drawn (getBBox honours textLength); vertical
    // extent of the glyphs themselves, measured in the font actually used.
    const context = document.createElement('canvas').getContext('2d');
    const words = texts
      .map((t) => {
        const box = t.getBBox();
        const fontSize = Number(t.getAttribute('font-size'));
        const text = t.lastChild.textContent;
        context.font = `100px ${getComputedStyle(t).fontFamily}`;
        const glyphs = context.measureText(text);
        const baseline = Number(t.getAttribute('y'));
        const top = baseline - (glyphs.actualBoundingBoxAscent * fontSize) / 100;
        const bottom = baseline + (glyphs.actualBoundingBoxDescent * fontSize) / 100;
        return {
          text,
          label: t.getAttribute('aria-label'),
          fontSize,
          box: { x: box.x, y: top, width: box.width, height: bottom - top },
        };
      })
      .sort((a, b) => b.fontSize - a.fontSize);
    const svg = root.querySelector('.cloud svg');
    const viewBox = svg?.viewBox.baseVal;
    const rows = [...root.querySelectorAll('table tbody tr')].map((tr) =>
      [...tr.cells].map((td) => td.textContent),
    );
    const problem = root.querySelector('.problem');
    return {
      words,
      viewBox: viewBox ? { width: viewBox.width, height: viewBox.height } : null,
      rows,
      problem: problem.hidden ? null : problem.textContent,
      notes: [...root.querySelectorAll('.notes li')].map((li) => li.textContent),
      options: [...root.querySelectorAll('select[aria-label="Document"] option')].map((o) => o.textContent),
    };
  }, selector);
}

/** The CLI's JSON output for `args` (file paths relative to the root). */
export function cli(args) {
  const binary = process.env.ARAH_BIN ?? `${ROOT}target/debug/arah`;
  return JSON.parse(execFileSync(binary, [...args, '--json'], { cwd: ROOT }));
}

/** `arah analyze FILE… --n 20 --json [FLAGS]` run in `dir`: its exit
 * status, its documents (null when it failed) and its notes and errors,
 * without their `arah:` prefixes. */
export function cliRead(dir, files, flags = []) {
  const binary = process.env.ARAH_BIN ?? `${ROOT}target/debug/arah`;
  const run = spawnSync(binary, ['analyze', ...files, '--n', '20', '--json', ...flags], { cwd: dir, encoding: 'utf8' });
  const messages = run.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^arah: (note: |warning: )?/, ''));
  return { status: run.status, documents: run.status === 0 ? JSON.parse(run.stdout).documents : null, messages };
}

/** Documents as the widget and the CLI are compared: title, token count
 * and top 20 terms. */
export const comparable = (documents) => documents.map((d) => ({
  title: d.title, tokenCount: d.tokenCount, terms: d.topTerms.slice(0, 20).map((t) => [t.term, t.count]),
}));

/** The widget's documents, comparable with the CLI's. */
export async function widgetDocuments(page) {
  return comparable(await page.evaluate(() => document.querySelector('arah-widget').analysis.documents));
}

/**
 * The words of `arah cloud FILE… --words N [ARGS]` (`--compare` for a
 * comparison cloud): each placed word's term and, in a comparison cloud,
 * group (from the SVG's `data-term` and `data-group`), and the words the
 * CLI reports as not fitting.
 */
export function cliCloud(files, words, args = []) {
  const binary = process.env.ARAH_BIN ?? `${ROOT}target/debug/arah`;
  const out = join(mkdtempSync(join(tmpdir(), 'arah-cloud-')), 'cloud.svg');
  const run = spawnSync(binary, ['cloud', ...files, ...args, '--words', String(words), '-o', out], {
    cwd: ROOT, encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const svg = readFileSync(out, 'utf8');
  const unescape = (value) => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const placed = [...svg.matchAll(/<text [^>]*data-rank="\d+"[^>]*>/g)].map(([tag]) => ({
    term: unescape(tag.match(/data-term="([^"]*)"/)[1]),
    ...(/data-group=/.test(tag) && { group: Number(tag.match(/data-group="(\d+)"/)[1]) }),
  }));
  const dropped = run.stderr.match(/did not fit: (.*)/)?.[1].split(', ') ?? [];
  return { placed, dropped };
}

/**
 * Reads a PNG file's pixels in the page: for each `{ x, y, width, height }`
 * box (in the PNG's pixels) the mean colour and how many pixels are within
 * 40 of `near` on every channel, when given.
 */
export function pngPixels(page, png, boxes, near) {
  return page.evaluate(async ({ bytes, boxes, near }) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d');
    context.drawImage(image, 0, 0);
    return boxes.map((box) => {
      const data = context.getImageData(box.x, box.y, box.width, box.height).data;
      const sum = [0, 0, 0];
      let close = 0;
      for (let i = 0; i < data.length; i += 4) {
        for (let c = 0; c < 3; c++) sum[c] += data[i + c];
        if (near && [0, 1, 2].every((c) => Math.abs(data[i + c] - near[c]) <= 40)) close++;
      }
      const n = data.length / 4;
      return { mean: sum.map((v) => Math.round(v / n)), close };
    });
  }, { bytes: [...png], boxes, near });
}

/** The CLI's `top --json` for the given files. */
export function cliTop(files, n = 20, flags = []) {
  return cli(['top', ...files, '--n', String(n), ...flags]);
}

/**
 * Pairs of cloud words whose ink overlaps: each word of the widget's SVG is
 * drawn alone on a canvas as the SVG draws it (its font, size, position,
 * turn, and `textLength` stretch), and a pixel inked (alpha ≥ 128) by two
 * words is an overlap. Word boxes may overlap where the ink does not: a
 * glyph-accurate cloud tucks small words into the gaps of large ones.
 */
export function inkOverlaps(page, selector = 'arah-widget') {
  return page.evaluate((sel) => {
    const svg = document.querySelector(sel).shadowRoot.querySelector('.cloud svg');
    const { width, height } = svg.viewBox.baseVal;
    const family = svg.querySelector('g[role="list"]').getAttribute('font-family');
    const context = new OffscreenCanvas(Math.ceil(width), Math.ceil(height))
      .getContext('2d', { willReadFrequently: true });
    const owner = new Int32Array(Math.ceil(width) * Math.ceil(height)).fill(-1);
    const texts = [...svg.querySelectorAll('text[data-rank]')];
    const pairs = new Set();
    texts.forEach((t, i) => {
      const text = t.lastChild.textContent;
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, context.canvas.width, context.canvas.height);
      const turn = t.getAttribute('transform')?.match(/rotate\(([-\d.]+) ([-\d.]+) ([-\d.]+)\)/);
      if (turn) {
        const [angle, cx, cy] = turn.slice(1).map(Number);
        context.translate(cx, cy);
        context.rotate((angle * Math.PI) / 180);
        context.translate(-cx, -cy);
      }
      context.font = `${t.getAttribute('font-size')}px ${family}`;
      const stretch = Number(t.getAttribute('textLength')) / context.measureText(text).width;
      context.translate(x, 0);
      context.scale(stretch, 1);
      context.fillText(text, 0, y);
      const alpha = context.getImageData(0, 0, context.canvas.width, context.canvas.height).data;
      for (let p = 0; p < owner.length; p++) {
        if (alpha[p * 4 + 3] < 128) continue;
        if (owner[p] >= 0 && owner[p] !== i) pairs.add(`${texts[owner[p]].lastChild.textContent} × ${text}`);
        owner[p] = i;
      }
    });
    return [...pairs];
  }, selector);
}
