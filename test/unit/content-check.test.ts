import { describe, expect, test } from 'vitest';
import { checkContent, mdxErrorAt, type ContentFile } from '../../src/lib/content-check/check-content';
import { parseSource } from '../../src/lib/content-check/parse-source';

const today = new Date('2026-12-01');
const check = (files: ContentFile[]) => checkContent(files, { today, genericStopwords: ['的'] });
const page = (collection: ContentFile['collection'], id: string, frontmatter: string, body = '正文。'): ContentFile => ({
  collection,
  id,
  file: `content/${collection}/${id}.mdx`,
  text: `---\n${frontmatter.trim()}\n---\n\n${body}\n`,
});
/** Wording the compliance list forbids (稳赚), for the tests that need a risky word. */
const risky: ContentFile = {
  collection: 'riskyWording',
  file: 'content/compliance/risky-wording.yaml',
  text: '- id: returns\n  law: 金融产品营销与适当性管理规定\n  words: [稳赚]\n  instead: 不承诺收益，先讲风险。\n',
};
const brief = (p: ReturnType<typeof check>[number]) => `${p.file}:${p.line ?? '-'} ${p.field ?? ''} ${p.level}`;

const stage = page(
  'stages',
  'dealer/pre-visit',
  `title: 拜访前
summary: 去之前把对方摸清楚，带齐资料。
playbook: dealer
order: 1
goal: 摸清对方
keyActions: [查资料]
outputs: [客户档案]
keyPoints: 先了解再出发，资料要带齐全。
reviewed: 2026-11-20`,
);
const playbook = page('playbooks', 'dealer', 'title: 经销商开发\nsummary: 从找到经销商到签约的全过程。\naudience: [销售代表]\nreviewed: 2026-11-20');

describe('parseSource', () => {
  test('maps a field path to the line of its key or list item, counting the opening ---', () => {
    const source = parseSource('---\ntitle: 甲\nitems:\n  - id: a\n  - id: b\n    text: 乙\n---\nbody\n', 'mdx');
    expect(source.lineOf(['title'])).toBe(2);
    expect(source.lineOf(['items', 1, 'text'])).toBe(6);
    expect(source.lineOf(['items', 1, 'nothing'])).toBe(5);
    expect(source.lineOf(['missing'])).toBeUndefined();
    expect(source.bodyLine).toBe(8);
  });

  test('points a YAML error at the line that opened the unclosed bracket or quote', () => {
    const bracket = parseSource('---\ntitle: 甲\naliases: [贵， 太贵\nsummary: 乙\n---\n', 'mdx');
    expect(bracket.data).toBeUndefined();
    expect(bracket.syntax).toEqual([{ line: 3, message: expect.stringContaining('frontmatter（两条 --- 之间）格式有误') }]);
    expect(parseSource('title: "甲\nsummary: 乙\n', 'yaml').syntax[0]?.line).toBe(1);
  });

  test('a page without frontmatter, or with no closing ---, says how to start one', () => {
    expect(parseSource('# 标题\n', 'mdx').syntax[0]?.message).toMatch(/第一行写 ---/);
    expect(parseSource('---\ntitle: 甲\n\n正文\n', 'mdx').syntax[0]?.message).toMatch(/第一行写 ---/);
  });

  test('Windows line endings read the same, body and lines included', () => {
    const source = parseSource('---\r\ntitle: 甲\r\nsummary: 乙\r\n---\r\n正文\r\n', 'mdx');
    expect(source.syntax).toEqual([]);
    expect(source.data).toEqual({ title: '甲', summary: '乙' });
    expect(source.lineOf(['summary'])).toBe(3);
    expect(source.body).toBe('正文\n');
  });

  test('a data file’s YAML error names YAML, and the slip in words', () => {
    const [error] = parseSource('- id: a\n  words: [甲, 乙\n- id: b\n', 'yaml').syntax;
    expect(error?.line).toBe(2);
    expect(error?.message).toMatch(/^这个 YAML 文件的格式有误：这一行的 \[ 没有对应的 \]/);
  });

  test('a slip of no known shape keeps the parser’s first line, after the advice', () => {
    expect(parseSource('title: "a\\qb"\n', 'yaml').syntax).toEqual([
      { line: 1, message: expect.stringMatching(/^这个 YAML 文件的格式有误：YAML 报告“[^\n”]+”。常见原因/) },
    ]);
  });
});

