// The "Add texts" panel (add-texts attribute, www/arah-files.js): pasted,
// opened and dropped files join the widget's documents, read as the CLI
// reads the same bytes (its documents, titles, counts and messages), each
// file kind's reader fetched only when a file of that kind arrives, and bad
// files refused with a sentence while the texts already loaded stay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite, cliRead, comparable, nextRender, readWidget, widgetDocuments } from './harness.mjs';
import { csvRow, docx, pdf, utf16 } from './add-texts-files.mjs';

const suite = browserSuite();
const { onPage } = suite;

const DIR = mkdtempSync(join(tmpdir(), 'arah-add-texts-'));
const PARAGRAPHS = [
  'Kampanye politik di media sosial mengajak warga berdialog.',
  'Calon menjawab pertanyaan warga secara langsung di kolom komentar.',
];
const REFERENCE_TITLES = [
  'Post-Truth Politik dan Kampanye Media Sosial',
  'Media Sosial sebagai Alat Kampanye dalam Komunikasi Politik',
  'Peran Media Sosial sebagai Media Kampanye Partai Politik',
];

/** Writes the test's files into DIR; returns their paths by name. */
function write(files) {
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(DIR, name), bytes);
}

before(() => {
  const bomb = Buffer.from(
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>bom</w:t></w:r></w:p>'.repeat(600_000) + '</w:body></w:document>',
  );
  const whole = pdf([PARAGRAPHS]);
  write({
    'paper.docx': docx(PARAGRAPHS),
    'paper.pdf': pdf([PARAGRAPHS, ['Halaman kedua tentang komunikasi dua arah.']]),
    'scan.pdf': pdf([[]]),
    'cut.pdf': whole.subarray(0, Math.floor(whole.length * 0.6)),
    'locked.pdf': pdf([PARAGRAPHS], { encrypt: true }),
    // 20 MB of XML in 60 KB: over 100:1 past the first 10 MB.
    'bomb.docx': docx([], { documentXml: bomb }),
    // The same, declaring 4 000 bytes: only inflating it shows the lie.
    'liar.docx': docx([], { documentXml: bomb, declaredSize: 4000 }),
    'u16le.txt': utf16('Komunikasi dua arah: warga bertanya, calon menjawab. Café politik.', false),
    'u16be.txt': utf16('Kampanye satu arah lewat baliho dan iklan televisi. Naïve slogan.', true),
    'cp1252.txt': Buffer.concat([
      Buffer.from('Debat '), Buffer.from([0x93]), Buffer.from('dua arah'), Buffer.from([0x94]),
      Buffer.from(' di caf'), Buffer.from([0xe9]), Buffer.from(' kampanye politik, r'), Buffer.from([0xe9]),
      Buffer.from('sum'), Buffer.from([0xe9]), Buffer.from(' calon.'),
    ]),
    'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 0, 0xff]),
    'hostile.html':
      '<!doctype html><html><head><title>Judul</title><style>p{color:red}</style>' +
      '<script>window.pwned = "script"; document.title = "pwned"</script></head><body>' +
      '<h1>Debat kandidat</h1><p>Warga <b>bertanya</b> langsung.</p>' +
      '<img src="x" onerror="window.pwned = \'onerror\'"><svg onload="window.pwned = \'svg\'"><text>rahasiasvg</text></svg>' +
      '<p style="display:none" onclick="window.pwned = 1">Relawan</p><p hidden>tersembunyi</p><noscript>aktifkan</noscript><template><p>cetakan</p></template>' +
      '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>' +
      '<ul><li>satu</li><li>dua</li></ul><script>window.pwned = "body"; skripjahat()</script></body></html>',
    // A PDF and a Word document under other names: read by their content.
    'notes.txt': pdf([['Catatan rapat kampanye tentang dialog dengan pemilih.']]),
    'posts-as.csv': docx(['Dokumen Word yang disimpan dengan nama tabel.']),
    'posts.csv': [
      csvRow(['id', 'username', 'date', 'caption']),
      csvRow(['1', 'ani', '2024-01-02', 'Ayo datang ke kampanye akbar, warga!']),
      csvRow(['2', 'budi', '2024-01-03', 'Terima kasih atas komentarnya, kami menjawab setiap pertanyaan.']),
      '',
      csvRow(['3', 'ani', '2024-01-04', 'Kami mendengar warga, "dialog" dua arah, lalu menjawab.']),
      csvRow(['4', 'citra', '', '']),
      csvRow(['5', 'budi', '2024-01-05', 'Kampanye satu arah lewat baliho\ndan iklan.']),
    ].join('\n'),
    // Separated as Indonesian spreadsheets save, and by tabs.
    'titik-koma.csv': ['akun;isi', 'ani;Warga bertanya tentang program kerja calon.', 'budi;Calon menjawab di kolom komentar.'].join('\r\n'),
    'posts.tsv': ['author\tpost', 'ani\tRelawan membalas komentar warga.', 'citra\tBaliho kampanye di persimpangan jalan.'].join('\n'),
    'empty-text.csv': [csvRow(['id', 'author', 'text']), csvRow(['1', 'ani', '']), csvRow(['2', 'budi', '  '])].join('\n'),
  });
});

