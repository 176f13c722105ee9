// The communication-strategy section of the widget in headless Chromium:
// the same labels, probabilities and balances as `arah strategy`, the strip
// leading to each sentence's evidence and what decided it, the relevance
// gate's reason and mentions, and the lexicon editor (edits that count and persist,
// malformed imports that are refused). The guard of harness.mjs fails a test
// on any console error, CSP violation or non-local request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite, CORPUS, DRAW_TIMEOUT_MS, settled, cli, cliCloud, nextStrategy, pngPixels } from './harness.mjs';

const { onPage } = browserSuite();

async function openStrategy(page) {
  const drawn = nextStrategy(page);
  await page.locator('arah-widget details.strategy > summary').click();
  await drawn;
}

/**
 * The bars as drawn: title, label, its probability in per cent (or the
 * gate's reason in words), sentence counts and balance per document.
 */
function readBars(page) {
  return page.evaluate(() => {
    const root = document.querySelector('arah-widget').shadowRoot;
    return [...root.querySelectorAll('.strategy-chart g[data-document]')].map((g) => {
      const label = g.getAttribute('aria-label');
      const [, title, mode, percent, gate, oneWay, twoWay, balance] = label.match(
        /^(.*): ([a-z-]+)(?:, (\d+) % likely|, not about actor–audience communication \((.*)\)); one-way (\d+) sentences .*two-way (\d+) sentences .*balance (-?[\d.]+)(?:, .*)?$/,
      );
      return {
        title, mode, likely: percent === undefined ? gate : Number(percent),
        oneWay: Number(oneWay), twoWay: Number(twoWay), balance: Number(balance),
      };
    });
  });
}

const round = (x) => Math.round(x * 100) / 100;
// The gate's reasons as the chart words them.
const CHART_REASONS = { 'no-actor': 'no actor named', 'no-audience': 'no audience named', 'no-text': 'no text' };

function expectedBars(report) {
  return report.documents.map((d) => ({
    mode: d.label,
    likely: d.relevance.relevant ? Math.round(d.probability * 100) : CHART_REASONS[d.relevance.reason],
    oneWay: d.oneWaySentences, twoWay: d.twoWaySentences, balance: round(d.balance),
  }));
}

const withoutTitles = (bars) => bars.map(({ title, ...rest }) => rest);

function lexiconState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('arah-widget').shadowRoot;
    const problem = root.querySelector('details.lexicon .problem');
    return {
      status: root.querySelector('details.lexicon > .hint').textContent,
      problem: problem.hidden ? null : problem.textContent,
      saved: localStorage.getItem('arah-strategy-lexicon'),
    };
  });
}

test('strategy: one bar per reference document with the labels and balances of arah strategy', async () => {
  await onPage('index.html', async (page, requests) => {
    const lexiconRequests = () => requests.filter((p) => /\/strategy-(id|en)\.json$/.test(p)).length;
    assert.equal(lexiconRequests(), 0, 'the strategy lexicons wait until the section is opened');
    await openStrategy(page);
    assert.equal(lexiconRequests(), 2, 'both default lexicons are fetched, once');
    const bars = await readBars(page);
    assert.deepEqual(bars.map((b) => b.title), [
      'Post-Truth Politik dan Kampanye Media Sosial',
      'Media Sosial sebagai Alat Kampanye dalam Komunikasi Politik',
      'Peran Media Sosial sebagai Media Kampanye Partai Politik',
    ]);
    assert.deepEqual(withoutTitles(bars), expectedBars(cli(['strategy', ...CORPUS])));
    const strips = await page.evaluate(() => [...document.querySelector('arah-widget').shadowRoot
      .querySelectorAll('.strategy-chart .arah-strip')].map((g) => g.querySelectorAll('rect[data-index]').length));
    const report = cli(['strategy', ...CORPUS]);
    assert.deepEqual(strips, report.documents.map((d) => d.sentences.length), 'one strip cell per sentence');
    const status = await lexiconState(page);
    assert.match(status.status, /^The default lexicon: \d{3} entries in \d+ categories\.$/);
  });
});

