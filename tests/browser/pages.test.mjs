// End-to-end tests of the real pages in headless Chromium: what a reader
// sees, and everything a page must never do (see harness.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  browserSuite, CORPUS, guardedPage, ROOT, settled, nextRender, readWidget, cli, cliCloud, cliTop, inkOverlaps,
} from './harness.mjs';

const suite = browserSuite();
const { onPage } = suite;

async function assertCloudIsSound(page, view) {
  assert.ok(view.words.length >= 20, `only ${view.words.length} words in the cloud`);
  assert.deepEqual(await inkOverlaps(page), [], 'the ink of cloud words overlaps');
  for (const { text, box } of view.words) {
    assert.ok(box.x >= -0.5 && box.y >= -0.5, `${text} is cut off at the top or left`);
    assert.ok(box.x + box.width <= view.viewBox.width + 0.5, `${text} is cut off at the right`);
    assert.ok(box.y + box.height <= view.viewBox.height + 0.5, `${text} is cut off at the bottom`);
  }
}

function assertTableMatchesCli(rows, expected, withDocuments) {
  assert.equal(rows.length, Math.min(20, expected.length));
  rows.forEach((row, i) => {
    const want = [String(i + 1), expected[i].term, String(expected[i].count)];
    if (withDocuments) want.push(String(expected[i].documents));
    assert.deepEqual(row, want, `table row ${i + 1}`);
  });
}

const rootRequests = (requests) => requests.filter((path) => path.endsWith('/id-roots.txt')).length;
const viewRequests = (requests) => requests.filter((path) => path.endsWith('/arah_views_bg.wasm')).length;

test('demo: the cloud of the reference articles leads with their subject', async () => {
  await onPage('index.html', async (page, requests) => {
    // The articles have run-together words only the root lexicon can judge.
    assert.equal(rootRequests(requests), 1, 'the root lexicon is fetched once');
    assert.equal(viewRequests(requests), 0, 'the views module waits until a view needs it');
    const view = await readWidget(page);
    assert.equal(view.problem, null);
    const largest = view.words.slice(0, 6).map((w) => w.text);
    for (const word of ['media', 'sosial', 'politik', 'kampanye']) {
      assert.ok(largest.includes(word), `${word} is not among the largest words: ${largest}`);
    }
    await assertCloudIsSound(page, view);
    assert.match(view.words[0].label, /^media: \d+$/);
  });
});

test('demo without its preload hints: the widget itself fetches the root lexicon, once, and counts as the CLI', async () => {
  // The demo preloads id-roots.txt, which would satisfy a count of requests
  // even if the widget never asked for it: here the page has no hints.
  const guarded = await guardedPage(suite.session.browser);
  try {
    await guarded.page.route('**/index.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<link rel="(?:module)?preload"[^>]*>\n?/g, '');
      assert.doesNotMatch(body, /preload/);
      await route.fulfill({ response, body });
    });
    await guarded.page.goto(suite.session.base + 'index.html');
    await settled(guarded.page);
    assert.equal(rootRequests(guarded.requests), 1, 'the root lexicon is fetched once, by the widget');
    assertTableMatchesCli((await readWidget(guarded.page)).rows, cliTop(CORPUS), true);
    assert.deepEqual(guarded.problems, []);
  } finally {
    await guarded.close();
  }
});

test('demo: the table matches the CLI for all documents and for each one', async () => {
  await onPage('index.html', async (page) => {
    const all = await readWidget(page);
    assert.deepEqual(all.options, [
      'All 3 documents',
      'Post-Truth Politik dan Kampanye Media Sosial',
      'Media Sosial sebagai Alat Kampanye dalam Komunikasi Politik',
      'Peran Media Sosial sebagai Media Kampanye Partai Politik',
    ]);
    assertTableMatchesCli(all.rows, cliTop(CORPUS), true);

    for (const [index, file] of CORPUS.entries()) {
      const rendered = nextRender(page);
      await page.locator('arah-widget select[aria-label="Document"]').selectOption(String(index));
      assert.equal(await rendered, true);
      const one = await readWidget(page);
      assertTableMatchesCli(one.rows.map((r) => r.slice(0, 3)), cliTop([file]), false);
      await assertCloudIsSound(page, one);
    }
  });
});

