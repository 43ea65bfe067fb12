/**
 * Every internal URL is built here, on top of Astro's BASE_URL, so the site works under a
 * sub-path (`BASE_PATH=/playbook/`) without a single hard-coded root link.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `withBase('objections/price/')` → `/objections/price/` or `/playbook/objections/price/`. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

/** Collection name → URL folder. `channelTypes` reads better as `/channels/`. */
export const sectionOf = {
  playbooks: 'playbooks',
  stages: 'playbooks',
  objections: 'objections',
  channelTypes: 'channels',
  checklists: 'checklists',
  guides: 'guides',
} as const;

export type CollectionName = keyof typeof sectionOf;

/** The page of any entry. Stage ids are `<playbook>/<stage>`, so they nest under their playbook. */
export const entryUrl = (collection: CollectionName, id: string) => withBase(`${sectionOf[collection]}/${id}/`);
