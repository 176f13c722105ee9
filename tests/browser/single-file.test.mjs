// The self-contained dist/arah.html (scripts/single-file.mjs), opened from a
// file:// URL with every request refused but the file itself, blob: and
// data:: texts chosen in its form give the CLI's numbers in every view, and
// an export saves. Built here into a temporary directory from the current
// www/, so `make test` needs nothing but the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSingleFile } from '../../scripts/single-file.mjs';
import {
  startBrowser, guardedPage, settled, nextRender, readWidget, cli, cliRead, cliTop, comparable, CORPUS, ROOT, DRAW_TIMEOUT_MS,
  widgetDocuments,
} from './harness.mjs';
import { csvRow, docx, pdf } from './add-texts-files.mjs';

let session;
let fileUrl;
let built;
before(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'arah-single-')), 'arah.html');
  built = await buildSingleFile(join(ROOT, 'www/single-file.html'), out);
  fileUrl = pathToFileURL(out).href;
  session = await startBrowser();
});
after(async () => {
  await session?.close();
});

const onlyTheFile = (url) => url.href === fileUrl || url.protocol === 'blob:' || url.protocol === 'data:';

test('single file: every file the modules name is embedded, once', () => {
  for (const asset of ['pkg/arah_bg.wasm', 'pkg/arah_views_bg.wasm', 'pkg/arah-sans.woff2', 'pkg/id-roots.txt',
    'pkg/strategy-id.json', 'pkg/strategy-en.json', 'arah-widget.css', 'arah-strategy.css']) {
    assert.ok(built.assets.includes(asset), `${asset} is not embedded`);
  }
  // The wasm glue names its .wasm too: the bytes are in the page once.
  const html = readFileSync(new URL(fileUrl), 'utf8');
  const packed = gzipSync(readFileSync(join(ROOT, 'www/pkg/arah_bg.wasm')), { level: 9 }).toString('base64').slice(0, 400);
  assert.equal(html.split(packed).length - 1, 1, 'the first screen\'s wasm is not embedded exactly once');
  assert.match(html, /<pre>[^<]*SIL Open Font License, Version 1\.1/, 'the font travels without its licence');
});

