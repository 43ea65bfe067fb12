/**
 * Runs axe-core inside a page and returns its violations in a readable form. axe is injected
 * as a script, so its context bypasses the site's CSP (which rightly forbids that).
 */
import { createRequire } from 'node:module';
import { openPage } from './browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * A page (openPage's options) in a context of its own whose every load starts with axe: 0.1 s a
 * page instead of 0.4 s for injecting axe's 550 KB after each navigation, which adds up over the
 * ~50 pages the suite checks.
 */
export async function openAxePage(browser, { width, height } = {}) {
  const session = await openPage(browser, { width, height, context: { bypassCSP: true } });
  await session.context.addInitScript({ path: axePath });
  return session;
}

/**
 * `rules` limits the run to those rule ids (e.g. only colour rules for a second theme);
 * `include`, a CSS selector, to those elements (e.g. the diagrams of a page).
 */
export async function axeViolations(page, { rules, include } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe is not loaded: open the page with openAxePage');
  const violations = await page.evaluate(
    ({ rules, include }) =>
      window.axe
        .run(include ? { include: [include] } : document, { resultTypes: ['violations'], ...(rules && { runOnly: { type: 'rule', values: rules } }) })
        .then((r) => r.violations),
    { rules, include },
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n    ')}`,
  );
}
