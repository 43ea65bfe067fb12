/** Chinese names of the content types, shared by badges, breadcrumbs and search filters. */
export { typeLabel } from './collections.ts';

/** What a rep sees, and says, where the company has not set a policy yet. */
export const policyUnset = '以公司政策为准：尚未填写';