test('single file: from file:// with the network refused, every view works and gives the CLI\'s results', async () => {
  const guarded = await guardedPage(session.browser, { allowRequest: onlyTheFile });
  const { page } = guarded;
  const root = () => page.locator('arah-widget');
  try {
    await page.goto(fileUrl);
    await settled(page);
    assert.equal((await readWidget(page)).problem, null, 'the introduction is drawn');

    // The three reference articles, chosen as files in the page's form.
    const rendered = nextRender(page);
    await page.locator('#files').setInputFiles(CORPUS.map((file) => join(ROOT, file)));
    await page.locator('#own-texts button[type="submit"]').click();
    assert.equal(await rendered, true);
    const view = await readWidget(page);
    assert.ok(view.words.length >= 20, `only ${view.words.length} words in the cloud`);
    const top = cliTop(CORPUS);
    assert.deepEqual(view.rows, top.slice(0, 20).map((t, i) => [String(i + 1), t.term, String(t.count), String(t.documents)]));

    // Keyness of the third against the other two.
    const picked = nextRender(page);
    await root().locator('select[aria-label="Document"]').selectOption('2');
    assert.equal(await picked, true);
    await root().locator('.keyness svg').waitFor();
    const keynessTerms = await page.evaluate(() => [...document.querySelector('arah-widget').shadowRoot
      .querySelectorAll('.keyness svg g[role="listitem"]')].map((g) => g.dataset.term));
    const keyness = cli(['keyness', CORPUS[2], '--', CORPUS[0], CORPUS[1], '--n', '12']);
    assert.deepEqual(keynessTerms, keyness.terms.map((t) => t.term));

    // Keyword in context of a clicked word.
    const all = nextRender(page);
    await root().locator('select[aria-label="Document"]').selectOption('all');
    assert.equal(await all, true);
    await root().locator('.cloud svg text[data-term="kampanye"]').click();
    await root().locator('.kwic:not([hidden]) li').first().waitFor();
    const lines = await root().locator('.kwic li').count();
    assert.equal(lines, cli(['kwic', 'kampanye', ...CORPUS]).length);

    // The strategy section: a bar a document with the CLI's mode.
    const drawn = page.evaluate((limit) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no arah-strategy within ${limit} ms`)), limit);
      document.querySelector('arah-widget').addEventListener('arah-strategy', () => resolve(clearTimeout(timer)), { once: true });
    }), DRAW_TIMEOUT_MS);
    await root().locator('details.strategy > summary').click();
    await drawn;
    const modes = await page.evaluate(() => [...document.querySelector('arah-widget').shadowRoot
      .querySelectorAll('.strategy-chart g[data-document]')].map((g) => g.getAttribute('aria-label').match(/: ([a-z-]+)[,;]/)[1]));
    assert.deepEqual(modes, cli(['strategy', ...CORPUS]).documents.map((d) => d.label));

    // The cloud saved as SVG, with the embedded font inside it, and as PNG.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      root().locator('button[data-export="svg"]').first().click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    assert.match(svg, /^<svg/);
    assert.match(svg, /@font-face\{font-family:"Arah Sans";src:url\(data:font\/woff2;base64,/);
    assert.match(svg, />kampanye</);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      root().locator('button[data-export="png"]').first().click(),
    ]);
    const bytes = readFileSync(await png.path());
    assert.deepEqual([...bytes.subarray(1, 4)], [...Buffer.from('PNG')], 'the PNG export is no PNG');

    assert.deepEqual(guarded.problems, [], 'the page did something it must never do');
  } finally {
    await guarded.close();
  }
});

test('single file: from file:// with the network refused, "Add texts" reads a Word file, a PDF and a CSV as the CLI does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arah-single-files-'));
  const files = {
    'rapat.docx': docx(['Relawan membalas komentar warga di media sosial.', 'Calon mendengar aspirasi pemilih.']),
    'siaran.pdf': pdf([['Baliho dan iklan televisi menyebarkan pesan kampanye.']]),
    'posts.csv': [csvRow(['author', 'text']), csvRow(['ani', 'Warga bertanya, calon menjawab.']), csvRow(['budi', 'Iklan kampanye di radio.'])].join('\n'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const names = Object.keys(files);
  const expected = comparable(cliRead(dir, names).documents);
  assert.ok(expected.length >= 4, 'the CLI reads a document from each file and each row');

  const guarded = await guardedPage(session.browser, { allowRequest: onlyTheFile });
  const { page } = guarded;
  try {
    await page.goto(fileUrl);
    await settled(page);
    await page.locator('arah-widget details.add-texts > summary').click();
    const input = page.locator('arah-widget input[name="files"]');
    await input.waitFor({ state: 'attached' });
    // Documents as they are read; a table asks for its columns first.
    const reading = () => page.waitForFunction(() => !/^Reading/.test(
      document.querySelector('arah-widget').shadowRoot.querySelector('.files .status').textContent));
    let rendered = nextRender(page);
    await input.setInputFiles(['rapat.docx', 'siaran.pdf'].map((name) => join(dir, name)));
    await reading();
    assert.equal(await rendered, true, 'the widget drew the Word file and the PDF');
    await input.setInputFiles(join(dir, 'posts.csv'));
    await reading();
    rendered = nextRender(page);
    await page.locator('arah-widget form.columns button[type="submit"]').click();
    assert.equal(await rendered, true, 'the widget drew the rows');
    const said = await page.evaluate(() => [...document.querySelector('arah-widget').shadowRoot
      .querySelectorAll('.files .problems li')].map((li) => li.textContent));
    assert.deepEqual(said, [], 'every file is read');
    // After the page's own introduction.
    assert.deepEqual((await widgetDocuments(page)).slice(1), expected);
    assert.deepEqual(guarded.problems, [], 'the page did something it must never do');
  } finally {
    await guarded.close();
  }
});
