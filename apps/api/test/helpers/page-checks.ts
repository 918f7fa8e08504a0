import path from 'node:path';

import { DEMO_PASSWORD } from '@linja/db';
import axe from 'axe-core';
import { type Frame, type Page } from 'playwright-core';

/** Where the browser suites save their screenshots (apps/api/test-results/screenshots). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

/** The WCAG 2.1 A and AA rules: what every browser suite checks. */
const AXE_OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only the violations get their nodes' selectors: making them for every passing node was a
  // quarter of each check's time (axe's documented use of resultTypes).
  resultTypes: ['violations'],
};

/**
 * Puts axe-core into each frame of the page that does not have it yet. A document keeps it until
 * the next navigation, so checks of one page after each step (a dialog, a filter) evaluate its
 * ~650 kB source once (@axe-core/playwright's builder evaluated it twice per check).
 */
async function injectAxe(page: Page): Promise<void> {
  const inject = async (frame: Frame) => {
    if (!(await frame.evaluate('typeof window.axe === "object"'))) await frame.evaluate(axe.source);
  };
  await inject(page.mainFrame());
  // A child frame that goes away meanwhile (a widget reloading) is not checked, as before.
  for (const frame of page.frames().slice(1)) await inject(frame).catch(() => undefined);
}

/**
 * Runs axe (WCAG 2.1 A/AA) on the page as it is now: its serious and critical violations. axe.run
 * in the top document asks the frames' own copies (injectAxe) for their results, as
 * @axe-core/playwright's "legacy mode" did; its default mode merges per-frame results in a new
 * blank page, ~1 s more per check. The embedded widget is also checked on its own page.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  const results = await page.evaluate<axe.AxeResults>(
    `window.axe.run(document, ${JSON.stringify(AXE_OPTIONS)})`,
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** Expects no serious or critical violation; `where` names the page in a failure. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await seriousAccessibilityViolations(page) }).toEqual({
    where,
    violations: [],
  });
}

/** Saves the visible part of the page as SCREENSHOT_DIR/<name>. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: false });
}

/** Signs in to the admin app as a demo user and waits for their first workspace. */
export async function signInToAdmin(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await page.waitForURL(/\/admin\/(n|o)\//);
}

/**
 * Sums the page's layout shifts not caused by input (CLS without session windows, so stricter), from
 * a PerformanceObserver installed before any script of the page runs.
 */
export const TRACK_LAYOUT_SHIFT = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate<number>('window.__layoutShift');
}
