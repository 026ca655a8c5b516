// The one Chromium every test, benchmark and script uses: CHROME_PATH if set, otherwise the build shipped in the
// @sparticuz/chromium npm package, unpacked once into node_modules/.cache so a fresh clone and CI run the same browser.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The environment variable through which a unpacked browser is handed from Vitest's global setup to its workers. */
export const unpackedBrowserVariable = 'HMPPS_TEST_CHROMIUM';

/**
 * Flags for headless Chromium on a desktop or CI Linux. None of the AWS Lambda flags @sparticuz/chromium suggests:
 * `--single-process` and `--no-zygote` make the browser die as soon as its first page closes.
 */
export function launchArgs() {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ];
  // Chromium refuses to start its sandbox as root (CI and containers run as root).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}

function packageVersion() {
  // The package's exports hide its package.json, so find it above the entry point.
  let folder = path.dirname(require.resolve('@sparticuz/chromium'));
  while (!existsSync(path.join(folder, 'package.json')) || path.basename(folder) !== 'chromium')
    folder = path.dirname(folder);
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
}

/**
 * Unpacks the npm package's Chromium (binary, fonts and SwiftShader) into a cache folder inside the project, once.
 * The package unpacks into os.tmpdir(); we point that at a fresh staging folder and rename it into place, so two
 * processes unpacking at the same moment never write over a binary another is starting (ETXTBSY).
 */
export async function unpackBundledChromium() {
  const cacheRoot = path.join(projectRoot, 'node_modules', '.cache', 'hmpps-chromium');
  const target = path.join(cacheRoot, packageVersion());
  const binary = path.join(target, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(path.join(cacheRoot, '.unpacking-'));
  const savedTmpdir = process.env.TMPDIR;
  try {
    process.env.TMPDIR = staging;
    const sparticuz = (await import('@sparticuz/chromium')).default;
    const unpacked = await sparticuz.executablePath();
    if (path.dirname(unpacked) !== staging)
      throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not ${staging}`);
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process finished first: its copy is complete, so use it and drop ours.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** The browser to launch: CHROME_PATH, else the unpacked npm package's Chromium (unpacking it if need be). */
export async function findChromium() {
  const named = process.env.CHROME_PATH;
  if (named) {
    if (!existsSync(named))
      throw new Error(
        `CHROME_PATH names ${named}, which does not exist. Unset it to use the Chromium in the @sparticuz/chromium npm package.`,
      );
    return { executablePath: named, args: launchArgs() };
  }
  const handedOn = process.env[unpackedBrowserVariable];
  if (handedOn && existsSync(handedOn)) return { executablePath: handedOn, args: launchArgs() };
  try {
    return { executablePath: await unpackBundledChromium(), args: launchArgs() };
  } catch (error) {
    throw new Error(
      `No browser for the tests: the Chromium in the @sparticuz/chromium npm package could not be unpacked (${error.message}). ` +
        'Run `npm install`, or set CHROME_PATH to a Chromium or Chrome executable.',
      { cause: error },
    );
  }
}

/** Launches headless Chromium with playwright-core, with a message naming CHROME_PATH when it cannot start. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const { executablePath, args } = await findChromium();
  try {
    return await chromium.launch({ executablePath, args, headless: true });
  } catch (error) {
    throw new Error(
      `Chromium at ${executablePath} did not start: ${error.message.split('\n')[0]}. ` +
        'Set CHROME_PATH to another Chromium or Chrome executable to use that instead.',
      { cause: error },
    );
  }
}
