import { describe, expect, test } from 'vitest';
import { makeSoundsLike, syllableCuts } from '../../src/lib/search/sounds-like';
import { mayBePinyin } from '../../src/lib/search/pinyin-run';
import { buildSoundTable, rareSoundAlikes, RARE_PAGES } from '../../src/lib/search/sound-table';
import { makePlanner } from '../../src/lib/search/query-plan';
import { findPages } from '../../src/lib/search/find-pages';

describe('homophones of a typed pair', () => {
  const table = { syllables: { pei: '培陪', xun: '训迅', dui: '兑对', xian: '现线' }, pairs: '培训兑现' };
  const like = makeSoundsLike(table);

  test('a pair typed with the wrong character of the right sound finds the site’s pair', () => {
    expect(like('培迅')).toEqual(['培训']);
    expect(like('对线')).toEqual(['兑现']);
  });

  test('the pair itself, a pair of other sounds and anything but two characters give nothing', () => {
    expect(like('培训')).toEqual([]);
    expect(like('培现')).toEqual([]);
    expect(like('培训班')).toEqual([]);
  });
});

describe('pinyin left unconverted', () => {
  const table = {
    syllables: { wai: '外', bao: '包报', jing: '经', xiao: '销小', shang: '商上', xi: '西', an: '安', xian: '先', ji: '机' },
    pairs: '外包经销销商先机',
  };
  const like = makeSoundsLike(table);

  test('a run of syllables is read as the site’s pairs it spells', () => {
    expect(like('waibao')).toEqual(['外包']);
    expect(like('jingxiaoshang')).toEqual(['经销', '销商']);
  });

  test('a longer run keeps only pairs that chain through shared characters', () => {
    const market = makeSoundsLike({
      syllables: { yang: '样', ban: '板办半', shi: '市事是时', chang: '场常' },
      pairs: '样板板市市场办事半是时常',
    });
    expect(market('yangbanshichang')).toEqual(['样板', '板市', '市场']);
    // A pair must also follow on from the one before it (销售 after 经销, never 小手).
    const sales = makeSoundsLike({ syllables: { jing: '经', xiao: '销小', shou: '售手' }, pairs: '经销销售小手' });
    expect(sales('jingxiaoshou')).toEqual(['经销', '销售']);
  });

  test('the cut with fewest syllables that spells site pairs wins (xian ji, not xi an ji)', () => {
    expect(like('xianji')).toEqual(['先机']);
    expect(syllableCuts('xianji', new Set(Object.keys(table.syllables)))).toEqual([
      ['xian', 'ji'],
      ['xi', 'an', 'ji'],
    ]);
  });

  test('letters that spell no site pair, a lone syllable and short runs give nothing', () => {
    expect(like('baowai')).toEqual([]);
    expect(like('shang')).toEqual([]);
    expect(like('logo')).toEqual([]);
    expect(mayBePinyin('app')).toBe(false);
    expect(mayBePinyin('waibao')).toBe(true);
    expect(mayBePinyin('外包')).toBe(false);
    expect(mayBePinyin('外包waibao')).toBe(false);
    expect(mayBePinyin('waibao外包')).toBe(false);
  });

  test('a run that is one syllable as typed is read as two when those spell a site pair', () => {
    const city = makeSoundsLike({ syllables: { xian: '先', xi: '西', an: '安' }, pairs: '西安' });
    expect(city('xian')).toEqual(['西安']);
  });

  test('at most `limit` cuts, fewest syllables first', () => {
    const cuts = syllableCuts('ananan', new Set(['a', 'n', 'an', 'na']), 3);
    expect(cuts).toHaveLength(3);
    expect(cuts[0]).toEqual(['an', 'an', 'an']);
    expect(cuts.every((cut, i) => i === 0 || cut.length >= cuts[i - 1].length)).toBe(true);
  });
});

describe('the table built from content', () => {
  const table = buildSoundTable(['经销商要参加培训，按时兑现。'], ['返利', '经销商']);
  const like = makeSoundsLike(table);

  test('holds the pieces of the site’s words and the readings of common characters', () => {
    expect(table.pairs.length % 2).toBe(0);
    expect(like('培迅')).toContain('培训');
    expect(like('兑线')).toContain('兑现');
    expect(like('经消')).toContain('经销');
  });

  test('pieces come from inside words, none straddles two', () => {
    const pieces = table.pairs.match(/../gu);
    expect(pieces).toEqual(expect.arrayContaining(['经销', '销商', '培训', '返利', '兑现']));
    expect(new Set(pieces).size).toBe(pieces?.length);
    expect(pieces).not.toContain('商要');
  });
});

