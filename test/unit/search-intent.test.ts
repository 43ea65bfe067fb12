import { describe, expect, test } from 'vitest';
import { intentOf, signalWeights, weighByIntent } from '../../src/lib/search/intent';
import { buildStageMap, readFragment } from '../../src/lib/search/stage-map';

describe('intent of a query', () => {
  test.each([
    ['你们返利太低', 'customer'],
    ['凭什么先打款', 'customer'],
    ['还要我自己出运费', 'customer'],
    ['坏了能给我换吗', 'customer'],
    ['特许和代理有什么区别', 'define'],
    ['什么是五流', 'define'],
    ['怎么判断经销商靠不靠谱', 'howto'],
    // Asking for a whole (all the lists, the full process) outranks 怎么 and the list question.
    ['所有清单', 'overview'],
    ['招商的完整步骤怎么走', 'overview'],
    ['开发渠道一共有哪些打法', 'overview'],
    ['渠道分几类', 'define'],
    // A kind of channel and its traits, even with 怎么: the channel type's page answers it.
    ['代理商这种渠道有啥特点', 'kind'],
    ['经销商这种客户怎么拜访', 'kind'],
    ['产品型渠道要重点聊啥', 'kind'],
    ['厂家直营利弊', 'kind'],
    ['开小公司的老板适合做渠道商吗', 'kind'],
    // 这种 about something other than a kind of partner is not, nor what to stress at a visit.
    ['搞这种投资风险太大了吧', undefined],
    ['第一次拜访重点聊什么', undefined],
    ['返利', undefined],
  ])('%s → %s', (query, voice) => expect(intentOf(query).voice).toBe(voice));

  test.each([
    ['培训完了接下来干嘛', true],
    ['找到工程关键人以后呢', true],
    ['拿到学校联系方式以后怎么弄', true],
    ['下一步', true],
    ['能不能卖完了再给钱', false],
    ['以后返利还有没有', false],
    // 完 alone, a few words between, then the question at the very end.
    ['培训完做什么', true],
    ['培训完了接着做什么', true],
    ['卖完了呢货款怎么算', false],
    // 后 then 接着; and a done step followed by how to go on.
    ['首期合作达成一致后接着干啥', true],
    ['对象定下来之后怎么开发', true],
    // A step then 后 and the question at the very end; not the words that end in 后 (售后, 最后).
    ['中标后咋办', true],
    ['签约后做什么', true],
    ['售后怎么办', false],
    ['最后怎么办', false],
    ['培训也做了，他们还是不报项目，接着该干啥', false],
    ['售后怎么办', false],
    ['学校联系方式拿到了然后干嘛', true],
    ['名单列好了，接着怎么办', true],
    ['名单列好了接着怎么办', true],
    ['资料准备好做什么', true],
  ])('%s asks what comes next: %s', (query, next) => expect(intentOf(query).next).toBe(next));

  test('the step said to be done is read with or without 了', () => {
    expect(intentOf('培训完做什么').done).toBe('培训');
    expect(intentOf('培训完了做什么').done).toBe('培训');
    expect(intentOf('培训结束下一步').done).toBe('培训');
    expect(intentOf('合同谈好下一步').done).toBe('合同谈');
    expect(intentOf('首期合作达成一致后接着干啥').done).toBe('首期合作达成一致');
  });

  test('with no step said to be done, the words just before the question are kept apart', () => {
    expect(intentOf('学校联系方式拿到了然后干嘛')).toEqual({ next: true, before: '学校联系方式拿到' });
    expect(intentOf('跟进几轮拿到培训机会了，然后呢')).toEqual({ next: true, before: '跟进几轮拿到培训机会' });
    expect(intentOf('下一步')).toEqual({ next: true });
    expect(intentOf('学校联系方式拿到然后干嘛')).toEqual({ next: true, before: '学校联系方式拿到' });
  });
});

const stages = buildStageMap([
  { id: 'p1', url: '/playbooks/x/a/', title: '培训中', nextUrl: '/playbooks/x/b/' },
  { id: 'p2', url: '/playbooks/x/b/', title: '培训后', nextUrl: '/playbooks/x/c/' },
  { id: 'p3', url: '/playbooks/x/c/', title: '突破' },
  { id: 'o1', url: '/objections/price/', title: '价格异议' },
]);
const kind: Record<string, string> = {
  p1: '流程阶段',
  p2: '流程阶段',
  p3: '流程阶段',
  o1: '异议',
  g1: '指南',
  c1: '渠道类型',
  c2: '渠道类型',
  pb: '流程',
  idx: '目录',
};
const facts = { kindOf: (id: string) => kind[id], stages };

