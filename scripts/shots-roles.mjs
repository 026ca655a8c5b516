// Screenshots of the role, journey, history and feedback pages for review by eye (not part of the tests).
import { launchChromium } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const out = process.argv[2] ?? '/work/notes/shots/roles';
const pages = (
  process.argv[3] ??
  '/roles/com/,/journeys/from-custody-to-the-community/,/whats-new/,/process-maps/enforcement/,/guidance/national-standards/03-allocation-and-initial-contact/'
).split(',');
const widths = [
  [1280, 900],
  [1920, 1080],
  [375, 800],
];
const { server, url } = await startStaticServer('dist');
const browser = await launchChromium();
for (const path of pages) {
  for (const [width, height] of widths) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${url}${path}`);
    if (path.includes('process-maps') && process.env.ROLE) {
      await page.selectOption('#role-highlight', process.env.ROLE);
    }
    if (process.env.SCROLL) await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
    if (process.env.SCROLL)
      await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), process.env.SCROLL);
    const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}${process.env.ROLE ? `-${process.env.ROLE}` : ''}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
    await page.close();
  }
}
await browser.close();
server.close();