// The large files are 135 MB together.
after(() => rmSync(DIR, { recursive: true, force: true }));

async function openPanel(page) {
  await page.locator('arah-widget details.add-texts > summary').click();
  await page.locator('arah-widget input[name="files"]').waitFor({ state: 'attached' });
}

/** What the panel says: its status line, problems and table forms. */
function panel(page) {
  return page.evaluate(() => {
    const root = document.querySelector('arah-widget').shadowRoot;
    return {
      status: root.querySelector('.files .status').textContent,
      problems: [...root.querySelectorAll('.files .problems li')].map((li) => li.textContent),
      forms: root.querySelectorAll('.files form.columns').length,
    };
  });
}

/** Opens `names` (in DIR) with the panel's file input; waits until the
 * panel has read them all (`render`: and the widget has drawn them). */
async function open(page, names, { render = true } = {}) {
  const rendered = render && nextRender(page);
  await page.locator('arah-widget input[name="files"]').setInputFiles(names.map((n) => join(DIR, n)));
  await page.waitForFunction(() => !/^Reading/.test(document.querySelector('arah-widget').shadowRoot.querySelector('.files .status').textContent));
  if (rendered) assert.equal(await rendered, true, 'the widget drew the added texts');
  return panel(page);
}

/** Asserts that the widget still has the reference articles and shows no problem. */
async function referencesStay(page) {
  const view = await readWidget(page);
  assert.equal(view.problem, null);
  for (const title of REFERENCE_TITLES) assert.ok(view.options.includes(title), `${title} is still a document`);
  return view;
}

const vendorRequests = (requests) => requests.filter((path) => path.includes('/pkg/vendor/')).map((path) => path.split('/').pop());

test('add texts: each reader loads only when its kind of file arrives; files are read as the CLI reads them', async () => {
  await onPage('index.html', async (page, requests) => {
    assert.ok(!requests.some((path) => path.endsWith('/arah-files.js')), 'the panel waits until it is opened');
    await openPanel(page);
    assert.ok(requests.some((path) => path.endsWith('/arah-files.js')));
    assert.deepEqual(vendorRequests(requests), []);

    // Text in three encodings: the CLI's words and its notes on how.
    const texts = ['u16le.txt', 'u16be.txt', 'cp1252.txt'];
    let said = await open(page, texts);
    assert.deepEqual(said.problems, []);
    assert.deepEqual(vendorRequests(requests), [], 'plain text needs no vendor reader');
    let cli = cliRead(DIR, texts);
    let mine = await widgetDocuments(page);
    assert.deepEqual(mine.slice(3), comparable(cli.documents));
    assert.ok(mine[5].terms.some(([term]) => term === 'café'), 'Windows-1252 é decoded');
    const notes = (await readWidget(page)).notes;
    for (const message of cli.messages) assert.ok(notes.includes(message), `the widget says "${message}": ${notes}`);

    said = await open(page, ['paper.docx']);
    assert.deepEqual(vendorRequests(requests), ['mammoth.mjs']);
    said = await open(page, ['paper.pdf']);
    assert.deepEqual(vendorRequests(requests).sort(), ['mammoth.mjs', 'pdf.min.mjs', 'pdf.worker.min.mjs']);
    said = await open(page, ['hostile.html', 'notes.txt', 'posts-as.csv']);
    assert.deepEqual(said.problems, []);
    cli = cliRead(DIR, ['paper.docx', 'paper.pdf', 'hostile.html', 'notes.txt', 'posts-as.csv']);
    assert.equal(cli.status, 0, cli.messages.join('\n'));
    mine = await widgetDocuments(page);
    assert.deepEqual(mine.slice(6), comparable(cli.documents));
    // Wrong extensions are read by content, and said so as the CLI says it.
    const view = await referencesStay(page);
    for (const message of cli.messages) assert.ok(view.notes.includes(message), `the widget says "${message}": ${view.notes}`);
    assert.ok(view.notes.some((n) => /notes\.txt: a PDF by its content/.test(n)));

    // Nothing of the page's markup ran or was counted.
    const hostile = mine.find((d) => d.title === 'hostile.html').terms.map(([term]) => term);
    assert.deepEqual(hostile.sort(), ['bertanya', 'debat', 'dua', 'kandidat', 'langsung', 'relawan', 'satu', 'warga'].sort());
    assert.equal(await page.evaluate(() => window.pwned ?? null), null, 'no script or handler of the HTML ran');
    assert.notEqual(await page.title(), 'pwned');
    assert.deepEqual(vendorRequests(requests).sort(), ['mammoth.mjs', 'pdf.min.mjs', 'pdf.worker.min.mjs'],
      'papaparse waits for a table');
  });
});

