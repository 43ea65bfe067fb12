/**
 * The 保存全部以离线使用 control's logic, apart from the DOM (islands/offline/save-all.ts): what
 * it says in each state, and how sizes read. Pure, so it is unit-tested.
 */
import type { OfflineSummary } from './caches.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'saved' }
  /** Stopped part-way: by the rep, or because the connection went. */
  | { kind: 'stopped'; done: number; total: number; offline: boolean }
  | { kind: 'unsupported' };

/** Sizes as a rep reads them: 0.9 MB rather than 943,718 bytes. */
export function formatSize(bytes: number) {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / 1024 / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

export interface SaveView {
  text: string;
  button?: string;
  /** A second, quieter action: 撤销 or 停止. */
  secondary?: string;
  progress?: { value: number; max: number };
}

/** What the control shows for a state, given what 保存全部 would download. */
export function describeSave(state: SaveState, summary: OfflineSummary): SaveView {
  const size = formatSize(summary.bytes);
  const what = summary.pages > 0 ? `其余 ${summary.pages} 页和完整的搜索索引` : '完整的搜索索引';
  switch (state.kind) {
    case 'unsupported':
      return { text: '这个浏览器不能把网站存到手机上，没有信号时请换用手机自带的浏览器打开。' };
    case 'idle':
      return summary.files === 0
        ? { text: '全部内容已在第一次打开时存到这部手机上，没有信号也能用。' }
        : {
            text: `${summary.partial ? '第一次打开时只存了常用内容的一部分' : '异议、清单、拜访准备和政策已存到这部手机上'}，打开过的页面也会留着。${what}约 ${size}，建议连着 Wi-Fi 时保存。`,
            button: `保存全部以离线使用（约 ${size}）`,
          };
    case 'saving':
      return {
        text: `正在保存：${state.done} / ${state.total}`,
        secondary: '停止',
        progress: { value: state.done, max: state.total },
      };
    case 'stopped':
      return {
        text: state.offline
          ? `网络断了，已保存 ${state.done} / ${state.total}。有信号后点“继续保存”，已存的不会重下。`
          : `已停止，已保存 ${state.done} / ${state.total}。`,
        button: '继续保存',
        secondary: '撤销',
        progress: { value: state.done, max: state.total },
      };
    case 'saved':
      return { text: `全部内容（约 ${size}）已存到这部手机上，没有信号也能看所有页面、搜全站。`, secondary: '撤销，删掉这些离线内容' };
  }
}
