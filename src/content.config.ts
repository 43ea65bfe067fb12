// Wires each folder under content/ to its schema. Folders and files come from the one collections
// table (src/lib/collections.ts), schemas from src/schemas/, the same ones `npm run check` uses.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentFolderOf } from './lib/collections';
import { dataPathOf } from './lib/data-collections';
import { schemaOf } from './schemas';

// CONTENT_DIR points the site at another content tree; the fixture tests build broken copies.
const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
const pages = (name: keyof typeof contentFolderOf) => glob({ pattern: '**/*.mdx', base: `${contentDir}/${contentFolderOf[name]}` });
const list = (name: keyof typeof dataPathOf) => file(`${contentDir}/${dataPathOf[name]}`);

export const collections = {
  playbooks: defineCollection({ loader: pages('playbooks'), schema: schemaOf.playbooks }),
  stages: defineCollection({ loader: pages('stages'), schema: schemaOf.stages }),
  objections: defineCollection({ loader: pages('objections'), schema: schemaOf.objections }),
  channelTypes: defineCollection({ loader: pages('channelTypes'), schema: schemaOf.channelTypes }),
  checklists: defineCollection({ loader: pages('checklists'), schema: schemaOf.checklists }),
  guides: defineCollection({ loader: pages('guides'), schema: schemaOf.guides }),
  // The company's own policies and the wording that must not reach a customer: YAML lists.
  policies: defineCollection({ loader: list('policies'), schema: schemaOf.policies }),
  riskyWording: defineCollection({ loader: list('riskyWording'), schema: schemaOf.riskyWording }),
  stances: defineCollection({ loader: list('stances'), schema: schemaOf.stances }),
  gates: defineCollection({ loader: list('gates'), schema: schemaOf.gates }),
  // Diagrams editors write as data, one YAML file each, drawn where a page says <Diagram id>.
  diagrams: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/${dataPathOf.diagrams}` }), schema: schemaOf.diagrams }),
  // Search vocabulary: YAML lists, one entry per group.
  synonyms: defineCollection({ loader: list('synonyms'), schema: schemaOf.synonyms }),
  concepts: defineCollection({ loader: list('concepts'), schema: schemaOf.concepts }),
  stopwords: defineCollection({ loader: list('stopwords'), schema: schemaOf.stopwords }),
  // What finds a section's index page (清单, 一共有哪些流程): its list, not one page in it.
  sectionWords: defineCollection({ loader: list('sectionWords'), schema: schemaOf.sectionWords }),
  // How /choose/ weighs dealer candidates against the selection checklist.
  selectionRules: defineCollection({ loader: list('selectionRules'), schema: schemaOf.selectionRules }),
};
