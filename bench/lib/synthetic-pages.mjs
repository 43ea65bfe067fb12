/**
 * Synthetic objections and guides for the scale benchmark, written from the site's own Chinese
 * prose (sentences, customer phrases and answers re-sampled from content/), so Pagefind indexes
 * realistic text and the page templates render headings, lists, quotes and <See> links as usual.
 * A seeded generator: the same N gives the same pages, so runs compare.
 */
import { objectionCategories } from '../../src/lib/vocabulary-of-content.ts';
import { parseSource } from '../../src/lib/content-check/parse-source.ts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences, phrases, answers and link targets harvested from the real content. */
async function harvest(contentDir) {
  const sentences = [];
  const phrases = [];
  const answers = [];
  const targets = [];
  for (const collection of ['objections', 'guides']) {
    for (const file of await readdir(path.join(contentDir, collection))) {
      if (!file.endsWith('.mdx')) continue;
      targets.push(`${collection}/${file.replace(/\.mdx$/, '')}`);
      const text = await readFile(path.join(contentDir, collection, file), 'utf8');
      // Read as the content check reads a page: the YAML through its parser, whatever its style.
      const { data, body } = parseSource(text, 'mdx');
      phrases.push(...(Array.isArray(data?.phrases) ? data.phrases : []));
      if (typeof data?.answer === 'string') answers.push(data.answer);
      for (const line of body.split('\n')) {
        if (!/^[\p{Script=Han}“]/u.test(line)) continue;
        const plain = line.replace(/<[^>]+>/g, '').replace(/[*`]/g, '');
        sentences.push(...(plain.match(/[^。！？]+[。！？]/gu) ?? []).filter((s) => s.length >= 12));
      }
    }
  }
  return { sentences, phrases, answers, targets };
}

const topics = ['返利', '账期', '铺货', '窜货', '进店费', '样品', '培训', '售后', '库存', '价格体系', '区域保护', '促销', '回款', '陈列', '新品', '物流'];
const categories = objectionCategories;
const headings = ['背后可能是什么', '先问清楚', '怎么回应', '带上这些证据', '不要这样说', '常见做法', '要点', '案例'];

/** Writes `count` pages into contentDir (half objections, half guides); returns their paths. */
export async function writeSyntheticPages(contentDir, count, seed = count) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const { sentences, phrases, answers, targets } = await harvest(contentDir);
  const paragraph = (n) => Array.from({ length: n }, () => pick(sentences)).join('');
  const written = [];
  for (let i = 0; i < count; i += 1) {
    const isObjection = i % 2 === 0;
    const topic = pick(topics);
    const title = `${topic}${isObjection ? '异议' : '实务'}样例第 ${i + 1} 篇`;
    const sections = headings
      .slice(0, 3 + Math.floor(random() * 4))
      .map((h) => `## ${h}\n\n${paragraph(3)}\n\n- ${pick(sentences)}\n- ${pick(sentences)}\n\n${paragraph(2)}`);
    const front = [
      `title: ${title}`,
      `summary: ${JSON.stringify(pick(sentences))}`,
      `aliases: [${topic}]`,
      'reviewed: 2026-11-20',
      ...(isObjection
        ? [
            `category: ${pick(categories)}`,
            'phrases:',
            `  - ${JSON.stringify(pick(phrases))}`,
            `  - ${JSON.stringify(pick(phrases))}`,
            `answer: ${JSON.stringify(pick(answers))}`,
          ]
        : []),
    ];
    const body = `${paragraph(2)}相关内容见 <See to="${pick(targets)}" />。\n\n${sections.join('\n\n')}\n`;
    const file = path.join(contentDir, isObjection ? 'objections' : 'guides', `synthetic-${String(i + 1).padStart(5, '0')}.mdx`);
    await writeFile(file, `---\n${front.join('\n')}\n---\n\n${body}`);
    written.push(file);
  }
  return written;
}