test('strategy: a comparison cloud of the two-way against the one-way sentences, in the chart colours', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    await page.locator('arah-widget .strategy-cloud svg text[data-group]').first().waitFor();
    const cloud = await page.evaluate(() => {
      const svg = document.querySelector('arah-widget').shadowRoot.querySelector('.strategy-cloud svg');
      const words = [...svg.querySelectorAll('text[data-group]')];
      return {
        legend: [...svg.querySelectorAll('g[role="listitem"] text')].map((t) => t.textContent),
        groups: [...new Set(words.map((t) => t.dataset.group))].sort(),
        colours: Object.fromEntries(words.map((t) => [t.dataset.group, t.getAttribute('fill')])),
        sideOf: Object.fromEntries(words.map((t) => [t.dataset.term, t.dataset.group])),
      };
    });
    assert.deepEqual(cloud.legend, ['two-way', 'one-way']);
    assert.deepEqual(cloud.groups, ['0', '1'], 'both modes have words');
    assert.deepEqual(cloud.colours, { 0: '#0072B2', 1: '#C43C00' }, 'blue two-way, vermilion one-way');
    // The vocabulary of interaction sits on the two-way side.
    const interaction = ['interaksi', 'berinteraksi', 'interaktif'].filter((t) => t in cloud.sideOf);
    assert.ok(interaction.length > 0, 'no word of interaction in the cloud');
    for (const term of interaction) assert.equal(cloud.sideOf[term], '0', `${term} is not on the two-way side`);
  });
});

test('strategy: its comparison cloud has the words and sides of arah cloud --compare on the sentences arah strategy labels', async () => {
  // The independent path: the CLI's labels, its sentences of each side in
  // two files, and the CLI's comparison cloud of them.
  const report = cli(['strategy', ...CORPUS]);
  const dir = mkdtempSync(join(tmpdir(), 'arah-sides-'));
  const files = ['two-way', 'one-way'].map((side) => {
    const path = join(dir, `${side}.txt`);
    const sentences = report.documents.flatMap((d) => d.sentences.filter((s) => s.label === side).map((s) => s.text));
    writeFileSync(path, sentences.join('\n'));
    return path;
  });
  const expected = cliCloud(files, 80, ['--compare']);
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    await page.locator('arah-widget .strategy-cloud svg text[data-group]').first().waitFor();
    const shown = await page.evaluate(() => {
      const box = document.querySelector('arah-widget').shadowRoot.querySelector('.strategy-cloud');
      const placed = [...box.querySelectorAll('svg text[data-rank]')]
        .map((t) => ({ term: t.dataset.term, group: Number(t.dataset.group) }));
      const note = box.querySelector('.hint.dropped')?.textContent;
      return { placed, dropped: note ? note.replace(/^.*did not fit: /, '').split(', ') : [] };
    });
    const all = (cloud) => [...cloud.placed.map((w) => w.term), ...cloud.dropped].sort();
    assert.deepEqual(all(shown), all(expected));
    const side = new Map(expected.placed.map((w) => [w.term, w.group]));
    assert.deepEqual(shown.placed.filter((w) => side.has(w.term) && side.get(w.term) !== w.group), []);
    assert.ok(shown.placed.length > 30, `only ${shown.placed.length} words placed`);
  });
});

