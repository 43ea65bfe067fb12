import { describe, expect, test } from 'vitest';
import { FAR_DOWN, logParams, readLine, readLog, reportOf, scrubQuery } from '../../src/lib/search/search-log';

describe('the search log', () => {
  test('long numbers never leave the phone; full-width digits count too', () => {
    expect(scrubQuery('张总 13812345678 退货')).toBe('张总 … 退货');
    expect(scrubQuery('订单１２３４５６７８ 发货')).toBe('订单… 发货');
    expect(scrubQuery('返3个点')).toBe('返3个点');
    expect(new URLSearchParams(logParams({ query: '单号 2026120712 没到', count: 4, rank: -1 })).get('q')).toBe('单号 … 没到');
  });

  test('a log line is read back; anything else is skipped', () => {
    const line = `2026-12-07T08:00:00+08:00 ${logParams({ query: '返利 太低', count: 9, rank: 4, page: '/objections/rebate/' })}`;
    expect(readLine(line)).toEqual({ query: '返利 太低', count: 9, rank: 4, page: '/objections/rebate/', time: Date.parse('2026-12-07T08:00:00+08:00') });
    expect(readLog(`${line}\n\ngarbage\n2026-12-07T08:00:00+08:00 q=&n=1&r=0`)).toHaveLength(1);
  });

  const at = (minute: number, entry: Parameters<typeof logParams>[0]) => readLine(`2026-12-07T08:${String(minute).padStart(2, '0')}:00Z ${logParams(entry)}`)!;

  test('the report: no results, nothing opened, opened far down, each with the page it should have been', () => {
    const report = reportOf([
      at(0, { query: '退货谁出运费', count: 0, rank: -1 }),
      at(1, { query: '退货', count: 5, rank: 0, page: '/objections/contract-rights/' }),
      at(10, { query: '退货谁出运费', count: 0, rank: -1 }),
      at(20, { query: '老板不在', count: 7, rank: -1 }),
      at(30, { query: '返利', count: 9, rank: FAR_DOWN, page: '/objections/rebate/' }),
      at(31, { query: '返利', count: 9, rank: FAR_DOWN + 2, page: '/objections/rebate/' }),
      at(40, { query: '返利太低', count: 9, rank: 0, page: '/objections/rebate/' }),
    ]);
    expect(report.searches).toBe(7);
    // Followed within two minutes by an opened result: that page is the guess; ten minutes later is not.
    expect(report.noResults).toEqual([{ query: '退货谁出运费', times: 2, pages: ['/objections/contract-rights/'], meanRank: undefined }]);
    expect(report.nothingOpened.map((s) => [s.query, s.pages])).toEqual([['老板不在', []]]);
    expect(report.farDown).toEqual([{ query: '返利', times: 2, pages: ['/objections/rebate/'], meanRank: FAR_DOWN + 2 }]);
  });

  test('a logged query is trimmed and at most 100 characters', () => {
    expect(scrubQuery('  返利太低  ')).toBe('返利太低');
    expect(scrubQuery('返'.repeat(120))).toHaveLength(100);
  });

  test('lines are read with tabs, leading spaces and Windows line ends; a query is trimmed; a line without a time still counts', () => {
    const params = logParams({ query: '返利', count: 3, rank: 0, page: '/objections/rebate/' });
    const log = `  2026-12-07T08:00:00Z\t${params}\r\n2026-12-07T08:01:00Z q=%20%E8%BF%94%E5%88%A9%20&n=2&r=-1\r\nnot-a-time ${params}\r\n2026-12-07T08:02:00Z`;
    const entries = readLog(log);
    expect(entries.map((e) => [e.query, e.count, e.rank, e.time === undefined])).toEqual([
      ['返利', 3, 0, false],
      ['返利', 2, -1, false],
      ['返利', 3, 0, true],
    ]);
  });

  test('the report is in time order whatever the log order, groups a query across case and spacing, and lists the most frequent first', () => {
    const report = reportOf([
      at(12, { query: 'crm 怎么用', count: 4, rank: 0, page: '/guides/channel-tools/' }),
      at(11, { query: 'CRM  怎么用', count: 0, rank: -1 }),
      at(30, { query: 'APP 推广', count: 0, rank: -1 }),
      at(20, { query: '甲指乙购', count: 0, rank: -1 }),
      at(21, { query: '甲指乙购', count: 0, rank: -1 }),
      at(22, { query: '甲指乙购 是什么', count: 3, rank: 0, page: '/guides/sales-forms/' }),
    ]);
    // Equal counts in the order of the query (Latin letters here: Chinese order depends on the locale).
    expect(report.noResults.map((s) => [s.query, s.times, s.pages])).toEqual([
      ['甲指乙购', 2, ['/guides/sales-forms/']],
      ['APP 推广', 1, []],
      ['CRM  怎么用', 1, ['/guides/channel-tools/']],
    ]);
  });

  test('a query opened far down lists the page opened most often first', () => {
    const report = reportOf([
      at(0, { query: '返利', count: 9, rank: FAR_DOWN, page: '/objections/price/' }),
      at(5, { query: '返利', count: 9, rank: FAR_DOWN, page: '/objections/rebate/' }),
      at(9, { query: '返利', count: 9, rank: FAR_DOWN, page: '/objections/rebate/' }),
    ]);
    expect(report.farDown[0].pages).toEqual(['/objections/rebate/', '/objections/price/']);
  });
});
