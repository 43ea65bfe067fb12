import { describe, expect, test } from 'vitest';
import { filterFromSearch, selectCards, type DrillCard } from '../../src/lib/practice/deck';
import {
  dueCards,
  emptyProgress,
  gradeCard,
  grades,
  MASTERED_STABILITY_DAYS,
  parseProgress,
  serialiseProgress,
  summarise,
} from '../../src/lib/practice/progress';
import { responsesOf } from '../../src/lib/practice/from-content';

const card = (id: string, fields: Partial<DrillCard> = {}): DrillCard => ({
  id,
  title: id,
  category: '价格',
  phrases: ['太贵了'],
  answer: '算总账',
  url: `/objections/${id}/`,
  responses: [],
  channelTypes: [],
  stages: [],
  core: true,
  ...fields,
});
const deck = [
  card('contract-rights', { category: '合同', core: false, channelTypes: ['dealer'] }),
  card('price', { channelTypes: ['dealer', 'agent'], stages: ['six-steps/pre-visit'] }),
  card('rebate', { category: '奖励', channelTypes: ['agent'] }),
];

describe('choosing cards', () => {
  test('core objection types come first, then the rest, each in the site’s order', () => {
    expect(selectCards(deck, {}).map((c) => c.id)).toEqual(['price', 'rebate', 'contract-rights']);
  });

  test('channel, category, stage and a visit’s objection ids each narrow the deck', () => {
    expect(selectCards(deck, { channel: 'dealer' }).map((c) => c.id)).toEqual(['price', 'contract-rights']);
    expect(selectCards(deck, { category: '奖励' }).map((c) => c.id)).toEqual(['rebate']);
    expect(selectCards(deck, { stage: 'six-steps/pre-visit' }).map((c) => c.id)).toEqual(['price']);
    expect(selectCards(deck, { ids: ['rebate', 'contract-rights'] }).map((c) => c.id)).toEqual(['rebate', 'contract-rights']);
  });

  test('the URL says what to practise', () => {
    expect(filterFromSearch('?objections=price,rebate&channel=dealer')).toEqual({
      channel: 'dealer',
      category: undefined,
      stage: undefined,
      ids: ['price', 'rebate'],
    });
    expect(filterFromSearch('')).toEqual({ channel: undefined, category: undefined, stage: undefined, ids: undefined });
  });
});