test('strategy: the chart and the comparison cloud are exported as SVG and PNG', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    await page.locator('arah-widget .strategy-cloud svg').waitFor();
    const save = async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`arah-widget button[data-export="${name}"]`).click(),
      ]);
      return { file: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
    };
    const chart = await save('chart-svg');
    assert.equal(chart.file, 'arah-strategy-chart.svg');
    assert.match(chart.bytes.toString(), /^<svg[^>]*class="arah-strategy"/);
    const cloud = await save('cloud-svg');
    assert.match(cloud.bytes.toString(), /@font-face\{font-family:"Arah Sans"/);
    for (const name of ['chart-png', 'cloud-png']) {
      const png = await save(name);
      assert.deepEqual([...png.bytes.subarray(1, 4)], [...Buffer.from('PNG')], name);
      assert.ok(png.bytes.readUInt32BE(16) >= 640, `${name} is ${png.bytes.readUInt32BE(16)} px wide`);
    }
    // The chart's PNG is painted from the chart: the first one-way bar in
    // its colour where it is on screen, on the widget's background.
    const bar = await page.evaluate(() => {
      const svg = document.querySelector('arah-widget').shadowRoot.querySelector('.strategy-chart svg');
      const rect = svg.querySelector('g[role="img"] rect');
      const box = rect.getBBox();
      return {
        colour: getComputedStyle(rect).fill.match(/\d+/g).slice(0, 3).map(Number),
        box: { x: Math.round(box.x * 2) + 2, y: Math.round(box.y * 2) + 2, width: Math.max(1, Math.round(box.width * 2) - 4), height: Math.round(box.height * 2) - 4 },
      };
    });
    const painted = await save('chart-png');
    const [inside, corner] = await pngPixels(page, painted.bytes, [bar.box, { x: 0, y: 0, width: 4, height: 4 }], bar.colour);
    assert.equal(inside.close, bar.box.width * bar.box.height, `the bar is not ${bar.colour} in the PNG: ${inside.mean}`);
    assert.deepEqual(corner.mean, [255, 255, 255], 'the light widget background');
  });
});

test('strategy: a strip cell shows its sentence with the evidence marked and the rule named, also from the keyboard', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    const report = cli(['strategy', ...CORPUS]);
    const doc = 1;
    const index = report.documents[doc].sentences.findIndex((s) => s.evidence.length > 1 && s.label === 'two-way');
    const expected = report.documents[doc].sentences[index];
    await page.locator(`arah-widget .strategy-chart g[data-document="${doc}"] rect[data-index="${index}"]`).click();
    const shown = () => page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      const item = root.querySelector('.evidence li.current');
      const box = item?.getBoundingClientRect();
      return item && {
        index: Number(item.dataset.index),
        document: Number(item.closest('[data-document]').dataset.document),
        visible: box.height > 0 && item.checkVisibility(),
        focused: root.activeElement === item,
        text: item.querySelector('.sentence').textContent,
        label: item.querySelector('.label').textContent,
        marks: [...item.querySelectorAll('mark:not(.mention)')].map((m) => [m.textContent, m.className]),
        rules: [...item.querySelectorAll('.markers li')].map((li) => li.textContent),
      };
    });
    const item = await shown();
    assert.equal(item.document, doc);
    assert.equal(item.index, index);
    assert.ok(item.visible && item.focused, 'the sentence is shown and focused');
    assert.equal(item.text, expected.text);
    assert.equal(item.label, `${index + 1} · two-way`);
    assert.deepEqual(item.marks, expected.evidence.map((e) => [e.text, e.counted ? e.side : `${e.side} uncounted`]));
    expected.evidence.forEach((e, i) => {
      assert.ok(item.rules[i].includes(`rule ${e.rule}`), `${item.rules[i]} names ${e.rule}`);
      assert.ok(item.rules[i].includes(e.text));
    });
    // A sentence without markers, reached from the keyboard, is listed too.
    const plain = report.documents[0].sentences.findIndex((s) => s.evidence.length === 0);
    await page.locator(`arah-widget .strategy-chart g[data-document="0"] rect[data-index="${plain}"]`).focus();
    await page.keyboard.press('Enter');
    const other = await shown();
    assert.deepEqual([other.document, other.index], [0, plain]);
    assert.ok(other.visible, 'a sentence without markers is shown when picked');
    assert.equal(other.text, report.documents[0].sentences[plain].text);
    assert.deepEqual(other.marks, []);
  });
});

