// The npm package as a site builder uses it: `dist` and scripts/package.py
// build it, `npm pack` packs it, and `npm install` puts the tarball into a
// scratch app in a temporary folder (offline: the package has no
// dependencies). That app is built with Vite, which must emit every file the
// widget fetches, and is also served unbundled through an import map; in
// Chromium the widget must draw its cloud either way, under the guard of
// harness.mjs (no console error, no request beyond the local server). The
// hand-written types and manifest are checked against the sources.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { ROOT, guardedPage, readWidget, settled, startBrowser } from './harness.mjs';

const require = createRequire(join(ROOT, 'www/package.json'));
const esbuild = require('esbuild');

// A text of our own with one clear heaviest word, so the cloud can be checked.
const TEXT = 'Kampanye di media sosial. Kampanye partai mengajak warga berdialog. '
  + 'Warga bertanya, partai menjawab. Kampanye yang baik mendengarkan warga.';
const WIDGET = `<arah-widget words="30"><article data-title="Catatan">${TEXT}</article></arah-widget>`;
// The same module for both pages: Vite resolves the bare specifier from
// node_modules, the browser through the import map.
const MAIN = "import 'arah/widget';\n";
const IMPORT_MAP = JSON.stringify({
  imports: { arah: '/node_modules/arah/arah.js', 'arah/widget': '/node_modules/arah/arah-widget.js' },
});

