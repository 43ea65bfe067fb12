/**
 * A reference to another entry by its id (`six-steps/during-visit`), parsed to
 * `{ collection, id }` — the shape astro:content's getEntry/getEntries take. Whether that entry
 * exists is checked across all entries by lib/content-check/integrity.ts, which names the file and the field.
 * Not astro:content's `reference()`: that one needs Astro's runtime, and `npm run check` validates
 * content with these same schemas in plain Node, without a build.
 */
import { z } from 'astro/zod';

export const reference = <C extends string>(collection: C) =>
  z
    .string()
    .min(1, '写上要引用的条目 id（content 下的文件名，不带 .mdx）')
    .transform((id) => ({ collection, id }))
    // The browser editor offers the entries of `collection` to choose from (lib/editor/).
    .meta({ reference: collection });