describe('checkContent', () => {
  test('the fixtures of a healthy site have no problems', () => {
    expect(check([playbook, stage])).toEqual([]);
  });

  test('reports every problem of a file in one run, each with file, line and field', () => {
    const objection = page(
      'objections',
      'price',
      `title: 价格异议
summary: 客户嫌贵的时候怎么回应。
category: 价钱
phrases: [太贵了, 便宜点]
answer: 先把利润算清楚再谈价格。
stages: [dealer/pre-visit, dealer/no-such]
reviewed: 2026-11-20`,
      '## 回应\n\n（请改写）先问清楚。\n\n另见 <See to="guides/none" />。',
    );
    const problems = check([playbook, stage, objection]);
    expect(problems.map(brief)).toEqual([
      'content/objections/price.mdx:4 category error',
      'content/objections/price.mdx:7 stages[1] error',
      'content/objections/price.mdx:13  error',
      'content/objections/price.mdx:15 <See to="guides/none"> error',
    ]);
    expect(problems[0]!.message).toMatch(/^`category` 只能是：需求、财力/);
    expect(problems[1]!.message).toMatch(/不存在的 stages 条目 `dealer\/no-such`/);
    // Placeholders fail the check but not the build: the build still runs, and so does the link check.
    expect(problems.map((p) => p.breaksBuild)).toEqual([true, true, false, true]);
  });

  test('says which required field is missing, in editors’ words', () => {
    const [problem] = check([page('guides', 'g', 'title: 指南\nreviewed: 2026-11-20')]);
    expect(problem).toMatchObject({ file: 'content/guides/g.mdx', field: 'summary', line: undefined });
    expect(problem!.message).toMatch(/^缺少必填字段 `summary`：加一行 `summary: …`/);
  });

  test('a page with broken frontmatter is reported once, not again by every page citing it', () => {
    const broken = page('guides', 'broken', 'title: 坏了\naliases: [甲， 乙\nsummary: 这一页的 frontmatter 坏了。');
    const citing = page('guides', 'citing', 'title: 引用\nsummary: 引用了一页坏掉的指南。\nreviewed: 2026-11-20', '<See to="guides/broken" />');
    expect(check([broken, citing]).map(brief)).toEqual(['content/guides/broken.mdx:3  error']);
  });

  test('a draft is not published, so a reference to it is reported', () => {
    const draft = page('guides', 'draft', 'title: 草稿\nsummary: 还没写完的一页指南。\nreviewed: 2026-11-20\ndraft: true');
    const citing = page('guides', 'citing', 'title: 引用\nsummary: 引用了一页草稿指南。\nreviewed: 2026-11-20', '<See to="guides/draft" />');
    expect(check([draft, citing]).map(brief)).toEqual(['content/guides/citing.mdx:7 <See to="guides/draft"> error']);
  });

  test('YAML lists: a repeated id and a broken item, each on its own line', () => {
    const policies: ContentFile = {
      collection: 'policies',
      file: 'content/policies/company.yaml',
      text: '- id: deposit\n  title: 保证金\n  covers: 收不收、收多少\n  value: 按合同约定\n  reviewed: 2026-11-20\n- id: deposit\n  title: 又一条\n  covers: 写重了的一条\n  value: 按合同约定\n  reviewed: 2026-11-20\n- id: fees\n  title: 费\n  covers: 费用怎么分担\n  reviewed: 2026-11-20\n',
    };
    expect(check([policies]).map((p) => `${p.line} ${p.field} ${p.level} ${p.message.slice(0, 12)}`)).toEqual([
      '6 1.id error id `deposit`',
      '12 title error 标题至少两个字',
    ]);
  });

  test('risky wording fails the check but not the build, with what to say instead', () => {
    const pitch = page('guides', 'pitch', 'title: 话术\nsummary: 一页写了不能说的话的指南。\nreviewed: 2026-11-20', '这个项目稳赚。');
    expect(check([risky, pitch])).toEqual([
      {
        file: 'content/guides/pitch.mdx',
        line: 7,
        message: '“稳赚”不能对客户这样说（《金融产品营销与适当性管理规定》）：不承诺收益，先讲风险。只在“不要这样说”小节或 <Compliance> 里提到它。',
        level: 'error',
        breaksBuild: false,
      },
    ]);
  });

  test('a YAML list file that is not a list says how to write one', () => {
    const policies: ContentFile = { collection: 'policies', file: 'content/policies/company.yaml', text: 'id: deposit\ntitle: 保证金\n' };
    expect(check([policies])).toEqual([
      { file: 'content/policies/company.yaml', line: 1, message: '这个文件要写成一个列表：每一条以“- id: …”开头', level: 'error', breaksBuild: true },
    ]);
  });

  test('a synonym that is also a stopword points at its group', () => {
    const synonyms: ContentFile = {
      collection: 'synonyms',
      file: 'content/search/synonyms.yaml',
      text: '- id: rebate\n  terms: [返利, 返点]\n  note: 同一件事的两种说法\n- id: of\n  terms: [的, 之]\n  note: 故意写错的一组\n',
    };
    expect(check([synonyms]).map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      '4 of 同义词组 of 的“的”也是停用词：从 stopwords.yaml 去掉，或在 keep 里保留',
    ]);
  });

  test('a stale review and an unfilled policy quoted by a page are warnings that name who and where', () => {
    const old = page('guides', 'old', 'title: 旧指南\nsummary: 很久没有审核的一页指南。\nreviewed: 2025-01-15', '<Policy id="fees" />');
    const policies: ContentFile = {
      collection: 'policies',
      file: 'content/policies/company.yaml',
      text: '- id: fees\n  title: 费用分担\n  covers: 费用怎么分担\n  reviewed: 2026-11-20\n',
    };
    const problems = check([old, policies]);
    expect(problems.every((p) => p.level === 'warning' && !p.breaksBuild)).toBe(true);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'content/guides/old.mdx:4 上次审核是 2025-01-15，已超过 6 个月：请渠道管理部核对内容，改好后把 reviewed 改成今天的日期',
      'content/policies/company.yaml:1 公司还没填写「费用分担」：话术里显示成虚线框「费用分担」，政策页显示“以公司政策为准：尚未填写”。引用它的页面：content/guides/old.mdx',
    ]);
  });
});

