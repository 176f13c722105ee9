// Nothing lost, nothing leaked: the widget tried as a hostile host page and
// a careless reader would try it, in headless Chromium. The reader's
// choices survive a reload, and two widgets keep their own; a right-to-left
// page mirrors no chart; a raw % in a file name, a character XML forbids,
// a wrong argument or attribute, hundreds of documents and a 1 MB word are
// each drawn or said in words; no view outlives the documents it showed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, CORPUS, guardedPage, nextRender, readWidget, settled } from './harness.mjs';

const suite = browserSuite();
const ARTICLES = CORPUS.map((path, i) => `<article data-title="Artikel ${i + 1}" data-src="${path.replace(/^www\//, '')}"></article>`).join('');

/** Opens `body` as a page of the demo's origin (its own storage), runs
 * `check(page)` and asserts the page did nothing it must never do. `files`
 * maps a request's path to the text it gets; `allowConsole` as for
 * guardedPage. */
async function onHtml(body, check, { files = {}, bodyAttributes = '', allowConsole } = {}) {
  const guarded = await guardedPage(suite.session.browser, { allowConsole });
  try {
    await guarded.page.route('**/lost-leaked.html', (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="arah-widget.js"></script>' +
        `</head><body ${bodyAttributes}>${body}</body></html>`,
    }));
    for (const [path, text] of Object.entries(files)) {
      await guarded.page.route(`**/${path}`, (route) => route.fulfill({ contentType: 'text/plain; charset=utf-8', body: text }));
    }
    await guarded.page.goto(suite.session.base + 'lost-leaked.html');
    await Promise.all((body.match(/<arah-widget/g) ?? []).map((_, i) => settled(guarded.page, `arah-widget:nth-of-type(${i + 1})`)));
    await check(guarded.page);
    assert.deepEqual(guarded.problems, [], 'the page did something it must never do');
  } finally {
    await guarded.close();
  }
}

/** The state of widget `selector`'s remembered controls. */
const controls = (page, selector) => page.evaluate((sel) => {
  const root = document.querySelector(sel).shadowRoot;
  const value = (name) => root.querySelector(`input[name="${name}"]`);
  return {
    stem: value('stem').checked,
    compare: value('comparison-cloud').checked,
    slang: value('slang').checked,
    hide: value('hide').value,
    keep: value('keep').value,
  };
}, selector);

const FIRST = '#first';
const SECOND = 'arah-widget:not([id])';

test('reload: the stopword edits and checkboxes of each of two widgets come back, and the shared lexicon keeps both edits', async () => {
  const page = `<arah-widget id="first">${ARTICLES}</arah-widget><arah-widget>${ARTICLES}</arah-widget>`;
  await onHtml(page, async (p) => {
    const drawn = nextRender(p, FIRST);
    await p.locator(`${FIRST} input[name="stem"]`).check();
    await drawn;
    await p.locator(`${FIRST} details.stopwords > summary`).click();
    await p.locator(`${FIRST} input[name="hide"]`).fill('kampanye, media');
    let again = nextRender(p, FIRST);
    await p.locator(`${FIRST} form.stopwords button[type="submit"]`).click();
    await again;
    again = nextRender(p, FIRST);
    await p.locator(`${FIRST} input[name="comparison-cloud"]`).check();
    await again;
    await p.locator(`${SECOND} details.stopwords > summary`).click();
    again = nextRender(p, SECOND);
    await p.locator(`${SECOND} input[name="slang"]`).check();
    await again;
    await p.locator(`${SECOND} input[name="keep"]`).fill('kita');
    again = nextRender(p, SECOND);
    await p.locator(`${SECOND} form.stopwords button[type="submit"]`).click();
    await again;

    // The strategy lexicon is one per site: both widgets read it, then an
    // entry is added in each.
    for (const widget of [FIRST, SECOND]) {
      await p.locator(`${widget} details.strategy > summary`).click();
      await p.locator(`${widget} details.lexicon > summary`).click();
      await p.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('table.lexicon input'), widget);
    }
    for (const [widget, phrase] of [[FIRST, 'masyarakat luas'], [SECOND, 'warga kota']]) {
      await p.locator(`${widget} form.add-entry input[name="phrase"]`).fill(phrase);
      await p.locator(`${widget} form.add-entry button[type="submit"]`).click();
      await p.waitForFunction((words) => localStorage.getItem('arah-strategy-lexicon')?.includes(words), phrase);
    }

    await p.reload();
    await settled(p, FIRST);
    await settled(p, SECOND);
    assert.deepEqual(await controls(p, FIRST), { stem: true, compare: true, slang: false, hide: 'kampanye, media', keep: '' });
    assert.deepEqual(await controls(p, SECOND), { stem: false, compare: false, slang: true, hide: '', keep: 'kita' });
    // In force, not only shown: the hidden words are not in the first cloud.
    const first = (await readWidget(p, FIRST)).words.map((w) => w.text);
    assert.ok(first.length > 20 && !first.includes('kampanye') && !first.includes('media'), first.join(' '));
    assert.ok((await readWidget(p, SECOND)).words.some((w) => w.text === 'media'));
    const saved = await p.evaluate(() => localStorage.getItem('arah-strategy-lexicon'));
    assert.match(saved, /masyarakat luas/, 'the first widget’s entry was kept');
    assert.match(saved, /warga kota/, 'the second widget’s entry was kept');
  });
});