test('demo: grouping word forms by stem matches the CLI and shows the forms', async () => {
  await onPage('index.html', async (page) => {
    const rendered = nextRender(page);
    await page.locator('arah-widget input[name="stem"]').check();
    assert.equal(await rendered, true);
    const view = await readWidget(page);
    const expected = cliTop(CORPUS, 20, ['--stem']);
    assertTableMatchesCli(view.rows, expected, true);
    const group = expected.find((t) => t.members?.length > 1);
    const title = await page.evaluate((term) => {
      const cells = [...document.querySelector('arah-widget').shadowRoot.querySelectorAll('tbody td')];
      return cells.find((td) => td.textContent === term)?.getAttribute('title');
    }, group.term);
    assert.equal(title, group.members.join(', '));
    await assertCloudIsSound(page, view);
  });
});

/** The widget's cloud as the CLI reports one: each placed word's term and,
 * in a comparison cloud, group, and the words listed as not fitting. */
function widgetCloud(page, cloudSelector) {
  return page.evaluate((selector) => {
    const root = document.querySelector('arah-widget').shadowRoot;
    const svg = root.querySelector(selector);
    const placed = [...svg.querySelectorAll('text[data-rank]')]
      .map((t) => ({ term: t.dataset.term, ...(t.dataset.group && { group: Number(t.dataset.group) }) }));
    const note = [...root.querySelectorAll('.notes li')].map((li) => li.textContent).find((n) => /did not fit/.test(n));
    return { placed, dropped: note ? note.replace(/^.*did not fit: /, '').split(', ') : [], legend: svg.textContent };
  }, cloudSelector);
}

/** Both clouds laid out the same words (placed or not), and every word
 * placed in both sits in the same group (a plain cloud has none). */
function assertSameCloudWords(widget, cli) {
  const all = (cloud) => [...cloud.placed.map((w) => w.term), ...cloud.dropped].sort();
  assert.deepEqual(all(widget), all(cli));
  const cliGroup = new Map(cli.placed.map((w) => [w.term, w.group]));
  const regrouped = widget.placed.filter((w) => cliGroup.has(w.term) && cliGroup.get(w.term) !== w.group);
  assert.deepEqual(regrouped, []);
  assert.ok(widget.placed.length > 50, `only ${widget.placed.length} words placed`);
}

test('demo: the comparison cloud has the words and groups of arah cloud --compare on the same files, with a legend', async () => {
  await onPage('index.html', async (page) => {
    const rendered = nextRender(page);
    await page.locator('arah-widget input[name="comparison-cloud"]').check();
    assert.equal(await rendered, true);
    const widget = await widgetCloud(page, '.cloud svg');
    assertSameCloudWords(widget, cliCloud(CORPUS, 100, ['--compare']));
    assert.equal(new Set(widget.placed.map((w) => w.group)).size, 3, 'every document has words');
    for (const title of ['Post-Truth', 'Alat Kampanye', 'Peran Media']) assert.match(widget.legend, new RegExp(title));
    await assertCloudIsSound(page, await readWidget(page));
  });
});

test('demo: the cloud has the words of arah cloud on the same files', async () => {
  await onPage('index.html', async (page) => {
    const widget = await widgetCloud(page, '.cloud svg');
    assert.ok(widget.placed.every((w) => !('group' in w)), 'a plain cloud has no groups');
    assertSameCloudWords(widget, cliCloud(CORPUS, 100));
  });
});

