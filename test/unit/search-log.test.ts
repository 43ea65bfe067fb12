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
});