test('strategy: an added, re-weighted and removed entry changes the result as arah strategy --lexicon, and survives a reload', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    const before = await readBars(page);
    await page.locator('arah-widget details.lexicon > summary').click();
    await page.locator('arah-widget form.add-entry input[name="phrase"]').fill('masyarakat');
    await page.locator('arah-widget form.add-entry select[name="side"]').selectOption('two-way');
    await page.locator('arah-widget form.add-entry input[name="weight"]').fill('3');
    await page.locator('arah-widget form.add-entry select[name="category"]').selectOption('listening');
    let drawn = nextStrategy(page);
    await page.locator('arah-widget form.add-entry button[type="submit"]').click();
    await drawn;
    const edited = await readBars(page);
    assert.notDeepEqual(edited, before, 'the new entry changed the result');
    const state = await lexiconState(page);
    assert.equal(state.problem, null);
    assert.match(state.status, /^Your edited lexicon, saved in this browser/);
    // The saved lexicon gives the CLI the same result.
    const file = join(mkdtempSync(join(tmpdir(), 'arah-lexicon-')), 'edited.json');
    writeFileSync(file, state.saved);
    assert.deepEqual(withoutTitles(edited), expectedBars(cli(['strategy', ...CORPUS, '--lexicon', file])));

    await page.reload();
    await settled(page);
    await openStrategy(page);
    assert.deepEqual(await readBars(page), edited, 'the edit survived the reload');
    assert.match((await lexiconState(page)).status, /^Your edited lexicon/);

    // Re-weight, then remove the entry: back to the default result.
    await page.locator('arah-widget details.lexicon > summary').click();
    await page.locator('arah-widget label.find input').fill('masyarakat');
    drawn = nextStrategy(page);
    await page.locator('arah-widget table.lexicon input[aria-label="Weight of “masyarakat”"]').fill('0.5');
    await page.locator('arah-widget table.lexicon input[aria-label="Weight of “masyarakat”"]').press('Enter');
    await page.locator('arah-widget label.find input').focus();
    await drawn;
    const reweighted = await readBars(page);
    assert.notDeepEqual(reweighted, edited, 're-weighting changed the result');
    assert.match((await lexiconState(page)).saved, /"weight": 0.5/);
    drawn = nextStrategy(page);
    await page.locator('arah-widget button[aria-label="Remove “masyarakat”"]').click();
    await drawn;
    assert.deepEqual(await readBars(page), before, 'without the entry the result is the default one');

    // Reset to default forgets the saved lexicon.
    drawn = nextStrategy(page);
    await page.locator('arah-widget details.lexicon button', { hasText: 'Reset to default' }).click();
    await drawn;
    const reset = await lexiconState(page);
    assert.equal(reset.saved, null);
    assert.match(reset.status, /^The default lexicon/);
  });
});

