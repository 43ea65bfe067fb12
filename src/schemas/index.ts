import './editor-errors.ts';
import { playbookSchema } from './playbooks.ts';
import { stageSchema } from './stages.ts';
import { objectionSchema } from './objections.ts';
import { channelTypeSchema } from './channel-types.ts';
import { checklistSchema, checklistItemSchema } from './checklists.ts';
import { guideSchema } from './guides.ts';
import { conceptGroupSchema, sectionWordsSchema, synonymGroupSchema, stopwordGroupSchema } from './search-terms.ts';
import { policySchema } from './policies.ts';
import { selectionRuleSchema } from './selection.ts';
import { riskyWordingSchema } from './compliance.ts';
import { diagramSchema } from './diagrams.ts';
import { stanceSchema } from './stances.ts';
import { gateSchema } from './gates.ts';

export {
  playbookSchema,
  stageSchema,
  objectionSchema,
  channelTypeSchema,
  checklistSchema,
  checklistItemSchema,
  guideSchema,
  synonymGroupSchema,
  conceptGroupSchema,
  stopwordGroupSchema,
  sectionWordsSchema,
  policySchema,
  riskyWordingSchema,
  diagramSchema,
  stanceSchema,
  gateSchema,
};

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
  stances: stanceSchema,
  gates: gateSchema,
  synonyms: synonymGroupSchema,
  concepts: conceptGroupSchema,
  stopwords: stopwordGroupSchema,
  sectionWords: sectionWordsSchema,
  selectionRules: selectionRuleSchema,
};