describe('grading through ts-fsrs', () => {
  const now = new Date('2026-12-01T09:00:00Z');
  const day = 24 * 3600 * 1000;

  test('再来 keeps a card due today; 很轻松 pushes it a week or more away; both are kept', () => {
    const again = gradeCard(emptyProgress(), 'price', grades.again, now).cards.price;
    const easy = gradeCard(emptyProgress(), 'price', grades.easy, now).cards.price;
    expect(again.due).toBe(now.getTime());
    expect(easy.due - now.getTime()).toBeGreaterThanOrEqual(7 * day);
    expect(again.again).toBe(1);
    expect(easy.again).toBe(0);
    expect(again.last_review).toBe(now.getTime());
  });

  test('answered later the same day, a missed card comes back the next day', () => {
    const missed = gradeCard(emptyProgress(), 'price', grades.again, now);
    const answered = gradeCard(missed, 'price', grades.good, new Date(now.getTime() + 3600 * 1000)).cards.price;
    expect(answered.due - (now.getTime() + 3600 * 1000)).toBe(day);
    expect(answered.again).toBe(1);
  });

  test('answering a card twice in one day does not push it further away', () => {
    const once = gradeCard(emptyProgress(), 'price', grades.easy, now);
    const twice = gradeCard(once, 'price', grades.easy, new Date(now.getTime() + 3600 * 1000));
    expect(twice.cards.price.stability).toBe(once.cards.price.stability);
    expect(twice.cards.price.reps).toBe(2);
  });

  test('a card missed after it was learnt counts a lapse and comes back sooner than it would have', () => {
    const learnt = gradeCard(emptyProgress(), 'price', grades.good, now);
    const at = new Date(learnt.cards.price.due);
    const missed = gradeCard(learnt, 'price', grades.again, at).cards.price;
    const recalled = gradeCard(learnt, 'price', grades.good, at).cards.price;
    expect(missed.lapses).toBe(1);
    expect(recalled.lapses).toBe(0);
    expect(missed.reps).toBe(2);
    expect(missed.stability).toBeLessThan(recalled.stability);
    expect(missed.due).toBeLessThan(recalled.due);
  });

  test('a card answered well again and again is scheduled further out each time', () => {
    let progress = emptyProgress();
    let at = now;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      progress = gradeCard(progress, 'price', grades.good, at);
      gaps.push(progress.cards.price.due - at.getTime());
      at = new Date(progress.cards.price.due);
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps[3]).toBeGreaterThan(gaps[1]);
  });

  test('today’s cards: due ones first (earliest first), then never practised; counts and the hardest', () => {
    let progress = gradeCard(emptyProgress(), 'price', grades.again, now);
    progress = gradeCard(progress, 'rebate', grades.easy, now);
    // An hour later: the missed card is still due, the easy one is days away.
    const later = new Date(now.getTime() + 3600 * 1000);
    expect(dueCards(progress, ['price', 'rebate', 'contract-rights'], later)).toEqual(['price', 'contract-rights']);
    expect(dueCards(progress, ['price', 'rebate', 'contract-rights'], later, { early: true })).toEqual(['price', 'contract-rights', 'rebate']);
    expect(summarise(progress, ['price', 'rebate', 'contract-rights'], later)).toEqual({
      due: 1,
      practising: 1,
      mastered: 0,
      fresh: 1,
      hardest: [{ id: 'price', again: 1 }],
    });
  });

  test(`已掌握 means remembered for ${MASTERED_STABILITY_DAYS} days or more: one 有点难 (or one 很轻松) is 在练`, () => {
    const hard = gradeCard(emptyProgress(), 'price', grades.hard, now);
    const easy = gradeCard(emptyProgress(), 'price', grades.easy, now);
    const anHourLater = new Date(now.getTime() + 3600 * 1000); // neither is due yet
    expect(summarise(hard, ['price'], anHourLater)).toMatchObject({ practising: 1, mastered: 0 });
    expect(summarise(easy, ['price'], anHourLater)).toMatchObject({ practising: 1, mastered: 0 });
    const mature = { ...easy, cards: { price: { ...easy.cards.price, stability: MASTERED_STABILITY_DAYS, due: now.getTime() + 30 * 24 * 3600 * 1000 } } };
    expect(summarise(mature, ['price'], anHourLater)).toMatchObject({ practising: 0, mastered: 1 });
    expect(summarise(mature, ['price'], new Date(now.getTime() + 31 * 24 * 3600 * 1000))).toMatchObject({ due: 1, mastered: 0 });
  });
});

describe('today’s list', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  const at = (hours: number) => new Date(start.getTime() + hours * 3600 * 1000);
  const ids = ['a', 'b', 'c', 'd', 'fresh'];
  let progress = emptyProgress();
  progress = gradeCard(progress, 'a', grades.again, at(2)); // due at 2 h
  progress = gradeCard(progress, 'b', grades.again, at(1)); // due at 1 h
  progress = gradeCard(progress, 'c', grades.easy, at(0)); // due in a week or more
  progress = gradeCard(progress, 'd', grades.good, at(0)); // due in a few days, before c

  test('due means due by now, earliest first, then the never practised', () => {
    expect(dueCards(progress, ids, at(2))).toEqual(['b', 'a', 'fresh']);
    expect(dueCards(progress, ids, at(1.5))).toEqual(['b', 'fresh']);
    expect(summarise(progress, ids, at(2))).toMatchObject({ due: 2, practising: 2, mastered: 0, fresh: 1 });
    expect(summarise(progress, ids, at(1.5))).toMatchObject({ due: 1, practising: 3, mastered: 0, fresh: 1 });
  });

  test('for a visit, the cards not yet due follow, soonest first', () => {
    expect(dueCards(progress, ids, at(2), { early: true })).toEqual(['b', 'a', 'fresh', 'd', 'c']);
  });

  test('the hardest: most often missed first, five at most', () => {
    let missed = progress;
    for (const [id, times] of [
      ['a', 3],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', 1],
      ['f', 4],
    ] as const) {
      for (let i = 0; i < times; i += 1) missed = gradeCard(missed, id, grades.again, at(3));
    }
    // Missed in all: a 4 (once above, three here), f 4, b 2, c 2, d 1, e 1.
    expect(summarise(missed, ['a', 'b', 'c', 'd', 'e', 'f'], at(3)).hardest).toEqual([
      { id: 'a', again: 4 },
      { id: 'f', again: 4 },
      { id: 'b', again: 2 },
      { id: 'c', again: 2 },
      { id: 'd', again: 1 },
    ]);
  });
});