test('strategy: a malformed import or weight is refused with the line named, and the previous lexicon stays', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    const before = await readBars(page);
    await page.locator('arah-widget details.lexicon > summary').click();
    const broken = '{\n  "entries": [\n    {"phrase": "dialog", "side": "two-way",}\n  ]\n}\n';
    await page.locator('arah-widget input[name="import"]').setInputFiles({
      name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken),
    });
    await page.waitForFunction(() => !document.querySelector('arah-widget').shadowRoot
      .querySelector('details.lexicon .problem').hidden);
    let state = await lexiconState(page);
    assert.match(state.problem, /^Strategy lexicon: malformed JSON at line 3, column \d+: .*The previous lexicon stays in force\.$/);
    assert.equal(state.saved, null, 'nothing was saved');
    assert.deepEqual(await readBars(page), before, 'the result is unchanged');

    // A weight out of range is refused and the input shows the old weight again.
    await page.locator('arah-widget label.find input').fill('baliho');
    const weight = page.locator('arah-widget table.lexicon input[aria-label="Weight of “baliho”"]');
    const old = await weight.inputValue();
    await weight.fill('25');
    await weight.press('Enter');
    await page.locator('arah-widget label.find input').focus();
    await page.waitForFunction(() => /at most 10/.test(document.querySelector('arah-widget').shadowRoot
      .querySelector('details.lexicon .problem').textContent));
    state = await lexiconState(page);
    assert.match(state.problem, /entry \d+ \("baliho"\): weight must be above 0 and at most 10, not 25/);
    assert.equal(await weight.inputValue(), old);
    assert.equal(state.saved, null);

    // A valid import replaces the lexicon; the export link holds it.
    const own = JSON.stringify({ entries: [{ phrase: 'media sosial', side: 'two-way', weight: 2 }] });
    const drawn = nextStrategy(page);
    await page.locator('arah-widget input[name="import"]').setInputFiles({
      name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(own),
    });
    await drawn;
    state = await lexiconState(page);
    assert.equal(state.problem, null);
    assert.match(state.status, /: 1 entries in 0 categories\.$/);
    const link = page.locator('arah-widget a[download]');
    assert.match(await link.getAttribute('href'), /^blob:/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'arah-lexicon.json');
    assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), JSON.parse(own));
    assert.notDeepEqual(await readBars(page), before, 'the imported lexicon is in force');
  });
});

test('strategy: hostile text stays inert in the chart and the evidence', async () => {
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> Kami membuka dialog dengan warga. '
      + '"><svg onload=alert(3)> Baliho <b>dipasang</b>.';
    const drawn = nextStrategy(page);
    await page.evaluate((text) => {
      document.querySelector('arah-widget').setDocuments([{ title: '<img src=x onerror=alert(4)>', text }]);
    }, hostile);
    await drawn;
    const view = await page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      return {
        injected: root.querySelectorAll('img, script, b, svg svg, [onload], [onerror]').length
          + document.querySelectorAll('img, [onload], [onerror]').length,
        sentences: [...root.querySelectorAll('.evidence .sentence')].map((p) => p.textContent),
        marks: [...root.querySelectorAll('.evidence mark')].map((m) => m.textContent),
        summary: root.querySelector('.evidence summary').textContent,
      };
    });
    assert.equal(view.injected, 0, 'markup from the text became elements');
    assert.ok(view.sentences.some((s) => s.includes('<img src=x onerror=alert(2)>')), view.sentences.join(' | '));
    assert.ok(view.marks.includes('dialog'), view.marks.join(', '));
    assert.match(view.summary, /^<img src=x onerror=alert\(4\)>: /);
  });
});

test('strategy attribute: the section opens and draws at once, for inline texts', async () => {
  await onPage('index.html', async (page) => {
    const drawn = page.evaluate((limit) => new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(`no arah-strategy within ${limit} ms`)), limit);
      const widget = document.createElement('arah-widget');
      widget.id = 'inline';
      widget.setAttribute('strategy', '');
      const article = document.createElement('article');
      article.dataset.title = 'Caption';
      article.textContent = 'Kami membalas komentar warga. Ada sesi tanya jawab malam ini. Baliho dipasang.';
      widget.append(article);
      widget.addEventListener('arah-strategy', () => resolve(true), { once: true });
      document.body.append(widget);
    }), DRAW_TIMEOUT_MS);
    assert.equal(await drawn, true);
    const view = await page.evaluate(() => {
      const root = document.querySelector('#inline').shadowRoot;
      return {
        open: root.querySelector('details.strategy').open,
        bars: [...root.querySelectorAll('.strategy-chart g[data-document]')].map((g) => g.getAttribute('aria-label')),
        listOpen: root.querySelector('.evidence details').open,
      };
    });
    assert.ok(view.open);
    assert.equal(view.bars.length, 1);
    assert.match(view.bars[0], /^Caption: two-way, \d+ % likely; one-way 1 sentences .*two-way 2 sentences/);
    assert.ok(view.listOpen, 'the evidence list of a single document is open');
  });
});

