/**
 * What an editor meets. Each broken page in test/fixtures/broken/<case>/ is added to a copy of the
 * real content and the content step of `npm run check` runs over it in-process (no build: it reads
 * every file as the site does; the same functions scripts/check.mjs calls, and the report it
 * prints), which must name the file, the line and the problem. The command itself runs over the
 * real content, and in full over the site below. Cases whose problem only a built site shows
 * (`"build": true`, a dead link) join the one real build below, where a page made by `npm run new`
 * must pass the same check but for its placeholders, build, show in `astro dev`, navigation and
 * search.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTempSite, repoRoot } from './support/temp-site.mjs';
import { startPreview } from './support/preview.mjs';
import { launch, openPage } from './support/browser.mjs';
import { runNode } from '../../scripts/lib/run-node.mjs';
import { checkContentStep, formatReport } from '../../scripts/lib/content-step.mjs';

/** A port nothing listens on right now, for `astro dev`. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const brokenRoot = path.join(repoRoot, 'test/fixtures/broken');
/** What the company writes for area-protection in the built copy. */
const filledValue = '县级区域可申请独家，条件是完成年度任务，详见经销合同第三条。';
const cases = await Promise.all(
  (await readdir(brokenRoot)).sort().map(async (name) => ({
    name,
    dir: path.join(brokenRoot, name),
    ...JSON.parse(await readFile(path.join(brokenRoot, name, 'expected.json'), 'utf8')),
  })),
);

/** Copies a fixture's files (all but expected.json) into a content tree. */
async function addFixture(fixture, contentDir) {
  for (const entry of await readdir(fixture.dir)) {
    if (entry !== 'expected.json') await cp(path.join(fixture.dir, entry), path.join(contentDir, entry), { recursive: true });
  }
}

/** `node scripts/check.mjs …args` in the repo, over the content at `contentDir`. */
const check = (contentDir, args) => runNode(['scripts/check.mjs', ...args], { cwd: repoRoot, env: { CONTENT_DIR: contentDir } });

const assertNamesAll = (output, messages) => {
  for (const message of messages) assert.ok(output.includes(message), `missing “${message}” in:\n${output}`);
};

describe('npm run check catches broken content', () => {
  for (const fixture of cases.filter((c) => !c.build)) {
    test(`${fixture.name}: fails naming the file, the line and the problem`, async () => {
      const contentDir = await mkdtemp(path.join(os.tmpdir(), `channel-playbook-${fixture.name}-`));
      try {
        await cp(path.join(repoRoot, 'content'), contentDir, { recursive: true });
        await addFixture(fixture, contentDir);
        const { errors, warnings } = checkContentStep(contentDir);
        const output = formatReport(errors, warnings);
        assert.ok(errors.length > 0, `check should fail:\n${output}`);
        assertNamesAll(output, fixture.messages);
      } finally {
        await rm(contentDir, { recursive: true, force: true });
      }
    });
  }

  test('the real content passes the content check', async () => {
    const { code, output } = await check(path.join(repoRoot, 'content'), ['--content']);
    assert.equal(code, 0, output);
    assert.match(output, /✓ 检查通过/);
  });
});