test('add texts: a table of posts, a row a document or an author a document, as arah --group-by author', async () => {
  await onPage('index.html', async (page, requests) => {
    await openPanel(page);
    let said = await open(page, ['posts.csv'], { render: false });
    assert.equal(said.forms, 1, 'a table asks for its columns');
    assert.deepEqual(vendorRequests(requests), ['papaparse.mjs']);
    const form = page.locator('arah-widget form.columns');
    // The CLI's own pick of the text column, by its name.
    assert.equal(await form.locator('select[name="text-column"] option:checked').textContent(), 'caption');

    // Each row a document, titled with its author and date.
    await form.locator('select[name="author-column"]').selectOption({ label: 'username' });
    await form.locator('select[name="date-column"]').selectOption({ label: 'date' });
    let rendered = nextRender(page);
    await form.locator('button[type="submit"]').click();
    assert.equal(await rendered, true);
    let cli = cliRead(DIR, ['posts.csv'], ['--author-column', 'username', '--date-column', 'date']);
    assert.deepEqual((await widgetDocuments(page)).slice(3), comparable(cli.documents));
    assert.deepEqual(cli.documents.map((d) => d.title), [
      'posts.csv#1 (ani, 2024-01-02)', 'posts.csv#2 (budi, 2024-01-03)', 'posts.csv#3 (ani, 2024-01-04)',
      'posts.csv#5 (budi, 2024-01-05)',
    ]);

    // Grouped by author, after the documents added so far.
    await open(page, ['posts.csv'], { render: false });
    await form.locator('input[name="group-by-author"]').check();
    rendered = nextRender(page);
    await form.locator('button[type="submit"]').click();
    assert.equal(await rendered, true);
    cli = cliRead(DIR, ['posts.csv'], ['--group-by', 'author']);
    assert.deepEqual(cli.documents.map((d) => d.title), ['posts.csv#author=ani', 'posts.csv#author=budi']);
    assert.deepEqual((await widgetDocuments(page)).slice(7), comparable(cli.documents));

    // Other separators, each row a document; the CLI's note on the `;`.
    for (const name of ['titik-koma.csv', 'posts.tsv']) {
      await open(page, [name], { render: false });
      rendered = nextRender(page);
      await form.locator('button[type="submit"]').click();
      assert.equal(await rendered, true);
    }
    cli = cliRead(DIR, ['titik-koma.csv', 'posts.tsv']);
    assert.deepEqual((await widgetDocuments(page)).slice(9), comparable(cli.documents));
    assert.ok((await readWidget(page)).notes.includes(cli.messages.find((m) => /separated/.test(m))), cli.messages.join('\n'));

    // A text column empty in every row: the CLI's sentence, in the form.
    await open(page, ['empty-text.csv'], { render: false });
    await form.locator('button[type="submit"]').click();
    const problem = form.locator('.refused');
    await problem.waitFor();
    const refused = cliRead(DIR, ['empty-text.csv']);
    assert.equal(refused.status, 1);
    assert.equal(await problem.textContent(), `${refused.messages[0]}.`);
    await form.locator('button[type="button"]').click();
    assert.equal((await widgetDocuments(page)).length, 13, 'the texts already added stay');
    await referencesStay(page);
  });
});

