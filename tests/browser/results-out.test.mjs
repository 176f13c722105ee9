// Results out of the widget, as a reader saves them: each view's Save menu
// clicked in headless Chromium, the download captured, and each file read by
// something other than the code that wrote it. CSV by Python's csv module,
// row for row against what `arah … --csv` prints for the same corpus; JSON
// against `arah … --json`; SVG by Python's XML parser and by the browser as
// an image; PNG decoded, its background and legend compared with the SVG's
// pixels, in both themes. Needs `cargo build --bin arah` (ARAH_BIN).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite, CORPUS, DRAW_TIMEOUT_MS, ROOT, cli, nextRender } from './harness.mjs';

const { onPage } = browserSuite();
const BINARY = process.env.ARAH_BIN ?? `${ROOT}target/debug/arah`;

/** Clicks the Save button `name` (its data-export) and returns the file. */
async function save(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`arah-widget button[data-export="${name}"]`).click(),
  ]);
  return { file: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** What the Python `lines` print as JSON when given `bytes` on stdin;
 * `refused` says what it means when Python fails. */
function python(lines, bytes, refused) {
  const run = spawnSync('python3', ['-c', lines.join('\n')], { input: bytes, encoding: 'utf8' });
  assert.equal(run.status, 0, `${refused}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The rows Python's csv module reads from `bytes` (a BOM allowed, as
 * 'utf-8-sig' reads it; strict: a stray quote is an error). */
function pythonRows(bytes) {
  return python([
    'import csv, io, json, sys',
    "text = io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8-sig', newline='')",
    'print(json.dumps(list(csv.reader(text, strict=True))))',
  ], bytes, "Python's csv module refused it");
}

/** A CSV of the widget: a BOM, CRLF records, and its rows as Python reads them. */
function widgetRows({ bytes }) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  assert.ok(bytes.subarray(-2).equals(Buffer.from('\r\n')), 'records end in CRLF');
  return pythonRows(bytes);
}

/** `arah ARGS… --csv`, read by Python. */
function cliRows(args, cwd = ROOT) {
  return pythonRows(execFileSync(BINARY, [...args, '--csv'], { cwd }));
}

/** The element names of an SVG file as Python's XML parser reads it (it
 * refuses a file that is not well-formed). */
function xmlElements(bytes) {
  return python([
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.fromstring(sys.stdin.buffer.read())',
    "print(json.dumps([e.tag.split('}')[-1] for e in root.iter()]))",
  ], bytes, 'not well-formed XML');
}

/**
 * `value` with every number to 12 significant digits, in CSV rows too: the
 * strategy's probabilities come from exp and ln, which the wasm and the
 * native CLI compute to within the last bit or two, not to the bit.
 */
function nearly(value) {
  if (typeof value === 'number') return Number(value.toPrecision(12));
  if (typeof value === 'string') return value !== '' && Number.isFinite(Number(value)) ? nearly(Number(value)) : value;
  if (Array.isArray(value)) return value.map(nearly);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nearly(v)]));
  return value;
}

/** The widget's document titles, which the CLI knows by their paths. */
const titles = (page) => page.evaluate(() => document.querySelector('arah-widget').analysis.documents.map((d) => d.title));

/** `rows` with column `column`'s titles replaced by the CORPUS path. */
function asCliFiles(rows, column, names) {
  return rows.map((row, i) => (i === 0 ? row : row.map((v, c) => (c === column ? CORPUS[names.indexOf(v)] ?? v : v))));
}

const root = (page) => page.locator('arah-widget');

async function pickDocument(page, value) {
  const rendered = nextRender(page);
  await root(page).locator('select[aria-label="Document"]').selectOption(value);
  assert.equal(await rendered, true);
}

async function openStrategy(page) {
  const drawn = page.evaluate((limit) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no arah-strategy within ${limit} ms`)), limit);
    document.querySelector('arah-widget').addEventListener('arah-strategy', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  }), DRAW_TIMEOUT_MS);
  await root(page).locator('details.strategy > summary').click();
  await drawn;
}

