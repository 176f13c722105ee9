// The cloud as a reader uses it, in headless Chromium: keyboard, exports,
// theme, shapes and turned words, and bad input through arah.js. The guard
// of harness.mjs fails a test on any console error, CSP violation or
// non-local request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browserSuite, nextRender, inkOverlaps, pngPixels, readWidget } from './harness.mjs';

const { onPage } = browserSuite();

const focusedRank = (page) => page.evaluate(
  () => document.querySelector('arah-widget').shadowRoot.activeElement?.dataset.rank,
);

test('cloud: arrow keys walk the words by weight, Home and End jump', async () => {
  await onPage('index.html', async (page) => {
    const count = await page.locator('arah-widget .cloud svg text[data-rank]').count();
    await page.locator('arah-widget .cloud svg text[data-rank="0"]').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedRank(page), '1');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedRank(page), '2');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedRank(page), '1');
    await page.keyboard.press('End');
    assert.equal(await focusedRank(page), String(count - 1));
    await page.keyboard.press('Home');
    assert.equal(await focusedRank(page), '0');
    // The cloud is one tab stop: Tab from any word leaves it.
    assert.equal(await page.locator('arah-widget .cloud svg [tabindex="0"]').count(), 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    assert.equal(await focusedRank(page), undefined);
  });
});

test('cloud: exports as self-contained SVG with the font, and as PNG at twice the size', async () => {
  await onPage('index.html', async (page) => {
    const size = await page.evaluate(() => {
      const box = document.querySelector('arah-widget').shadowRoot.querySelector('.cloud svg').viewBox.baseVal;
      return { width: box.width, height: box.height };
    });
    const save = async (format) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`arah-widget button[data-export="${format}"]`).click(),
      ]);
      assert.equal(download.suggestedFilename(), `arah-cloud.${format}`);
      return readFileSync(await download.path());
    };
    const svg = (await save('svg')).toString();
    assert.match(svg, /^<svg[^>]*><style>@font-face\{font-family:"Arah Sans";src:url\(data:font\/woff2;base64,/);
    assert.match(svg, /aria-label="media: 73"/);
    const png = await save('png');
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.equal(png.readUInt32BE(16), size.width * 2, 'PNG width');
    assert.equal(png.readUInt32BE(20), size.height * 2, 'PNG height');

    // Dark: the PNG has the SVG's own background, and the heaviest word's
    // ink in its colour where the word is on screen.
    const rendered = nextRender(page);
    await page.evaluate(() => document.querySelector('arah-widget').setAttribute('theme', 'dark'));
    assert.equal(await rendered, true);
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector('arah-widget').shadowRoot.querySelector('.cloud svg');
      const word = svg.querySelector('text[data-rank="0"]');
      const box = word.getBBox();
      const rgb = (colour) => colour.match(/\d+/g).slice(0, 3).map(Number);
      return {
        background: rgb(getComputedStyle(svg.querySelector('rect')).fill),
        colour: rgb(getComputedStyle(word).fill),
        box: { x: Math.round(box.x * 2), y: Math.round(box.y * 2), width: Math.round(box.width * 2), height: Math.round(box.height * 2) },
      };
    });
    const dark = await save('png');
    const [corner, word] = await pngPixels(page, dark, [{ x: 0, y: 0, width: 4, height: 4 }, drawn.box], drawn.colour);
    assert.deepEqual(corner.mean, drawn.background, 'the PNG background is the SVG background');
    assert.ok(word.close > drawn.box.width * drawn.box.height * 0.1, `only ${word.close} pixels of the word's colour`);
  });
});

test('cloud: dark theme, ellipse and turned words from attributes, without overlapping ink', async () => {
  await onPage('index.html', async (page) => {
    const rendered = nextRender(page);
    await page.evaluate(() => {
      const widget = document.querySelector('arah-widget');
      widget.setAttribute('theme', 'dark');
      widget.setAttribute('shape', 'ellipse');
      widget.setAttribute('rotate', 'mixed');
    });
    assert.equal(await rendered, true);
    const view = await page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      const svg = root.querySelector('.cloud svg');
      const { width, height } = svg.viewBox.baseVal;
      const outside = [...svg.querySelectorAll('text[data-rank]')].filter((t) => {
        // The centre of each word's box, turned or not, lies in the ellipse.
        const box = t.getBBox();
        const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
        return ((cx - width / 2) / (width / 2)) ** 2 + ((cy - height / 2) / (height / 2)) ** 2 > 1;
      });
      return {
        frameDark: root.querySelector('.arah').classList.contains('dark'),
        background: svg.querySelector('rect')?.getAttribute('fill'),
        turned: svg.querySelectorAll('text[transform^="rotate"]').length,
        outside: outside.map((t) => t.dataset.term),
      };
    });
    assert.equal(view.frameDark, true);
    assert.match(view.background ?? '', /^#[0-3]/, 'a dark background behind the words');
    assert.ok(view.turned > 0, 'no word turned');
    assert.deepEqual(view.outside, []);
    assert.deepEqual(await inkOverlaps(page), []);
  });
});

