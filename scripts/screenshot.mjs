// Screenshots of the demo and the embed example for the README and for
// looking at what readers see: `node scripts/screenshot.mjs [OUT_DIR]`.
import { startBrowser, guardedPage, settled } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? 'docs';
const session = await startBrowser();
try {
  for (const [page, file] of [['index.html', 'demo.png'], ['embed-example.html', 'embed-example.png']]) {
    const guarded = await guardedPage(session.browser);
    await guarded.page.goto(session.base + page);
    await settled(guarded.page);
    await guarded.page.locator('arah-widget').first().screenshot({ path: `${out}/${file}` });
    await guarded.page.screenshot({ path: `${out}/${file.replace('.png', '-page.png')}`, fullPage: true });
    if (guarded.problems.length) console.error(`${page}: ${guarded.problems.join('; ')}`);
    await guarded.close();
    console.log(`${out}/${file}`);
  }
} finally {
  await session.close();
}
