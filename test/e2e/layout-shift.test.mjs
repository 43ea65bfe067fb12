/**
 * Pages do not jump when their scripts start. On a 390 px touch phone, every page type is loaded
 * with all of its JavaScript held back until the server-rendered page has painted; then the
 * scripts are released, the islands build what they build, and everything that was on screen
 * before must still be exactly where it was. Holding the scripts makes the test independent of
 * timing: the late island of a slow phone is the case tested every time.
 * (`npm run bench` prints the CLS of a first view under Lighthouse's mobile profile.)
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, openPage } from './support/browser.mjs';
import { startPreview } from './support/preview.mjs';
import { pageTypes } from './support/page-types.mjs';

/** What shows an island has finished its first render, per page type; other pages: network idle. */
const islandReady = {
  prepare: 'visit-prep [data-visits]:not([data-pending])',
  practice: 'practice-drill [data-summary]:not([data-pending])',
  search: '[data-search-page] [role=combobox]',
};

let browser;
let server;
before(async () => {
  server = await startPreview({ outDir: path.resolve(process.env.E2E_OUTDIR ?? 'dist'), base: '/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Tags every element painted inside the viewport and returns their boxes by tag. */
const markVisible = () => {
  const boxes = {};
  let n = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.top >= innerHeight) continue;
    if (getComputedStyle(el).visibility !== 'visible') continue;
    el.dataset.shiftProbe = String((n += 1));
    boxes[n] = {
      x: r.x,
      y: r.y,
      w: r.width,
      h: r.height,
      what: `${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(/\s+/).slice(0, 2).join('.') : ''} «${(el.textContent ?? '').trim().slice(0, 20)}»`,
    };
  }
  return boxes;
};

/** The boxes, now, of the elements tagged before that are still on the page and visible. */
const boxesNow = () => {
  const boxes = {};
  for (const el of document.querySelectorAll('[data-shift-probe]')) {
    if (getComputedStyle(el).visibility !== 'visible' || !el.getClientRects().length) continue;
    const r = el.getBoundingClientRect();
    boxes[el.dataset.shiftProbe] = { x: r.x, y: r.y, w: r.width, h: r.height };
  }
  return boxes;
};

/** Opens `url` with every script held until after first paint; returns what moved once they ran. */
async function movedWhenScriptsRun(name, url) {
  const { page, context, errors } = await openPage(browser, {
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  });
  const held = [];
  let released = false;
  await page.route(/\.m?js(\?|$)/, (route) => (released ? route.continue() : held.push(route)));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
    const before = await page.evaluate(markVisible);
    assert.ok(Object.keys(before).length > 5, `${name}: the page painted before its scripts ran`);
    assert.ok(held.length > 0, `${name}: its scripts were held back`);
    released = true;
    await Promise.all(held.map((route) => route.continue()));
    if (islandReady[name]) await page.locator(islandReady[name]).first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = await page.evaluate(boxesNow);
    assert.deepEqual(errors, [], `${name}: no script errors`);
    const moved = [];
    for (const [id, was] of Object.entries(before)) {
      const is = now[id];
      if (is && (Math.abs(is.x - was.x) > 0.5 || Math.abs(is.y - was.y) > 0.5))
        moved.push(`${was.what} moved from (${Math.round(was.x)}, ${Math.round(was.y)}) to (${Math.round(is.x)}, ${Math.round(is.y)})`);
    }
    return moved;
  } finally {
    await context.close();
  }
}

for (const [name, pagePath] of Object.entries(pageTypes)) {
  test(`${name}: nothing on screen moves when its scripts start late (390 px)`, async () => {
    assert.deepEqual(await movedWhenScriptsRun(name, new URL(pagePath, server.url).href), []);
  });
}
