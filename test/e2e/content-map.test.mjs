/**
 * The built site still carries the source material: every row of the content map
 * (../shared/CONTENT-MAP.md beside the repo, or docs/CONTENT-MAP.md) has its facts on the pages that cover it, every playbook lists the
 * map's stages in order, objection and stage pages have the parts a rep relies on, and none of
 * the source's noise (watermarks, dates, typos) came through.
 *
 * Reads the HTML of the build in E2E_OUTDIR from disk (no browser): only `<main>`, so a page's
 * title in the navigation of every other page never stands in for the page itself. The terms per
 * row live in test/content-map-terms.json; a row whose text changes in the map fails until its
 * entry is looked at again.
 */
import { describe, test } from './support/test.mjs';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileOf, htmlToText, listPages, outDir, pagesUnder, readPage } from './support/built-site.mjs';
import { contentMapPath, readContentMap } from './support/content-map.mjs';

const termsFile = new URL('../content-map-terms.json', import.meta.url);
const { rows: entries } = JSON.parse(readFileSync(termsFile, 'utf8'));
const mapRows = readContentMap();

/** `<h2>`-headed parts of a page: heading text → the HTML after it, up to the next `<h2>`. */
function sectionsOf(html) {
  const sections = new Map();
  for (const chunk of html.split(/(?=<h2\b)/i).slice(1)) {
    const [, heading, rest] = chunk.match(/^<h2\b[^>]*>([\s\S]*?)<\/h2>([\s\S]*)$/i) ?? [];
    if (heading !== undefined) sections.set(htmlToText(heading), rest);
  }
  return sections;
}

const count = (html, pattern) => (html.match(pattern) ?? []).length;

describe('the terms file matches the content map', () => {
  test('every row of the content map has an entry in test/content-map-terms.json', () => {
    const known = new Set(entries.map((e) => e.row));
    const missing = mapRows.filter((r) => !known.has(r.text));
    assert.deepEqual(
      missing.map((r) => `${r.section}: ${r.text}`),
      [],
      `${contentMapPath} 有新的或改过的行：在 test/content-map-terms.json 里为它加一条（row 照抄这一行），写上覆盖它的页面和必须出现的词`,
    );
  });

  test('every entry still matches a row of the content map', () => {
    const rows = new Set(mapRows.map((r) => r.text));
    const stale = entries.filter((e) => !rows.has(e.row)).map((e) => e.key);
    assert.deepEqual(stale, [], '这些条目的 row 在内容地图里已经不存在：按地图的新文字更新 row，并重新核对 terms');
  });

  test('keys are unique and every entry names pages and terms', () => {
    const keys = entries.map((e) => e.key);
    assert.deepEqual(
      keys.filter((k, i) => keys.indexOf(k) !== i),
      [],
      'key 重复了：每条用自己的 key',
    );
    for (const e of entries) {
      assert.ok(e.pages.length > 0 && e.terms.length > 0, `${e.key}：至少写一个页面和一个词`);
    }
  });
});

describe('every row of the content map is on the built site', () => {
  for (const entry of entries) {
    test(`${entry.key} is covered by ${entry.pages.join(', ')}`, () => {
      const unbuilt = entry.pages.filter((p) => !readPage(p));
      assert.deepEqual(unbuilt, [], `${entry.key}：这些页面没有构建出来（在 ${outDir} 里找不到），内容地图的这一行就没人覆盖了`);
      const text = entry.pages.map((p) => readPage(p).text).join('\n');
      const absent = entry.terms.filter((t) => !text.includes(t));
      assert.deepEqual(absent, [], `${entry.key}：这些词在 ${entry.pages.join('、')} 里都找不到`);
    });
  }
});

describe('every playbook lists the stages of the content map, in order', () => {
  for (const entry of entries.filter((e) => e.stages)) {
    test(`${entry.key}: ${entry.stages.join(' → ')}`, () => {
      const playbookPath = entry.pages[0];
      const html = readPage(playbookPath)?.html;
      assert.ok(html, `${playbookPath} 没有构建出来`);
      const list = html.match(/<section aria-labelledby="stages-heading"[\s\S]*?<\/section>/)?.[0] ?? '';
      // The stage map's list: each stage linked, in order (components/DiagramFigure.astro).
      const items = [...list.matchAll(/<a href="([^"]+)"[^>]*data-node-label[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, title]) => ({
        href,
        title: htmlToText(title),
      }));
      assert.deepEqual(
        items.map((it, i) => (it.title.includes(entry.stages[i]) ? entry.stages[i] : it.title)),
        entry.stages,
        `${playbookPath} 的阶段列表和内容地图不一致：缺了、多了或顺序不对`,
      );
      items.forEach((it, i) => {
        const stagePath = it.href.replace(/^\//, '');
        const stage = readPage(stagePath);
        assert.ok(stage, `${it.href} 没有构建出来`);
        assert.match(stage.text, new RegExp(`第 ${i + 1} 步 / 共 ${items.length} 步`), `${it.href} 应标为第 ${i + 1} 步`);
      });
    });
  }
});

