import type { Browser } from 'playwright-core';

export const unpackedBrowserVariable: string;
export function launchArgs(): string[];
export function unpackBundledChromium(): Promise<string>;
export function findChromium(): Promise<{ executablePath: string; args: string[] }>;
export function launchChromium(): Promise<Browser>;