describe('reminders and editorial problems a build would let through', () => {
  test('a stopword search never cuts out whole is a reminder on its line, naming the cut', () => {
    const stopwords: ContentFile = {
      collection: 'stopwords',
      file: 'content/search/stopwords.yaml',
      text: '- id: fillers\n  drop: [其实, 一转眼]\n  why: 客户原话里常有的口头禅，不说明在找什么\n',
    };
    expect(check([stopwords]).map((p) => `${p.line} ${p.field} ${p.level} ${p.message}`)).toEqual([
      '2 fillers.drop warning 停用词“一转眼”不会生效：搜索把它切成“一/转眼”，逐个判断。要丢的是其中哪个词，就写那个词',
    ]);
  });

  test('a body that is not valid MDX breaks the build, on its line, saying what to close', () => {
    const broken = page('guides', 'broken', 'title: 坏正文\nsummary: 正文里有一个没有关闭的标签。\nreviewed: 2026-11-20', '第一段。\n\n<Say>没有关闭');
    const [problem] = check([broken]);
    expect(problem).toMatchObject({ file: 'content/guides/broken.mdx', level: 'error', breaksBuild: true });
    // ---, three fields, ---, a blank line, 第一段。, a blank line: the open <Say> is on line 9.
    expect(problem.line).toBe(9);
    expect(problem.message).toMatch(/^正文的 MDX 写法有误：.*标签没有关闭/);
  });

  test('the MDX parser’s place is read from its message, and places counted from the body are left out', () => {
    expect(
      mdxErrorAt('3:7: Unexpected closing tag `</Said>`, expected corresponding closing tag for `<Say>` (3:1) (mdx-jsx:unexpected-character)\nmore'),
    ).toEqual({
      line: 3,
      reason: 'Unexpected closing tag `</Said>`, expected corresponding closing tag for `<Say>`',
    });
    expect(mdxErrorAt('Something else went wrong')).toEqual({ reason: 'Something else went wrong' });
  });

  test('text left from the template fails the check on its line, but not the build', () => {
    const draft = page(
      'guides',
      'draft',
      'title: 新指南\nsummary: 一页还没写完的指南，留着模板的字。\nreviewed: 2026-11-20',
      '第一段。\n\n这里写要点（请改写）',
    );
    expect(check([draft]).map((p) => `${p.line} ${p.level} ${p.breaksBuild} ${p.message}`)).toEqual([
      '9 error false 还留着模板的占位文字“（请改写）”：换成真实内容（标着“可删除”的可以整行删掉）',
    ]);
  });

  test('a page waiting for the lawyer is a reminder naming who should send it, its owner or the default', () => {
    const pending = page('guides', 'pending', 'title: 待审指南\nsummary: 一页还在等法务确认的指南。\nlegalReview: pending\nreviewed: 2026-11-20');
    const owned = page('guides', 'owned', 'title: 有主指南\nsummary: 一页写明了负责人的指南。\nlegalReview: pending\nowner: 培训部\nreviewed: 2026-11-20');
    expect(check([pending, owned]).map((p) => `${p.file}:${p.line} ${p.field} ${p.level} ${p.message}`)).toEqual([
      'content/guides/owned.mdx:4 legalReview warning 这页还在等法务确认（页面顶部显示“待法务确认后使用”）：请培训部交法务审阅，确认后删掉 legalReview 这一行',
      'content/guides/pending.mdx:4 legalReview warning 这页还在等法务确认（页面顶部显示“待法务确认后使用”）：请渠道管理部交法务审阅，确认后删掉 legalReview 这一行',
    ]);
  });
});