test('demo: keyness of a picked document matches the CLI, drawn as diverging bars', async () => {
  await onPage('index.html', async (page, requests) => {
    // textContent waits for the hint, drawn just after the cloud.
    const hint = await page.locator('arah-widget details.keyness-panel .hint').textContent();
    assert.match(hint, /Pick one document/);
    const rendered = nextRender(page);
    await page.locator('arah-widget select[aria-label="Document"]').selectOption('2');
    assert.equal(await rendered, true);
    await page.locator('arah-widget .keyness svg').waitFor();
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('arah-widget').shadowRoot.querySelector('.keyness svg');
      return [...svg.querySelectorAll('g[role="listitem"]')].map((g) => {
        const bar = g.querySelector('rect').getBBox();
        return { term: g.dataset.term, x: bar.x, width: bar.width, label: g.getAttribute('aria-label') };
      });
    });
    const expected = cli(['keyness', CORPUS[2], '--', CORPUS[0], CORPUS[1], '--n', '12']);
    assert.deepEqual(chart.map((row) => row.term), expected.terms.map((t) => t.term));
    const centre = 320;
    chart.forEach((row, i) => {
      const over = expected.terms[i].logLikelihood > 0;
      // Over-used bars start at the axis, under-used ones end there.
      assert.ok(Math.abs((over ? row.x : row.x + row.width) - centre) < 0.01, `${row.term} bar is off the axis`);
      assert.match(row.label, new RegExp(`^${row.term}: G² [0-9.]+, \\d+ against \\d+$`));
    });
    assert.ok(chart.some((r) => r.x < centre) && chart.some((r) => r.x >= centre), 'bars go both ways');
    assert.equal(viewRequests(requests), 1, 'the views module is loaded once, for the chart');
    assert.equal(rootRequests(requests), 1, 'both modules share one fetch of the root lexicon');
  });
});

test('demo: clicking a word opens its keyword-in-context lines, also from the keyboard', async () => {
  await onPage('index.html', async (page) => {
    const root = () => page.locator('arah-widget');
    await root().locator('.cloud svg text[data-term="kampanye"]').click();
    await root().locator('.kwic:not([hidden]) li').first().waitFor();
    const expected = cli(['kwic', 'kampanye', ...CORPUS]);
    const panel = await page.evaluate(() => {
      const kwic = document.querySelector('arah-widget').shadowRoot.querySelector('.kwic');
      return {
        title: kwic.querySelector('h3').textContent,
        focused: document.querySelector('arah-widget').shadowRoot.activeElement?.localName,
        lines: [...kwic.querySelectorAll('li')].map((li) => ({
          left: li.querySelector('.left').textContent,
          keyword: li.querySelector('mark').textContent,
          right: li.querySelector('.right').textContent,
        })),
      };
    });
    assert.equal(panel.lines.length, expected.length);
    assert.match(panel.title, new RegExp(`^“kampanye” in context: ${expected.length} occurrences`));
    assert.equal(panel.focused, 'h3', 'focus moves to the panel');
    // The same window of context as the CLI's default, word for word.
    panel.lines.forEach((line, i) => {
      assert.deepEqual(line, { left: expected[i].line.left, keyword: expected[i].line.keyword, right: expected[i].line.right });
      assert.doesNotMatch(line.left, /Â/, 'context shows repaired text');
    });
    await root().locator('.kwic button.close').click();
    assert.equal(await root().locator('.kwic').isHidden(), true);

    // A grouped term from the table, with Enter: every form of the group.
    const rendered = nextRender(page);
    await root().locator('input[name="stem"]').check();
    await rendered;
    const group = cliTop(CORPUS, 20, ['--stem']).find((t) => t.members?.length > 1);
    await root().locator(`td[data-term="${group.term}"]`).focus();
    await page.keyboard.press('Enter');
    await root().locator('.kwic:not([hidden]) li').first().waitFor();
    const keywords = await root().locator('.kwic mark').allTextContents();
    assert.equal(keywords.length, group.count);
    const forms = new Set(keywords.map((k) => k.toLowerCase()));
    assert.ok(forms.size > 1, `one form only: ${[...forms]}`);
    for (const form of forms) assert.ok(group.members.includes(form), `${form} is not in ${group.members}`);
  });
});

