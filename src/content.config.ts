// Wires each folder under content/ to its schema; the schemas themselves live in src/schemas/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  channelTypeSchema,
  checklistSchema,
  guideSchema,
  objectionSchema,
  playbookSchema,
  stageSchema,
  policySchema,
  riskyWordingSchema,
  stopwordGroupSchema,
  synonymGroupSchema,
  diagramSchema,
} from './schemas';

// CONTENT_DIR points the site at another content tree; the fixture tests build broken copies.
const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
const mdxIn = (folder: string) => glob({ pattern: '**/*.mdx', base: `${contentDir}/${folder}` });

export const collections = {
  playbooks: defineCollection({ loader: mdxIn('playbooks'), schema: playbookSchema }),
  stages: defineCollection({ loader: mdxIn('stages'), schema: stageSchema }),
  objections: defineCollection({ loader: mdxIn('objections'), schema: objectionSchema }),
  channelTypes: defineCollection({ loader: mdxIn('channels'), schema: channelTypeSchema }),
  checklists: defineCollection({ loader: mdxIn('checklists'), schema: checklistSchema }),
  guides: defineCollection({ loader: mdxIn('guides'), schema: guideSchema }),
  // The company's own policies and the wording that must not reach a customer: YAML lists.
  policies: defineCollection({ loader: file(`${contentDir}/policies/company.yaml`), schema: policySchema }),
  riskyWording: defineCollection({ loader: file(`${contentDir}/compliance/risky-wording.yaml`), schema: riskyWordingSchema }),
  // Diagrams editors write as data, one YAML file each, drawn where a page says <Diagram id>.
  diagrams: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/diagrams` }), schema: diagramSchema }),
  // Search vocabulary: YAML lists, one entry per group.
  synonyms: defineCollection({ loader: file(`${contentDir}/search/synonyms.yaml`), schema: synonymGroupSchema }),
  stopwords: defineCollection({ loader: file(`${contentDir}/search/stopwords.yaml`), schema: stopwordGroupSchema }),
};
