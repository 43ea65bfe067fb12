import { describe, expect, test } from 'vitest';
import { checklistSchema, objectionSchema, stageSchema, channelTypeSchema, playbookSchema, guideSchema } from '../../src/schemas';

const base = { title: '价格异议', summary: '客户嫌价格高、利润空间小时怎么回应。', reviewed: '2026-11-20' };
const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('shared fields', () => {
  test('fills defaults so templates never need fallbacks', () => {
    const guide = guideSchema.parse(base);
    expect(guide).toMatchObject({ aliases: [], order: 100, owner: '渠道管理部', draft: false });
    expect(guide.reviewed).toEqual(new Date('2026-11-20'));
  });

  test('names the field and says how to write a date', () => {
    expect(issues(guideSchema.safeParse({ ...base, reviewed: '上个月' }))).toEqual(['reviewed: `reviewed` 要写成日期，例如 2026-11-01']);
  });

  test('requires a summary that can stand alone', () => {
    expect(issues(guideSchema.safeParse({ ...base, summary: '太短' }))).toEqual(['summary: 摘要至少 10 个字，要能单独读懂']);
  });

  test('rejects a list written with full-width commas, which YAML reads as one item', () => {
    expect(issues(guideSchema.safeParse({ ...base, aliases: ['贵， 太贵'] }))).toEqual([
      'aliases.0: YAML 列表要用半角逗号分隔：写成 [贵, 太贵]，不要写 [贵， 太贵]（全角逗号会把整串当成一项）',
    ]);
    expect(issues(playbookSchema.safeParse({ ...base, audience: ['销售代表， 区域经理'] }))).toHaveLength(1);
  });
});

describe('objectionSchema', () => {
  const valid = { ...base, category: '价格', phrases: ['太贵了', '利润太薄'], answer: '先算清三块利润再谈价格。', stages: ['six-steps/during-visit'] };

  test('accepts a valid objection and turns ids into references', () => {
    const parsed = objectionSchema.parse(valid);
    expect(parsed.stages).toEqual([{ collection: 'stages', id: 'six-steps/during-visit' }]);
    expect(parsed.channelTypes).toEqual([]);
  });

  test('lists the allowed categories when one is wrong', () => {
    expect(issues(objectionSchema.safeParse({ ...valid, category: '价钱' }))).toEqual([
      'category: `category` 只能是：需求、财力、权力、价格、产品、品牌、促销、奖励、合同、渠道商疑问',
    ]);
  });

  test('needs at least two customer phrases', () => {
    expect(issues(objectionSchema.safeParse({ ...valid, phrases: ['太贵了'] }))).toEqual(['phrases: `phrases` 至少写两种客户的原话']);
  });

  test('reports a missing required field by name', () => {
    const { answer: _answer, ...withoutAnswer } = valid;
    expect(issues(objectionSchema.safeParse(withoutAnswer))[0]).toMatch(/^answer: /);
  });
});

describe('stageSchema', () => {
  const valid = {
    ...base,
    playbook: 'six-steps',
    order: 1,
    goal: '见面前弄清对方',
    keyActions: ['查公司规模'],
    outputs: ['一页渠道概况'],
    keyPoints: '准备越具体，见面越能切入。',
  };

  test('accepts a valid stage with empty optional lists', () => {
    expect(stageSchema.parse(valid)).toMatchObject({ playbook: { collection: 'playbooks', id: 'six-steps' }, findOut: [], pitfalls: [] });
  });

  test('orders start at 1 and actions are required', () => {
    expect(issues(stageSchema.safeParse({ ...valid, order: 0, keyActions: [] }))).toEqual([
      'order: `order` 从 1 开始',
      'keyActions: `keyActions` 至少写一条行动',
    ]);
  });
});

describe('checklistSchema', () => {
  const valid = {
    ...base,
    items: [
      { id: 'dress', text: '穿着职业化' },
      { id: 'cards', text: '带名片', stages: ['six-steps/pre-visit'] },
    ],
  };

  test('accepts items and defaults their filters to "applies to all"', () => {
    expect(checklistSchema.parse(valid).items[0]).toEqual({ id: 'dress', text: '穿着职业化', channelTypes: [], stages: [] });
  });

  test('reports a repeated item id with both positions and the fix', () => {
    const result = checklistSchema.safeParse({ ...valid, items: [...valid.items, { id: 'dress', text: '再一次' }] });
    expect(issues(result)).toEqual(['items.2.id: 清单项 id `dress` 重复（第 1 项和第 3 项）：每一项要有自己的 id']);
  });

  test('refuses ids that are not ASCII slugs', () => {
    expect(issues(checklistSchema.safeParse({ ...valid, items: [{ id: '仪容', text: '穿着' }] }))[0]).toMatch(/^items.0.id: 只能用小写英文字母/);
  });
});

describe('channelTypeSchema and playbookSchema', () => {
  test('a channel type needs a known group and something to stress', () => {
    const result = channelTypeSchema.safeParse({ ...base, group: '其他', stress: [], qualify: ['看销量'] });
    expect(issues(result)).toEqual(['group: `group` 只能是：按业务类型、按渠道形式、工程渠道、渠道商画像', 'stress: `stress` 至少写一条沟通重点']);
  });

  test('a playbook names its audience', () => {
    expect(issues(playbookSchema.safeParse({ ...base, audience: [] }))).toEqual(['audience: `audience` 至少写一类读者，例如 [销售代表]']);
  });
});