test('cloud API: a shape from an SVG path, and bad input with clear results', async () => {
  await onPage('index.html', async (page) => {
    const result = await page.evaluate(async () => {
      const arah = await import('./arah.js');
      const words = ['kampanye', 'media', 'sosial', 'politik', 'dialog', 'baliho', 'warga', 'partai']
        .map((text, i) => ({ text, weight: 10 - i }));
      // The left half of the area only.
      const left = arah.shapeFromImage('M0 0 H100 V120 H0 Z', 200, 120);
      const inShape = await arah.cloud(words, { width: 800, height: 480 }, { shape: left });
      const noRoom = await arah.cloud(words, { width: 800, height: 480 }, { shape: arah.shapeFromImage('', 20, 12) });
      const many = Array.from({ length: 5000 }, (_, i) => ({ text: `kata${i}`, weight: 5000 - i }));
      const crowded = await arah.cloud(many, { width: 800, height: 600, maxWords: 5000 });
      const scripts = await arah.cloud(
        ['東京', 'Москва', 'مرحبا', '👨‍👩‍👧', 'kampanye', 'हिन्दी'].map((text) => ({ text, weight: 3 })),
        { width: 600, height: 400 },
      );
      const enormous = await arah.cloud([{ text: 'x'.repeat(200_000), weight: 1 }], { width: 600, height: 400 });
      let empty = null;
      try {
        await arah.cloud([], { width: 600, height: 400 });
      } catch (error) {
        empty = error instanceof Error ? error.message : String(error);
      }
      return {
        rightmost: Math.max(...inShape.words.map((w) => w.x + w.width)),
        placedInShape: inShape.words.length,
        noRoom: { placed: noRoom.words.length, dropped: noRoom.dropped.length },
        crowded: { placed: crowded.words.length, dropped: crowded.dropped.length, omitted: crowded.omitted },
        scripts: scripts.words.map((w) => w.text).sort(),
        enormous: { placed: enormous.words.length, dropped: enormous.dropped.length, warning: enormous.warning ?? '' },
        empty,
      };
    });
    assert.equal(result.placedInShape, 8);
    assert.ok(result.rightmost <= 402, `a word reaches x = ${result.rightmost}, outside the shape`);
    assert.deepEqual(result.noRoom, { placed: 0, dropped: 8 });
    assert.equal(result.crowded.placed + result.crowded.dropped + result.crowded.omitted, 5000);
    assert.ok(result.crowded.placed >= 300, `only ${result.crowded.placed} of 5000 placed`);
    assert.deepEqual(result.scripts, ['kampanye', 'Москва', 'مرحبا', 'हिन्दी', '東京', '👨‍👩‍👧'].sort());
    // No area holds it: it is given up, and the warning says so.
    assert.deepEqual({ placed: result.enormous.placed, dropped: result.enormous.dropped }, { placed: 0, dropped: 1 });
    assert.match(result.enormous.warning, /^“x{40}…” does not fit the area even at [\d.]+ px$/);
    assert.match(result.empty ?? '', /no words/);
  });
});

test('cloud: page chrome of a pasted text is in neither the cloud nor the table, unless keep-chrome', async () => {
  await onPage('index.html', async (page) => {
    await page.locator('#paste').fill([
      'ADVERTISEMENT',
      'Kampanye dialog warga di balai desa.',
      'Baca juga: Bupati Membuka Kampanye Dialog',
      'Kampanye dialog berlanjut bersama warga.',
    ].join('\n'));
    let rendered = nextRender(page);
    await page.locator('#own-texts button[type="submit"]').click();
    assert.equal(await rendered, true);
    const shown = async () => {
      const view = await readWidget(page);
      return {
        cloud: view.words.map((w) => w.text.toLowerCase()),
        table: view.rows.map((row) => row[1].toLowerCase()),
      };
    };
    const plain = await shown();
    for (const where of [plain.cloud, plain.table]) {
      assert.ok(where.includes('kampanye'), where.join(' '));
      assert.ok(!where.includes('advertisement') && !where.includes('baca'), where.join(' '));
    }
    rendered = nextRender(page);
    await page.evaluate(() => document.querySelector('arah-widget').setAttribute('keep-chrome', ''));
    assert.equal(await rendered, true);
    const kept = await shown();
    for (const where of [kept.cloud, kept.table]) {
      assert.ok(where.includes('advertisement') && where.includes('baca'), where.join(' '));
    }
  });
});
