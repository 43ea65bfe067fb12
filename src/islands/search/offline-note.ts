import { searchOfflineText } from '../../lib/ui-text';

/** What a search with no signal could not reach (panel.ts), in the words the rep reads. */
export function offlineNote(indexMissed: boolean, unreachable: number) {
  const notes = [indexMissed ? searchOfflineText.indexMissed : '', unreachable ? searchOfflineText.unreachable(unreachable) : ''];
  return `${notes.join('')}${searchOfflineText.saveAllHint}`;
}