describe('weighing a ranking by intent', () => {
  test('the stage map links each stage to the next by Pagefind id, and holds only stages', () => {
    expect(stages.p1.next).toBe('p2');
    expect(stages.p3).toEqual({ url: '/playbooks/x/c/', title: '突破' }); // no page one folder up here
    expect(stages.o1).toBeUndefined();
    expect(readFragment('p9', 'pagefind_dcd{"url":"/a/","meta":{"title":"甲"}}')).toEqual({ id: 'p9', url: '/a/', title: '甲' });
  });

  // Each voice: the ranking, the pages it lifts by its weight (the rest keep their score) and the
  // order after; with its weight at 0 the order stays as ranked.
  test.each([
    [
      'the customer’s voice lifts objection pages',
      'customer',
      [
        ['g1', 1.2],
        ['o1', 1],
      ],
      ['o1'],
      ['o1', 'g1'],
    ],
    [
      'a definition question lifts guides',
      'define',
      [
        ['o1', 1.2],
        ['g1', 1],
      ],
      ['g1'],
      ['g1', 'o1'],
    ],
    [
      'a list question (分几类) lifts a section index page as it does guides',
      'define',
      [
        ['o1', 1.2],
        ['idx', 1],
      ],
      ['idx'],
      ['idx', 'o1'],
    ],
    // Every page of the kinds it leans to, not only the best (as a kind of channel is).
    [
      'asking for a whole lifts playbook overviews and section index pages, not the stages in them',
      'overview',
      [
        ['p1', 1.5],
        ['idx', 1],
        ['pb', 0.9],
      ],
      ['idx', 'pb'],
      ['idx', 'p1', 'pb'],
    ],
    [
      'a question about a kind of channel lifts the channel type its words name best, not every kind',
      'kind',
      [
        ['g1', 1.2],
        ['p1', 1.1],
        ['c1', 1],
        ['c2', 0.9],
      ],
      ['c1'],
      ['c1', 'g1', 'p1', 'c2'],
    ],
  ] as const)('%s', (_, voice, scores, lifted, order) => {
    const ranked = scores.map(([id, score]) => ({ id, score }));
    const out = weighByIntent(ranked, { voice, next: false }, facts);
    expect(out.map((r) => r.id)).toEqual(order);
    for (const { id, score } of ranked) {
      const factor = (lifted as readonly string[]).includes(id) ? 1 + signalWeights[voice] : 1;
      expect(out.find((r) => r.id === id)!.score).toBeCloseTo(score * factor);
    }
    const off = weighByIntent(ranked, { voice, next: false }, facts, { ...signalWeights, [voice]: 0 });
    expect(off.map((r) => r.id)).toEqual(ranked.map((r) => r.id));
  });

  test('"what next": the best-matching stage hands its raised score to the next stage, once, and says so', () => {
    const out = weighByIntent(
      [
        { id: 'p1', score: 2 },
        { id: 'p2', score: 1 },
        { id: 'o1', score: 0.5 },
      ],
      { next: true },
      facts,
    );
    expect(out[0]).toEqual({ id: 'p2', score: 2 * (1 + signalWeights.next), after: 'p1' });
    // No chain: the lifted stage does not lift the one after it.
    expect(out.find((r) => r.id === 'p3')).toBeUndefined();
  });

  test('"X完了": the playbook’s stage called X后 is the next one, even when it matched best itself', () => {
    expect(intentOf('培训完了接下来干嘛')).toMatchObject({ next: true, done: '培训' });
    expect(intentOf('下一步').done).toBeUndefined();
    expect(intentOf('中标后咋办')).toMatchObject({ next: true, done: '中标' });
    const out = weighByIntent(
      [
        { id: 'p2', score: 2 },
        { id: 'p1', score: 1.5 },
      ],
      intentOf('培训完了接下来干嘛'),
      facts,
    );
    expect(out[0]).toEqual({ id: 'p2', score: 2 * (1 + signalWeights.next), after: 'p1' });
    expect(out.find((r) => r.id === 'p3')).toBeUndefined();
  });

  test('"what next": a found stage whose title the done step names hands on, not the best-scored one', () => {
    const deal = buildStageMap([
      { id: 'e1', url: '/playbooks/e/terms/', title: '明确合作条件', nextUrl: '/playbooks/e/first/' },
      { id: 'e2', url: '/playbooks/e/first/', title: '首期合作达成共识', nextUrl: '/playbooks/e/bid/' },
      { id: 'e3', url: '/playbooks/e/bid/', title: '送标评标签单' },
    ]);
    const ask = intentOf('首期合作达成一致后接着干啥');
    const weigh = (e2: number) =>
      weighByIntent(
        [
          { id: 'e1', score: 2 },
          { id: 'e2', score: e2 },
        ],
        ask,
        { kindOf: () => '流程阶段', stages: deal },
      );
    expect(weigh(1.5)[0]).toEqual({ id: 'e3', score: 1.5 * (1 + signalWeights.next), after: 'e2' });
    // Under half the best stage's score the title alone does not decide: the best stage hands on.
    expect(weigh(0.9)[0]).toEqual({ id: 'e2', score: 2 * (1 + signalWeights.next), after: 'e1' });
  });

  test('"what next": a pair of the playbook’s own title is its subject and names none of its stages', () => {
    const outsourcing = buildStageMap([
      { id: 'x', url: '/playbooks/out/', title: '渠道开发外包' },
      { id: 'o1', url: '/playbooks/out/choose/', title: '选定服务商', nextUrl: '/playbooks/out/contract/' },
      { id: 'o2', url: '/playbooks/out/contract/', title: '签订合同', nextUrl: '/playbooks/out/run/' },
      { id: 'o3', url: '/playbooks/out/run/', title: '开展外包', nextUrl: '/playbooks/out/settle/' },
      { id: 'o4', url: '/playbooks/out/settle/', title: '结算交接' },
    ]);
    expect(outsourcing.o3.playbook).toBe('渠道开发外包');
    const out = weighByIntent(
      [
        { id: 'o1', score: 2 },
        { id: 'o3', score: 1.5 },
      ],
      intentOf('外包公司选好了，下一步'),
      { kindOf: () => '流程阶段', stages: outsourcing },
    );
    // 外包 is in 开展外包 but also in the playbook's title: the best stage hands on.
    expect(out[0]).toEqual({ id: 'o2', score: 2 * (1 + signalWeights.next), after: 'o1' });
  });

  test('"what next": the words before the question name a stage by a title pair few titles share, never by "X后"', () => {
    const school = buildStageMap([
      { id: 's1', url: '/playbooks/s/online/', title: '渠道线上推广', nextUrl: '/playbooks/s/contacts/' },
      { id: 's2', url: '/playbooks/s/contacts/', title: '获取联系方式', nextUrl: '/playbooks/s/classify/' },
      { id: 's3', url: '/playbooks/s/classify/', title: '渠道按意向分类', nextUrl: '/playbooks/s/visit/' },
      { id: 's4', url: '/playbooks/s/visit/', title: '渠道实地拜访' },
    ]);
    const facts = { kindOf: () => '流程阶段', stages: school };
    const ranked = [
      { id: 's1', score: 2 },
      { id: 's2', score: 1.5 },
      { id: 's3', score: 1.2 },
    ];
    expect(weighByIntent(ranked, intentOf('学校联系方式拿到了然后干嘛'), facts)[0]).toMatchObject({ id: 's3', after: 's2' });
    // 渠道 is in three titles: it names none, so the best stage hands on.
    const contactsFirst = [
      { id: 's2', score: 2 },
      { id: 's3', score: 1.5 },
    ];
    expect(weighByIntent(contactsFirst, intentOf('渠道那边聊完了，下一步'), facts)[0]).toMatchObject({ id: 's3', after: 's2' });
    // A pair in two titles (方式 in 获取联系方式 and 合作方式) still names them.
    const withTerms = buildStageMap([
      { id: 't1', url: '/playbooks/t/a/', title: '合作方式', nextUrl: '/playbooks/t/b/' },
      { id: 't2', url: '/playbooks/t/b/', title: '推广宣传' },
      { id: 't3', url: '/playbooks/t/c/', title: '获取联系方式', nextUrl: '/playbooks/t/d/' },
      { id: 't4', url: '/playbooks/t/d/', title: '按意向分类' },
    ]);
    const termsRanked = [
      { id: 't3', score: 2 },
      { id: 't1', score: 1.5 },
    ];
    expect(weighByIntent(termsRanked, intentOf('方式谈完了下一步'), { kindOf: () => '流程阶段', stages: withTerms })[0]).toMatchObject({
      id: 't4',
      after: 't3',
    });
    // Named equally, the better-scored stage hands on; exactly half the best still counts as found.
    expect(weighByIntent([...termsRanked].reverse(), intentOf('方式谈完了下一步'), { kindOf: () => '流程阶段', stages: withTerms })[0]).toMatchObject({
      id: 't4',
      after: 't3',
    });
    const half = [
      { id: 't3', score: 2 },
      { id: 't1', score: 1 },
    ];
    expect(weighByIntent(half, intentOf('合作方式谈完了下一步'), { kindOf: () => '流程阶段', stages: withTerms }).find((r) => r.id === 't2')).toEqual({
      id: 't2',
      score: 1 * (1 + signalWeights.next),
      after: 't1',
    });
    // Words before the question that hold 培训 are not 培训完了: 培训中 hands on to 培训后, not 培训后 to 突破.
    const out = weighByIntent(
      [
        { id: 'p1', score: 2 },
        { id: 'p2', score: 1.5 },
      ],
      intentOf('跟进几轮拿到培训机会了，然后呢'),
      { kindOf: (id: string) => kind[id], stages },
    );
    expect(out[0]).toMatchObject({ id: 'p2', after: 'p1' });
  });

  test('"what next" with no stage among the results changes nothing, named step or not', () => {
    const others = [
      { id: 'o1', score: 2 },
      { id: 'g1', score: 1 },
    ];
    for (const query of ['培训完了下一步', '学校联系方式拿到了然后干嘛', '下一步'])
      expect(weighByIntent(others, intentOf(query), facts)).toEqual([
        { id: 'o1', score: 2 },
        { id: 'g1', score: 1 },
      ]);
  });

  test('a how-to lifts stages (and checklists) over the other kinds', () => {
    const ranked = [
      { id: 'o1', score: 1.2 },
      { id: 'p3', score: 1 },
    ];
    expect(weighByIntent(ranked, { voice: 'howto', next: false }, facts)[0]).toEqual({ id: 'p3', score: 1 + signalWeights.howto });
  });

  test('with no "what next", or its weight at 0, no stage is lifted or added', () => {
    const ranked = [{ id: 'p2', score: 1 }];
    expect(weighByIntent(ranked, { next: false }, facts)).toEqual([{ id: 'p2', score: 1 }]);
    expect(weighByIntent(ranked, { next: true }, facts, { ...signalWeights, next: 0 })).toEqual([{ id: 'p2', score: 1 }]);
  });

  test('"what next": the stage that hands on is the best-scored one, wherever the list puts it', () => {
    const out = weighByIntent(
      [
        { id: 'p2', score: 1 },
        { id: 'p1', score: 2 },
      ],
      { next: true },
      facts,
    );
    expect(out[0]).toEqual({ id: 'p2', score: 2 * (1 + signalWeights.next), after: 'p1' });
  });

  test('"what next": a next stage that already scores as high keeps its own score', () => {
    const weights = { ...signalWeights, next: 0.5 };
    // p2 hands on 1 × 1.5 against 5 (higher), and 2 × 1.5 against 3 (as high).
    for (const [handing, own] of [
      [1, 5],
      [2, 3],
    ]) {
      const ranked = [
        { id: 'p2', score: handing },
        { id: 'p3', score: own },
      ];
      expect(weighByIntent(ranked, { next: true }, facts, weights).find((r) => r.id === 'p3')).toEqual({ id: 'p3', score: own });
    }
  });

  test('"X完了" picks the stage called X后 for that X, not another playbook\'s "…后" stage', () => {
    const two = buildStageMap([
      { id: 't1', url: '/playbooks/x/a/', title: '培训中', nextUrl: '/playbooks/x/b/' },
      { id: 't2', url: '/playbooks/x/b/', title: '培训后' },
      { id: 's1', url: '/playbooks/y/a/', title: '签约中', nextUrl: '/playbooks/y/b/' },
      { id: 's2', url: '/playbooks/y/b/', title: '签约后' },
    ]);
    const out = weighByIntent([{ id: 't1', score: 1 }], intentOf('签约完了下一步做什么'), { kindOf: () => '流程阶段', stages: two });
    expect(out[0]).toMatchObject({ id: 's2', after: 's1' });
  });

  test('"what next" adds the next stage when the words missed it', () => {
    const out = weighByIntent([{ id: 'p2', score: 1 }], { next: true }, facts);
    expect(out.map((r) => [r.id, r.after])).toEqual([
      ['p3', 'p2'],
      ['p2', undefined],
    ]);
  });
});
