import './editor-errors.ts';
export { playbookSchema } from './playbooks.ts';
export { stageSchema } from './stages.ts';
export { objectionSchema, objectionCategories } from './objections.ts';
export { channelTypeSchema, channelGroups } from './channel-types.ts';
export { checklistSchema, checklistItemSchema } from './checklists.ts';
export { guideSchema } from './guides.ts';
export { synonymGroupSchema, stopwordGroupSchema } from './search-terms.ts';
export { policySchema } from './policies.ts';
export { riskyWordingSchema } from './compliance.ts';
export { diagramSchema } from './diagrams.ts';

import { playbookSchema } from './playbooks.ts';
import { stageSchema } from './stages.ts';
import { objectionSchema } from './objections.ts';
import { channelTypeSchema } from './channel-types.ts';
import { checklistSchema } from './checklists.ts';
import { guideSchema } from './guides.ts';
import { synonymGroupSchema, stopwordGroupSchema } from './search-terms.ts';
import { policySchema } from './policies.ts';
import { riskyWordingSchema } from './compliance.ts';
import { diagramSchema } from './diagrams.ts';

/** Each collection's schema by name: src/content.config.ts and `npm run check` validate with the same ones. */
export const schemaOf = {
  playbooks: playbookSchema,
  stages: stageSchema,
  objections: objectionSchema,
  channelTypes: channelTypeSchema,
  checklists: checklistSchema,
  guides: guideSchema,
  policies: policySchema,
  riskyWording: riskyWordingSchema,
  diagrams: diagramSchema,
  synonyms: synonymGroupSchema,
  stopwords: stopwordGroupSchema,
};