describe('stored progress', () => {
  const now = new Date('2026-12-01T09:00:00Z');
  const day = 24 * 3600 * 1000;
  const saved = gradeCard(emptyProgress(), 'price', grades.good, now);

  test('round-trips, and starts empty and silent with nothing stored', () => {
    expect(parseProgress(serialiseProgress(saved))).toEqual({ progress: saved });
    expect(parseProgress(null)).toEqual({ progress: emptyProgress() });
  });

  test('a version 1 store (ts-fsrs card fields) keeps its cards: memory state and due date carry over', () => {
    const v1 = {
      version: 1,
      cards: {
        price: {
          due: now.getTime() + 3 * day,
          stability: 3.2,
          difficulty: 5.1,
          scheduled_days: 3,
          learning_steps: 0,
          reps: 2,
          lapses: 0,
          state: 2,
          last_review: now.getTime(),
          again: 1,
        },
      },
    };
    const loaded = parseProgress(JSON.stringify(v1));
    expect(loaded.message).toBeUndefined();
    expect(loaded.progress).toEqual({
      version: 2,
      cards: { price: { due: now.getTime() + 3 * day, stability: 3.2, difficulty: 5.1, reps: 2, lapses: 0, last_review: now.getTime(), again: 1 } },
    });
    // And it goes on from there: recalled three days later, it is scheduled further out.
    const next = gradeCard(loaded.progress, 'price', grades.good, new Date(now.getTime() + 3 * day)).cards.price;
    expect(next.stability).toBeGreaterThan(3.2);
  });

  test('a memory state ts-fsrs would refuse is dropped, not passed on', () => {
    const raw = JSON.stringify({ version: 2, cards: { price: { due: 1, stability: 0, difficulty: 0.5, reps: 1, lapses: 0, again: 0 } } });
    expect(parseProgress(raw).progress.cards).toEqual({});
  });

  test('unreadable or foreign data is reset with a message', () => {
    expect(parseProgress('{"version":2,"cards":').message).toMatch(/已损坏.*重新开始/);
    expect(parseProgress('{"version":7,"cards":{}}').message).toMatch(/格式不对/);
  });

  test('a broken card is dropped and named, the others kept', () => {
    const raw = JSON.stringify({ ...saved, cards: { ...saved.cards, rebate: { due: 'soon' } } });
    const loaded = parseProgress(raw);
    expect(Object.keys(loaded.progress.cards)).toEqual(['price']);
    expect(loaded.message).toMatch(/1 张卡片.*rebate/);
  });
});

describe('responses from an objection page', () => {
  test('each ### under 怎么回应 gives its title, first 话术 and 收口问; other sections are ignored', () => {
    const body = `intro\n\n## 背后可能是什么\n\n### 不是回应\n\n<Say>“不算”</Say>\n\n## 怎么回应\n\n### 三块利润一起算\n\n1. 列表\n\n<Say>“您看这张表。”</Say>\n\n<Say>“第二句。”</Say>\n\n**收口问：**“您觉得呢？”\n\n### 只有步骤\n\n1. 没有话术\n\n## 带上这些证据\n`;
    expect(responsesOf(body)).toEqual([{ title: '三块利润一起算', say: '“您看这张表。”', close: '“您觉得呢？”' }]);
    expect(responsesOf('no sections')).toEqual([]);
  });

  test('a labelled 话术 counts, and its <Policy> reads as the company’s words or a marked gap', () => {
    const body = `## 怎么回应\n\n### 独家\n\n<Say label="对老板">独家怎么给：<Policy id="area-protection" />。退货：<Policy id='returns' />。</Say>\n`;
    const policies = new Map([
      ['area-protection', { title: '区域保护与独家' }],
      ['returns', { title: '退换货', value: '质量问题 30 天内可退。' }],
    ]);
    expect(responsesOf(body, policies)).toEqual([
      { title: '独家', say: '独家怎么给：〔区域保护与独家：公司尚未填写〕。退货：质量问题 30 天内可退。', close: undefined },
    ]);
  });
});
