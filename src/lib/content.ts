/**
 * Every content query the pages need, in one place (as withastro/docs' `src/content.ts`), so no
 * page repeats getCollection + filter + sort. Drafts show in `astro dev` only. The first call
 * checks cross-entry integrity once per build and fails it with every problem listed.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import type { CollectionName } from './collections';
import { findIntegrityProblems, formatProblems, listPolicyIds, type CheckedEntry } from './content-check/integrity';
import { stageUsesChecklist } from './prepare/assemble-checklist';

export type Playbook = CollectionEntry<'playbooks'>;
export type Stage = CollectionEntry<'stages'>;
export type Objection = CollectionEntry<'objections'>;
export type ChannelType = CollectionEntry<'channelTypes'>;
export type Checklist = CollectionEntry<'checklists'>;
export type Guide = CollectionEntry<'guides'>;
export type AnyEntry = Playbook | Stage | Objection | ChannelType | Checklist | Guide;

interface Site {
  playbooks: Playbook[];
  stages: Stage[];
  objections: Objection[];
  channelTypes: ChannelType[];
  checklists: Checklist[];
  guides: Guide[];
}

const byOrder = (a: AnyEntry, b: AnyEntry) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN');

async function load<C extends CollectionName>(name: C) {
  const entries = await getCollection(name, (e) => import.meta.env.DEV || !e.data.draft);
  return entries.sort(byOrder);
}

/** Line where an entry's body starts in its file, so body problems are reported as file:line. */
function bodyStartLine(entry: AnyEntry): number {
  if (!entry.filePath || !entry.body) return 1;
  try {
    const raw = readFileSync(entry.filePath, 'utf8').replace(/\r\n/g, '\n');
    const at = raw.indexOf(entry.body);
    return at < 0 ? 1 : raw.slice(0, at).split('\n').length;
  } catch {
    return 1;
  }
}

let site: Promise<Site> | undefined;

/** All visible entries, sorted by `order`, checked once. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const loaded: Site = {
      playbooks: await load('playbooks'),
      stages: await load('stages'),
      objections: await load('objections'),
      channelTypes: await load('channelTypes'),
      checklists: await load('checklists'),
      guides: await load('guides'),
    };
    const checked: CheckedEntry[] = Object.values(loaded)
      .flat()
      .map((e: AnyEntry) => ({
        collection: e.collection,
        id: e.id,
        file: e.filePath ?? e.id,
        data: e.data,
        body: e.body ?? '',
        bodyLine: bodyStartLine(e),
      }));
    const policies = new Set((await getCollection('policies')).map((p) => p.id));
    const gates = (await getCollection('gates')).map((g) => g.id);
    const problems = findIntegrityProblems(checked, policies, gates);
    if (problems.length > 0) {
      throw new Error(`内容检查发现 ${problems.length} 个问题：\n${formatProblems(problems)}`);
    }
    return loaded;
  })();
  return site;
}

/** The URL segment of a stage inside its playbook: `six-steps/pre-visit` → `pre-visit`. */
export const stageSlug = (stage: Stage) => stage.id.slice(stage.id.indexOf('/') + 1);

export async function getStagesOf(playbookId: string): Promise<Stage[]> {
  const { stages } = await getSite();
  return stages.filter((s) => s.data.playbook.id === playbookId);
}

/** Stages before and after this one in its playbook, for prev/next links. */
export async function getNeighbours(stage: Stage) {
  const siblings = await getStagesOf(stage.data.playbook.id);
  const index = siblings.findIndex((s) => s.id === stage.id);
  return { prev: siblings[index - 1], next: siblings[index + 1], position: index + 1, total: siblings.length };
}

const includesRef = (refs: ReadonlyArray<{ id: string }>, id: string) => refs.some((r) => r.id === id);

/**
 * Candidates linked to an entry from either side: listed in the entry's own field, or listing
 * the entry in theirs. Editors record a link once, on whichever page they are editing.
 */
