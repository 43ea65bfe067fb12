/**
 * Debian's Chromium (its headless shell where installed, see scripts/lib/chromium.mjs) driven by
 * playwright-core (browser downloads are not possible here).
 * `openPage` records console errors and page errors so every test can assert there are none.
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../../scripts/lib/chromium.mjs';

export const SITE = process.env.SITE_URL ?? 'http://127.0.0.1:4321/';
export const SUBPATH_SITE = process.env.SUBPATH_URL ?? 'http://127.0.0.1:4322/playbook/';

export const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
};

/**
 * The browser for a test file: the runner's shared one when it started one (E2E_BROWSER_WS; a
 * launch costs ~4 CPU-seconds, a connection almost nothing), else a browser of its own. `close()`
 * on a connected browser only disconnects, so files close it as they would their own.
 */
export async function launch() {
  const endpoint = process.env.E2E_BROWSER_WS;
  return endpoint ? chromium.connect(endpoint) : chromium.launch(launchOptions);
}

const contextDefaults = { locale: 'zh-CN', serviceWorkers: 'block' };

/** Console errors and uncaught page errors, collected for a test to assert on. */
function collectErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A page for one test. Plain calls share one page per browser (per test file), wiped clean between
 * tests: a new context and page cost ~2 CPU-seconds against ~0.4 for reusing one, and the suite opens
 * dozens. Between tests the shared page loses its storage, cookies, permissions, routes, listeners and
 * media emulation, and it never caches, so each test sees the site as a first visitor does.
 *
 * A test gets a context of its own when it passes `context` options, or `fresh: true` when it changes
 * the context in ways that cannot be undone (`addInitScript`). Service workers are blocked unless a
 * test asks for them (`context: { serviceWorkers: 'allow' }`): the worker stores the first visit's
 * core (1.4 MB) in every new context, which only the offline tests want.
 */
export async function openPage(browser, { width = 1280, height = 900, context: options, fresh = false } = {}) {
  if (options || fresh) {
    const context = await browser.newContext({ viewport: { width, height }, ...contextDefaults, ...options });
    const page = await context.newPage();
    return { context, page, errors: collectErrors(page) };
  }
  const shared = await sharedPage(browser);
  // Two pages open at once in one test, or a test that failed before releasing the page: a
  // context of its own, so no test ever sees another's state.
  if (shared.inUse) return openPage(browser, { width, height, fresh: true });
  await shared.acquire({ width, height });
  return { context: { close: () => shared.release() }, page: shared.page, errors: collectErrors(shared.page) };
}

/** Per browser, the promise of its shared page: made once, even when two tests ask at the same time. */
const sharedPages = new WeakMap();

function sharedPage(browser) {
  if (!sharedPages.has(browser)) sharedPages.set(browser, createSharedPage(browser));
  return sharedPages.get(browser);
}

async function createSharedPage(browser) {
  const context = await browser.newContext(contextDefaults);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Every origin a test reached has its storage wiped (the two builds are served on two ports).
  const origins = new Set();
  context.on('request', (request) => origins.add(new URL(request.url()).origin));
  const clean = async () => {
    await page.goto('about:blank');
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.clearCookies();
    await context.clearPermissions();
    for (const origin of origins) if (origin.startsWith('http')) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    origins.clear();
    await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: null, forcedColors: null });
  };
  const slot = {
    page,
    inUse: false,
    acquire: async ({ width, height }) => {
      slot.inUse = true;
      await page.setViewportSize({ width, height });
    },
    release: async () => {
      await clean();
      slot.inUse = false;
    },
  };
  return slot;
}

export const url = (path = '', base = SITE) => new URL(path, base).href;
