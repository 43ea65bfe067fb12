/**
 * Every diagram on the built site: it renders as an SVG image with a title and a description,
 * its text equivalent names the same nodes as the drawing, its links resolve, it never widens a
 * 390 px phone's page, and axe finds nothing in the light or the dark theme.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, url } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';
import { pagesUnder } from './support/built-site.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const playbooks = pagesUnder('playbooks');
const stages = pagesUnder('playbooks', 2);
const pages = [...playbooks, ...playbooks.map((p) => stages.find((s) => s.startsWith(p))), 'checklists/delivery-flow/', 'guides/channel-flows/', 'guides/market-situations/', 'guides/channel-structure/', 'guides/toyota-case/'];

describe('diagrams', () => {
  test('there is a stage map on every playbook page and on a stage page of each, the delivery flow, the five flows, market situations, channel length and the Toyota timeline', () => {
    assert.equal(playbooks.length, 10);
    assert.equal(pages.length, 25);
  });

  for (const path of pages) {
    test(path, async () => {
      const { page, errors, context } = await openPage(browser, { width: 390, height: 844 });
      await page.goto(url(path));
      const figure = page.locator('figure.diagram');
      assert.equal(await figure.count(), 1);
      const svg = figure.locator('svg[role="img"]');
      const labelled = await svg.getAttribute('aria-labelledby');
      for (const id of labelled.split(' ')) assert.ok((await page.locator(`#${id}`).textContent()).length > 2, id);
      // The drawing and the list name the same nodes, in the same order.
      const drawn = await svg.locator('g.diagram-node').evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('tspan')].map((t) => t.textContent).join('')));
      const bare = (texts) => texts.map((t) => t.replace(/\s/g, ''));
      if (await figure.locator('ol.diagram-text').count()) {
        // Steps: the numbered list names every box, in order.
        assert.deepEqual(bare(await figure.locator('.diagram-text [data-node-label]').allTextContents()), bare(drawn));
      } else {
        // Relations: one line per arrow, and every box is named in them.
        const relations = bare(await figure.locator('.diagram-text li').allTextContents()).join(' ');
        assert.equal(await figure.locator('.diagram-text li').count(), await svg.locator('path.diagram-edge').count());
        for (const label of bare(drawn)) assert.ok(relations.includes(label), label);
      }
      assert.ok(drawn.length >= 3, `${drawn.length} nodes`);
      if (/playbooks\/[^/]+\/[^/]+\/$/.test(path)) assert.equal(await svg.locator('g.is-current').count(), 1, 'the current stage is marked');
      for (const href of await figure.locator('.diagram-text a').evaluateAll((links) => links.map((a) => a.href))) {
        assert.equal((await page.request.get(href)).status(), 200, href);
      }
      const box = await svg.boundingBox();
      assert.ok(box.width <= 390 - 16, `diagram is ${box.width} px wide`);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('axe finds nothing on a playbook map, a stage map, the delivery flow, the five flows, market situations, channel length and the Toyota timeline, light and dark', async () => {
    const { page, context } = await openPage(browser, { context: { bypassCSP: true } });
    for (const path of ['playbooks/dealer/', 'playbooks/dealer/survey-market/', 'checklists/delivery-flow/', 'guides/channel-flows/']) {
      await page.goto(url(path));
      await page.emulateMedia({ colorScheme: 'light' });
      assert.deepEqual(await axeViolations(page), [], path);
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await axeViolations(page, { rules: ['color-contrast', 'link-in-text-block'] }), [], `${path} dark`);
    }
    await context.close();
  });
});
