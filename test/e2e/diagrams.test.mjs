/**
 * Every diagram on the built site: it renders as an SVG image with a title and a description,
 * its text equivalent names the same nodes as the drawing, its links resolve, it never widens a
 * 390 px phone's page, axe finds nothing in it in the light or the dark theme, and a playbook's
 * map prints whole on one A4 page.
 */
import { after, before, describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { launch, url } from './support/browser.mjs';
import { axeViolations, openAxePage } from './support/axe.mjs';
import { pagesUnder } from './support/built-site.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const playbooks = pagesUnder('playbooks');
const stages = pagesUnder('playbooks', 2);
const pages = [
  ...playbooks,
  ...playbooks.map((p) => stages.find((s) => s.startsWith(p))),
  'checklists/delivery-flow/',
  'guides/channel-flows/',
  'guides/market-situations/',
  'guides/channel-structure/',
  'guides/toyota-case/',
  'channels/engineering/',
];
/** Figures a page must show: channel structure draws both length and width. */
const figuresOn = (path) => (path === 'guides/channel-structure/' ? 2 : 1);

describe('diagrams', () => {
  // One phone-sized page visits every diagram; a link is fetched once however many maps show it.
  let session;
  const linkStatus = new Map();
  before(async () => (session = await openAxePage(browser, { width: 390, height: 844 })));
  after(async () => session?.context.close());

  test('there is a stage map on every playbook page and on a stage page of each, the delivery flow, the five flows, market situations, channel length and width, the Toyota timeline and the engineering sources', () => {
    assert.equal(playbooks.length, 10);
    assert.equal(pages.length, 26);
  });

  for (const path of pages) {
    test(path, async () => {
      const { page, errors } = session;
      await page.goto(url(path));
      // Read every figure in one go: ids it is labelled by, boxes drawn, the text equivalent, links, sizes.
      const figures = await page.evaluate(() => {
        const texts = (nodes) => [...nodes].map((n) => n.textContent.replace(/\s/g, ''));
        return [...document.querySelectorAll('figure.diagram')].map((figure) => {
          const svg = figure.querySelector('svg[role="img"]');
          return {
            labels: (svg?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
            drawn: [...(svg?.querySelectorAll('g.diagram-node') ?? [])].map((n) => texts(n.querySelectorAll('tspan')).join('')),
            steps: figure.querySelector('ol.diagram-text') ? texts(figure.querySelectorAll('.diagram-text [data-node-label]')) : undefined,
            relations: texts(figure.querySelectorAll('.diagram-text li')),
            edges: svg?.querySelectorAll('path.diagram-edge').length ?? 0,
            current: svg?.querySelectorAll('g.is-current').length ?? 0,
            links: [...figure.querySelectorAll('.diagram-text a')].map((a) => a.href),
            width: svg?.getBoundingClientRect().width ?? 0,
          };
        });
      });
      assert.equal(figures.length, figuresOn(path));
      for (const seen of figures) {
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
      }
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(pageWidth <= 390, `page is ${pageWidth} px wide`);
      // axe over the figures, every rule in the light theme, the colour rules again in the dark.
      await page.emulateMedia({ colorScheme: 'light' });
      assert.deepEqual(await axeViolations(page, { include: 'figure.diagram' }), [], 'light');
      await page.emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await axeViolations(page, { include: 'figure.diagram', rules: ['color-contrast', 'link-in-text-block'] }), [], 'dark');
      await page.emulateMedia({ colorScheme: 'light' });
      assert.deepEqual(errors, []);
    });
  }

  // Reps pin a playbook's map up: printed on A4, the whole map stays on one page.
  test('a playbook map prints whole on one A4 page', async () => {
    const { page } = session;
    for (const playbook of ['playbooks/dealer/', 'playbooks/engineering/']) {
      await page.goto(url(playbook));
      const labels = await page.locator('figure.diagram g.diagram-node').evaluateAll((nodes) => nodes.map((n) => n.textContent.replace(/\s/g, '')));
      await page.emulateMedia({ media: 'print' });
      const dir = mkdtempSync(path.join(tmpdir(), 'map-pdf-'));
      const pdf = path.join(dir, 'map.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      await page.emulateMedia({ media: 'screen' });
      // pdftotext separates pages with a form feed; one page must hold every box of the map.
      const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
        .split('\f')
        .map((t) => t.replace(/\s/g, ''));
      rmSync(dir, { recursive: true, force: true });
      const holding = pages.filter((text) => labels.every((label) => text.includes(label)));
      assert.ok(labels.length >= 4 && holding.length >= 1, `${playbook}: no printed page holds all of ${labels.join('、')}`);
    }
  });
});
