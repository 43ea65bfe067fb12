/**
 * Saved ticks and notes point at `<checklist>/<item>`. When an editor renames a checklist file,
 * its old id is kept in the checklist's `formerIds`, and a saved visit's keys move over on load;
 * a key whose checklist or item is gone is reported by name, and a note on it becomes one of the
 * visit's own items, so no text the rep wrote is lost. Pure, so it is unit-tested.
 */
import type { Visit } from './visit-state';
import { prepareText } from '../ui-text';

export interface KnownItems {
  /** Every `<checklist>/<item>` key the site has now. */
  keys: ReadonlySet<string>;
  /** Former checklist id → its id now. */
  renamed: Readonly<Record<string, string>>;
}

export interface Reconciled {
  visit: Visit;
  /** Keys moved to a renamed checklist. */
  moved: number;
  /** Ticked keys whose item no longer exists. */
  dropped: string[];
}

const isCustom = (key: string) => key.startsWith('custom/');

export function reconcileVisit(visit: Visit, known: KnownItems, newId: () => string): Reconciled {
  let moved = 0;
  /** The key now, or undefined when the item is gone. */
  const current = (key: string): string | undefined => {
    if (isCustom(key) || known.keys.has(key)) return key;
    const slash = key.lastIndexOf('/');
    const renamedList = known.renamed[key.slice(0, slash)];
    const next = renamedList ? `${renamedList}/${key.slice(slash + 1)}` : undefined;
    if (next && known.keys.has(next)) {
      moved += 1;
      return next;
    }
    return undefined;
  };
  const dropped: string[] = [];
  const checked: string[] = [];
  for (const key of visit.checked) {
    const now = current(key);
    if (now === undefined) dropped.push(key);
    else if (!checked.includes(now)) checked.push(now);
  }
  const notes: Record<string, string> = {};
  const custom = [...visit.custom];
  for (const [key, note] of Object.entries(visit.notes)) {
    const now = current(key);
    if (now !== undefined) notes[now] = note;
    else custom.push({ id: newId(), text: prepareText.orphanNote(note, key).slice(0, 300) });
  }
  const changed = moved > 0 || dropped.length > 0 || custom.length > visit.custom.length;
  return { visit: changed ? { ...visit, checked, notes, custom } : visit, moved, dropped };
}

/** Former ids → current, failing when two checklists claim one id (named in the message). */
export function renamedChecklists(checklists: ReadonlyArray<{ id: string; formerIds: readonly string[] }>): Record<string, string> {
  const renamed: Record<string, string> = {};
  const current = new Set(checklists.map((c) => c.id));
  for (const list of checklists) {
    for (const former of list.formerIds) {
      const claimed = current.has(former) ? former : renamed[former];
      if (claimed) throw new Error(`清单 ${list.id} 的 formerIds 里的 \`${former}\` 已经是清单 ${claimed} 在用或用过的 id：一个 id 只能属于一份清单`);
      renamed[former] = list.id;
    }
  }
  return renamed;
}