describe('lines and messages an editor acts on', () => {
  test('a broken reference in a block list points at its item’s line', () => {
    const objection = page(
      'objections',
      'price',
      'title: 价格异议\nsummary: 客户嫌贵的时候怎么回应。\ncategory: 价格\nphrases: [太贵了, 便宜点]\nanswer: 先把利润算清楚再谈价格。\nstages:\n  - dealer/pre-visit\n  - dealer/no-such\nreviewed: 2026-11-20',
    );
    expect(check([playbook, stage, objection]).map((p) => `${p.line} ${p.field}`)).toEqual(['9 stages[1]']);
  });

  test('a field nested in a list item that fails its schema is named by its whole path, on its line', () => {
    const checklist = page(
      'checklists',
      'kit',
      'title: 拜访清单\nsummary: 拜访前要带齐的东西。\nitems:\n  - id: card\n    text: 名片\n  - id: deck\n    text: 册\nreviewed: 2026-11-20',
    );
    expect(check([checklist]).map((p) => `${p.line} ${p.field} ${p.level}`)).toEqual(['8 items.1.text error']);
  });

  test('a repeated id names both entries by their place in the list, on the repeated id’s line', () => {
    const policies: ContentFile = {
      collection: 'policies',
      file: 'content/policies/company.yaml',
      text: '- title: 保证金\n  id: deposit\n  covers: 收不收、收多少\n  value: 按合同约定\n  reviewed: 2026-11-20\n- title: 费用分担\n  id: fees\n  covers: 费用怎么分担\n  value: 按合同约定\n  reviewed: 2026-11-20\n- title: 又一条保证金\n  id: deposit\n  covers: 写重了的一条\n  value: 按合同约定\n  reviewed: 2026-11-20\n',
    };
    expect(check([policies])).toEqual([
      {
        file: 'content/policies/company.yaml',
        line: 12,
        field: '2.id',
        message: 'id `deposit` 重复（第 1 条和第 3 条）：每一条要有自己的 id',
        level: 'error',
        breaksBuild: true,
      },
    ]);
  });

  test('entries missing their id are each told so, not that they repeat one', () => {
    const policies: ContentFile = {
      collection: 'policies',
      file: 'content/policies/company.yaml',
      text: '- title: 保证金\n  covers: 收不收、收多少\n  value: 按合同约定\n  reviewed: 2026-11-20\n- title: 费用分担\n  covers: 费用怎么分担\n  value: 按合同约定\n  reviewed: 2026-11-20\n',
    };
    expect(check([policies]).map((p) => `${p.line} ${p.field}`)).toEqual(['1 id', '5 id']);
  });

  test('a body that is not valid MDX is reported with the parser’s reason, its first line only', () => {
    const broken = page('guides', 'broken', 'title: 坏正文\nsummary: 正文里有一个写错的结束标签。\nreviewed: 2026-11-20', '第一段。\n\n<Say>甲</Said>');
    const [problem] = check([broken]);
    expect(problem!.message).toMatch(
      /^正文的 MDX 写法有误：[^\n]*Unexpected closing tag `<\/Said>`[^\n]*。常见原因：标签没有关闭（<Say> 要有 <\/Say>）、\{ \} 没有成对$/,
    );
  });

  test('text left from the template is found on its line in a file with Windows line endings', () => {
    const draft = page(
      'guides',
      'draft',
      'title: 新指南\nsummary: 一页还没写完的指南，留着模板的字。\nreviewed: 2026-11-20',
      '第一段。\n\n这里写要点（请改写）',
    );
    expect(check([{ ...draft, text: draft.text.replace(/\n/g, '\r\n') }]).map((p) => `${p.line} ${p.level}`)).toEqual(['9 error']);
  });

  test('a stale review names the page’s own owner when it has one', () => {
    const old = page('guides', 'old', 'title: 旧指南\nsummary: 很久没有审核的一页指南。\nowner: 培训部\nreviewed: 2025-01-15');
    expect(check([old]).map((p) => `${p.line} ${p.message}`)).toEqual([
      '5 上次审核是 2025-01-15，已超过 6 个月：请培训部核对内容，改好后把 reviewed 改成今天的日期',
    ]);
  });

  test('a script too long to say in one breath is a reminder, not an error', () => {
    const long = '您先别急着比单价。我们算的是一年到手的钱。返点、物流、账期都算进去。您看这一年下来是不是多出不少。';
    const guide = page('guides', 'long', 'title: 长话术\nsummary: 一页话术写得太长的指南。\nreviewed: 2026-11-20', `<Say label="老板嫌贵时">${long}</Say>`);
    expect(check([guide]).map((p) => `${p.line} ${p.level} ${p.breaksBuild} ${p.message.slice(0, 9)}`)).toEqual(['7 warning false 这段话术有 4 句']);
  });
});

