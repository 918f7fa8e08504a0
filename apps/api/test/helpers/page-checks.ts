import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD } from '@linja/db';
import { type Page } from 'playwright-core';

/** Where the browser suites save their screenshots (apps/api/test-results/screenshots). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

/**
 * Runs axe (WCAG 2.1 A/AA) on the page as it is now: its serious and critical violations.
 *
 * In axe's "legacy mode": axe.run in the page and its same-origin frames. The default mode runs axe
 * in each frame and then merges the results in a new blank page, which took ~1 s more per check (a
 * page opened and axe injected twice more; 86 checks in the browser suites). What legacy mode leaves
 * out, cross-origin frames, no check here has: the embedded widget is checked on its own page.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
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
