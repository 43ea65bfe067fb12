/**
 * The wording checks: word patterns, the MDX reader (the build's own parser), scripts citing the
 * policies they touch, stances, sayable scripts and gates. And all of it over the real content:
 * no script on the site touches a company-set topic without its policy, no page contradicts a stance.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import genericStopwords from 'stopwords-zh/stopwords-zh.json' with { type: 'json' };
import { compileWordPattern, findPatterns } from '../../src/lib/wording/word-pattern';
import { readBody, readFrontmatter } from '../../src/lib/wording/read-page';
import { checkWording, sayLimits, type WordingData } from '../../src/lib/wording/check-wording';
import { checkGates, type GatedPage } from '../../src/lib/wording/check-gates';
import { checkContent } from '../../src/lib/content-check/check-content';
import { readContent } from '../../scripts/lib/read-content.mjs';

const texts = (text: string, patterns: string[], options?: { skipNegated?: boolean }) => findPatterns(text, patterns, options).map((m) => m.text);

describe('word patterns', () => {
  test('a plain word matches itself, and every occurrence', () => {
    expect(texts('独家，独家', ['独家'])).toEqual(['独家', '独家']);
  });

  test('… finds the variants of a wording within one sentence, not across sentences', () => {
    expect(texts('公司会往他那边倾斜资源', ['往…倾斜'])).toEqual(['往他那边倾斜']);
    expect(texts('往您这边倾斜', ['往…倾斜'])).toEqual(['往您这边倾斜']);
    expect(texts('往前走。倾斜', ['往…倾斜'])).toEqual([]);
    expect(texts(`项目${'很'.repeat(13)}归您`, ['项目…归'])).toEqual([]);
  });

  test('(a|b) matches either, (a|b)? makes it optional', () => {
    expect(texts('划给你，划给您', ['划给(您|你)'])).toEqual(['划给你', '划给您']);
    expect(texts('最低价、最低零售价', ['最低(零售|销售)?价'])).toEqual(['最低价', '最低零售价']);
  });

  test('with skipNegated, a negation before the match or inside a gap turns it into agreement', () => {
    const patterns = ['(管|罚)…乱价', '乱价…(罚|处罚)', '控价'];
    expect(texts('严管乱价', patterns, { skipNegated: true })).toEqual(['管乱价']);
    expect(texts('乱价只劝导、不处罚', patterns, { skipNegated: true })).toEqual([]);
    expect(texts('公司不控价', patterns, { skipNegated: true })).toEqual([]);
    expect(texts('乱价只劝导、不处罚', patterns)).toEqual(['乱价只劝导、不处罚']);
  });

  test('a malformed pattern says how to write it', () => {
    expect(() => compileWordPattern('(您|你')).toThrow('括号没有成对');
    expect(() => compileWordPattern('…独家')).toThrow('… 只能写在两个词中间');
    expect(() => compileWordPattern('您|你')).toThrow('只能用在 (您|你) 这样的括号里');
    expect(() => compileWordPattern('(您||你)')).toThrow('用 | 隔开');
  });
});

describe('readBody', () => {
  const body = [
    '## 怎么回应', // 3
    '', // 4
    '<Say label="对老板">独家怎么给：<Policy id="area-protection" />。**您**先说说</Say>', // 5
    '',
    '## 不要这样说', // 7
    '',
    '- 保本', // 9
    '### 为什么', // 10
    '保本',
    '## 下一步', // 12
    '',
    '<Compliance law="x">',
    '保本',
    '</Compliance>',
    '',
    '<Warning>保本</Warning>',
    '',
    '保本', // 20
  ].join('\n');
  const page = readBody(body, 3);

  test('a <Say> is read with its label and the <Policy> ids in it, its text without them', () => {
    expect(page.scripts).toEqual([{ text: '独家怎么给：。您先说说', label: '对老板', policies: ['area-protection'], line: 5, exempt: false }]);
  });

  test('不要这样说 covers its subsections up to the next heading of its level; Compliance and Warning are exempt', () => {
    const saying = (b: { text: string; exempt: boolean }) => b.text === '保本';
    const lines = page.blocks.filter(saying).map((b) => [b.lineAt(0), b.exempt]);
    expect(lines).toEqual([
      [9, true],
      [11, true],
      [15, true],
      [18, true],
      [20, false],
    ]);
  });

  test('a line inside a block is counted from the file, across soft line breaks', () => {
    const [block] = readBody('第一行\n第二行说保本', 10).blocks;
    expect(block.lineAt(block.text.indexOf('保本'))).toBe(11);
  });

  test('MDX the build cannot read throws, with its position', () => {
    expect(() => readBody('<Say>没有关上\n\n下一段')).toThrow();
  });
});

describe('readBody, element by element', () => {
  const only = (body: string) => readBody(body, 1);
  const blocks = (body: string) => only(body).blocks.map((b) => [b.text, b.lineAt(0), b.exempt]);

  test('a <Say>’s label is found among its other attributes; a label written as an expression is none', () => {
    expect(only('<Say tone="warm" label="对老板">甲</Say>').scripts[0]!.label).toBe('对老板');
    expect(only('<Say label={x}>甲</Say>').scripts[0]!.label).toBeUndefined();
  });

  test('a <Policy> without an id cites nothing; another inline element keeps its words and cites nothing', () => {
    expect(only('<Say>先说<Policy />再说<Policy id="fees" /></Say>').scripts[0]).toMatchObject({ text: '先说再说', policies: ['fees'] });
    expect(only('<Say>先说<Term id="rebate">返利</Term>再说</Say>').scripts[0]).toMatchObject({ text: '先说返利再说', policies: [] });
  });

  test('the words written inside a <Policy> are the company’s, not the script’s', () => {
    expect(only('<Say>先说<Policy id="fees">公司的原话</Policy>再说</Say>').scripts[0]).toMatchObject({ text: '先说再说', policies: ['fees'] });
  });

  test('a script over several paragraphs puts each word on its own paragraph’s line', () => {
    const [block] = readBody('<Say>\n先说甲\n\n再说乙\n</Say>', 10).blocks;
    expect(block!.text).toBe('先说甲再说乙');
    expect([...block!.text].map((_, i) => block!.lineAt(i))).toEqual([11, 11, 11, 13, 13, 13]);
  });

  test('an image in a paragraph adds no words', () => {
    expect(blocks('先看图![示意图](/x.png)再说')).toEqual([['先看图再说', 1, false]]);
  });

  test('prose is read without its marks, inline code included', () => {
    expect(blocks('先说**保本**再说`代码`，还有 ~~删~~ 和 [链接](/x) 和 *斜*')).toEqual([['先说保本再说代码，还有 删 和 链接 和 斜', 1, false]]);
  });

  test('a line inside a block is counted across marks, soft breaks and hard breaks', () => {
    const [block] = readBody('甲**乙**\n丙**丁**  \n戊\\\n己', 10).blocks;
    expect(block!.text).toBe('甲乙\n丙丁\n戊\n己');
    expect([...block!.text].map((_, i) => block!.lineAt(i))).toEqual([10, 10, 10, 11, 11, 11, 12, 12, 13]);
    expect(block!.lineAt(block!.text.length)).toBe(13);
  });

  test('headings, table cells, list items and quotes are blocks of their own, on their lines', () => {
    expect(blocks('## 标题里的保本\n\n| 列 |\n| --- |\n| 保本 |')).toEqual([
      ['标题里的保本', 1, false],
      ['列', 3, false],
      ['保本', 5, false],
    ]);
    expect(blocks('- 甲\n- 乙\n\n> 丙')).toEqual([
      ['甲', 1, false],
      ['乙', 2, false],
      ['丙', 4, false],
    ]);
  });

  test('an element written on one line holds its text directly, whatever mark it starts with', () => {
    const marked = ['**保本**', '*保本*', '~~保本~~', '[保本](/x)', '`保本`', '<See to="x">保本</See>', '保本'];
    expect(blocks(marked.map((m) => `<Tip>${m}</Tip>`).join('\n\n'))).toEqual(marked.map((_, i) => ['保本', 2 * i + 1, false]));
  });

  test('a <Say> inside <Compliance> is still a script, and exempt', () => {
    expect(only('<Compliance>\n<Say>保本</Say>\n</Compliance>').scripts).toEqual([{ text: '保本', policies: [], line: 2, exempt: true }]);
  });

  test('a 不要这样说 heading with marks inside it still opens the section', () => {
    expect(blocks('## 不要**这样**说\n\n保本')).toEqual([
      ['不要这样说', 1, true],
      ['保本', 3, true],
    ]);
  });
});

describe('readFrontmatter', () => {
  test('every string but the customer’s words, with its field path and line', () => {
    const data = { title: '价格', phrases: ['太贵了'], asks: ['怎么办呢怎么办'], items: [{ text: '带样品' }] };
    const lines: Record<string, number> = { title: 2, items: 5, 'items.0.text': 6 };
    const blocks = readFrontmatter(data, (p) => lines[p.join('.')]);
    expect(blocks.map((b) => [b.field, b.text, b.lineAt(0)])).toEqual([
      ['title', '价格', 2],
      ['items.0.text', '带样品', 6],
    ]);
  });

  test('a string with no line of its own is put on its top field’s line, or on line 1', () => {
    const blocks = readFrontmatter({ items: [{ text: '带样品' }], note: '备注' }, (p) => (p.join('.') === 'items' ? 5 : undefined));
    expect(blocks.map((b) => [b.field, b.lineAt(0), b.exempt])).toEqual([
      ['items.0.text', 5, false],
      ['note', 1, false],
    ]);
  });

  test('empty fields are passed over; the customer’s words are left out only at the top', () => {
    const data = { owner: null, phrases: ['太贵了'], items: [{ asks: '这一项要问的话', done: true }] };
    expect(readFrontmatter(data, () => 3).map((b) => [b.field, b.text])).toEqual([['items.0.asks', '这一项要问的话']]);
  });
});

const data: WordingData = {
  risky: [{ id: 'returns', law: '测试法', words: ['保本'], instead: '先讲风险。' }],
  policies: [
    { id: 'area-protection', title: '区域保护与独家', claims: ['保证独家'], touches: ['独家', '(您|你)的区域'] },
    { id: 'returns', title: '退换货', claims: [], touches: ['退货'] },
  ],
  stances: [{ id: 'resale-price', topic: '乱价', stance: '经销商自己定价。', law: '反垄断法', contradicts: ['(管|严控)…乱价'] }],
};
const wording = (body: string, dataScripts = []) => checkWording(readBody(body), dataScripts, data);
const messages = (body: string) => wording(body).map((f) => `${f.line} ${f.level} ${f.message}`);
const starts = (...texts: string[]) => texts.map((t) => expect.stringMatching(new RegExp(`^${t}`)));

describe('checkWording', () => {
  test('a script that touches a topic without its policy fails, naming the words and the policy to cite', () => {
    const [finding] = wording('<Say>独家可以谈，先写成您的区域。</Say>');
    expect(finding.level).toBe('error');
    expect(finding.message).toContain('“独家”“您的区域”');
    expect(finding.message).toContain('<Policy id="area-protection" />');
  });

  test('citing the policy inside the script passes; citing another one does not', () => {
    expect(wording('<Say>独家怎么给：<Policy id="area-protection" />。</Say>')).toEqual([]);
    expect(wording('<Say>退货：<Policy id="area-protection" />。</Say>')[0].message).toContain('<Policy id="returns" />');
  });

  test('prose that mentions a topic is the rep’s briefing, not a script, and needs no policy', () => {
    expect(wording('讲清独家的条件。')).toEqual([]);
  });

  test('「按公司规定」 with no policy fails; with one it passes', () => {
    expect(messages('<Say>这个按公司规定办。</Say>')).toEqual(starts('1 error “按公司规定”没有说是哪一条'));
    expect(wording('<Say>这个按公司规定办：<Policy id="returns" />。</Say>')).toEqual([]);
  });

  test('a stance is contradicted anywhere but the exempt blocks; its negation agrees', () => {
    expect(messages('我们严控乱价。\n\n## 不要这样说\n\n- 严控乱价')).toEqual(starts('1 error “严控乱价”和全站对「乱价」的说法相反'));
    expect(wording('我们不管乱价。')).toEqual([]);
  });

  test('a claim and risky wording fail outside the exempt blocks, inside a script too', () => {
    expect(messages('<Say>放心，保本，保证独家：<Policy id="area-protection" />。</Say>')).toEqual(
      starts('1 error “保本”不能对客户这样说（《测试法》）：先讲风险', '1 error “保证独家”是在替公司许诺「区域保护与独家」'),
    );
  });

  test('a stage direction inside the quote fails: it belongs in the label', () => {
    expect(wording('<Say>老板说“太贵”时，你可以说：贵有贵的道理。</Say>')[0].message).toContain('写进 label');
  });

  test(`a script over ${sayLimits.sentences} sentences or ${sayLimits.characters} characters is a reminder, not an error`, () => {
    const long = '这是一句话。'.repeat(4);
    expect(messages(`<Say>${long}</Say>`)).toEqual(starts('1 warning 这段话术有 4 句、20 个字，一口气说不完'));
    expect(wording(`<Say>${'字'.repeat(sayLimits.characters)}。</Say>`)).toEqual([]);
    expect(wording(`<Say>${'字'.repeat(sayLimits.characters + 1)}。</Say>`)[0].level).toBe('warning');
    expect(wording('<Say>一。二。三。</Say>')).toEqual([]);
  });

  test('a script in a 不要这样说 section is an example of what not to say', () => {
    expect(wording('## 不要这样说\n\n<Say>独家没问题。老板说太贵时，你可以说：好。</Say>')).toEqual([]);
  });

  test('a script held in frontmatter cites its policies through the entry’s policies list', () => {
    const answer = { text: '退货写进合同。', policies: [] as string[], field: 'answer', line: 4, exempt: false };
    const [finding] = checkWording({ blocks: [], scripts: [] }, [answer], data);
    expect([finding.line, finding.field]).toEqual([4, 'answer']);
    expect(finding.message).toContain('在 frontmatter 的 policies 里加上 returns');
    expect(checkWording({ blocks: [], scripts: [] }, [{ ...answer, policies: ['returns'] }], data)).toEqual([]);
  });
});

describe('checkGates', () => {
  const gate = { id: 'financial-licence', title: '先查牌照', stage: 'partner/licence', signals: ['开户'] };
  const blocks = (text: string) => readBody(text).blocks;
  const pageOf = (over: Partial<GatedPage>): GatedPage => ({ collection: 'guides', id: 'a', blocks: [], ...over });
  const pages = [
    pageOf({ collection: 'stages', id: 'partner/licence', playbook: 'partner', order: 1 }),
    pageOf({ collection: 'stages', id: 'partner/meeting', playbook: 'partner', order: 2, gate: 'financial-licence' }),
  ];
  const run = (...more: GatedPage[]) => checkGates([...pages, ...more], [gate]).map((f) => `${f.page} ${f.field} ${f.line ?? '-'}`);

  test('a gated playbook with its gate first and every page gated passes', () => {
    expect(run()).toEqual([]);
  });

  test('a stage of the gated playbook without the gate fails, whatever its text', () => {
    expect(run(pageOf({ collection: 'stages', id: 'partner/close', playbook: 'partner', order: 3 }))).toEqual(['2 gate -']);
  });

  test('any page whose text carries a signal needs the gate; in 不要这样说 it does not', () => {
    expect(run(pageOf({ blocks: blocks('先正文。\n\n带他去开户。') }))).toEqual(['2 gate 3']);
    expect(run(pageOf({ blocks: blocks('## 不要这样说\n\n- 带他去开户') }))).toEqual([]);
  });

  test('the gate must be stage 1 of its playbook', () => {
    const moved = checkGates([{ ...pages[0], order: 2 }, pages[1]], [gate]);
    expect(moved.map((f) => `${f.page} ${f.field}`)).toEqual(['0 order']);
  });
});

test('the real content: no script touches a company-set topic without its policy, no page contradicts a stance or skips a gate', () => {
  const files = readContent(path.resolve('content'));
  const errors = checkContent(files, { today: new Date(), genericStopwords }).filter((p) => p.level === 'error');
  expect(errors.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
});

test('every policy topic word belongs to one policy only', () => {
  const policies = parse(readFileSync(path.resolve('content/policies/company.yaml'), 'utf8')) as Array<{ id: string; touches?: string[] }>;
  const owners = new Map<string, string[]>();
  for (const p of policies) for (const word of p.touches ?? []) owners.set(word, [...(owners.get(word) ?? []), p.id]);
  expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
});