describe('an objection’s answer is a script said aloud', () => {
  const policies: ContentFile = {
    collection: 'policies',
    file: 'content/policies/company.yaml',
    text: '- id: rebate\n  title: 返利档位\n  covers: 返利按什么任务分几档\n  reviewed: 2026-11-20\n  touches: [返利, 返点]\n',
  };
  const objection = (answer: string, more = '') =>
    page(
      'objections',
      'price',
      `title: 价格异议\nsummary: 客户嫌贵的时候怎么回应。\ncategory: 价格\nphrases: [太贵了, 便宜点]\n${more}answer: ${answer}\nreviewed: 2026-11-20`,
    );

  test('an answer touching a company-set topic without citing the policy fails on the answer’s line', () => {
    expect(check([policies, objection('返点比别家高，一年算下来不吃亏。')]).filter((p) => p.level === 'error')).toEqual([
      {
        file: 'content/objections/price.mdx',
        line: 6,
        field: 'answer',
        message: '这段话术说到“返点”，碰到了只有公司能定的「返利档位」：在 frontmatter 的 policies 里加上 rebate，别用自己的话许诺。',
        level: 'error',
        breaksBuild: false,
      },
    ]);
  });

  test('an answer citing the policy passes, and the unfilled policy names the objection as quoting it', () => {
    const problems = check([policies, objection('返点比别家高，一年算下来不吃亏。', 'policies: [rebate]\n')]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.level} ${p.message}`)).toEqual([
      'content/policies/company.yaml:1 warning 公司还没填写「返利档位」：话术里显示成虚线框「返利档位」，政策页显示“以公司政策为准：尚未填写”。引用它的页面：content/objections/price.mdx',
    ]);
  });

  test('an answer deferring to 按公司规定 with no policy listed fails; with one listed it passes', () => {
    const defers = '按公司规定，返利年底一起结。';
    expect(check([objection('按公司规定来，您放心。')]).map((p) => `${p.line} ${p.field} ${p.level} ${p.message.split('：')[0]}`)).toEqual([
      '6 answer error “按公司规定”没有说是哪一条',
    ]);
    expect(check([policies, objection(defers, 'policies: [rebate]\n')]).filter((p) => p.level === 'error')).toEqual([]);
  });

  test('an answer too long to say in one breath is a reminder on the answer’s line', () => {
    const long = '您先别急着比单价。我们算的是一年到手的钱。物流、账期都算进去。您看这一年下来是不是多出不少。';
    expect(check([objection(long)]).map((p) => `${p.line} ${p.field} ${p.level}`)).toEqual(['6 answer warning']);
  });
});

describe('unfilled policies', () => {
  test('one no page quotes says so; one quoted by two pages lists both', () => {
    const policies: ContentFile = {
      collection: 'policies',
      file: 'content/policies/company.yaml',
      text: '- id: fees\n  title: 费用分担\n  covers: 费用怎么分担\n  reviewed: 2026-11-20\n- id: deposit\n  title: 保证金\n  covers: 收不收、收多少\n  reviewed: 2026-11-20\n',
    };
    const quoting = (id: string) =>
      page('guides', id, `title: 指南${id}\nsummary: 一页引用了费用分担政策的指南。\nreviewed: 2026-11-20`, '<Policy id="fees" />');
    expect(check([policies, quoting('a'), quoting('b')]).map((p) => p.message.replace(/^.*尚未填写”/, ''))).toEqual([
      '。引用它的页面：content/guides/a.mdx、content/guides/b.mdx',
      '（还没有页面引用它）',
    ]);
  });
});

describe('gates', () => {
  const gates: ContentFile = {
    collection: 'gates',
    file: 'content/compliance/gates.yaml',
    text: '- id: licence\n  title: 先查牌照\n  stage: partner/licence\n  law: 防范和处置非法集资条例\n  notice: 招募金融类渠道商之前，先确认平台和产品持有相应牌照。\n  signals: [开户]\n',
  };
  const partner = page('playbooks', 'partner', 'title: 招募合作方\nsummary: 从查牌照到签约的全过程。\naudience: [销售代表]\nreviewed: 2026-11-20');
  const step = (id: string, order: number, more = '') =>
    page(
      'stages',
      `partner/${id}`,
      `title: 第${order}步\nsummary: 招募合作方的第${order}步。\nplaybook: partner\norder: ${order}\n${more}goal: 做完这一步\nkeyActions: [查资料]\noutputs: [客户档案]\nkeyPoints: 先了解再出发，资料要带齐全。\nreviewed: 2026-11-20`,
    );

  test('the gate’s stage must come first, and every other stage of its playbook must name the gate', () => {
    const problems = check([gates, partner, step('licence', 2), step('visit', 1, 'gate: licence\n'), step('sign', 3)]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.level} ${p.breaksBuild} ${p.message}`)).toEqual([
      'content/stages/partner/licence.mdx:5 order error false 这一步是关卡「先查牌照」，必须是流程的第 1 步：把它的 order 改成 1，其余各步往后排',
      'content/stages/partner/sign.mdx:1 gate error false 这个流程要先过关卡「先查牌照」：在 frontmatter 加一行 gate: licence，页面顶部会显示这道关卡',
    ]);
  });

  test('a page that talks about the gated business without naming the gate fails on that line', () => {
    const guide = page(
      'guides',
      'open',
      'title: 开户指南\nsummary: 一页讲怎么帮客户开户的指南。\nreviewed: 2026-11-20',
      '第一段。\n\n帮客户开户之前要准备好资料。',
    );
    expect(check([gates, partner, step('licence', 1), guide]).map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([
      'content/guides/open.mdx:9 gate 这页讲到“开户”，属于要先过关卡「先查牌照」的业务：在 frontmatter 加一行 gate: licence',
    ]);
  });

  test('a page whose body cannot be read is reported for that alone', () => {
    const broken = page('guides', 'broken', 'title: 坏正文\nsummary: 正文里有一个写错的结束标签。\nreviewed: 2026-11-20', '开户。\n\n<Say>甲</Said>');
    expect(check([gates, partner, step('licence', 1), broken]).map((p) => `${p.file} ${p.message.split('：')[0]}`)).toEqual([
      'content/guides/broken.mdx 正文的 MDX 写法有误',
    ]);
  });
});

