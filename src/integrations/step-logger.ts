// The log lines of the build's steps that run outside Astro's process (scripts/build.mjs), written as Astro's logger
// writes its own ("12:00:00 [app-link-check] Links: ..."), so the build's log reads as one.
import type { StepLogger } from './built-site';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

export function stepLogger(label: string): StepLogger {
  return {
    info: (message) => console.log(`${time.format(new Date())} [${label}] ${message}`),
    warn: (message) => console.warn(`${time.format(new Date())} [WARN] [${label}] ${message}`),
  };
}
