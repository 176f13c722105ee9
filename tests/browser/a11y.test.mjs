// axe-core over every view of the demo's widget, in both themes: the first
// screen, the comparison cloud, a document's keyness chart, the keyword-in-
// context panel, the strategy section with a sentence picked and the lexicon
// editor open, and the "Add texts" panel. Every rule axe has runs, colour
// contrast included; axe walks the widget's open shadow root itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, ROOT, nextRender, nextStrategy } from './harness.mjs';

const { onPage } = browserSuite();
const AXE_PAGE = { bypassCSP: true };
const AXE = readFileSync(join(ROOT, 'www/node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page as it is now. axe is evaluated through the
 * DevTools protocol, and the page's CSP is bypassed: axe copies the page's
 * stylesheets into <style> elements of its own (for its CSSOM rules), which
 * the demo's `style-src 'self'` refuses. That the widget keeps to the CSP
 * is pages.test.mjs's to check. */
async function violations(page, view) {
  if (!await page.evaluate(() => Boolean(window.axe))) await page.evaluate(AXE);
  return page.evaluate(async (view) => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    // One line per rule and distinct finding, with the first element it
    // is at: a failing colour is at every KWIC line, not worth 40 lines.
    const lines = new Map();
    for (const rule of violations) {
      for (const node of rule.nodes) {
        const why = node.failureSummary.replace(/\s+/g, ' ').replace(/ \(.*?font size.*?\)/, '');
        const key = `${view}: ${rule.id}: ${why}`;
        lines.set(key, lines.get(key) ?? `${key} (at ${node.target.flat().join(' >> ')})`);
      }
    }
    return [...lines.values()];
  }, view);
}

const root = (page) => page.locator('arah-widget');

/** Walks the widget through every view and collects what axe finds. */
async function everyView(page) {
  const found = [...await violations(page, 'first screen')];

  let rendered = nextRender(page);
  await root(page).locator('input[name="comparison-cloud"]').check();
  assert.equal(await rendered, true);
  await root(page).locator('.cloud svg text[data-group]').first().waitFor();
  found.push(...await violations(page, 'comparison cloud'));
  rendered = nextRender(page);
  await root(page).locator('input[name="comparison-cloud"]').uncheck();
  assert.equal(await rendered, true);

  rendered = nextRender(page);
  await root(page).locator('select[aria-label="Document"]').selectOption('2');
  assert.equal(await rendered, true);
  await root(page).locator('.keyness svg').waitFor();
  found.push(...await violations(page, 'keyness chart'));

  await root(page).locator('.cloud svg text[data-term]').first().click();
  await root(page).locator('.kwic:not([hidden]) li').first().waitFor();
  found.push(...await violations(page, 'keyword in context'));

  const drawn = nextStrategy(page);
  await root(page).locator('details.strategy > summary').click();
  await drawn;
  await root(page).locator('.strategy-chart rect[data-index]').first().click();
  await root(page).locator('.evidence li.current').waitFor();
  await root(page).locator('details.lexicon > summary').click();
  await root(page).locator('details.lexicon table.lexicon').waitFor();
  found.push(...await violations(page, 'strategy, a sentence picked, lexicon editor'));

  await root(page).locator('details.add-texts > summary').click();
  await root(page).locator('.files textarea').waitFor();
  found.push(...await violations(page, 'Add texts'));
  return found;
}

test('a11y: axe finds nothing in any view of the light widget', async () => {
  await onPage('index.html', async (page) => {
    assert.deepEqual(await everyView(page), []);
  }, AXE_PAGE);
});

test('a11y: axe finds nothing in any view of the dark widget', async () => {
  await onPage('index.html', async (page) => {
    const rendered = nextRender(page);
    await page.evaluate(() => document.querySelector('arah-widget').setAttribute('theme', 'dark'));
    assert.equal(await rendered, true);
    assert.equal(await root(page).locator('.arah.dark').count(), 1);
    assert.deepEqual(await everyView(page), []);
  }, AXE_PAGE);
});