test('terms table: CSV and JSON as `arah top --csv` and `--json`, also grouped by stem', async () => {
  await onPage('index.html', async (page) => {
    const csv = await save(page, 'table-csv');
    assert.equal(csv.file, 'arah-terms.csv');
    const rows = widgetRows(csv);
    assert.deepEqual(rows[0], ['rank', 'term', 'count', 'documents', 'stem', 'members']);
    assert.equal(rows.length, 21);
    assert.deepEqual(rows, cliRows(['top', ...CORPUS, '--n', '20']));
    const json = await save(page, 'table-json');
    assert.equal(json.file, 'arah-terms.json');
    assert.deepEqual(JSON.parse(json.bytes), cli(['top', ...CORPUS, '--n', '20']));

    // One picked document: the table of that file, except that `documents`
    // counts the documents of the corpus that use the term (the CLI given
    // that file alone says 1).
    await pickDocument(page, '1');
    const picked = widgetRows(await save(page, 'table-csv'));
    const without = (table) => table.map((row) => row.filter((_, c) => c !== 3));
    assert.deepEqual(without(picked), without(cliRows(['top', CORPUS[1], '--n', '20'])));
    const inCorpus = new Map(cli(['top', ...CORPUS, '--n', '100000']).map((t) => [t.term, String(t.documents)]));
    for (const row of picked.slice(1)) assert.equal(row[3], inCorpus.get(row[1]), `documents of ${row[1]}`);

    await pickDocument(page, 'all');
    const rendered = nextRender(page);
    await root(page).locator('input[name="stem"]').check();
    await rendered;
    const grouped = widgetRows(await save(page, 'table-csv'));
    assert.ok(grouped.some((row) => row[5].includes(' ')), 'a group lists its forms');
    assert.deepEqual(grouped, cliRows(['top', ...CORPUS, '--n', '20', '--stem']));
  });
});

test('keyness: CSV and JSON as `arah keyness --csv` and `--json`; SVG well-formed and drawable; PNG twice its size', async () => {
  await onPage('index.html', async (page) => {
    await pickDocument(page, '2');
    await root(page).locator('.keyness svg').waitFor();
    const args = ['keyness', CORPUS[2], '--', CORPUS[0], CORPUS[1], '--n', '12'];
    const csv = await save(page, 'keyness-csv');
    assert.equal(csv.file, 'arah-keyness.csv');
    const rows = widgetRows(csv);
    // p-values as small as 3e-6 are written out as the CLI writes them.
    assert.ok(rows.slice(1).some((row) => /^0\.0000\d/.test(row[5])), 'a small p-value in positional notation');
    assert.deepEqual(rows, cliRows(args));
    const json = JSON.parse((await save(page, 'keyness-json')).bytes);
    const names = await titles(page);
    assert.equal(json.target, names[2]);
    assert.deepEqual({ ...json, target: CORPUS[2] }, cli(args));

    const svg = await save(page, 'keyness-svg');
    assert.equal(svg.file, 'arah-keyness.svg');
    assert.equal(xmlElements(svg.bytes)[0], 'svg');
    // Outside the page the file names the font the page showed it in.
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('arah-widget').shadowRoot.querySelector('.keyness svg')).fontFamily);
    const family = svg.bytes.toString().match(/^<svg[^>]* font-family="([^"]*)"/)[1];
    assert.equal(family.replace(/&quot;/g, '"'), font);
    const size = await drawable(page, svg.bytes);
    const png = await save(page, 'keyness-png');
    assert.equal(png.file, 'arah-keyness.png');
    assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [size.width * 2, size.height * 2]);
  });
});

/** The SVG file opened by the browser as an image: its size. */
function drawable(page, bytes) {
  return page.evaluate(async (text) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, bytes.toString());
}

test('keyword in context: CSV and JSON of every line, as `arah kwic --csv` and `--json` with the same window', async () => {
  await onPage('index.html', async (page) => {
    await root(page).locator('.cloud svg text[data-term="kampanye"]').click();
    await root(page).locator('.kwic:not([hidden]) li').first().waitFor();
    const names = await titles(page);
    const csv = await save(page, 'kwic-csv');
    assert.equal(csv.file, 'arah-kwic.csv');
    const rows = widgetRows(csv);
    assert.deepEqual(rows[0], ['file', 'start', 'end', 'left', 'keyword', 'right']);
    // No --window: the CLI's default is the widget's.
    assert.deepEqual(asCliFiles(rows, 0, names), cliRows(['kwic', 'kampanye', ...CORPUS]));
    const json = JSON.parse((await save(page, 'kwic-json')).bytes);
    assert.deepEqual(json.map(({ file, line }) => ({ file: CORPUS[names.indexOf(file)], line })),
      cli(['kwic', 'kampanye', ...CORPUS]));
  });
});

test('strategy: its sentences and evidence as CSV and JSON, as `arah strategy --csv` and `--json`', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    const names = await titles(page);
    const csv = await save(page, 'chart-csv');
    assert.equal(csv.file, 'arah-strategy.csv');
    const rows = widgetRows(csv);
    assert.ok(rows.some((row) => row[8].includes(' → ')), 'evidence is written');
    assert.deepEqual(nearly(asCliFiles(rows, 0, names)), nearly(cliRows(['strategy', ...CORPUS])));
    const json = JSON.parse((await save(page, 'chart-json')).bytes);
    for (const doc of json.documents) doc.file = CORPUS[names.indexOf(doc.file)];
    assert.deepEqual(nearly(json), nearly(cli(['strategy', ...CORPUS])));
  });
});

