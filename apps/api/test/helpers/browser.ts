import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot download one here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests need Chromium. In CI (`CI` set) a missing browser is a failure; on a developer machine
 * without it the browser suites are skipped with a warning instead of failing the whole run.
 */
export const HAS_BROWSER = existsSync(CHROMIUM_PATH);

export function describeInBrowser(name: string, body: () => void): void {
  if (HAS_BROWSER || process.env.CI) {
    describe(name, body);
    return;
  }
  process.stderr.write(
    `\n[e2e] ${CHROMIUM_PATH} not found: skipping "${name}". Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.\n`,
  );
  describe.skip(name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