// Texts written for this test (not from any labelled set): a recipe that
// names the villagers but no actor of public life, long enough to be judged
// by its topic; and an official's meeting with residents, with markers of
// both modes, a negated marker and sentences without any cue.
const RECIPE = `Resep opor ayam untuk hari raya. Siapkan ayam kampung dan santan kental.
Cuci ayam sampai bersih. Tumis bumbu halus sampai harum, lalu masukkan ayam.
Masak dengan api kecil sampai santan mengental. Aduk sesekali agar santan tidak pecah.
Warga kampung biasa menyajikannya hangat bersama ketupat. Selamat mencoba!`;
const MEETING = `Bupati menggelar dialog dengan warga di balai desa pada Sabtu pagi.
Warga menyampaikan keluhan soal jalan rusak, dan bupati menjawab satu per satu.
Pemerintah daerah juga memasang baliho di setiap kecamatan.
Acara dimulai pukul delapan dan selesai menjelang siang.
Tidak ada spanduk yang dipasang tanpa izin.
Mungkin ada sosialisasi lagi bulan depan.
Kegiatan itu diliput oleh beberapa media lokal.`;

test('strategy: probabilities, what decided each label, and the gate\'s reason and mentions are shown as arah strategy --json gives them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'arah-gate-'));
  const files = [['recipe.txt', RECIPE], ['meeting.txt', MEETING]].map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const report = cli(['strategy', ...files]);
  // What the texts are, independently of the engine's figures.
  assert.deepEqual(report.documents.map((d) => [d.relevance.relevant, d.relevance.reason, d.label]),
    [[false, 'no-actor', 'none'], [true, 'actor-and-audience', report.documents[1].label]]);
  const bases = new Set(report.documents[1].sentences.map((s) => `${s.basis} ${s.label === 'neither' ? 'neither' : 'mode'}`));
  assert.deepEqual([...bases].sort(), ['cue mode', 'cue neither', 'no-cue neither'], 'each kind of decision occurs');
  await onPage('index.html', async (page) => {
    await openStrategy(page);
    const drawn = nextStrategy(page);
    await page.evaluate((texts) => document.querySelector('arah-widget').setDocuments(texts),
      [{ title: 'Resep', text: RECIPE }, { title: 'Pertemuan', text: MEETING }]);
    await drawn;
    await page.locator('arah-widget input[name="all-sentences"]').check();
    const view = await page.evaluate(() => {
      const root = document.querySelector('arah-widget').shadowRoot;
      return [...root.querySelectorAll('.evidence > details')].map((list) => {
        const gate = list.querySelector('.gate');
        const cells = [...root.querySelectorAll(`.strategy-chart g[data-document="${list.dataset.document}"] rect[data-index]`)];
        return {
          summary: list.querySelector('summary').textContent,
          mode: list.querySelector('summary .mode').className,
          reason: gate.dataset.reason,
          gate: gate.querySelector('p').textContent,
          mentions: [...gate.querySelectorAll('.mentions mark')].map((m) => [m.textContent, m.className]),
          marked: [...list.querySelectorAll('ol .sentence mark.mention')].map((m) => [m.textContent, m.className]),
          sentences: [...list.querySelectorAll('ol > li')].map((li) => ({
            basis: li.dataset.basis,
            probability: Number(li.dataset.probability),
            badge: li.querySelector('.label').textContent,
            words: li.querySelector('.basis').textContent,
            // Paled by a layer over its background; its text keeps its contrast.
            paled: getComputedStyle(li.querySelector('.label')).backgroundImage !== 'none',
            visible: li.checkVisibility(),
          })),
          cells: cells.map((c) => ({
            basis: c.dataset.basis, probability: Number(c.dataset.probability), opacity: Number(c.getAttribute('fill-opacity')),
          })),
        };
      });
    });
    assert.equal(view.length, 2);
    report.documents.forEach((doc, d) => {
      const shown = view[d];
      const mentions = doc.relevance.mentions.map((m) => [m.text, `mention ${m.role}`]);
      assert.equal(shown.reason, doc.relevance.reason);
      assert.deepEqual(shown.mentions, mentions, 'the gate lists the mentions it found');
      // In the text, where a mention is also a marker ("sosialisasi"), the marker is marked.
      const markers = doc.sentences.flatMap((s) => s.evidence);
      const apart = doc.relevance.mentions
        .filter((m) => !markers.some((e) => e.startUtf16 < m.endUtf16 && m.startUtf16 < e.endUtf16))
        .map((m) => [m.text, `mention ${m.role}`]);
      assert.deepEqual(shown.marked, apart, 'and marks them in the text');
      assert.equal(shown.sentences.length, doc.sentences.length);
      doc.sentences.forEach((s, i) => {
        const item = shown.sentences[i];
        const percent = `${Math.round(s.probability * 100)} %`;
        assert.equal(item.basis, s.basis);
        assert.equal(item.probability, s.probability);
        assert.equal(shown.cells[i].basis, s.basis);
        assert.equal(shown.cells[i].probability, round(s.probability));
        assert.equal(item.badge, `${i + 1} · ${s.basis === 'gate' ? 'no label' : s.label}`);
        if (s.basis === 'gate') assert.match(item.words, /^No label: the text is not about communication between an actor and its audience\.$/);
        else if (s.basis === 'no-cue') assert.equal(item.words, `No cue found: neither for want of a marker, not a finding (${percent} of such sentences are neither).`);
        else if (s.label === 'neither') assert.match(item.words, new RegExp(`^Neither, ${percent} likely: `));
        else assert.match(item.words, new RegExp(`^${s.label[0].toUpperCase()}${s.label.slice(1)}, ${percent} likely, from its markers\\.`));
        // A label short of sure is drawn weaker, in the list and in the strip.
        if (s.basis === 'cue') assert.equal(item.paled, s.probability < 0.8, `${i}: paled ${item.paled} at ${s.probability}`);
        if (s.basis === 'cue' && s.label !== 'neither') {
          assert.ok(shown.cells[i].opacity < 1 && shown.cells[i].opacity > 0.3, `${i}: cell at ${s.probability}`);
        }
      });
    });
    // The recipe: no mode, the reason in plain words, the villagers found and listed.
    assert.match(view[0].summary, /^Resep: none: not about communication between an actor and its audience; 0 of \d+ sentences/);
    assert.match(view[0].mode, /\bgated\b/);
    assert.match(view[0].gate, /^Not analysed: the text is not about communication between an actor and its audience, as no actor is named/);
    assert.match(view[0].gate, /Found 0 mentions of an actor and [1-9]\d* of an audience:/);
    assert.ok(view[0].sentences.every((s) => s.basis === 'gate'));
    assert.ok(new Set(view[0].cells.map((c) => c.opacity)).size === 1, 'gated cells are all neutral');
    // The meeting: its mode with its probability; no cue found reads apart from a confident neither.
    const meeting = report.documents[1];
    assert.ok(view[1].summary.startsWith(`Pertemuan: ${meeting.label}, ${Math.round(meeting.probability * 100)} % likely, balance `),
      view[1].summary);
    assert.match(view[1].gate, /^About actor–audience communication: an actor and its audience are named\./);
    const noCue = view[1].cells.find((c) => c.basis === 'no-cue');
    const cueNeither = view[1].cells[meeting.sentences.findIndex((s) => s.basis === 'cue' && s.label === 'neither')];
    assert.ok(noCue.opacity < cueNeither.opacity, 'no cue is fainter than a neither its cues decided');
    assert.ok(view[0].cells[0].opacity <= noCue.opacity, 'gated cells are neutral');
  });
});
