// Vitest global setup: unpack the test browser once, before any worker starts, and hand its path to the workers.
import { findChromium, unpackedBrowserVariable } from '../../scripts/browser.mjs';

export default async function setup(): Promise<void> {
  const { executablePath } = await findChromium();
  process.env[unpackedBrowserVariable] = executablePath;
}
