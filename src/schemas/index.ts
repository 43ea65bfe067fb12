export { playbookSchema } from './playbooks';
export { stageSchema } from './stages';
export { objectionSchema, objectionCategories } from './objections';
export { channelTypeSchema, channelGroups } from './channel-types';
export { checklistSchema, checklistItemSchema } from './checklists';
export { guideSchema } from './guides';
export { synonymGroupSchema, stopwordGroupSchema } from './search-terms';
export { policySchema } from './policies';
export { riskyWordingSchema } from './compliance';