describe('findPages with the homophone table', () => {
  const index: Record<string, Array<[string, number]>> = {
    培训: [['training', 5]],
    留下: [
      ['training', 1],
      ['other', 2],
    ],
  };
  const engine = {
    search: async (term: string | null) => ({ results: (index[term ?? ''] ?? []).map(([id, score]) => ({ id, score, data: async () => id })) }),
  };
  const plan = { groups: [['培迅'], ['留下']], weights: [1, 1], marks: [] };
  const whole = (term: string) => [term];

  test('a pair no page holds is searched as the site’s pair that sounds the same', async () => {
    let loads = 0;
    const soundsLike = async () => {
      loads += 1;
      return (pair: string) => (pair === '培迅' ? ['培训'] : []);
    };
    const found = await findPages(engine, plan, { segment: whole, soundsLike });
    expect(found.map((f) => f.id)).toEqual(['training', 'other']);
    expect(loads).toBe(1);
  });

  test('the table is not fetched when every pair is found, and a failed fetch only skips the help', async () => {
    let loads = 0;
    const soundsLike = async () => {
      loads += 1;
      throw new Error('offline');
    };
    await findPages(engine, { groups: [['留下']], weights: [1], marks: [] }, { segment: whole, soundsLike });
    expect(loads).toBe(0);
    const found = await findPages(engine, plan, { segment: whole, soundsLike });
    expect(loads).toBe(1);
    expect(found.map((f) => f.id)).toEqual(['other', 'training']);
  });
});

describe('findPages with pinyin left unconverted', () => {
  const index: Record<string, Array<[string, number]>> = { 外包: [['outsourcing', 3]], 收费: [['fees', 2]], app: [['app', 1]], oppo: [['phones', 1]] };
  const engine = {
    search: async (term: string | null) => ({ results: (index[term ?? ''] ?? []).map(([id, score]) => ({ id, score, data: async () => id })) }),
  };
  const whole = (term: string) => [term];
  const like = async () => (typed: string) => (typed === 'waibao' ? ['外包'] : []);

  test('a run of letters no page holds is searched as the pairs it spells', async () => {
    const plan = { groups: [['waibao'], ['收费']], weights: [1, 1], marks: [] };
    const found = await findPages(engine, plan, { segment: whole, soundsLike: like });
    expect(found.map((f) => f.id)).toEqual(['outsourcing', 'fees']);
  });

  test('letters a page holds, or too few to be pinyin, never load the table', async () => {
    let loads = 0;
    const counting = async () => {
      loads += 1;
      return () => [];
    };
    await findPages(engine, { groups: [['app'], ['ka'], ['oppo']], weights: [1, 1, 1], marks: [] }, { segment: whole, soundsLike: counting });
    expect(loads).toBe(0);
  });
});

describe('slips that are words themselves (意义 for 异议)', () => {
  const objectionPages = Array.from({ length: RARE_PAGES + 1 }, (_, i) => `第${i}页：客户的异议要先听完。这件事很有意义。`);
  const texts = [...objectionPages.slice(0, 1), '处理异议之前先听。', '这次培训很有意义。', '门店位置决定客流。'];
  const terms = ['价格异议', '异议处理', '样板市场'];

  test('a rare pair sounding like a term’s word is searched beside it', () => {
    expect(rareSoundAlikes(texts, terms)).toEqual({ 意义: ['异议'] });
  });

  test('not when the pair is common on the site, and never a pair across two of a term’s words', () => {
    expect(rareSoundAlikes([...objectionPages, ...texts], terms)).toEqual({});
    // 板市 straddles 样板/市场; a page's 办事 must not be read as it.
    expect(rareSoundAlikes(['办事要快。', '样板市场先做起来。'], ['样板市场'])).toEqual({});
  });

  test('the planner searches the term beside what was typed, never instead of it', () => {
    const plan = makePlanner({ stopwords: ['怎么办'], synonyms: [], typos: {}, concepts: [], soundAlikes: { 意义: ['异议'] } }, (t) => [t]);
    expect(plan('客户提意义').groups).toContainEqual(['意义', '异议']);
  });
});
