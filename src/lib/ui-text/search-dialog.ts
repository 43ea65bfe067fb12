// The header's search dialog around the panel (islands/search/dialog.ts).

export const label = '搜索';
export const close = '关闭（Esc)';
