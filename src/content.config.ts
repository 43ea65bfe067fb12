// Wires each folder under content/ to its schema; the schemas themselves live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  channelTypeSchema,
  checklistSchema,
  guideSchema,
  objectionSchema,
  playbookSchema,
  stageSchema,
} from './schemas';

const mdxIn = (folder: string) => glob({ pattern: '**/*.mdx', base: `./content/${folder}` });

export const collections = {
  playbooks: defineCollection({ loader: mdxIn('playbooks'), schema: playbookSchema }),
  stages: defineCollection({ loader: mdxIn('stages'), schema: stageSchema }),
  objections: defineCollection({ loader: mdxIn('objections'), schema: objectionSchema }),
  channelTypes: defineCollection({ loader: mdxIn('channels'), schema: channelTypeSchema }),
  checklists: defineCollection({ loader: mdxIn('checklists'), schema: checklistSchema }),
  guides: defineCollection({ loader: mdxIn('guides'), schema: guideSchema }),
};
