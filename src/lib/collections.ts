/**
 * The one table of the site's page collections: each collection's name in `astro:content`, its
 * folder under content/, the folder editors write in `<See to>` and `npm run new`, its URL folder,
 * and its Chinese label (badges, breadcrumbs, and the Pagefind `type` filter). Everything that maps
 * one of these to another derives from here. Plain data with no imports, so Node scripts load it too.
 */
export const pageCollections = [
  { name: 'objections', folder: 'objections', urlFolder: 'objections', label: '异议', noun: '客户异议' },
  { name: 'stages', folder: 'stages', urlFolder: 'playbooks', label: '流程阶段', noun: '流程阶段' },
  { name: 'playbooks', folder: 'playbooks', urlFolder: 'playbooks', label: '流程', noun: '开发流程' },
  { name: 'channelTypes', folder: 'channels', urlFolder: 'channels', label: '渠道类型', noun: '渠道类型' },
  { name: 'checklists', folder: 'checklists', urlFolder: 'checklists', label: '清单', noun: '清单' },
  { name: 'guides', folder: 'guides', urlFolder: 'guides', label: '指南', noun: '指南' },
] as const;

export type PageCollection = (typeof pageCollections)[number];
export type CollectionName = PageCollection['name'];

type ByName<K extends keyof PageCollection> = { [C in PageCollection as C['name']]: C[K] };
const byName = <K extends keyof PageCollection>(key: K) =>
  Object.fromEntries(pageCollections.map((c) => [c.name, c[key]])) as ByName<K>;

/** Collection name → URL folder. Stages nest under their playbook, so they share `playbooks/`. */
export const urlFolderOf = byName('urlFolder');
/** Collection name → content folder (`channelTypes` lives in content/channels/). */
export const contentFolderOf = byName('folder');
/** Collection name → Chinese label, also the Pagefind `type` filter value. */
export const typeLabel = byName('label');
/** Content folder (as editors write it in `<See to>` and `npm run new`) → collection name. */
export const collectionOfFolder: Record<string, CollectionName> = Object.fromEntries(pageCollections.map((c) => [c.folder, c.name]));

/**
 * Content that is data, not pages: a YAML list (`file`, one entry per item, each with an `id`) or
 * a folder of YAML files (`folder`, one entry per file, named by its id). Paths are under content/.
 */
export const dataCollections = [
  { name: 'policies', file: 'policies/company.yaml' },
  { name: 'riskyWording', file: 'compliance/risky-wording.yaml' },
  { name: 'diagrams', folder: 'diagrams' },
  { name: 'synonyms', file: 'search/synonyms.yaml' },
  { name: 'stopwords', file: 'search/stopwords.yaml' },
] as const;

export type DataCollectionName = (typeof dataCollections)[number]['name'];

/** A data collection's YAML list file or folder of YAML files, under content/. */
export const dataPathOf = Object.fromEntries(dataCollections.map((c) => [c.name, 'file' in c ? c.file : c.folder])) as Record<DataCollectionName, string>;
