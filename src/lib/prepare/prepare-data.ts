/**
 * The content the visit-prep island needs, reduced to plain JSON at build time: checklists and
 * their items, stages with the checklists they use, and per channel type the brief (what to
 * stress, likely objections with their one-line answers). Nothing else of the content ships.
 */
import { getCollection } from 'astro:content';
import type { PrepChecklist, PrepStage } from './assemble-checklist';
import { contentFolderOf } from '../collections';
import { renamedChecklists } from './checklist-keys';
import { getObjectionsForChannel, getPoliciesForChannel, getSite } from '../content';

export interface PrepChannel {
  id: string;
  title: string;
  group: string;
  stress: string[];
  objections: Array<{ id: string; title: string; answer: string; url: string }>;
  /** Company policies this visit may touch, with the company's value (absent until it is set). */
  policies: Array<{ title: string; value?: string; url: string }>;
  /** The selection tool's title where its rule lists this channel page (`openFrom`): a visit here may be choosing a dealer. */
  choose?: string;
}
export interface PrepStageOption extends PrepStage {
  title: string;
  playbook: string;
}
export interface PrepData {
  channels: PrepChannel[];
  stages: PrepStageOption[];
  checklists: PrepChecklist[];
  /** Former checklist id → current, so saved ticks survive a rename. */
  renamed: Record<string, string>;
}

export async function getPrepareData(objectionUrl: (id: string) => string, policyUrl: (id: string) => string): Promise<PrepData> {
  const { channelTypes, stages, checklists, playbooks } = await getSite();
  const rules = await getCollection('selectionRules');
  const chooseTitle = (channel: string) => rules.find((r) => r.data.openFrom.includes(`${contentFolderOf.channelTypes}/${channel}`))?.data.title;
  const playbookTitle = new Map(playbooks.map((p) => [p.id, p.data.title]));
  return {
    channels: await Promise.all(
      channelTypes.map(async (c) => ({
        id: c.id,
        title: c.data.title,
        group: c.data.group,
        stress: c.data.stress,
        objections: (await getObjectionsForChannel(c)).map((o) => ({ id: o.id, title: o.data.title, answer: o.data.answer, url: objectionUrl(o.id) })),
        policies: (await getPoliciesForChannel(c)).map((p) => ({ title: p.data.title, value: p.data.value, url: policyUrl(p.id) })),
        choose: chooseTitle(c.id),
      })),
    ),
    stages: stages.map((s) => ({
      id: s.id,
      title: s.data.title,
      playbook: playbookTitle.get(s.data.playbook.id) ?? s.data.playbook.id,
      // The stage's own list; assembleChecklist adds the ones whose items name the stage.
      checklists: s.data.checklists.map((c) => c.id),
    })),
    checklists: checklists.map((c) => ({
      id: c.id,
      title: c.data.title,
      items: c.data.items.map((i) => ({
        id: i.id,
        text: i.text,
        hint: i.hint,
        group: i.group,
        channelTypes: i.channelTypes.map((r) => r.id),
        stages: i.stages.map((r) => r.id),
      })),
    })),
    renamed: renamedChecklists(checklists.map((c) => ({ id: c.id, formerIds: c.data.formerIds }))),
  };
}