test('demo: readers hide words and keep stopwords', async () => {
  await onPage('index.html', async (page) => {
    await page.locator('arah-widget details.stopwords summary').click();
    await page.locator('arah-widget input[name="hide"]').fill('media, sosial');
    await page.locator('arah-widget input[name="keep"]').fill('yang');
    const rendered = nextRender(page);
    await page.locator('arah-widget form.stopwords button').click();
    assert.equal(await rendered, true);
    const view = await readWidget(page);
    const terms = view.rows.map((r) => r[1]);
    assert.ok(!terms.includes('media') && !terms.includes('sosial'), `still there: ${terms}`);
    assert.ok(terms.slice(0, 3).includes('yang'), `yang should be near the top once kept: ${terms}`);
    assert.ok(!view.words.some((w) => w.text === 'media'), 'media still in the cloud');
  });
});

test('demo: informal spellings are counted as their standard words when asked, as arah top --slang', async () => {
  const caption = 'Org org bnyk yg datang. Orang bnyk nonton kampanye bsk, besok bsk lagi.';
  const file = join(mkdtempSync(join(tmpdir(), 'arah-')), 'caption.txt');
  writeFileSync(file, caption);
  const termsAndCounts = (rows) => rows.map((row) => [row[1], row[2]]);
  const fromCli = (flags) => cliTop([file], 20, flags).map((t) => [t.term, String(t.count)]);
  await onPage('index.html', async (page) => {
    let rendered = nextRender(page);
    await page.evaluate((text) => {
      document.querySelector('arah-widget').setDocuments([{ title: 'Caption', text }]);
    }, caption);
    assert.equal(await rendered, true);
    assert.deepEqual(termsAndCounts((await readWidget(page)).rows), fromCli([]));
    await page.locator('arah-widget details.stopwords summary').click();
    rendered = nextRender(page);
    await page.locator('arah-widget input[name="slang"]').check();
    assert.equal(await rendered, true);
    const rows = termsAndCounts((await readWidget(page)).rows);
    assert.deepEqual(rows, fromCli(['--slang']));
    assert.deepEqual(rows.slice(0, 2), [['besok', '3'], ['orang', '3']]);
  });
});

test('embed example: analyses its own post under a strict CSP, styles isolated both ways', async () => {
  await onPage('embed-example.html', async (page, requests) => {
    // A post without run-together words never loads the root lexicon...
    assert.equal(rootRequests(requests), 0, 'the root lexicon was loaded without need');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /style-src 'self'/);

    const view = await readWidget(page);
    assert.equal(view.problem, null);
    const terms = view.rows.map((r) => r[1]);
    for (const word of ['komentar', 'kampanye', 'media']) assert.ok(terms.includes(word), `${word} missing: ${terms}`);
    await assertCloudIsSound(page, view);
    await page.waitForFunction(() =>
      document.querySelector('arah-widget').shadowRoot.querySelector('details.keyness-panel').hidden);

    const inside = await page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        selectColor: style('select').color,
        labelSize: style('label').fontSize,
        tableFont: style('table').fontFamily,
        svgBackground: style('svg').backgroundColor,
        textFill: style('svg text').fill,
        cellBorder: style('td').borderBottomWidth,
      };
    });
    assert.notEqual(inside.selectColor, 'rgb(255, 0, 255)', 'page colour leaked into the widget');
    assert.notEqual(inside.labelSize, '30px', 'page font size leaked into the widget');
    assert.doesNotMatch(inside.tableFont, /Georgia/, 'page font leaked into the widget');
    assert.notEqual(inside.svgBackground, 'rgb(255, 255, 0)');
    assert.notEqual(inside.textFill, 'rgb(255, 0, 255)');
    assert.equal(inside.cellBorder, '1px', 'widget table lost its own style');

    const outside = await page.evaluate(() => {
      const caption = getComputedStyle(document.querySelector('.post-table caption'));
      const cell = getComputedStyle(document.querySelector('.post-table td'));
      return { align: caption.textAlign, italic: caption.fontStyle, border: cell.borderTopWidth };
    });
    assert.deepEqual(outside, { align: 'center', italic: 'italic', border: '2px' }, 'widget styles leaked into the page');
  });
});

