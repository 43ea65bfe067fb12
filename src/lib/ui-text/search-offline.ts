// What a search with no signal could not reach, under the results (islands/search/offline-note.ts).
// Its own module: these words load only when needed, not with the first search.

export const indexMissed = '没有网络，部分搜索索引没存到手机上，可能漏掉结果。';
export const unreachable = (count: number) => `另有 ${count} 条结果的页面没存到手机上，有信号后可看。`;
export const saveAllHint = '有 Wi-Fi 时可在首页“保存全部以离线使用”。';
