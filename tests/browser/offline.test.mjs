// The demo works offline after the first visit: its service worker
// (www/offline-worker.js) precaches Arah's files, so with the browser
// offline a reload still draws the CLI's cloud and opens a lazily loaded
// view. The page's requests beyond 127.0.0.1 stay forbidden (harness.mjs);
// Playwright does not route the worker's own fetches, so what it is given
// to fetch is checked to be files of www/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import {
  browserSuite, guardedPage, CORPUS, ROOT, nextRender, readWidget, settled, cli, cliTop,
} from './harness.mjs';

const suite = browserSuite();
const { onPage } = suite;

/** Resolves once a service worker controls the page (after it precached). */
function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return true;
    return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }));
  });
}

test('offline: the worker precaches files of www/ only, the first screen and the lazy views among them', () => {
  const source = readFileSync(join(ROOT, 'www/pkg/offline-files.js'), 'utf8');
  const { version, files } = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1));
  assert.match(version, /^[0-9a-f]{16}$/);
  for (const file of files) {
    assert.ok(!/^[a-z]+:|^\/|\.\./.test(file) && existsSync(join(ROOT, 'www', file)), `${file} is not a file of www/`);
  }
  for (const file of ['index.html', 'arah-widget.js', 'pkg/arah_bg.wasm', 'pkg/arah_views_bg.wasm', 'arah-strategy.js']) {
    assert.ok(files.includes(file), `${file} is not precached`);
  }
});

test('offline: after the first visit the demo reloads with the network gone, and its lazy views open', async () => {
  await onPage('index.html', async (page) => {
    assert.equal(await controlled(page), true);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json());
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.length && manifest.start_url);

    await page.context().setOffline(true);
    // What was not precached really is out of reach now (asked from a page
    // of its own, whose failure is no problem of the demo's).
    const probe = await page.context().newPage();
    const uncached = await probe.goto(new URL('corpus/INDEX.tsv', page.url()).href).then(() => 'loaded', () => 'refused');
    assert.equal(uncached, 'refused', 'the browser is not offline');
    await probe.close();

    await page.reload();
    await settled(page);
    const view = await readWidget(page);
    assert.equal(view.problem, null);
    assert.ok(view.words.length >= 20, `only ${view.words.length} words in the cloud`);
    assert.deepEqual(view.rows.map((row) => row[1]), cliTop(CORPUS).map((t) => t.term));

    // The keyness chart needs the views module, never loaded before going offline.
    const rendered = nextRender(page);
    await page.locator('arah-widget select[aria-label="Document"]').selectOption('2');
    assert.equal(await rendered, true);
    await page.locator('arah-widget .keyness svg').waitFor();
    const terms = await page.evaluate(() => [...document.querySelector('arah-widget').shadowRoot
      .querySelectorAll('.keyness svg g[role="listitem"]')].map((g) => g.dataset.term));
    assert.deepEqual(terms, cli(['keyness', CORPUS[2], '--', CORPUS[0], CORPUS[1], '--n', '12']).terms.map((t) => t.term));
  }, { serviceWorkers: 'allow' });
});

test('offline: a new build installs its own cache beside the old and waits while a page runs the old', async () => {
  // A copy of www/ whose build can change under the page, served on its own.
  const www = mkdtempSync(join(tmpdir(), 'arah-offline-'));
  cpSync(join(ROOT, 'www'), www, { recursive: true, filter: (path) => !path.includes('node_modules') });
  const server = await serve(0, www);
  const guarded = await guardedPage(suite.session.browser, { serviceWorkers: 'allow' });
  try {
    const { page } = guarded;
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await settled(page);
    assert.equal(await controlled(page), true);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);
    // The next build, as the browser's update check finds it: another version.
    const list = join(www, 'pkg/offline-files.js');
    writeFileSync(list, readFileSync(list, 'utf8').replace(/"version": "[0-9a-f]+"/, '"version": "next-build"'));
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const next = registration.installing ?? registration.waiting;
      if (next.state !== 'installed') {
        await new Promise((resolve, reject) => next.addEventListener('statechange', () => {
          if (next.state === 'installed') resolve();
          if (next.state === 'redundant') reject(new Error('the new build\'s worker failed to install'));
        }));
      }
      return { keys: await caches.keys(), waiting: registration.waiting === next };
    });
    assert.deepEqual(after.keys.sort(), [...before, 'arah-next-build'].sort());
    assert.equal(after.waiting, true, 'the new build waits until the page that runs the old one is closed');
    assert.deepEqual(guarded.problems, []);
  } finally {
    await guarded.close();
    server.close();
  }
});
