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
  // One phone-sized page visits every diagram; a link is fetched once however many maps show it.
  let session;
  const linkStatus = new Map();
  before(async () => (session = await openPage(browser, { width: 390, height: 844 })));
  after(async () => session?.context.close());

  test('there is a stage map on every playbook page and on a stage page of each, the delivery flow, the five flows, market situations, channel length and the Toyota timeline', () => {
    assert.equal(playbooks.length, 10);
    assert.equal(pages.length, 25);
  });

  for (const path of pages) {
    test(path, async () => {
      const { page, errors } = session;
      await page.goto(url(path));
      // Read the figure in one go: ids it is labelled by, boxes drawn, the text equivalent, links, sizes.
      const seen = await page.evaluate(() => {
        const figures = document.querySelectorAll('figure.diagram');
        const figure = figures[0];
        const svg = figure?.querySelector('svg[role="img"]');
        const texts = (nodes) => [...nodes].map((n) => n.textContent.replace(/\s/g, ''));
        return {
          figures: figures.length,
          labels: (svg?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
          drawn: [...(svg?.querySelectorAll('g.diagram-node') ?? [])].map((n) => texts(n.querySelectorAll('tspan')).join('')),
          steps: figure?.querySelector('ol.diagram-text') ? texts(figure.querySelectorAll('.diagram-text [data-node-label]')) : undefined,
          relations: texts(figure?.querySelectorAll('.diagram-text li') ?? []),
          edges: svg?.querySelectorAll('path.diagram-edge').length ?? 0,
          current: svg?.querySelectorAll('g.is-current').length ?? 0,
          links: [...(figure?.querySelectorAll('.diagram-text a') ?? [])].map((a) => a.href),
          width: svg?.getBoundingClientRect().width ?? 0,
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      assert.equal(seen.figures, 1);
      for (const label of seen.labels) assert.ok(label.length > 2, `labelled by: ${seen.labels.join(' / ')}`);
      assert.ok(seen.drawn.length >= 3, `${seen.drawn.length} nodes`);
      if (seen.steps) {
        // Steps: the numbered list names every box, in order.
        assert.deepEqual(seen.steps, seen.drawn);
      } else {
        // Relations: one line per arrow, and every box is named in them.
        assert.equal(seen.relations.length, seen.edges);
        for (const label of seen.drawn) assert.ok(seen.relations.join(' ').includes(label), label);
      }
      if (/playbooks\/[^/]+\/[^/]+\/$/.test(path)) assert.equal(seen.current, 1, 'the current stage is marked');
      for (const href of seen.links) {
        if (!linkStatus.has(href)) linkStatus.set(href, (await fetch(href)).status);
        assert.equal(linkStatus.get(href), 200, href);
      }
      assert.ok(seen.width <= 390 - 16, `diagram is ${seen.width} px wide`);
      assert.ok(seen.pageWidth <= 390, `page is ${seen.pageWidth} px wide`);
      assert.deepEqual(errors, []);
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