test('src attribute: documents from .txt URLs, titled by file name', async () => {
  await onPage('index.html', async (page) => {
    await page.evaluate(() => {
      const widget = document.createElement('arah-widget');
      widget.id = 'from-src';
      widget.setAttribute('src', 'corpus/000_385cd6622f47b7f1.txt corpus/002_92436bb8d9535eba.txt');
      document.body.append(widget);
    });
    await settled(page, '#from-src');
    const view = await readWidget(page, '#from-src');
    assert.deepEqual(view.options, ['All 2 documents', '000_385cd6622f47b7f1', '002_92436bb8d9535eba']);
    assertTableMatchesCli(view.rows, cliTop([CORPUS[0], CORPUS[2]]), true);
  });
});

test('child sources: inline <script type="text/plain"> and <article> texts', async () => {
  await onPage('index.html', async (page) => {
    await page.evaluate(() => {
      const widget = document.createElement('arah-widget');
      widget.id = 'inline';
      const caption = document.createElement('script');
      caption.type = 'text/plain';
      caption.dataset.title = 'Caption';
      caption.textContent = 'Ayo dukung kampanye kami! Kampanye rakyat, kampanye jujur. <b>baliho</b>';
      const reply = document.createElement('article');
      reply.dataset.title = 'Reply';
      reply.textContent = 'Terima kasih atas komentar Anda, kami membalas setiap komentar.';
      widget.append(caption, reply);
      document.body.append(widget);
    });
    await settled(page, '#inline');
    const view = await readWidget(page, '#inline');
    assert.deepEqual(view.options, ['All 2 documents', 'Caption', 'Reply']);
    assert.deepEqual(view.rows.slice(0, 2).map((r) => r.slice(1, 3)), [['kampanye', '3'], ['kami', '2']]);
    const inline = await page.evaluate(() => document.querySelectorAll('#inline b').length);
    assert.equal(inline, 0, 'text/plain content became markup');
  });
});

test('bad input: hostile markup stays inert text', async () => {
  await onPage('index.html', async (page) => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> "><svg onload=alert(3)> kampanye';
    const rendered = nextRender(page);
    await page.evaluate((text) => {
      document.querySelector('arah-widget').setDocuments([
        { title: '<img src=x onerror=alert(4)>', text },
        { title: '"><svg onload=alert(5)>', text: 'politik media' },
      ]);
    }, hostile);
    assert.equal(await rendered, true);
    const view = await readWidget(page);
    assert.ok(view.options.includes('<img src=x onerror=alert(4)>'), 'title not shown literally');
    assert.ok(view.options.includes('"><svg onload=alert(5)>'), 'title not shown literally');
    const injected = await page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      return root.querySelectorAll('img, script, svg svg, [onload], [onerror]').length
        + document.querySelectorAll('img, [onload], [onerror]').length;
    });
    assert.equal(injected, 0, 'markup from the text became elements');
    assert.ok(view.words.some((w) => w.text === 'onerror'), 'the words of the markup are counted as words');
  });
});

test('bad input: empty and stopword-only documents get a clear message', async () => {
  await onPage('index.html', async (page) => {
    // Waits for the message itself: the previous one may still be showing.
    const problemAfter = async (documents, expected) => {
      await page.evaluate((docs) => document.querySelector('arah-widget').setDocuments(docs), documents);
      await page.waitForFunction((pattern) => {
        const problem = document.querySelector('arah-widget').shadowRoot.querySelector('.problem');
        return !problem.hidden && new RegExp(pattern, 'i').test(problem.textContent);
      }, expected.source);
      return readWidget(page);
    };
    const empty = await problemAfter([{ title: 'Kosong', text: '   ' }], /no text to analyse/);
    assert.equal(empty.words.length, 0);
    assert.equal(empty.rows.length, 0);

    const stopwords = await problemAfter(
      [{ title: 'Stop', text: 'yang dan di dengan untuk dari pada' }],
      /only stopwords/,
    );
    assert.equal(stopwords.words.length, 0);

    await page.locator('#paste').fill('   ');
    await page.locator('#own-texts button[type="submit"]').click();
    await page.waitForFunction(() => document.getElementById('own-message').textContent.includes('Nothing to analyse'));
  });
});