function linkedEitherWay<T extends { id: string }>(
  candidates: T[],
  own: ReadonlyArray<{ id: string }>,
  theirs: (candidate: T) => ReadonlyArray<{ id: string }>,
  selfId: string,
): T[] {
  return candidates.filter((c) => includesRef(own, c.id) || includesRef(theirs(c), selfId));
}

export async function getObjectionsForStage(stage: Stage): Promise<Objection[]> {
  const { objections } = await getSite();
  return linkedEitherWay(objections, stage.data.objections, (o) => o.data.stages, stage.id);
}

export async function getObjectionsForChannel(channel: ChannelType): Promise<Objection[]> {
  const { objections } = await getSite();
  return linkedEitherWay(objections, channel.data.objections, (o) => o.data.channelTypes, channel.id);
}

export async function getStagesForObjection(objection: Objection): Promise<Stage[]> {
  const { stages } = await getSite();
  return linkedEitherWay(stages, objection.data.stages, (s) => s.data.objections, objection.id);
}

export async function getChannelsForObjection(objection: Objection): Promise<ChannelType[]> {
  const { channelTypes } = await getSite();
  return linkedEitherWay(channelTypes, objection.data.channelTypes, (c) => c.data.objections, objection.id);
}

/** Stages that point at a checklist, so its page can list where it is used. */
export async function getStagesForChecklist(checklist: Checklist): Promise<Stage[]> {
  const { stages } = await getSite();
  return stages.filter((s) => includesRef(s.data.checklists, checklist.id));
}

export async function getChecklistsForStage(stage: Stage): Promise<Checklist[]> {
  const { checklists } = await getSite();
  const ids = (refs: ReadonlyArray<{ id: string }>) => refs.map((r) => r.id);
  const own = { id: stage.id, checklists: ids(stage.data.checklists) };
  return checklists.filter((c) => stageUsesChecklist(own, { id: c.id, items: c.data.items.map((i) => ({ stages: ids(i.stages) })) }));
}

export async function getPlaybook(id: string): Promise<Playbook> {
  const { playbooks } = await getSite();
  const playbook = playbooks.find((p) => p.id === id);
  if (!playbook) throw new Error(`找不到流程 \`${id}\``);
  return playbook;
}

export type PolicyEntry = CollectionEntry<'policies'>;

const allEntries = async (): Promise<AnyEntry[]> => Object.values(await getSite()).flat();

/** Ids of the policies a page shows: `<Policy>` in its body, and under an objection's answer. */
const policyIdsShownOn = (entry: AnyEntry): string[] => [
  ...listPolicyIds(entry.body ?? '').map((p) => p.id),
  ...(entry.collection === 'objections' ? entry.data.policies.map((p) => p.id) : []),
];

/** The company's policies by title (pinyin order), each with the pages that show it, or list it for a visit's brief. */
export async function getPolicies(): Promise<Array<{ policy: PolicyEntry; usedBy: AnyEntry[] }>> {
  const entries = await allEntries();
  const cited = (e: AnyEntry) => [...policyIdsShownOn(e), ...(e.collection === 'channelTypes' ? e.data.policies.map((p) => p.id) : [])];
  const quoted = new Map(entries.map((e) => [e, new Set(cited(e))]));
  const policies = (await getCollection('policies')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
  return policies.map((policy) => ({ policy, usedBy: entries.filter((e) => quoted.get(e)!.has(policy.id)) }));
}

/** Pages still waiting for the company's lawyer (`legalReview: pending`), for /policies/. */
export async function getPagesPendingLegalReview(): Promise<AnyEntry[]> {
  return (await allEntries()).filter((e) => e.data.legalReview === 'pending');
}

/** Policies a page shows that the company has not filled in yet: the page explains the gap mark once, naming them. */
export async function getUnfilledPoliciesOf(entry: AnyEntry): Promise<PolicyEntry[]> {
  const ids = new Set(policyIdsShownOn(entry));
  return (await getCollection('policies')).filter((p) => ids.has(p.id) && !p.data.value);
}

/** Policies a visit to this kind of channel is likely to touch, in the order the page lists them. */
export function getPoliciesForChannel(channel: ChannelType): Promise<PolicyEntry[]> {
  return getEntries(channel.data.policies);
}
