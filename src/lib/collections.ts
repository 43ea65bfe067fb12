/**
 * The one table of the site's page collections: each collection's name in `astro:content`, its
 * folder under content/, the folder editors write in `<See to>` and `npm run new`, its URL folder,
 * and its Chinese label (badges, breadcrumbs, and the Pagefind `type` filter, whose chips follow
 * this order). Everything that maps one of these to another derives from here. Plain data with no imports, so Node scripts load it too.
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
const byName = <K extends keyof PageCollection>(key: K) => Object.fromEntries(pageCollections.map((c) => [c.name, c[key]])) as ByName<K>;

/** Collection name → URL folder. Stages nest under their playbook, so they share `playbooks/`. */
export const urlFolderOf = /* @__PURE__ */ byName('urlFolder');
/** Collection name → content folder (`channelTypes` lives in content/channels/). */
export const contentFolderOf = /* @__PURE__ */ byName('folder');
/** Collection name → Chinese label, also the Pagefind `type` filter value. */
export const typeLabel = /* @__PURE__ */ byName('label');
/** Content folder (as editors write it in `<See to>` and `npm run new`) → collection name. */
export const collectionOfFolder: Record<string, CollectionName> = /* @__PURE__ */ Object.fromEntries(pageCollections.map((c) => [c.folder, c.name]));

/**
 * The Pagefind `type` of a section's index page (/checklists/ …): found when the rep asks for the
 * whole list (所有清单), it is neither of the kinds it lists. No filter chip: a chip is a kind of page.
 */
export const sectionIndexLabel = '目录';
