/**
 * Cumulative layout shift of a first view, as Lighthouse's mobile profile loads a page: a
 * 412 × 823 touch screen at DPR 1.75, a mobile user agent, the CPU slowed 4× and the network
 * throttled like Lighthouse's "slow 4G" (150 ms RTT, 1.6 Mbit/s down), nothing cached. The
 * score is the largest session window of layout-shift entries without recent input (the
 * definition Lighthouse and Chrome use), read after the page has been idle for a while.
 */
export const mobileProfile = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36',
};

const slow4g = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Collects layout-shift entries from the very start of the document (an init script). */
const observe = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__shifts.push({
        value: e.value,
        time: e.startTime,
        sources: e.sources.map((s) => ({
          node: s.node
            ? `${s.node.nodeName?.toLowerCase()}${s.node.id ? '#' + s.node.id : ''}${s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.trim().split(/\s+/).slice(0, 3).join('.') : ''}`
            : '?',
          from: [s.previousRect.y, s.previousRect.height].map(Math.round),
          to: [s.currentRect.y, s.currentRect.height].map(Math.round),
        })),
      });
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Largest session window: shifts less than 1 s apart, a window at most 5 s long. Every shift
 * counts: nothing here touches the page, and Chrome marks shifts after the emulated viewport's
 * set-up as "recent input", so Lighthouse counts them too.
 */
export function sessionWindowScore(shifts) {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.time - last > 1000 || s.time - start > 5000) {
      current = 0;
      start = s.time;
    }
    current += s.value;
    last = s.time;
    best = Math.max(best, current);
  }
  return best;
}

/** CLS of `url` under the mobile profile, with the shifts that made it up. */
export async function measureLayoutShift(browser, url, { settleMs = 2500 } = {}) {
  const context = await browser.newContext({ ...mobileProfile, locale: 'zh-CN', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', slow4g);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(observe);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(settleMs);
    const shifts = await page.evaluate(() => window.__shifts);
    return { cls: sessionWindowScore(shifts), shifts };
  } finally {
    await context.close();
  }
}
