/**
 * Every internal URL is built here, on top of Astro's BASE_URL, so the site works under a
 * sub-path (`BASE_PATH=/playbook/`) without a single hard-coded root link.
 */
import { urlFolderOf, type CollectionName } from './collections.ts';
import { crumbsIn, type Crumb, type SectionId } from './sections.ts';

export type { CollectionName };

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `withBase('objections/price/')` → `/objections/price/` or `/playbook/objections/price/`. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

/** The page of any entry. Stage ids are `<playbook>/<stage>`, so they nest under their playbook. */
export const entryUrl = (collection: CollectionName, id: string) => withBase(`${urlFolderOf[collection]}/${id}/`);

/** A company policy on the /policies/ page, where each has its own anchor. */
export const policyUrl = (id: string) => withBase(`policies/#${id}`);

/** Breadcrumbs under a section: `crumbs('guides', { label: title })` → 指南 › title. */
export const crumbs = (section: SectionId, ...rest: Crumb[]) => crumbsIn(section, withBase, ...rest);
