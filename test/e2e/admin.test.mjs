/**
 * The browser editor (/admin/, Decap CMS): on the built site it is a page apart — no other page
 * loads its script, the offline worker never stores it, search never finds it, and it carries its
 * own Content-Security-Policy. With the local backend (decap-server, as `npm run edit` runs it) on
 * a temporary copy of the site, an editor changes an objection's answer through the form: the file
 * changes on that line only, exactly as the copy of Decap's writer the content is kept in says, and
 * it passes `npm run check`'s content step; a new objection made through the form passes the whole
 * check and is built.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, openPage, url } from './support/browser.mjs';
import { createTempSite } from './support/temp-site.mjs';
import { asDecapWrites } from '../../scripts/lib/decap-format.mjs';
import { editorFieldOrder } from '../../src/lib/editor/field-order.ts';

const dist = process.env.E2E_OUTDIR ?? 'dist';

test('/admin/ is a page apart: not loaded, precached or indexed anywhere else, with its own CSP', () => {
  const admin = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
  assert.match(admin, /<link href="config\.yml" type="text\/yaml" rel="cms-config-url"/);
  assert.match(admin, /http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval'/);
  assert.match(admin, /<meta name="robots" content="noindex"/);
  // The preview beside the form is drawn in the site's own stylesheet.
  const stylesheet = /CMS\.registerPreviewStyle\("\/([^"]+\.css)"\)/.exec(readFileSync(path.join(dist, 'admin/preview.js'), 'utf8'))?.[1];
  assert.ok(stylesheet && readFileSync(path.join(dist, 'index.html'), 'utf8').includes(`/${stylesheet}`), `preview stylesheet ${stylesheet}`);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin'));
  for (const page of pages) assert.doesNotMatch(readFileSync(path.join(dist, page), 'utf8'), /decap-cms|\/admin\//, page);
  const worker = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  assert.doesNotMatch(worker, /admin\//, 'the worker precaches nothing of /admin/');
  const fragments = readdirSync(path.join(dist, 'pagefind/fragment'));
  assert.ok(fragments.length > 100);
  // Fragments are gzip; the page list Pagefind writes holds every indexed URL.
  const entry = readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
  assert.doesNotMatch(entry, /admin/);
});

describe('editing through the form with the local backend', () => {
  let site;
  let server;
  let browser;
  before(async () => {
    site = await createTempSite('admin');
    // decap-server writes into the copy, as `npm run edit` lets it write into an editor's clone.
    server = spawn(path.resolve('node_modules/.bin/decap-server'), [], {
      env: { ...process.env, GIT_REPO_DIRECTORY: site.dir, PORT: '8081', MODE: 'fs' },
      stdio: 'pipe',
    });
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => /listening on port/.test(String(chunk)) && resolve());
      server.on('exit', (code) => reject(new Error(`decap-server stopped (${code})`)));
    });
    browser = await launch();
  });
  after(async () => {
    server?.kill();
    await (await signedIn)?.context.close();
    await browser?.close();
    await site?.remove();
  });

  /**
   * A desk-sized page signed in to /admin/ with the local backend, on the copy's content, at
   * `route` (Decap's address after `#`). Signed in once and shared by the tests below: a sign-in
   * loads all of Decap and lists every entry. Each test starts from the list of collections, as an
   * editor moving between entries does: Decap keeps an open entry's form when the address jumps
   * straight to another entry.
   */
  let signedIn;
  async function signIn(route) {
    signedIn ??= signInOnce();
    const opened = await signedIn;
    await opened.page.goto(url('admin/#/'));
    await opened.page.getByRole('link', { name: '客户异议', exact: true }).waitFor();
    await opened.page.goto(url(`admin/#${route}`));
    return opened;
  }
  async function signInOnce() {
    const opened = await openPage(browser, { width: 1400, height: 1000, fresh: true });
    // The copy keeps its content in fixture-content/ (CONTENT_DIR); the built config names content/.
    await opened.page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll('folder: content/', 'folder: fixture-content/') });
    });
    await opened.page.goto(url('admin/'));
    await opened.page.getByRole('button', { name: '登录' }).click();
    await opened.page.getByText('价格异议').first().waitFor();
    return opened;
  }

  test('an objection’s answer changed in the form is written to its file, and the file passes the check', async () => {
    const { page, errors } = await signIn('/collections/objections');
    // Collections and fields in the editors' words, from the collections table and the schemas.
    for (const label of ['客户异议', '流程阶段', '开发流程', '渠道类型', '清单', '指南']) await page.getByRole('link', { name: label, exact: true }).waitFor();
    const file = path.join(site.contentDir, 'objections/price.mdx');
    const original = await readFile(file, 'utf8');
    await page.getByText('价格异议').first().click();
    const answer = page.getByLabel('一句话回应');
    await answer.waitFor();
    const added = '先把一年的账算清楚，再谈单价。';
    await answer.fill(added);
    await page.getByText('一口气能说完的回应', { exact: false }).waitFor();
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').first().click();
    for (let i = 0; i < 50 && !(await readFile(file, 'utf8')).includes(added); i += 1) await new Promise((r) => setTimeout(r, 100));
    const written = await readFile(file, 'utf8');
    // Decap wrote exactly what its writer's copy (scripts/lib/decap-format.mjs) says it writes, and
    // the content is kept in that form: the file changed on the edited line only.
    const changedLines = written.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    assert.deepEqual(changedLines, [`answer: ${added}`]);
    assert.equal(written, asDecapWrites(original.replace(/^answer: .*$/m, `answer: ${added}`), editorFieldOrder('objections')));
    const check = await site.run('scripts/check.mjs', ['--content']);
    assert.equal(check.code, 0, check.output);
    assert.deepEqual(
      errors.filter((e) => !/Decap|cms/i.test(e)),
      [],
    );
  });

  test('a stage (one folder down, per playbook) edited in the form changes the edited line only; a wrong value is refused in the form', async () => {
    const { page } = await signIn('/collections/stages/entries/dealer/choose-target');
    const file = path.join(site.contentDir, 'stages/dealer/choose-target.mdx');
    const original = await readFile(file, 'utf8');
    // Too short for the schema (min 4): the form says so in the schema's terms and saves nothing.
    await page.getByLabel('目标').fill('选人');
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').first().click();
    await page.getByText('至少 4 个字').first().waitFor();
    assert.equal(await readFile(file, 'utf8'), original);
    const goal = '选出和区域市场最匹配的经销商，其余的靠培养。';
    // Emptied first: after the refusal Decap's controlled input keeps what was typed.
    await page.getByLabel('目标').fill('');
    await page.getByLabel('目标').fill(goal);
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').first().click();
    for (let i = 0; i < 50 && !(await readFile(file, 'utf8')).includes(goal); i += 1) await new Promise((r) => setTimeout(r, 100));
    const written = await readFile(file, 'utf8');
    assert.deepEqual(
      written.split('\n').filter((line, i) => line !== original.split('\n')[i]),
      [`goal: ${goal}`],
    );
  });

  test('a new objection made through the form (phrases, answer, a 话术 and its policy inserted through their forms) passes the check and builds', async () => {
    const { page } = await signIn('/collections/objections/new');
    await page.getByLabel('网址名').fill('sample-stock');
    await page.getByLabel('标题', { exact: true }).fill('样品不够用');
    await page.getByLabel('摘要').fill('客户说样品不够用，先问清用在哪、要多少，再按公司政策申请。');
    await page.getByText('现在', { exact: true }).first().click();
    // Choices come from the schema (categories) and from the content (policies, by title and id).
    await page.getByLabel('异议类型').click({ force: true });
    await page.getByText('产品', { exact: true }).first().click();
    for (const line of ['样品就这么几个，不够用', '再多给点样品吧']) {
      await page.getByRole('button', { name: /新增客户原话/ }).click();
      await page.locator('input[id^="item-field"]').last().fill(line);
    }
    await page.getByLabel('一句话回应').fill('样品按公司的书面政策申请，我先记下您要多少、用在哪。');
    await page.getByLabel('依据的公司政策').click({ force: true });
    await page.getByText('返利档位与兑现（rebate-tiers）').first().click();
    // The body: headings typed, the 话术 and the policy inside it inserted through their forms.
    const body = page.getByLabel('正文');
    await body.fill('## 怎么回应\n\n### 先问清\n');
    await page.getByRole('button', { name: '＋话术' }).click();
    await page.getByRole('group', { name: '插入话术' }).getByLabel('销售说出口的话').fill('样品的事按公司规定办：。');
    await page.getByRole('button', { name: '插入话术' }).click();
    const at = (await body.inputValue()).indexOf('：。') + 1;
    await body.evaluate((el, at) => el.setSelectionRange(at, at), at);
    await page.getByRole('button', { name: '＋公司政策' }).click();
    await page.getByRole('group', { name: '插入公司政策' }).getByLabel('政策').selectOption('rebate-tiers');
    await page.getByRole('button', { name: '插入公司政策' }).click();
    assert.equal(await body.inputValue(), '## 怎么回应\n\n### 先问清\n\n<Say>样品的事按公司规定办：<Policy id="rebate-tiers" />。</Say>\n\n');
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').first().click();
    const file = path.join(site.contentDir, 'objections/sample-stock.mdx');
    for (let i = 0; i < 50; i += 1) {
      if (
        await readFile(file, 'utf8').then(
          (t) => t.includes('</Say>'),
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const written = await readFile(file, 'utf8');
    for (const line of [
      'slug: sample-stock',
      'category: 产品',
      '  - 再多给点样品吧',
      '  - rebate-tiers',
      '<Say>样品的事按公司规定办：<Policy id="rebate-tiers" />。</Say>',
    ]) {
      assert.ok(written.split('\n').includes(line), `${line}\n${written}`);
    }
    // The whole check: content, then the build and its links.
    const check = await site.run('scripts/check.mjs', ['--skip-types']);
    assert.equal(check.code, 0, check.output);
    assert.match(await readFile(path.join(site.dir, 'dist/objections/sample-stock/index.html'), 'utf8'), /样品不够用/);
  });
});
