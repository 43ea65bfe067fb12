/**
 * The browser tests keep node:test's words (test, describe, before, after) and run on Playwright's
 * runner (playwright.config.mjs): these are Playwright's own functions under those names, so every
 * test reports its own file and line. The tests open their own pages (support/browser.mjs) and use
 * no fixtures; a test function takes no parameters.
 */
import { test } from '@playwright/test';

export { test };
export const describe = test.describe;
export const before = test.beforeAll;
export const after = test.afterAll;
