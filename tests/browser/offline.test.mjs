// The demo works offline after the first visit: its service worker
// (www/offline-worker.js) precaches Arah's files, so with the browser
// offline a reload still draws the CLI's cloud and opens a lazily loaded
// view. Requests beyond 127.0.0.1 stay forbidden (harness.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, CORPUS, nextRender, readWidget, settled, cli, cliTop } from './harness.mjs';

const { onPage } = browserSuite();

/** Resolves once a service worker controls the page (after it precached). */
function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return true;
    return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true }));
  });
}

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