describe('the dealer-selection rule', () => {
  const checklist = page(
    'checklists',
    'pick',
    'title: 选经销商清单\nsummary: 选经销商要看的几条标准。\nitems:\n  - id: credit\n    text: 讲信用\n  - id: scale\n    text: 有规模\n  - id: network\n    text: 网络广\n  - id: market-ka\n    text: 大卖场市场\nreviewed: 2026-11-20',
  );
  const rule = (criteria: string[], markets = '    - id: ka\n      item: market-ka\n      key: [network]\n      note: 要熟悉卖场。\n') => ({
    collection: 'selectionRules' as const,
    file: 'content/selection/dealer.yaml',
    text: `- id: dealer\n  title: 选经销商\n  checklist: pick\n  criteria:\n${criteria.map((c) => `    - item: ${c}\n      weight: 1\n`).join('')}${markets ? `  markets:\n${markets}` : ''}  fitThreshold: 0.6\n  verdicts:\n    choose: 可以选定\n    keyFailed: 关键点不一致\n    investigate: 还有 {n} 项不清楚\n    belowFit: 契合度不够\n`,
  });

  test('a rule whose standards are all items of its checklist is clean', () => {
    expect(check([checklist, rule(['credit', 'scale', 'network'])])).toEqual([]);
  });

  test('a standard that is not an item of the checklist fails on its line, naming the checklist', () => {
    expect(check([checklist, rule(['credit', 'scale', 'no-such', 'network'])])).toEqual([
      {
        file: 'content/selection/dealer.yaml',
        line: 9,
        field: 'criteria.2.item',
        message: '清单里没有 id 为 `no-such` 的一项（清单 pick）',
        level: 'error',
        breaksBuild: true,
      },
    ]);
  });

  test('a guide that shares the checklist’s id is not taken for the checklist', () => {
    const guide = page('guides', 'pick', 'title: 同名指南\nsummary: 一页和清单同名的指南。\nreviewed: 2026-11-20');
    expect(check([guide, checklist, rule(['credit', 'scale', 'network'])])).toEqual([]);
  });

  test('a rule that fails its schema is reported by its schema, not checked against the checklist', () => {
    expect(check([checklist, rule(['credit', 'scale', 'no-such'], '')]).map((p) => `${p.line} ${p.field}`)).toEqual(['1 markets']);
  });
});

