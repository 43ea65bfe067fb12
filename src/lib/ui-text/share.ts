// The 复制 and 发给同事 buttons of content pages (islands/share-actions.ts).

/** A policy the company has not filled in, as it reads in a copied 话术. */
export const policyGap = (policy: string | undefined) => `【待公司确定：${policy}】`;
export const copied = '已复制，可以粘贴发给同事。';
export const copyFailed = '复制失败：请长按文字手动复制。';
export const sayCopied = '话术已复制，可以粘贴到聊天里。';
export const sayTitle = (page: string) => `话术 · ${page}`;
