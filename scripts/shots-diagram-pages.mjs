// Screenshots of every built map page (1280 × 900 with the diagram in view, 1920 × 1080 one step into a walk-through,
// 375 wide) and of presenter mode (1280 × 720, 1920 × 1080), to look at by eye; not part of the tests.
// Usage, after `npm run build`: node scripts/shots-diagram-pages.mjs OUTDIR [map ids...]
import { readdirSync, statSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const [outDir = '/tmp/shots', ...only] = process.argv.slice(2);
const { server, url } = await startStaticServer('dist');
const browser = await launchChromium();
const ids = only.length
  ? only
  : readdirSync('dist/process-maps').filter((name) => statSync(`dist/process-maps/${name}`).isDirectory());
const shoot = async (path, width, height, name, full = true, action) => {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${url}${path}`);
  await page.waitForTimeout(300);
  if (action) await action(page);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: full });
  await page.close();
};
for (const id of ids) {
  await shoot(`/process-maps/${id}/`, 1280, 900, `${id}-1280`, false, async (page) => {
    await page.locator('#diagram').scrollIntoViewIfNeeded();
  });
  await shoot(`/process-maps/${id}/`, 1920, 1080, `${id}-1920`, false, async (page) => {
    await page.getByRole('button', { name: 'Start walk-through' }).click();
    await page.locator('.app-walkthrough__option').first().click();
    await page.locator('#diagram').scrollIntoViewIfNeeded();
  });
  await shoot(`/process-maps/${id}/`, 375, 800, `${id}-375`, false);
  await shoot(`/process-maps/${id}/present/`, 1280, 720, `${id}-present-1280`, false);
  await shoot(`/process-maps/${id}/present/`, 1920, 1080, `${id}-present-1920`, false, async (page) => {
    await page.keyboard.press('1');
  });
}
await browser.close();
server.close();
