import { describe, expect, test } from 'vitest';
import { cacheNames, isOtherBuild, pageKey } from '../../src/lib/offline/caches';
import { describeSave, formatSize } from '../../src/lib/offline/save-all';

const summary = { build: 'b1', files: 200, bytes: 1.15 * 1024 * 1024, pages: 103 };

describe('formatSize', () => {
  test('reads as a rep would say it', () => {
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(943_718)).toBe('922 KB');
    expect(formatSize(1.15 * 1024 * 1024)).toBe('1.1 MB');
    expect(formatSize(58 * 1024 * 1024)).toBe('58 MB');
    // At the edges: 1 MB reads as MB, 10 MB without a decimal.
    expect(formatSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB');
  });
});

describe('describeSave', () => {
  test('offers the rest with its size before downloading anything', () => {
    expect(describeSave({ kind: 'idle' }, summary)).toEqual({
      text: '异议、清单、拜访准备和政策已存到这部手机上，打开过的页面也会留着。其余 103 页和完整的搜索索引约 1.1 MB，建议连着 Wi-Fi 时保存。',
      button: '保存全部以离线使用（约 1.1 MB）',
    });
  });

  test('when the first visit could not store the whole core, it does not claim it did', () => {
    const text = describeSave({ kind: 'idle' }, { ...summary, partial: true }).text;
    expect(text).toMatch(/^第一次打开时只存了常用内容的一部分/);
    expect(text).not.toContain('异议、清单');
  });

  test('with no page left, only the index is offered', () => {
    expect(describeSave({ kind: 'idle' }, { ...summary, pages: 0 }).text).toContain('完整的搜索索引约 1.1 MB');
    expect(describeSave({ kind: 'idle' }, { ...summary, pages: 0 }).text).not.toContain('其余');
  });

  test('a browser that cannot store the site is told what to do instead, with nothing to tap', () => {
    expect(describeSave({ kind: 'unsupported' }, summary)).toEqual({ text: '这个浏览器不能把网站存到手机上，没有信号时请换用手机自带的浏览器打开。' });
  });

  test('stopped by the rep, it says how far it got', () => {
    expect(describeSave({ kind: 'stopped', done: 57, total: 200, offline: false }, summary).text).toBe('已停止，已保存 57 / 200。');
  });

  test('offers nothing when the first visit stored everything', () => {
    expect(describeSave({ kind: 'idle' }, { ...summary, files: 0, bytes: 0, pages: 0 }).button).toBeUndefined();
  });

  test('shows progress while saving, and can be stopped', () => {
    expect(describeSave({ kind: 'saving', done: 40, total: 200 }, summary)).toEqual({
      text: '正在保存：40 / 200',
      secondary: '停止',
      progress: { value: 40, max: 200 },
    });
  });

  test('a connection lost part-way is said plainly, and what was saved is kept for 继续保存', () => {
    const view = describeSave({ kind: 'stopped', done: 57, total: 200, offline: true }, summary);
    expect(view.text).toBe('网络断了，已保存 57 / 200。有信号后点“继续保存”，已存的不会重下。');
    expect(view.button).toBe('继续保存');
    expect(view.secondary).toBe('撤销');
  });

  test('once saved, it can be undone', () => {
    expect(describeSave({ kind: 'saved' }, summary).secondary).toBe('撤销，删掉这些离线内容');
  });
});

describe('the offline caches', () => {
  test('are named per build, and only other builds’ are old', () => {
    expect(cacheNames('b1')).toEqual({ opened: 'opened-b1', saved: 'saved-b1', seen: 'seen-b1' });
    expect(isOtherBuild('opened-b0', 'b1')).toBe(true);
    expect(isOtherBuild('saved-b1', 'b1')).toBe(false);
    expect(isOtherBuild('workbox-precache-v2-https://x/', 'b1')).toBe(false);
    expect(isOtherBuild('my-opened-b0', 'b1')).toBe(false);
  });

  test('keep one entry per page whatever query or fragment it was opened with', () => {
    expect(pageKey('https://x.cn/playbook/prepare/?channel=dealer#notes')).toBe('https://x.cn/playbook/prepare/');
  });
});