test('add texts: bad files are refused with a sentence each, and the texts already loaded stay', async () => {
  await onPage('index.html', async (page) => {
    await openPanel(page);
    write({ 'blank.txt': ' \n\t\n' });
    const bad = ['bomb.docx', 'liar.docx', 'cut.pdf', 'locked.pdf', 'scan.pdf', 'photo.txt', 'blank.txt'];
    const said = await open(page, bad, { render: false });
    assert.equal(said.problems.length, bad.length, said.problems.join('\n'));
    const expected = [
      /^bomb\.docx: word\/document\.xml would inflate to 20 MB from \d+ KB \(limit 50 MB, at most 100:1\); refused as a likely zip bomb\.$/,
      /^liar\.docx: word\/document\.xml inflates past the 4000 bytes it declares; refused as damaged or a zip bomb\.$/,
      /^cut\.pdf: cannot read this PDF, it is damaged or truncated/,
      /^locked\.pdf is an encrypted PDF that needs a password; save an unprotected copy\.$/,
      /^scan\.pdf has no text layer \(a scan\?\); run OCR on it first, e\.g\. with ocrmypdf\.$/,
      /^photo\.txt looks like a binary file, not text, HTML, a Word \.docx, a PDF or CSV\.$/,
      /^blank\.txt is empty: it has no text to add\.$/,
    ];
    said.problems.forEach((problem, i) => assert.match(problem, expected[i]));
    // The CLI refuses each of them too, for the same reason.
    const reasons = [/likely zip bomb/, /damaged or a zip bomb/, /damaged or truncated/, /needs a password/, /no text layer/, /binary file/];
    // (An empty file is no error for the CLI among others, only alone.)
    for (const [i, name] of bad.slice(0, -1).entries()) {
      const cli = cliRead(DIR, [name]);
      assert.equal(cli.status, 1, `arah refuses ${name}`);
      assert.match(cli.messages[0], reasons[i]);
      assert.match(said.problems[i], reasons[i]);
    }
    assert.equal((await widgetDocuments(page)).length, 3);
    await referencesStay(page);
  });
});

test('add texts: a 100 MB file is refused at once, a million-row table is read grouped by author', async () => {
  write({ 'huge.txt': Buffer.alloc(100 * 1024 * 1024, 'kampanye ') });
  const words = ['dialog', 'baliho', 'komentar', 'debat', 'iklan', 'relawan', 'survei'];
  const rows = ['id,author,text'];
  for (let i = 0; i < 1_000_000; i++) rows.push(`${i},akun${String.fromCharCode(97 + (i % 7))},warga ${words[i % 7]} kampanye`);
  write({ 'million.csv': rows.join('\n') });
  await onPage('index.html', async (page) => {
    await openPanel(page);
    const started = Date.now();
    let said = await open(page, ['huge.txt'], { render: false });
    assert.deepEqual(said.problems, ['huge.txt is 100 MB: the widget reads files up to 50 MB (the arah command line reads larger ones).']);
    assert.ok(Date.now() - started < 5000, 'refused before it is read');

    said = await open(page, ['million.csv'], { render: false });
    const form = page.locator('arah-widget form.columns');
    await form.locator('button[type="submit"]').click();
    assert.match(await form.locator('.refused').textContent(),
      /^million\.csv has 1,000,000 rows with text, more than the 5,000 documents the widget shows at once: group the rows by author, or use the arah command line\.$/);
    await form.locator('input[name="group-by-author"]').check();
    const rendered = nextRender(page);
    await form.locator('button[type="submit"]').click();
    assert.equal(await rendered, true, (await readWidget(page)).problem);
    const added = (await widgetDocuments(page)).slice(3);
    assert.deepEqual(added.map((d) => d.title), words.map((_, i) => `million.csv#author=akun${String.fromCharCode(97 + i)}`));
    added.forEach((d, i) => {
      const posts = Math.ceil((1_000_000 - i) / 7);
      assert.deepEqual(d.terms.slice(0, 3).map(([, count]) => count), [posts, posts, posts], d.title);
      assert.ok(d.terms.some(([term]) => term === words[i]), `${d.title} has ${words[i]}`);
    });
    await referencesStay(page);
  });
});

test('add texts: paste and drop; the attribute shows the panel, under the embed example\'s strict CSP too', async () => {
  await onPage('embed-example.html', async (page) => {
    const summary = page.locator('arah-widget details.add-texts > summary');
    assert.equal(await summary.isVisible(), false, 'no panel without the attribute');
    await page.evaluate(() => document.querySelector('arah-widget').setAttribute('add-texts', ''));
    assert.equal(await summary.isVisible(), true);
    await openPanel(page);
    const before = (await widgetDocuments(page)).length;

    await page.locator('arah-widget textarea[name="paste"]').fill('Relawan membalas komentar warga satu per satu.');
    let rendered = nextRender(page);
    await page.locator('arah-widget button[name="add-paste"]').click();
    assert.equal(await rendered, true);

    // A PDF dropped on the cloud: pdf.js and its worker under this page's policy.
    const bytes = [...pdf([['Dialog terbuka dengan pemilih muda di kampus.']])];
    rendered = nextRender(page);
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'dropped.pdf', { type: 'application/pdf' }));
      const target = document.querySelector('arah-widget').shadowRoot.querySelector('.cloud');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: transfer }));
      }
    }, bytes);
    assert.equal(await rendered, true);
    const documents = await widgetDocuments(page);
    assert.deepEqual(documents.slice(before).map((d) => d.title), ['Pasted text', 'dropped.pdf']);
    assert.ok(documents.at(-1).terms.some(([term]) => term === 'pemilih'));
  });
});