describe('a page made by npm run new', () => {
  let site;
  let preview;
  let browser;
  before(async () => {
    site = await createTempSite('new-page');
    browser = await launch();
  });
  after(async () => {
    preview?.stop();
    await browser?.close();
    await site?.remove();
  });

  test('every collection gets a template that builds and passes every check but its placeholders', async () => {
    const made = [
      ['objections', 'sample-shortage', '样品不够用'],
      ['stages', 'dealer/after-sales', '售后回访'],
      ['playbooks', 'new-playbook', '新开发流程'],
      ['channels', 'new-channel', '新渠道类型'],
      ['checklists', 'new-checklist', '新清单'],
      ['guides', 'new-guide', '新指南'],
    ];
    for (const [collection, slug, title] of made) {
      const created = await site.run('scripts/new.mjs', [collection, slug, '--title', title]);
      assert.equal(created.code, 0, created.output);
    }
    // An objection's category is the editor's to choose (the template leaves 待选择, which the check refuses).
    const objection = path.join(site.contentDir, 'objections/sample-shortage.mdx');
    assert.match(await readFile(objection, 'utf8'), /^category: 待选择$/m);
    await writeFile(objection, (await readFile(objection, 'utf8')).replace(/^category: 待选择$/m, 'category: 产品'));
    // So is a channel type's group.
    const channel = path.join(site.contentDir, 'channels/new-channel.mdx');
    assert.match(await readFile(channel, 'utf8'), /^group: 待选择$/m);
    await writeFile(channel, (await readFile(channel, 'utf8')).replace(/^group: 待选择$/m, 'group: 按渠道形式'));
    // A draft: in `npm run dev` only, never in the build or its search index.
    const draft = path.join(site.contentDir, 'guides/new-guide.mdx');
    await writeFile(draft, (await readFile(draft, 'utf8')).replace(/^reviewed: .*$/m, '$&\ndraft: true'));
    // Reviewed long ago: a warning from the check and a notice on the page, but no failure.
    const old = path.join(site.contentDir, 'channels/new-channel.mdx');
    await writeFile(old, (await readFile(old, 'utf8')).replace(/^reviewed: .*$/m, 'reviewed: 2025-01-15'));
    const stage = await readFile(path.join(site.contentDir, 'stages/dealer/after-sales.mdx'), 'utf8');
    assert.match(stage, /^order: 7$/m, 'dealer has six stages, so the new one is the seventh');
    const again = await site.run('scripts/new.mjs', ['objections', 'sample-shortage']);
    assert.equal(again.code, 1);
    assert.match(again.output, /sample-shortage\.mdx 已经存在/);

    // Untouched, a template builds (so the schemas accept it) but the check fails on its
    // placeholders, and on nothing else, naming every page made.
    // The broken cases only a built site shows (dead links) ride along in this one build.
    const afterBuild = cases.filter((c) => c.build);
    for (const fixture of afterBuild) await addFixture(fixture, site.contentDir);
    // One policy filled in by the company: pages quoting it show its words, the rest show gaps.
    const companyFile = path.join(site.contentDir, 'policies/company.yaml');
    await writeFile(
      companyFile,
      (await readFile(companyFile, 'utf8')).replace(/^(- id: area-protection\n(?: {2}.*\n)*?)( {2}reviewed: .*\n)/m, `$1  value: ${filledValue}\n$2`),
    );
    const { code, output } = await site.run('scripts/check.mjs', ['--skip-types'], { CHECK_OUTDIR: 'dist' });
    assert.equal(code, 1, output);
    for (const fixture of afterBuild) assertNamesAll(output, fixture.messages);
    const problems = [...output.matchAll(/^✗ (\S+?):\d+\n\s+(.+)$/gm)].filter(([, file]) => !afterBuild.some((c) => file.includes(c.name)));
    assert.ok(problems.length >= made.length, output);
    for (const [, , message] of problems) assert.match(message, /还留着模板的占位文字“(（请改写）|（可删除）|待补充的说法)”/);
    for (const [, slug] of made)
      assert.ok(
        problems.some(([, file]) => file.endsWith(`/${slug}.mdx`)),
        `${slug}: placeholders not reported\n${output}`,
      );
    // One stale review, plus one line for the policies the company has not filled in yet.
    assert.match(output, /个问题要修好才能提交，另有 \d+ 个提醒/);
    assert.match(output, /⚠ \d+ 项公司政策还没填写.*\/policies\//);
    assert.match(output, /⚠ fixture-content\/channels\/new-channel\.mdx:\d+\n\s+上次审核是 2025-01-15，已超过 6 个月/);
    const oldPage = await readFile(path.join(site.dir, 'dist/channels/new-channel/index.html'), 'utf8');
    assert.match(oldPage, /已超过 6 个月没有审核/);
    const freshPage = await readFile(path.join(site.dir, 'dist/objections/sample-shortage/index.html'), 'utf8');
    assert.doesNotMatch(freshPage, /没有审核/);
    assert.ok(existsSync(path.join(site.dir, 'dist/checklists/new-checklist/index.html')), 'a non-draft page is built');
    assert.ok(!existsSync(path.join(site.dir, 'dist/guides/new-guide')), 'the draft page is not built');
  });

  test('a filled policy shows the company’s words; an unfilled one a gap, explained once on each page that has one', async () => {
    const dist = path.join(site.dir, 'dist');
    const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html'));
    let filled = 0;
    let gaps = 0;
    for (const file of pages) {
      const html = await readFile(path.join(dist, file), 'utf8');
      const main = html.slice(html.indexOf('<main'));
      const marks = [...main.matchAll(/<a href="[^"]*" class="policy (policy-set|policy-unset)" data-policy="([a-z-]+)"([^>]*)>(.*?)<\/a>/g)];
      for (const [, kind, id, attributes, text] of marks) {
        if (id === 'area-protection') {
          assert.equal(kind, 'policy-set', file);
          assert.equal(text, filledValue.replace(/。$/, ''), file);
          filled += 1;
        } else {
          assert.equal(kind, 'policy-unset', `${file}: ${id}`);
          assert.match(text, /^[^<]+$/, file);
          assert.match(attributes, new RegExp(`aria-label="公司尚未填写的政策：${text}"`), file);
          gaps += 1;
        }
      }
      const notes = main.match(/data-notice="unfilled-policies"/g)?.length ?? 0;
      const unsetInBody = marks.some(([, kind]) => kind === 'policy-unset');
      assert.equal(notes, unsetInBody ? 1 : 0, `${file}: the gap is explained once, where there is one`);
    }
    assert.ok(filled >= 1 && gaps >= 10, `filled ${filled}, gaps ${gaps}`);
  });

  test('the draft page shows in astro dev', async () => {
    const port = await freePort();
    const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: site.dir,
      env: { ...process.env, CONTENT_DIR: 'fixture-content', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const address = await new Promise((resolve, reject) => {
        let log = '';
        dev.stdout.on('data', (d) => {
          log += d;
          const found = log.match(/http:\/\/127\.0\.0\.1:\d+\//);
          if (found) resolve(found[0]);
        });
        dev.on('exit', () => reject(new Error(`astro dev stopped:\n${log}`)));
      });
      const response = await fetch(`${address}guides/new-guide/`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /新指南/);
    } finally {
      dev.kill();
    }
  });

  test('the new objection and stage are in navigation and search', async () => {
    preview = await startPreview({ outDir: path.join(site.dir, 'dist'), base: '/' });
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${preview.url}playbooks/dealer/`);
    const siteNav = page.locator('nav[aria-label="网站导航"]');
    assert.equal(await siteNav.getByRole('link', { name: '7. 售后回访' }).count(), 1, 'the site navigation lists the new stage');
    await page
      .locator('main')
      .getByRole('link', { name: /售后回访/ })
      .click();
    await page.waitForURL(/playbooks\/dealer\/after-sales\/$/);
    assert.match(await page.textContent('h1'), /售后回访/);
    assert.match(await page.textContent('.page-meta'), /负责：渠道管理部/);
    await page.goto(`${preview.url}objections/`);
    assert.ok(
      await page
        .locator('main')
        .getByRole('link', { name: /样品不够用/ })
        .count(),
      'the objections index lists it',
    );
    // The navigation shows a window of a long section; on its own page the new entry is in it.
    await page.goto(`${preview.url}objections/sample-shortage/`);
    assert.equal(await siteNav.locator('[aria-current="page"]').textContent(), '样品不够用', 'the site navigation lists it');

    const found = await page.evaluate(async (base) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      // Every result, not the first few: the template's placeholder text competes with real pages.
      const titles = async (query) => {
        const { results } = await pagefind.search(query);
        return Promise.all(results.map(async (r) => (await r.data()).meta.title));
      };
      return { objection: await titles('样品不够用'), stage: await titles('售后回访'), draft: await titles('新指南') };
    }, preview.url);
    assert.ok(!found.draft.includes('新指南'), 'the draft is not in the search index');
    assert.ok(found.objection.includes('样品不够用'), JSON.stringify(found));
    assert.ok(found.stage.includes('售后回访'), JSON.stringify(found));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