describe('objection pages have every part a rep relies on', () => {
  const objections = pagesUnder('objections');
  test('there are objection pages to check', () => assert.ok(objections.length >= 8));

  for (const path of objections) {
    test(path, () => {
      const { html } = readPage(path);
      const sections = sectionsOf(html);
      assert.ok(count(sections.get('客户怎么说') ?? '', /<li\b/g) >= 3, '“客户怎么说”至少三种说法（phrases）');
      const answer = html.match(/data-pagefind-meta="answer">([\s\S]*?)<\/p>/)?.[1] ?? '';
      assert.ok(htmlToText(answer).length >= 10, '缺少“一句话回应”（answer）');

      const required = ['背后可能是什么', '先问清楚', '怎么回应', '带上这些证据', '不要这样说'];
      const headings = [...sections.keys()];
      assert.deepEqual(
        headings.filter((h) => required.includes(h)),
        required,
        `正文要有这五个二级标题，按这个顺序：${required.join('、')}`,
      );
      for (const name of ['背后可能是什么', '先问清楚', '带上这些证据', '不要这样说']) {
        assert.ok(count(sections.get(name), /<li\b/g) >= 2, `“${name}”下至少列两条`);
      }
      const responses = sections
        .get('怎么回应')
        .split(/(?=<h3\b)/i)
        .slice(1);
      assert.ok(responses.length >= 3, `“怎么回应”下至少三种回应（### 小标题），现在 ${responses.length} 种`);
      responses.forEach((r) => {
        const title = htmlToText(r.match(/<h3\b[^>]*>([\s\S]*?)<\/h3>/)[1]);
        assert.match(r, /<figure class="say\b/, `回应“${title}”缺少 <Say> 话术`);
      });
    });
  }
});

describe('stage pages have goal, actions, outputs and 重点总结', () => {
  const stages = pagesUnder('playbooks', 2);
  test('there are stage pages to check', () => assert.ok(stages.length >= 10));

  for (const path of stages) {
    test(path, () => {
      const { html, text } = readPage(path);
      const sections = sectionsOf(html);
      assert.match(text, /第 \d+ 步 \/ 共 \d+ 步/, '缺少“第 N 步 / 共 M 步”');
      assert.ok(htmlToText(sections.get('目标') ?? '').length >= 10, '缺少目标（goal）');
      assert.ok(count(sections.get('行动步骤') ?? '', /<li\b/g) >= 2, '行动步骤（keyActions）至少两条');
      assert.ok(count(sections.get('完成标志') ?? '', /<li\b/g) >= 1, '缺少完成标志（outputs）');
      assert.ok(htmlToText(sections.get('重点总结') ?? '').length >= 20, '缺少重点总结（keyPoints）');
    });
  }
});

describe("none of the source's noise reaches the site", () => {
  // Watermarks, download notices, slide dates, closing slides, names and typos of the source.
  const noise = ['绝提', '掩盖范围', '6万阴', '万一网', '下载温馨提示', '2021/10/10', '2023-11-09', '感谢您的观看', 'THANKS', '周涛', '中大贵金属', '激战白银'];

  /** What a reader or a search engine can see: text plus title, description and labels. */
  const visibleText = (html) => `${htmlToText(html)} ${[...html.matchAll(/\b(?:content|title|alt|aria-label)="([^"]*)"/g)].map((m) => m[1]).join(' ')}`;
  const pages = listPages().map((p) => ({ path: p, text: visibleText(readFileSync(fileOf(p), 'utf8')) }));

  test('the whole site was read', () => assert.ok(pages.length >= 50, `只找到 ${pages.length} 个页面`));

  for (const word of noise) {
    test(`no page says ${word}`, () => {
      const found = pages.filter((p) => p.text.includes(word)).map((p) => p.path);
      assert.deepEqual(found, [], `“${word}”是原材料里的噪声（水印、日期、错字或别家的名字）：从这些页面的 MDX 里删掉`);
    });
  }

  test('no page has the placeholder NAME left in', () => {
    const found = pages.filter((p) => /\bNAME\b/.test(p.text)).map((p) => p.path);
    assert.deepEqual(found, [], '原材料里的“NAME”是乱码或占位符：改写成中文');
  });

  test('Pnblica appears only where a page says the source misspelt Publica', () => {
    const bare = pages.filter((p) =>
      [...p.text.matchAll(/Pnblica/g)].some((m) => !/误|拼错|笔误|错写/.test(p.text.slice(Math.max(0, m.index - 30), m.index + 40))),
    );
    assert.deepEqual(
      bare.map((p) => p.path),
      [],
      '原材料把 Publica 拼成了 Pnblica：写 Publica，或注明原文拼错',
    );
  });
});