test('a title or a sentence that is markup or a formula comes out inert: escaped in SVG, behind an apostrophe in CSV as the CLI writes it', async () => {
  // No slash: it is a file name for the CLI as well.
  const formula = '=HYPERLINK("example.invalid","klik")';
  const texts = [
    {
      title: `${formula}.txt`,
      text: `${formula} kampanye kami mendengar warga.\n@warga bertanya, kami menjawab kampanye.\n` +
        'Relawan mendengar pertanyaan warga di dialog terbuka.\n'.repeat(20),
    },
    // Words so much more frequent here that their p-values fall below 1e-6,
    // where JavaScript would write an exponent and Rust does not.
    {
      title: '<img src=x onerror=alert(1)>.txt',
      text: `Kampanye satu arah lewat siaran televisi dan baliho kampanye.\n${'Siaran televisi baliho siaran.\n'.repeat(15)}`,
    },
  ];
  // The CLI is given the same texts as files of those names.
  const folder = mkdtempSync(join(tmpdir(), 'arah-inert-'));
  for (const { title, text } of texts) writeFileSync(join(folder, title), text);
  const files = texts.map((t) => t.title);
  await onPage('index.html', async (page) => {
    const rendered = nextRender(page);
    await page.evaluate((documents) => document.querySelector('arah-widget').setDocuments(documents), texts);
    await rendered;
    await openStrategy(page);
    const strategy = widgetRows(await save(page, 'chart-csv'));
    assert.ok(strategy.slice(1).every((row) => row[0] === `'${files[0]}` || row[0] === files[1]));
    assert.ok(strategy.some((row) => row[7].startsWith(`'${formula}`)), 'the formula sentence is inert');
    assert.ok(strategy.some((row) => row[7].startsWith("'@warga")));
    assert.deepEqual(nearly(strategy), nearly(cliRows(['strategy', ...files], folder)));

    await root(page).locator('.cloud svg text[data-term="kampanye"]').click();
    await root(page).locator('.kwic:not([hidden]) li').first().waitFor();
    assert.deepEqual(widgetRows(await save(page, 'kwic-csv')), cliRows(['kwic', 'kampanye', ...files], folder));

    await pickDocument(page, '1');
    await root(page).locator('.keyness svg').waitFor();
    const keyness = widgetRows(await save(page, 'keyness-csv'));
    assert.ok(keyness.slice(1).some((row) => Number(row[5]) < 1e-6 && !/e/i.test(row[5])), 'a p-value below 1e-6, written out');
    assert.deepEqual(keyness, cliRows(['keyness', files[1], '--', files[0], '--n', '12'], folder));
    const svg = await save(page, 'keyness-svg');
    const elements = xmlElements(svg.bytes);
    assert.ok(!elements.includes('img') && !elements.includes('script'), `markup from a title: ${elements}`);
    assert.match(svg.bytes.toString(), /&lt;img src=x onerror=alert\(1\)&gt;/);
    // Opened as an image, as a reader's browser would: no dialog (the guard).
    await drawable(page, svg.bytes);
  });
});

// The themes' backgrounds as src/render/palette.rs defines them.
const palette = readFileSync(join(ROOT, 'src/render/palette.rs'), 'utf8');
const hex = (name) => palette.match(new RegExp(`${name}: &str = "#([0-9A-F]{6})"`))[1].match(/../g).map((h) => parseInt(h, 16));
const BACKGROUND = { light: hex('LIGHT_BACKGROUND'), dark: hex('DARK_BACKGROUND') };
const INK = { light: [0x1c, 0x22, 0x30], dark: hex('DARK_INK') };

/**
 * For the SVG file drawn by the browser at twice its size and for the PNG:
 * the mean colour of the corner, and, for each legend mark (an element of
 * the SVG file with its own fill: a swatch or a legend text), how many of
 * its pixels are in its colour.
 */