describe('the data the wording and search checks read', () => {
  test('a page contradicting a stance fails on its line, quoting the site’s stance', () => {
    const stances: ContentFile = {
      collection: 'stances',
      file: 'content/compliance/stances.yaml',
      text: '- id: resale-price\n  topic: 转售价格\n  stance: 经销商卖多少钱由经销商自己定。\n  law: 反垄断法\n  contradicts: [控价]\n',
    };
    const guide = page('guides', 'price', 'title: 价格指南\nsummary: 一页讲经销商价格的指南。\nreviewed: 2026-11-20', '第一段。\n\n我们会帮您控价。');
    expect(check([stances, guide]).map((p) => `${p.line} ${p.level} ${p.message}`)).toEqual([
      '9 error “控价”和全站对「转售价格」的说法相反（反垄断法）。全站的说法是：经销商卖多少钱由经销商自己定。 改写成这个意思；要举反例，放进“不要这样说”小节或 <Compliance>。',
    ]);
  });

  test('a concept’s saying that is already a synonym points at the concept group', () => {
    const synonyms: ContentFile = {
      collection: 'synonyms',
      file: 'content/search/synonyms.yaml',
      text: '- id: rebate\n  terms: [返利, 返点]\n  note: 同一件事的两种说法\n',
    };
    const concepts: ContentFile = {
      collection: 'concepts',
      file: 'content/search/concepts.yaml',
      text: '- id: money\n  says: [赚钱]\n  means: [利润]\n  note: 客户说赚钱，页面讲利润。\n- id: kickback\n  says: [返点]\n  means: [返利政策]\n  note: 故意和同义词重复的一组。\n',
    };
    expect(check([synonyms, concepts]).map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([
      'content/search/concepts.yaml:5 kickback 概念组 kickback 的说法“返点”已经是同义词组 rebate 的词：留在一处',
    ]);
  });

  test('wording and search data that fail their schema are reported for that alone, and check nothing', () => {
    const files: ContentFile[] = [
      {
        collection: 'riskyWording',
        file: 'content/compliance/risky-wording.yaml',
        text: '- id: returns\n  law: 金融产品营销与适当性管理规定\n  instead: 不承诺收益。\n',
      },
      { collection: 'synonyms', file: 'content/search/synonyms.yaml', text: '- id: rebate\n  note: 少了 terms 的一组\n' },
      { collection: 'concepts', file: 'content/search/concepts.yaml', text: '- id: money\n  means: [利润]\n  note: 少了 says 的一组。\n' },
      { collection: 'stopwords', file: 'content/search/stopwords.yaml', text: '- id: fillers\n  drop: [一转眼]\n' },
      page('guides', 'pitch', 'title: 话术\nsummary: 一页引用了数据的指南。\nreviewed: 2026-11-20', '这个项目稳赚，一转眼就回本。'),
    ];
    expect(check(files).map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/compliance/risky-wording.yaml words',
      'content/search/concepts.yaml says',
      'content/search/stopwords.yaml why',
      'content/search/synonyms.yaml terms',
    ]);
  });

  test('a page whose body cannot be read is still checked for wording in its frontmatter', () => {
    const broken = page('guides', 'broken', 'title: 稳赚指南\nsummary: 一页正文写坏了的指南。\nreviewed: 2026-11-20', '第一段。\n\n<Say>甲</Said>');
    const problems = check([risky, broken]);
    expect(problems.map((p) => `${p.breaksBuild} ${p.message.split('：')[0]}`)).toEqual([
      'false “稳赚”不能对客户这样说（《金融产品营销与适当性管理规定》）',
      'true 正文的 MDX 写法有误',
    ]);
    expect(problems[0]!.line).toBe(2);
  });
});