/** Where each word of each chart of `selector` is drawn. */
const drawnWords = (page, selector) => page.evaluate((sel) => [...document.querySelector(sel).shadowRoot
  .querySelectorAll('.cloud svg text, .keyness svg text')].map((t) => {
  const box = t.getBoundingClientRect();
  return `${t.textContent} ${Math.round(box.x)} ${Math.round(box.y)} ${Math.round(box.width)}`;
}), selector);

test('rtl: a right-to-left page moves no word of the cloud or the keyness chart', async () => {
  const seen = [];
  for (const bodyAttributes of ['', 'dir="rtl"', 'style="direction: rtl"']) {
    await onHtml(`<arah-widget>${ARTICLES}</arah-widget>`, async (page) => {
      const drawn = page.waitForFunction(() => document.querySelector('arah-widget').shadowRoot.querySelector('.keyness svg'));
      await page.locator('arah-widget select').selectOption('0');
      await drawn;
      seen.push(await drawnWords(page, 'arah-widget'));
    }, { bodyAttributes });
  }
  assert.ok(seen[0].length > 30);
  assert.deepEqual(seen[1], seen[0], 'dir="rtl" moved words');
  assert.deepEqual(seen[2], seen[0], 'direction: rtl moved words');
});

test('src: a raw % in a file name is fetched as that file', async () => {
  const files = { '100%25.txt': 'Kampanye media sosial seratus persen.', '50%25off.txt': 'Diskon media sosial setengah harga.' };
  await onHtml('<arah-widget src="100%.txt 50%off.txt"></arah-widget>', async (page) => {
    const view = await readWidget(page);
    assert.equal(view.problem, null);
    assert.deepEqual(view.options, ['All 2 documents', '100%', '50%off']);
    assert.ok(view.words.some((w) => w.text === 'media'));
  }, { files });
});

test('xml: U+FFFE and U+FFFF in titles and texts break neither the keyness chart, the comparison cloud nor the strategy', async () => {
  await onHtml(`<arah-widget>${ARTICLES}</arah-widget>`, async (page) => {
    await page.evaluate(() => document.querySelector('arah-widget').setDocuments([
      { title: 'Satu \uFFFE', text: 'Kami mengajak anda berdiskusi \uFFFF tentang kampanye media. Kampanye \u0001 media sosial.' },
      { title: 'Dua \uFFFF', text: 'Pemerintah menetapkan aturan \uFFFE kampanye. Pemerintah menetapkan media.' },
    ]));
    await settled(page);
    let drawn = nextRender(page);
    await page.locator('arah-widget input[name="comparison-cloud"]').check();
    assert.equal(await drawn, true, 'the comparison cloud was drawn');
    await page.locator('arah-widget input[name="comparison-cloud"]').uncheck();
    await page.locator('arah-widget select').selectOption('0');
    await page.waitForFunction(() => document.querySelector('arah-widget').shadowRoot.querySelector('.keyness svg, .keyness .problem'));
    await page.locator('arah-widget details.strategy > summary').click();
    await page.waitForFunction(() => document.querySelector('arah-widget').shadowRoot.querySelector('.strategy svg, .strategy .problem:not([hidden])'));
    const problems = await page.evaluate(() => [...document.querySelector('arah-widget').shadowRoot
      .querySelectorAll('.problem:not([hidden])')].map((p) => p.textContent));
    assert.deepEqual(problems, []);
  });
});