function pictures(page, svgBytes, pngBytes, chart, legendSelector) {
  return page.evaluate(async ({ svgText, png, chart, selector }) => {
    const decoded = (blob) => createImageBitmap(blob);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    await image.decode();
    const painted = await decoded(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    const width = image.naturalWidth * 2;
    const height = image.naturalHeight * 2;
    const pixels = (source) => {
      const context = new OffscreenCanvas(width, height).getContext('2d');
      context.drawImage(source, 0, 0, width, height);
      return context;
    };
    // Where the legend marks are: on the chart as shown, which the file is
    // drawn from (the file in the page would break its style-src policy).
    const shown = document.querySelector('arah-widget').shadowRoot.querySelector(chart);
    const marks = [...shown.querySelectorAll(selector)].map((mark) => {
      const box = mark.getBBox();
      const colour = getComputedStyle(mark).fill.match(/\d+/g).slice(0, 3).map(Number);
      return { box: { x: Math.ceil(box.x * 2), y: Math.ceil(box.y * 2), width: Math.floor(box.width * 2) - 1, height: Math.floor(box.height * 2) - 1 }, colour };
    });
    const read = (context) => {
      const corner = context.getImageData(0, 0, 4, 4).data;
      const mean = [0, 1, 2].map((c) => Math.round([0, 1, 2, 3].reduce((s, i) => s + corner[i * 16 + c] + corner[i * 16 + 4 + c] + corner[i * 16 + 8 + c] + corner[i * 16 + 12 + c], 0) / 16));
      const legend = marks.map(({ box, colour }) => {
        const data = context.getImageData(box.x, box.y, box.width, box.height).data;
        let close = 0;
        for (let i = 0; i < data.length; i += 4) {
          if ([0, 1, 2].every((c) => Math.abs(data[i + c] - colour[c]) <= 40)) close++;
        }
        return { colour, close, area: box.width * box.height };
      });
      return { corner: mean, legend };
    };
    return {
      size: { width: image.naturalWidth, height: image.naturalHeight },
      png: { width: painted.width, height: painted.height },
      svg: read(pixels(image)),
      painted: read(pixels(painted)),
    };
  }, { svgText: svgBytes.toString(), png: [...pngBytes], chart, selector: legendSelector });
}

/** The PNG has the SVG file's size (twice), background and legend. */
function assertSamePicture(seen, theme, name, withLegend) {
  assert.deepEqual(seen.png, { width: seen.size.width * 2, height: seen.size.height * 2 }, `${name}: PNG size`);
  assert.deepEqual(seen.svg.corner, BACKGROUND[theme], `${name}: the SVG's background is the ${theme} theme's`);
  assert.deepEqual(seen.painted.corner, BACKGROUND[theme], `${name}: the PNG's background is the ${theme} theme's`);
  if (!withLegend) return;
  assert.ok(seen.svg.legend.length >= 2, `${name}: the SVG has a legend`);
  seen.svg.legend.forEach((mark, i) => {
    const painted = seen.painted.legend[i];
    // Text is anti-aliased differently by the two paths; the ink is there in both.
    assert.ok(mark.close > mark.area * 0.05, `${name}: legend mark ${i} of the SVG is not in ${mark.colour}`);
    assert.ok(painted.close > mark.close * 0.5, `${name}: legend mark ${i} of the PNG: ${painted.close} of ${mark.close} pixels in ${mark.colour}`);
  });
}

for (const theme of ['light', 'dark']) {
  test(`${theme} theme: every chart's PNG has its SVG's background and legend, in the same colours`, async () => {
    await onPage('index.html', async (page) => {
      if (theme === 'dark') {
        const rendered = nextRender(page);
        await page.evaluate(() => document.querySelector('arah-widget').setAttribute('theme', 'dark'));
        assert.equal(await rendered, true);
      }
      const check = async (prefix, chart, legend) => {
        // The charts' own texts (currentColor) in the theme's ink, on screen
        // and so in both files.
        const ink = await page.evaluate((sel) => getComputedStyle(document.querySelector('arah-widget').shadowRoot
          .querySelector(sel)).color.match(/\d+/g).map(Number), chart);
        if (chart !== '.cloud svg') assert.deepEqual(ink, INK[theme], `${chart}: the ${theme} theme's ink`);
        const svg = await save(page, `${prefix}svg`);
        const png = await save(page, `${prefix}png`);
        assertSamePicture(await pictures(page, svg.bytes, png.bytes, chart, legend ?? ':scope > text'), theme, chart, Boolean(legend));
      };
      const groups = '.arah-legend rect, .arah-legend text';
      await check('', '.cloud svg');
      const compared = nextRender(page);
      await root(page).locator('input[name="comparison-cloud"]').check();
      await compared;
      await check('', '.cloud svg', groups);
      await pickDocument(page, '2');
      await root(page).locator('.keyness svg').waitFor();
      await check('keyness-', '.keyness svg', ':scope > text');
      await openStrategy(page);
      await root(page).locator('.strategy-cloud svg').waitFor();
      await check('chart-', '.strategy-chart svg', ':scope > text');
      await check('cloud-', '.strategy-cloud svg', groups);
    });
  });
}
