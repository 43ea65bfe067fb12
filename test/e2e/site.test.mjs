/**
 * The site as a reader meets it: every page type renders without errors, navigation and
 * prev/next carry a reader through a whole playbook on a phone, related links go both ways.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { launch, openPage, url } from './support/browser.mjs';
import { pageTypes } from './support/page-types.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const pages = {
  home: '',
  playbooks: 'playbooks/',
  playbook: 'playbooks/six-steps/',
  stage: 'playbooks/six-steps/during-visit/',
  objections: 'objections/',
  objection: 'objections/price/',
  channels: 'channels/',
  channel: 'channels/dealer/',
  checklists: 'checklists/',
  checklist: 'checklists/pre-visit/',
  guides: 'guides/',
  guide: 'guides/communication-techniques/',
  prepare: 'prepare/',
  search: 'search/',
};

describe('every page type', () => {
  for (const [name, path] of Object.entries(pages)) {
    test(`${name} renders in Chinese with a heading and no console errors`, async () => {
      const { page, errors, context } = await openPage(browser);
      const response = await page.goto(url(path));
      assert.equal(response.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.ok((await page.textContent('h1')).trim().length >= 2);
      assert.ok(await page.locator('main#main').isVisible());
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('old addresses of pages that moved from channel types to guides lead to the guide', async () => {
    const { page, context } = await openPage(browser);
    for (const slug of ['channel-structure', 'market-situations', 'sales-forms']) {
      await page.goto(url(`channels/${slug}/`));
      await page.waitForURL(new RegExp(`/guides/${slug}/$`));
      assert.equal(await page.locator('main [data-pagefind-filter="type"]').first().textContent(), '指南');
    }
    await context.close();
  });

  test('a company policy in a script shows the company value or the unset marker, and links to /policies/', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('channels/integration-type/'));
    const policy = page.locator('main a.policy[data-policy="project-protection"]').first();
    // Unfilled: the policy's name as a gap, explained once on the page; filled: the company's words.
    if ((await policy.getAttribute('class')).includes('policy-unset')) {
      assert.equal(await policy.textContent(), '项目报备与保护期');
      assert.equal(await policy.getAttribute('aria-label'), '公司尚未填写的政策：项目报备与保护期', 'a screen reader hears what the gap is');
      assert.match(await page.locator('[data-notice="unfilled-policies"]').textContent(), /虚线框.*项目报备与保护期/);
    } else {
      assert.doesNotMatch(await policy.textContent(), /尚未填写/);
    }
    await policy.click();
    await page.waitForURL(/\/policies\/#project-protection$/);
    assert.ok(await page.locator('#project-protection').isVisible());
    await context.close();
  });

  test('no page type is wider than a 390 px phone, nor /prepare/ with its longest choices', async () => {
    const { page, context } = await openPage(browser, { width: 390, height: 844 });
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    for (const [name, pagePath] of Object.entries(pageTypes)) {
      await page.goto(url(pagePath));
      assert.ok((await width()) <= 390, `${name}: ${await width()} px`);
    }
    await page.goto(url('prepare/'));
    for (const label of ['渠道类型', '拜访阶段']) {
      const select = page.getByLabel(label);
      const longest = await select.evaluate((s) => [...s.options].sort((a, b) => b.text.length - a.text.length)[0].value);
      await select.selectOption(longest);
      assert.ok((await width()) <= 390, `/prepare/ with the longest ${label}: ${await width()} px`);
    }
    await context.close();
  });

  // Issue #23: a floating menu button covered cards, fields and answers on 5 of 7 page types.
  test('on a 390 px phone, every link, button and field in view takes a tap at its centre and four inner points, a screen at a time', async () => {
    const { page, context } = await openPage(browser, { width: 390, height: 844, context: { hasTouch: true, isMobile: true } });
    for (const [name, pagePath] of Object.entries(pageTypes)) {
      await page.goto(url(pagePath === '404.html' ? 'no-such-page/' : pagePath));
      const covered = await page.evaluate(async () => {
        const found = new Set();
        const header = document.querySelector('header').getBoundingClientRect().bottom;
        const targets = () => [...document.querySelectorAll('a[href], button, input, select, textarea, summary')];
        const height = document.documentElement.scrollHeight;
        for (let y = 0; ; y += innerHeight - header) {
          window.scrollTo(0, y);
          await new Promise(requestAnimationFrame);
          for (const el of targets()) {
            // The box a finger aims at: an inline link's first line, a field's whole box.
            // checkVisibility: a closed <details> still lays out its content (content-visibility: hidden).
            const box = el.getClientRects()[0];
            if (!box || box.width < 4 || box.height < 4 || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
            const top = el.closest('header, .site-nav') ? 0 : header;
            if (box.top < top || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) continue;
            const points = [
              [0.5, 0.5],
              [0.2, 0.2],
              [0.8, 0.2],
              [0.2, 0.8],
              [0.8, 0.8],
            ].map(([fx, fy]) => [box.left + box.width * fx, box.top + box.height * fy]);
            for (const [x, px] of points.map(([x, py]) => [x, py])) {
              const hit = document.elementFromPoint(x, px);
              const label = el.closest('label');
              if (hit && (el.contains(hit) || hit.contains(el) || (label && label.contains(hit)))) continue;
              found.add(
                `${el.tagName} “${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 16)}” under ${hit?.tagName}.${String(hit?.className).slice(0, 30)}`,
              );
              break;
            }
          }
          if (y + innerHeight >= height) break;
        }
        return [...found];
      });
      assert.deepEqual(covered, [], name);
    }
    await context.close();
  });

  test('the words within reach: on an objection and a stage page at 390 px, a jump to the first 话术 sits in the first screen and a half', async () => {
    const { page, context } = await openPage(browser, { width: 390, height: 844, context: { hasTouch: true, isMobile: true } });
    for (const path of ['objections/price/', 'objections/contract-rights/', 'playbooks/six-steps/during-visit/']) {
      await page.goto(url(path));
      const jump = page.locator('[data-script-jump] a');
      const box = await jump.boundingBox();
      assert.ok(box && box.y + box.height <= 844 * 1.5, `${path}: the jump ends at ${box && box.y + box.height} px`);
      await jump.tap();
      await page.waitForFunction(() => window.scrollY > 0);
      const say = await page.locator('main figure.say').first().boundingBox();
      assert.ok(say.y >= 56 && say.y < 844, `${path}: the first 话术 is on screen after the jump (at ${say.y} px)`);
    }
    await context.close();
  });

  test('an unknown address gets the 404 page with a way back', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(url('no-such-page/'));
    assert.equal(response.status(), 404);
    assert.match(await page.textContent('h1'), /不存在/);
    assert.ok(await page.locator('main a[href$="/search/"]').count());
    await context.close();
  });
});

describe('navigation', () => {
  test('a reader walks from the home page through every stage of a playbook on a phone', async () => {
    const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url(''));
    await page
      .locator('main')
      .getByRole('link', { name: /渠道开发六步法/ })
      .first()
      .click();
    await page.waitForURL(/playbooks\/six-steps\/$/);
    const stageCount = await page.locator('section[aria-labelledby="stages-heading"] ol > li').count();
    await page.getByRole('link', { name: /从第 1 步开始/ }).click();
    const visited = [];
    for (;;) {
      await page.waitForLoadState();
      visited.push(await page.textContent('h1'));
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
    }
    assert.equal(visited.length, stageCount);
    assert.equal(visited[0], '拜访前（准备）');
    assert.equal(visited.at(-1), '突破');
    // The last stage leads back up to its playbook instead of a dead end.
    await page.getByRole('link', { name: /流程结束/ }).click();
    await page.waitForURL(/playbooks\/six-steps\/$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('previous links go back one stage', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('playbooks/six-steps/post-visit/'));
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(/during-visit\/$/);
    await context.close();
  });

  test('the menu folds on a 390 px phone and opens to the section links', async () => {
    const { page, context } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(url('objections/price/'));
    const nav = page.getByRole('navigation', { name: '网站导航' });
    assert.equal(await nav.isVisible(), false);
    await page.getByText('菜单', { exact: true }).click();
    assert.equal(await nav.isVisible(), true);
    await nav.getByRole('link', { name: '开发流程' }).click();
    await page.waitForURL(/playbooks\/$/);
    await context.close();
  });

  test('the sidebar is always open on a desk and marks the current page', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('playbooks/six-steps/training/'));
    const nav = page.getByRole('navigation', { name: '网站导航' });
    assert.equal(await nav.isVisible(), true);
    assert.equal(await nav.locator('[aria-current="page"]').textContent(), '4. 培训中');
    // A long section shows a window around the page and points to its index for the rest.
    await page.goto(url('objections/rebate/'));
    const entries = nav.locator('a[href*="/objections/"]:not([href$="/objections/"])');
    assert.ok((await entries.count()) <= 15, `objection links in the navigation: ${await entries.count()}`);
    assert.equal(await nav.locator('[aria-current="page"]').textContent(), '奖励异议');
    assert.match(
      await nav
        .getByRole('link', { name: /还有 \d+ 条|前面还有 \d+ 条/ })
        .first()
        .getAttribute('href'),
      /\/objections\/$/,
    );
    await context.close();
  });

  test('breadcrumbs lead back up the hierarchy', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('playbooks/six-steps/training/'));
    const crumbs = page.getByRole('navigation', { name: '面包屑' });
    assert.deepEqual(await crumbs.locator('li').allTextContents(), ['首页', '开发流程', '渠道开发六步法', '培训中']);
    await context.close();
  });

  test('a long page has a table of contents whose links reach their sections', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('objections/price/'));
    const toc = page.getByRole('navigation', { name: '本页目录' });
    const first = toc.locator('a').first();
    const target = (await first.getAttribute('href')).slice(1);
    assert.ok(await page.locator(`[id="${target}"]`).count());
    await context.close();
  });
});

describe('related links drawn from references', () => {
  test('an objection lists its stages and each stage lists it back', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('objections/price/'));
    const section = page.locator('section', { has: page.getByRole('heading', { name: '常在这些阶段出现' }) });
    const stageLinks = await section.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(stageLinks.length > 0);
    for (const href of stageLinks) {
      await page.goto(new URL(href, url('')).href);
      const back = page.locator('section', { has: page.getByRole('heading', { name: '这一步常见的异议' }) });
      assert.ok(await back.getByRole('link', { name: /价格异议/ }).count(), `${href} does not link back to 价格异议`);
    }
    await context.close();
  });

  test('a channel type lists its objections and the objection lists the channel', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(url('channels/distribution-type/'));
    const section = page.locator('section', { has: page.getByRole('heading', { name: '这类渠道常提的异议' }) });
    const first = section.locator('a').first();
    await first.click();
    const back = page.locator('section', { has: page.getByRole('heading', { name: '常见于这些渠道' }) });
    assert.ok(await back.getByRole('link', { name: '分销型渠道' }).count());
    await context.close();
  });
});
