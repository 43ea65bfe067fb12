/**
 * Which checklist items a visit needs, from the chosen channel type and stage. An item with no
 * `channelTypes` (or no `stages`) applies to all. Checklists come in when the stage names them
 * or tags any of their items; with no stage chosen, the pre-visit list is the sensible start.
 */
export interface PrepItem {
  id: string;
  text: string;
  hint?: string | undefined;
  group?: string | undefined;
  channelTypes: string[];
  stages: string[];
}
export interface PrepChecklist {
  id: string;
  title: string;
  items: PrepItem[];
}
export interface PrepStage {
  id: string;
  checklists: string[];
}
export interface AssembledItem extends PrepItem {
  /** `<checklist>/<item>`: what ticks and notes are saved under. */
  key: string;
}
export interface AssembledList {
  id: string;
  title: string;
  items: AssembledItem[];
}

export const DEFAULT_CHECKLIST = 'pre-visit';

/** The id of a row's checkbox on /prepare/, on the server and in the island alike. */
export const itemId = (key: string) => `item-${key.replace(/[^a-z0-9-]/gi, '-')}`;

const applies = (wanted: string, allowed: string[]) => !wanted || allowed.length === 0 || allowed.includes(wanted);

/**
 * The stage → checklist rule, the one place it is written: a stage uses a checklist it names,
 * or one with any item tagged with the stage. The pages (lib/content.ts) and the island use it.
 */
export function stageUsesChecklist(
  stage: { id: string; checklists: readonly string[] },
  checklist: { id: string; items: ReadonlyArray<{ stages: readonly string[] }> },
): boolean {
  return stage.checklists.includes(checklist.id) || checklist.items.some((item) => item.stages.includes(stage.id));
}

export function assembleChecklist(checklists: PrepChecklist[], stages: PrepStage[], choice: { channel: string; stage: string }): AssembledList[] {
  const stage = stages.find((s) => s.id === choice.stage);
  const wanted = stage ? checklists.filter((c) => stageUsesChecklist(stage, c)) : checklists.filter((c) => c.id === DEFAULT_CHECKLIST);
  return wanted
    .map((list) => ({
      id: list.id,
      title: list.title,
      items: list.items
        .filter((item) => applies(choice.channel, item.channelTypes) && applies(stage ? choice.stage : '', item.stages))
        .map((item) => ({ ...item, key: `${list.id}/${item.id}` })),
    }))
    .filter((list) => list.items.length > 0);
}

/** Ticked / total over the assembled items and the visit's own items. */
export function progressOf(lists: AssembledList[], customIds: string[], checked: string[]) {
  const keys = [...lists.flatMap((l) => l.items.map((i) => i.key)), ...customIds.map((id) => `custom/${id}`)];
  const done = keys.filter((k) => checked.includes(k)).length;
  return { done, total: keys.length };
}
