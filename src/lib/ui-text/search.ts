// The search panel (islands/search/panel.ts), in the header dialog and on /search/.

export const label = '搜索客户原话、异议、流程和清单';
export const placeholder = '输入客户原话，如：你们返利太低';
export const results = '搜索结果';
export const filterByType = '按类型筛选';
/** The chip for no type filter; also how the panel tells that chip from the type chips. */
export const allTypes = '全部';
export const suggestionsIntro = '常见异议：';
export const noResultsIntro = '换个说法试试，比如客户的原话或“返利”“窜货”这类词。常见异议：';
export const allObjections = '查看全部客户异议 →';
export const noIndexInDev = '开发模式下没有搜索索引：先运行 npm run build 再 npm start。';
export const unavailable = '搜索暂时无法加载，请刷新后再试。';
/** A result's badge when its page has no type. */
export const untypedPage = '页面';
export const askedAs = '问法';
export const alsoCalled = '也叫';
export const nextOf = (stage: string) => `「${stage}」的下一步`;
/** Prefixes the status line while a type chip is chosen. */
export const inType = (type: string) => `「${type}」中`;
export const found = (scope: string, count: number) => `${scope}找到 ${count} 条结果`;
export const notFound = (scope: string, query: string) => `${scope}没有找到“${query}”`;
export const showMore = (left: number) => `显示更多结果（还有 ${left} 条）`;
