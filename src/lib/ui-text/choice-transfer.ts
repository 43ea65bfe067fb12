// Merging a shared or imported comparison on /choose/ (lib/choose/choice-transfer.ts).
// Its own module: that code loads on first use, and these words with it.

export const untouched = '没有导入，本机的比较没有动。';
export const fileTooLarge = (kb: number) => `这个文件有 ${kb} KB，不是经销商比较（比较文件只有几 KB）：${untouched}`;
export const fileUnreadable = `这个文件读不出内容，不是经销商比较：${untouched}`;
export const fileForeign = `这个文件不是本手册导出的经销商比较：${untouched}`;
export const fileNewer = `这个文件来自更新版本的手册：先刷新页面，换到新版本再导入。${untouched}`;
export const fileEmpty = `这个文件里没有能读的候选：${untouched}`;
export const candidatesDropped = (count: number) => `文件里有 ${count} 家的记录已损坏，没有导入。`;
export const added = (names: string[]) => `新增 ${names.length} 家：${names.join('、')}`;
export const updated = (names: string[]) => `更新 ${names.length} 家（两边打分不同的项以后改的为准）：${names.join('、')}`;
export const leftOut = (names: string[], max: number) => `${names.length} 家放不下（最多比较 ${max} 家，先删掉几家再打开一次）：${names.join('、')}`;
export const otherMarket = (market: string) => `市场形态保留这台手机选的（对方选的是：${market}）`;
/** The parts above, joined. */
export const merged = (parts: string[]) => `${parts.join('；')}。`;
export const unchanged = '内容和这台手机上的一样，没有变化。';
