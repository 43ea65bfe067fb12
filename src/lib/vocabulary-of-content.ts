/**
 * The enums and patterns that schemas, scripts, templates and benchmarks share. Plain data with no
 * imports, so Node scripts load it as well as the zod schemas: one place to add a category.
 */

/** The eight classic objection types, then dealer contract concerns and prospective partners' questions. */
export const objectionCategories = ['需求', '财力', '权力', '价格', '产品', '品牌', '促销', '奖励', '合同', '渠道商疑问'] as const;

/** How channel types are grouped on the index page: each is a kind of customer a rep visits. */
export const channelGroups = ['按业务类型', '按渠道形式', '工程渠道', '渠道商画像'] as const;

/** ASCII slugs keep URLs stable when a Chinese title is reworded. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Who keeps a page or a policy correct when the file does not say. */
export const defaultOwner = '渠道管理部';

/**
 * Text `npm run new`'s templates hold only to be replaced: `npm run check` fails a page that still
 * has any, so a freshly made page cannot be published untouched.
 */
export const placeholderMarks = ['（请改写）', '（可删除）', '待补充的说法'] as const;