test('bad input: a 5 MB paste is analysed', async () => {
  await onPage('index.html', async (page) => {
    // Built in the page: sending 5 MB through the test driver's `fill`
    // would take longer than the analysis being tested.
    const { length, copies } = await page.evaluate(async () => {
      const text = await (await fetch('corpus/001_8466fea3bf4f444b.txt')).text();
      const n = Math.ceil(5_000_000 / text.length);
      const big = Array(n).fill(text).join('\n');
      document.getElementById('paste').value = big;
      return { length: big.length, copies: n };
    });
    assert.ok(length >= 5_000_000);
    const rendered = nextRender(page);
    await page.locator('#own-texts button[type="submit"]').click();
    assert.equal(await rendered, true);
    const view = await readWidget(page);
    assert.equal(view.problem, null);
    const single = cliTop([CORPUS[1]], 1)[0];
    assert.deepEqual(view.rows[0].slice(1, 3), [single.term, String(single.count * copies)]);
    await assertCloudIsSound(page, view);
  });
});

test('bad input: binary files are refused, invalid UTF-8 is read with a warning', async () => {
  await onPage('index.html', async (page) => {
    await page.locator('#files').setInputFiles([
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]) },
      { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('kampanye politik caf\xe9 media kampanye', 'latin1') },
    ]);
    const rendered = nextRender(page);
    await page.locator('#own-texts button[type="submit"]').click();
    assert.equal(await rendered, true);
    const view = await readWidget(page);
    assert.deepEqual(view.options, ['The document']);
    assert.equal(view.rows[0][1], 'kampanye');
    assert.ok(view.notes.some((n) => /photo\.png looks like a binary file/.test(n)), `notes: ${view.notes}`);
    assert.ok(view.notes.some((n) => /latin1\.txt is not valid UTF-8/.test(n)), `notes: ${view.notes}`);
  });
});

test('dist: the minified stylesheets style the widget exactly as the sources do', async () => {
  // What `make dist` ships: build.py's minifier over each stylesheet.
  const minified = (file) => execFileSync('python3', ['-c', [
    'import sys; sys.path.insert(0, "scripts"); import build',
    `sys.stdout.write(build.minified_css(open("www/${file}", encoding="utf-8").read(), "${file}"))`,
  ].join('\n')], { cwd: ROOT, encoding: 'utf8' });
  const styles = async (page) => {
    await page.locator('arah-widget details.strategy > summary').click();
    await page.locator('arah-widget .strategy-cloud svg').waitFor();
    return page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      const names = ['display', 'color', 'background-color', 'font', 'margin', 'padding', 'border', 'width', 'gap', 'justify-content', 'overflow'];
      return [...root.querySelectorAll('*')].map((node) => {
        const style = getComputedStyle(node);
        return `${node.localName}.${node.className?.baseVal ?? node.className}: ${names.map((n) => style.getPropertyValue(n)).join(' | ')}`;
      });
    });
  };
  const open = async (replace) => {
    const guarded = await guardedPage(suite.session.browser);
    const served = new Set();
    if (replace) {
      for (const file of ['arah-widget.css', 'arah-strategy.css', 'arah-views.css']) {
        const body = minified(file);
        assert.ok(body.length > 500 && !body.includes('\n'), `${file} was minified`);
        await guarded.page.route(`**/${file}`, (route) => {
          served.add(file);
          return route.fulfill({ contentType: 'text/css', body });
        });
      }
    }
    await guarded.page.goto(suite.session.base + 'index.html');
    await settled(guarded.page);
    const seen = await styles(guarded.page);
    if (replace) assert.deepEqual([...served].sort(), ['arah-strategy.css', 'arah-views.css', 'arah-widget.css']);
    assert.deepEqual(guarded.problems, []);
    await guarded.close();
    return seen;
  };
  const sources = await open(false);
  const shipped = await open(true);
  assert.ok(sources.length > 100, `only ${sources.length} elements`);
  assert.deepEqual(shipped, sources);
});