test('stale: after setDocuments, another pick or a failed input no view shows the documents before', async () => {
  await onHtml(`<arah-widget src="${CORPUS.map((p) => p.replace(/^www\//, '')).join(' ')}"></arah-widget>`, async (page) => {
    const root = 'document.querySelector("arah-widget").shadowRoot';
    const kwicHidden = () => page.evaluate(`${root}.querySelector('.kwic').hidden`);
    const openContext = async () => {
      await page.locator('arah-widget .cloud svg text[data-rank="0"]').dispatchEvent('click');
      await page.waitForFunction(`!${root}.querySelector('.kwic').hidden`);
    };
    await openContext();
    await page.locator('arah-widget select').selectOption('1');
    assert.equal(await kwicHidden(), true, 'the lines of all documents stay after picking one');
    await openContext();
    await page.evaluate(() => document.querySelector('arah-widget').setDocuments([
      { title: 'A', text: 'Satu dua tiga empat lima.' }, { title: 'B', text: 'Enam tujuh delapan.' },
    ]));
    await settled(page);
    assert.equal(await kwicHidden(), true, 'the lines of the old documents stay after setDocuments');

    // Back to src, whose file now fails: no header count, chart or strategy of before.
    await page.locator('arah-widget select').selectOption('0');
    await page.waitForFunction(`${root}.querySelector('.keyness svg')`);
    await page.locator('arah-widget details.strategy > summary').click();
    await page.waitForFunction(`${root}.querySelector('.strategy svg')`);
    await page.evaluate(() => {
      const widget = document.querySelector('arah-widget');
      widget.setAttribute('src', 'missing.txt');
      widget.setDocuments(null);
    });
    await page.waitForFunction(`!${root}.querySelector('.problem').hidden`);
    const left = await page.evaluate(`({
      problem: ${root}.querySelector('.problem').textContent,
      summary: ${root}.querySelector('.summary').textContent,
      svgs: ${root}.querySelectorAll('svg').length,
    })`);
    assert.match(left.problem, /^Missing\.txt could not be loaded \(HTTP 404\)/);
    assert.deepEqual({ summary: left.summary, svgs: left.svgs }, { summary: '', svgs: 0 });
  }, { allowConsole: [/status of 404/] });
});

test('big: 300 documents compared still draw a cloud, with a note saying why it is not a comparison', async () => {
  await onHtml(`<arah-widget>${ARTICLES}</arah-widget>`, async (page) => {
    await page.locator('arah-widget input[name="comparison-cloud"]').check();
    await settled(page);
    const drawn = nextRender(page);
    await page.evaluate(() => document.querySelector('arah-widget').setDocuments(Array.from({ length: 300 }, (_, i) => ({
      title: `Dokumen ${i + 1}`, text: `kata${i} kampanye media sosial kata${i} politik`,
    }))));
    assert.equal(await drawn, true, '300 documents compared drew no cloud');
    const view = await readWidget(page);
    assert.ok(view.words.length > 5, `${view.words.length} words`);
    assert.ok(view.notes.some((note) => /at most 255 documents, not 300/.test(note)), view.notes.join(' | '));
  });
});

test('big: a word of 1 MB still lets the cloud draw, and the note names it in a few characters', async () => {
  await onHtml(`<arah-widget>${ARTICLES}</arah-widget>`, async (page) => {
    const drawn = nextRender(page);
    const word = 'a'.repeat(1_000_000);
    await page.evaluate((text) => document.querySelector('arah-widget').setDocuments([{ title: 'Panjang', text: `${text} kampanye media sosial media` }]), word);
    assert.equal(await drawn, true, 'a 1 MB word drew no cloud');
    const view = await readWidget(page);
    assert.ok(view.words.some((w) => w.text === 'media'), view.words.map((w) => w.text).join(' '));
    const notes = view.notes.join(' ');
    assert.ok(notes.length < 300, `the note is ${notes.length} characters long`);
    assert.match(notes, /did not fit: a{40}…/);
  });
});

test('arguments: wrong setDocuments arguments and number attributes are said in words, naming what they take', async () => {
  await onHtml(`<arah-widget words="-5" seed="Infinity">${ARTICLES}</arah-widget>`, async (page) => {
    await page.waitForFunction(() => document.querySelector('arah-widget').shadowRoot.querySelector('.notes li'));
    const view = await readWidget(page);
    assert.equal(view.problem, null);
    assert.equal(view.words.length > 20, true, 'the cloud is drawn with the defaults');
    assert.deepEqual(view.notes.filter((n) => /=/.test(n)), [
      'words="-5" is not a whole number from 1 up (at most 500 are drawn): 100 is used.',
      'seed="Infinity" is not a whole number from 1 up: 1 is used.',
    ]);
    const problemAfter = async (documents) => {
      await page.evaluate((docs) => document.querySelector('arah-widget').setDocuments(docs), documents);
      await page.waitForFunction(() => !document.querySelector('arah-widget').shadowRoot.querySelector('.problem').hidden);
      return (await readWidget(page)).problem;
    };
    const argument = /^The documents given to setDocuments must be an array of \{ title, text \} objects.*it was given a string\.$/;
    assert.match(await problemAfter('text'), argument);
    assert.match(await problemAfter([null]), /^Document 1 given to setDocuments must be an object \{ title, text \}.*it is null\.$/);
    assert.match(await problemAfter([{ title: 'A', text: 'satu' }, { title: 'B', text: 5 }]), /^Document 2 .*it is an object\.$/);
  });
});
