// Screenshots of the demo and the embed example for the README and for
// looking at what readers see: `node scripts/screenshot.mjs [OUT_DIR]`.
// On the demo, also the comparison cloud of its documents, the
// communication-strategy section with one sentence's evidence picked from
// its strip, and the lexicon editor.
import { startBrowser, guardedPage, settled } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? 'docs';
const session = await startBrowser();

async function strategyShots(page) {
  const drawn = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('arah-widget').addEventListener('arah-strategy', resolve, { once: true });
  }));
  await page.locator('arah-widget details.strategy > summary').click();
  await drawn;
  await page.locator('arah-widget .strategy-cloud svg').waitFor();
  // The first two-way sentence of the second article, as if clicked.
  const cell = page.locator('arah-widget .strategy-chart g[data-document="1"] rect[data-label="two-way"]').nth(2);
  await cell.click();
  const section = page.locator('arah-widget details.strategy');
  await section.screenshot({ path: `${out}/strategy.png` });
  await page.locator('arah-widget details.lexicon > summary').click();
  await page.locator('arah-widget label.find input').fill('dialog');
  await page.locator('arah-widget details.lexicon').screenshot({ path: `${out}/strategy-lexicon.png` });
  console.log(`${out}/strategy.png\n${out}/strategy-lexicon.png`);
}

/** The comparison cloud of the three articles. */
async function compareShot(page) {
  const drawn = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('arah-widget').addEventListener('arah-render', resolve, { once: true });
  }));
  await page.locator('arah-widget input[name="comparison-cloud"]').check();
  await drawn;
  await page.locator('arah-widget .cloud').screenshot({ path: `${out}/compare.png` });
  await page.locator('arah-widget input[name="comparison-cloud"]').uncheck();
  console.log(`${out}/compare.png`);
}

try {
  for (const [page, file] of [['index.html', 'demo.png'], ['embed-example.html', 'embed-example.png']]) {
    const guarded = await guardedPage(session.browser);
    await guarded.page.goto(session.base + page);
    await settled(guarded.page);
    await guarded.page.locator('arah-widget').first().screenshot({ path: `${out}/${file}` });
    await guarded.page.screenshot({ path: `${out}/${file.replace('.png', '-page.png')}`, fullPage: true });
    console.log(`${out}/${file}`);
    if (page === 'index.html') {
      await compareShot(guarded.page);
      await strategyShots(guarded.page);
    }
    if (guarded.problems.length) console.error(`${page}: ${guarded.problems.join('; ')}`);
    await guarded.close();
  }
} finally {
  await session.close();
}
