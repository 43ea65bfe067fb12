// The 保存全部以离线使用 control on the home and offline pages (lib/offline/save-all.ts, islands/offline/save-all.ts).

export const unsupported = '这个浏览器不能把网站存到手机上，没有信号时请换用手机自带的浏览器打开。';
export const allStoredAtFirst = '全部内容已在第一次打开时存到这部手机上，没有信号也能用。';
export const storedPartly = '第一次打开时只存了常用内容的一部分';
export const storedCore = '异议、清单、拜访准备和政策已存到这部手机上';
export const restAndIndex = (pages: number) => `其余 ${pages} 页和完整的搜索索引`;
export const fullIndex = '完整的搜索索引';
/** `stored` is storedPartly or storedCore; `what` is restAndIndex or fullIndex. */
export const idle = (stored: string, what: string, size: string) => `${stored}，打开过的页面也会留着。${what}约 ${size}，建议连着 Wi-Fi 时保存。`;
export const saveAll = (size: string) => `保存全部以离线使用（约 ${size}）`;
export const saving = (done: number, total: number) => `正在保存：${done} / ${total}`;
export const stop = '停止';
export const stoppedOffline = (done: number, total: number) => `网络断了，已保存 ${done} / ${total}。有信号后点“继续保存”，已存的不会重下。`;
export const stopped = (done: number, total: number) => `已停止，已保存 ${done} / ${total}。`;
export const resume = '继续保存';
export const undo = '撤销';
export const saved = (size: string) => `全部内容（约 ${size}）已存到这部手机上，没有信号也能看所有页面、搜全站。`;
export const undoSaved = '撤销，删掉这些离线内容';
export const progress = '保存进度';
