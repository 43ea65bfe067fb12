/**
 * The Content-Security-Policy holds with the site in use: the build is served with the headers
 * of deploy/security-headers.conf as real response headers, every page carries Astro's <meta>
 * policy (no 'unsafe-inline' for scripts or styles), and loading each page type, searching
 * (Pagefind's WebAssembly) and using /prepare/ report no violation and no console error.
 */
import { after, before, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage } from './support/browser.mjs';
import { copiedBy } from './support/clipboard.mjs';
import { startPreview } from './support/preview.mjs';
import { pageTypes } from './support/page-types.mjs';

/** `add_header Name "value" always;` lines of the nginx snippet, as a headers object. */
function hostHeaders() {
  const conf = readFileSync(new URL('../../deploy/security-headers.conf', import.meta.url), 'utf8');
  const headers = Object.fromEntries([...conf.matchAll(/^add_header\s+([\w-]+)\s+"([^"]*)"/gm)].map((m) => [m[1], m[2]]));
  assert.ok(headers['Content-Security-Policy'], 'deploy/security-headers.conf sets a Content-Security-Policy');
  return headers;
}

const headers = hostHeaders();
let browser;
let server;
before(async () => {
  server = await startPreview({ outDir: path.resolve(process.env.E2E_OUTDIR ?? 'dist'), base: '/', headers });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/**
 * A page that records every CSP violation in `window.__violations`, from its first script on.
 * With `serviceWorkers: 'allow'` the worker registers too, so its script meets the policy; each
 * such context stores the first visit's core for offline use (1.4 MB), so one test asks for it.
 */
async function watchedPage({ serviceWorkers = 'block' } = {}) {
  const session = await openPage(browser, { context: { permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers } });
  await session.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const violations = () => session.page.evaluate(() => window.__violations);
  return { ...session, violations };
}

test('every page type loads under the policy without a violation', async () => {
  const { page, errors, violations, context } = await watchedPage({ serviceWorkers: 'allow' });
  for (const [name, pagePath] of Object.entries(pageTypes)) {
    // 'load' waits for every stylesheet and module script; what loads later is the next test's.
    const response = await page.goto(new URL(pagePath, server.url).href);
    assert.equal(response.headers()['content-security-policy'], headers['Content-Security-Policy']);
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    assert.match(policy ?? '', /script-src 'self' 'wasm-unsafe-eval'/, `${name} has Astro's <meta> policy`);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, `${name}: the policy allows no inline code`);
    assert.deepEqual(await violations(), [], name);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('searching and preparing a visit run under the policy without a violation', async () => {
  const { page, errors, violations, context } = await watchedPage();
  await page.goto(new URL('objections/price/', server.url).href);
  await page.keyboard.press('/');
  await page.getByRole('combobox').fill('进店费');
  await page.getByRole('option').first().waitFor();
  assert.deepEqual(await violations(), [], 'search dialog');

  await page.goto(new URL('search/?q=返利', server.url).href);
  await page.getByRole('option').first().waitFor();
  assert.deepEqual(await violations(), [], '/search/');

  await page.goto(new URL('prepare/', server.url).href);
  await page.getByLabel('渠道类型').selectOption({ index: 1 });
  await page.locator('[data-checklists] input[type=checkbox]').first().check();
  await page
    .getByRole('button', { name: /^添加备注/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: '备注', exact: true }).fill('带样品');
  await page.getByRole('button', { name: '保存备注' }).click();
  await copiedBy(page, () => page.getByRole('button', { name: '复制分享链接' }).click());
  await page.reload();
  assert.equal(await page.locator('[data-checklists] input[type=checkbox]').first().isChecked(), true);
  assert.deepEqual(await violations(), [], '/prepare/');
  assert.deepEqual(errors, []);
  await context.close();
});

test('internal material: every page type says noindex, the host says X-Robots-Tag, robots.txt disallows all', async () => {
  assert.equal(headers['X-Robots-Tag'], 'noindex, nofollow', 'deploy/security-headers.conf sets X-Robots-Tag');
  // Headers and a <meta> in the built HTML: plain requests show both, no browser needed.
  for (const [name, pagePath] of Object.entries(pageTypes)) {
    const response = await fetch(new URL(pagePath, server.url));
    assert.equal(response.status, 200, name);
    assert.equal(response.headers.get('x-robots-tag'), 'noindex, nofollow', name);
    assert.match(await response.text(), /<meta name="robots" content="noindex, nofollow">/, name);
  }
  const robots = await (await fetch(new URL('robots.txt', server.url))).text();
  assert.match(robots, /^User-agent: \*\s*$/m);
  assert.match(robots, /^Disallow: \/\s*$/m);
});
