/**
 * Debian's Chromium driven by playwright-core (browser downloads are not possible here).
 * `openPage` records console errors and page errors so every test can assert there are none.
 */
import { chromium } from 'playwright-core';

export const SITE = process.env.SITE_URL ?? 'http://127.0.0.1:4321/';
export const SUBPATH_SITE = process.env.SUBPATH_URL ?? 'http://127.0.0.1:4322/playbook/';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * A fresh context and page. Service workers are blocked unless a test asks for them
 * (`context: { serviceWorkers: 'allow' }`): the worker precaches the whole site (4.5 MB) in every
 * new context, which only the offline tests want and which would load the machine for the rest.
 */
export async function openPage(browser, { width = 1280, height = 900, context: options = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

export const url = (path = '', base = SITE) => new URL(path, base).href;
