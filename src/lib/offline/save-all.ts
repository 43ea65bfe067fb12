/**
 * The 保存全部以离线使用 control's logic, apart from the DOM (islands/offline/save-all.ts): what
 * it says in each state, and how sizes read. Pure, so it is unit-tested.
 */
import type { OfflineSummary } from './caches.ts';
import { offlineText } from '../ui-text.ts';

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
  const what = summary.pages > 0 ? offlineText.restAndIndex(summary.pages) : offlineText.fullIndex;
  switch (state.kind) {
    case 'unsupported':
      return { text: offlineText.unsupported };
    case 'idle':
      return summary.files === 0
        ? { text: offlineText.allStoredAtFirst }
        : {
            text: offlineText.idle(summary.partial ? offlineText.storedPartly : offlineText.storedCore, what, size),
            button: offlineText.saveAll(size),
          };
    case 'saving':
      return {
        text: offlineText.saving(state.done, state.total),
        secondary: offlineText.stop,
        progress: { value: state.done, max: state.total },
      };
    case 'stopped':
      return {
        text: state.offline ? offlineText.stoppedOffline(state.done, state.total) : offlineText.stopped(state.done, state.total),
        button: offlineText.resume,
        secondary: offlineText.undo,
        progress: { value: state.done, max: state.total },
      };
    case 'saved':
      return { text: offlineText.saved(size), secondary: offlineText.undoSaved };
  }
}
