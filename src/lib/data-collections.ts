/**
 * The content that is data, not pages, and where it lives under content/: a YAML list (`file`, one
 * entry per item, each with an `id`) or a folder of YAML files (`folder`, one entry per file, named
 * by its id). Read by src/content.config.ts and `npm run check`; kept apart from lib/collections.ts,
 * which the islands import, so no page ships it. Plain data, so Node scripts load it too.
 */
export const dataCollections = [
  { name: 'policies', file: 'policies/company.yaml' },
  { name: 'riskyWording', file: 'compliance/risky-wording.yaml' },
  { name: 'stances', file: 'compliance/stances.yaml' },
  { name: 'gates', file: 'compliance/gates.yaml' },
  { name: 'diagrams', folder: 'diagrams' },
  { name: 'synonyms', file: 'search/synonyms.yaml' },
  { name: 'concepts', file: 'search/concepts.yaml' },
  { name: 'stopwords', file: 'search/stopwords.yaml' },
  { name: 'sectionWords', file: 'search/sections.yaml' },
  { name: 'selectionRules', file: 'selection/dealer.yaml' },
] as const;

export type DataCollectionName = (typeof dataCollections)[number]['name'];

/** A data collection's YAML list file or folder of YAML files, under content/. */
export const dataPathOf = Object.fromEntries(dataCollections.map((c) => [c.name, 'file' in c ? c.file : c.folder])) as Record<DataCollectionName, string>;