const htmlPage = (head) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Arah from npm</title>${head}
<script type="module" src="/main.js"></script></head>
<body>${WIDGET}</body></html>
`;

// The hand-written types and manifest against the sources: no package needed.
test('npm package: the .d.ts files parse, and declare what arah.js exports and the widget fires', () => {
  const types = Object.fromEntries(['arah.d.ts', 'arah-widget.d.ts'].map((name) => [name, readFileSync(join(ROOT, 'npm', name), 'utf8')]));
  // No TypeScript compiler offline: esbuild's TypeScript parser at least
  // rejects a declaration that is not valid syntax. (It reads them as .ts,
  // which is why every declaration says `declare`.)
  for (const [name, source] of Object.entries(types)) {
    assert.doesNotThrow(() => esbuild.transformSync(source, { loader: 'ts', sourcefile: name }), name);
  }
  const exported = (source) => [...source.matchAll(/^export (?:declare )?(?:async )?(?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(exported(types['arah.d.ts']), exported(readFileSync(join(ROOT, 'www/arah.js'), 'utf8')));
  // Every type taken from wasm-bindgen's declarations exists there.
  for (const [, names, module] of types['arah.d.ts'].matchAll(/(?:import|export) type \{([^}]+)\} from '\.\/(pkg\/[\w.]+)\.js'/g)) {
    const generated = readFileSync(join(ROOT, 'www', `${module}.d.ts`), 'utf8');
    for (const name of names.split(',').map((n) => n.trim()).filter(Boolean)) {
      assert.match(generated, new RegExp(`export (?:interface|type) ${name}\\b`), `${name} in ${module}.d.ts`);
    }
  }
  const events = [...types['arah-widget.d.ts'].matchAll(/'(arah-[a-z-]+)': CustomEvent/g)].map((m) => m[1]).sort();
  assert.deepEqual(events, firedEvents());
  assert.match(types['arah-widget.d.ts'], /interface HTMLElementTagNameMap \{\s*'arah-widget': ArahWidget;/);
});

/** The events the widget and its strategy section dispatch, from their sources. */
function firedEvents() {
  const widget = readFileSync(join(ROOT, 'www/arah-widget.js'), 'utf8');
  const strategy = readFileSync(join(ROOT, 'www/arah-strategy.js'), 'utf8');
  return [
    ...widget.matchAll(/new CustomEvent\('([a-z-]+)'/g),
    ...strategy.matchAll(/announce\('([a-z-]+)'/g),
  ].map((m) => m[1]).sort();
}

test('npm package: custom-elements.json lists every attribute the widget reads and every event', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'npm/custom-elements.json'), 'utf8'));
  assert.match(manifest.schemaVersion, /^2\./);
  const [element] = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
  assert.equal(element.tagName, 'arah-widget');
  const widget = readFileSync(join(ROOT, 'www/arah-widget.js'), 'utf8');
  const read = [...new Set([...widget.matchAll(/this\.(?:get|has)Attribute\('([a-z-]+)'\)/g)].map((m) => m[1]))].sort();
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), read);
  assert.deepEqual(element.events.map((e) => e.name).sort(), firedEvents());
});

// Everything below needs the package built, packed and installed first.
describe('npm package, packed and installed', () => {
  let work;
  let packed;
  let scratchApp;
  let viteOutput;
  let session;

  const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'arah-npm-'));
    const dist = join(work, 'dist');
    const packageDir = join(work, 'package');
    run('python3', ['scripts/build.py', 'dist', dist], ROOT);
    run('python3', ['scripts/package.py', dist, packageDir], ROOT);
    [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], packageDir));

    scratchApp = join(work, 'app');
    mkdirSync(scratchApp);
    writeFileSync(join(scratchApp, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
    writeFileSync(join(scratchApp, 'main.js'), MAIN);
    writeFileSync(join(scratchApp, 'index.html'), htmlPage(''));
    writeFileSync(join(scratchApp, 'unbundled.html'), htmlPage(`\n<script type="importmap">${IMPORT_MAP}</script>`));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], scratchApp);
    viteOutput = join(work, 'vite-output');
    run(join(ROOT, 'www/node_modules/.bin/vite'), ['build', '--outDir', viteOutput, '--emptyOutDir'], scratchApp);
    session = await startBrowser();
  });

  after(async () => {
    await session?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Serves `root`, opens `path` in a guarded page, waits for the widget and
   * returns what it shows and the paths it requested. */
  async function drawn(root, path) {
    const server = await serve(0, root);
    const guarded = await guardedPage(session.browser);
    try {
      await guarded.page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
      await settled(guarded.page);
      const shown = await readWidget(guarded.page);
      assert.deepEqual(guarded.problems, [], 'the page did something it must never do');
      return { shown, requests: guarded.requests };
    } finally {
      await guarded.close();
      server.close();
    }
  }

  function assertCloud({ shown }) {
    assert.equal(shown.problem, null);
    assert.equal(shown.words[0]?.text, 'kampanye', 'the heaviest word is the largest in the cloud');
    assert.ok(shown.words.some((w) => w.text === 'warga'));
  }

  test('npm package: its manifest points at files it ships, and ships every file the widget fetches', () => {
    const files = new Set(packed.files.map((f) => f.path));
    const manifest = JSON.parse(readFileSync(join(scratchApp, 'node_modules/arah/package.json'), 'utf8'));
    const cargoVersion = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"$/m)[1];
    assert.equal(manifest.version, cargoVersion);
    assert.equal(manifest.type, 'module');
    const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of [...targets, manifest.types, manifest.customElements]) {
      assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is in the tarball`);
    }
    const fetched = [...readFileSync(join(ROOT, 'www/arah.js'), 'utf8').matchAll(/new URL\('\.\/(pkg\/[\w.-]+)', import\.meta\.url\)/g)].map((m) => m[1]);
    assert.ok(fetched.length >= 6, 'arah.js names its files as new URL(…, import.meta.url)');
    for (const path of [...fetched, 'pkg/arah.js', 'pkg/arah_views.js', 'arah-widget.css', 'arah-strategy.css']) {
      assert.ok(files.has(path), `${path} is in the tarball`);
    }
    for (const notice of ['LICENSE', 'pkg/arah-sans-LICENSE.txt', 'pkg/id-roots-LICENSE.txt']) {
      assert.ok(files.has(notice), `${notice} is in the tarball`);
    }
    assert.deepEqual(manifest.sideEffects, ['./arah-widget.js', '*.css']);
  });

  test('npm package: a Vite build emits the wasm, font and data files, and its widget draws a cloud', async () => {
    const assets = readdirSync(join(viteOutput, 'assets'));
    for (const file of ['arah_bg', 'arah_views_bg', 'arah-sans', 'id-roots', 'strategy-id', 'strategy-en']) {
      assert.ok(assets.some((a) => a.startsWith(`${file}-`)), `Vite emitted ${file} (assets: ${assets.join(' ')})`);
    }
    const result = await drawn(viteOutput, 'index.html');
    assertCloud(result);
    assert.ok(result.requests.some((r) => /^\/assets\/arah_bg-[\w-]+\.wasm$/.test(r)), 'the wasm came from the emitted asset');
    assert.ok(result.requests.some((r) => /^\/assets\/arah-sans-[\w-]+\.woff2$/.test(r)), 'the font came from the emitted asset');
  });

  test('npm package: the installed package, unbundled through an import map, draws a cloud', async () => {
    const result = await drawn(scratchApp, 'unbundled.html');
    assertCloud(result);
    assert.ok(result.requests.includes('/node_modules/arah/pkg/arah_bg.wasm'));
    assert.ok(result.requests.includes('/node_modules/arah/arah-widget.css'));
  });
});
