import { describe, expect, test } from 'vitest';
import {
  describeMerge,
  emptyProgress,
  gradeCard,
  grades,
  MAX_IMPORT_BYTES,
  mergeProgress,
  PROGRESS_FILE_KIND,
  readImport,
  serialiseExport,
  serialiseProgress,
} from '../../src/lib/practice/progress';

const day = 24 * 60 * 60 * 1000;
const monday = new Date('2026-12-07T09:00:00Z');
const later = new Date(monday.getTime() + 3 * day);
const graded = (ids: string[], when: Date, progress = emptyProgress()) => ids.reduce((p, id) => gradeCard(p, id, grades.good, when), progress);
const read = (text: string) => readImport(text.length, () => text);

describe('readImport', () => {
  test('reads an export, and an export made before files carried their kind', () => {
    const progress = graded(['price'], monday);
    expect(read(serialiseExport(progress))).toEqual({ ok: true, progress });
    expect(read(serialiseProgress(progress))).toEqual({ ok: true, progress });
    expect(JSON.parse(serialiseExport(progress)).kind).toBe(PROGRESS_FILE_KIND);
  });

  test('refuses a file too large before reading it', () => {
    let readIt = false;
    const result = readImport(MAX_IMPORT_BYTES + 1, () => ((readIt = true), '{}'));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^这个文件有 257 KB，不是练习记录.*本机的练习记录没有动。$/) });
    expect(readIt).toBe(false);
  });

  test('refuses a broken file, another site’s file, a newer format and a file without cards, each in one sentence that says nothing changed', () => {
    const cases = {
      broken: '{"version":2,"cards":',
      foreign: JSON.stringify({ kind: 'someone-else/backup', version: 2, cards: {} }),
      newer: JSON.stringify({ kind: PROGRESS_FILE_KIND, version: 3, cards: {} }),
      empty: JSON.stringify({ kind: PROGRESS_FILE_KIND, version: 2, cards: {} }),
      notProgress: JSON.stringify([1, 2, 3]),
    };
    const messages = Object.fromEntries(Object.entries(cases).map(([name, text]) => [name, read(text)]));
    expect(messages).toEqual({
      broken: { ok: false, message: '这个文件读不出内容，不是练习记录：没有导入，本机的练习记录没有动。' },
      foreign: { ok: false, message: '这个文件来自别的网站或程序，不是本手册的练习记录：没有导入，本机的练习记录没有动。' },
      newer: { ok: false, message: '这个文件来自更新版本的手册：先刷新页面，换到新版本再导入。没有导入，本机的练习记录没有动。' },
      empty: { ok: false, message: '这个文件里没有能读的练习记录：没有导入，本机的练习记录没有动。' },
      notProgress: { ok: false, message: '这个文件里没有能读的练习记录：没有导入，本机的练习记录没有动。' },
    });
    for (const { message } of Object.values(messages) as Array<{ message: string }>) expect(message).not.toMatch(/已重新开始|已损坏/);
  });

  test('a file with one broken card imports the others and names it', () => {
    const progress = graded(['price'], monday);
    const text = JSON.stringify({ ...progress, cards: { ...progress.cards, rebate: { due: 'soon' } } });
    const result = read(text);
    expect(result.ok && Object.keys(result.progress.cards)).toEqual(['price']);
    expect(result.ok && result.message).toMatch(/rebate/);
  });
});

describe('mergeProgress', () => {
  const stored = graded(['price', 'rebate', 'brand'], later);
  test('an older one-card file keeps all three cards and this phone’s newer review', () => {
    const older = graded(['price'], monday);
    const merged = mergeProgress(stored, older);
    expect(merged.progress).toEqual(stored);
    expect([merged.added, merged.updated, merged.kept]).toEqual([[], [], ['price']]);
  });

  test('a newer review in the file wins for that card only; cards only in the file are added', () => {
    const newer = graded(['rebate', 'need'], new Date(later.getTime() + day));
    const merged = mergeProgress(stored, newer);
    expect(merged.progress.cards.rebate).toEqual(newer.cards.rebate);
    expect(merged.progress.cards.need).toEqual(newer.cards.need);
    expect(merged.progress.cards.price).toEqual(stored.cards.price);
    expect([merged.added, merged.updated, merged.kept]).toEqual([['need'], ['rebate'], []]);
  });

  test('the same review on both sides is kept, not counted as an update', () => {
    expect(mergeProgress(stored, stored).kept).toEqual(['price', 'rebate', 'brand']);
  });

  test('says what the import will add, update and leave alone', () => {
    const file = {
      ...graded(['need'], later),
      cards: {
        ...graded(['need'], later).cards,
        rebate: graded(['rebate'], new Date(later.getTime() + day)).cards.rebate,
        price: graded(['price'], monday).cards.price,
      },
    };
    const merged = mergeProgress(stored, file);
    expect(describeMerge(merged, 3)).toBe(
      '这个文件有 3 张卡片的记录：新增 1 张，更新 1 张（文件里的复习更近），1 张保留本机的（本机的复习更近或相同）。本机另有 1 张不在文件里，不会动。',
    );
  });
});
