// The prompt when a new build of the site is waiting (islands/update-prompt.ts).

export const updated = '内容已更新，';
export const refresh = '刷新';
export const refreshing = '正在刷新…';
export const close = '关闭提示';
