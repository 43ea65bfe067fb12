// The visit prep on /prepare/ (islands/prepare/visit-prep.ts, render.ts, lib/prepare/checklist-keys.ts).

export const shareButton = '发给同事';
export const cannotSave = '无法保存到本机（存储已满或被浏览器禁止）：本页仍可使用和打印，改动在关掉页面前都在；已经存下的准备不受影响。';
export const itemsMoved = (count: number) => `清单改了名，${count} 项勾选和备注已跟着移过去。`;
export const itemsDropped = (items: string[]) => `有 ${items.length} 项勾选的清单项已从手册里删除，勾选已去掉：${items.join('、')}。`;
export const notesKept = (count: number) => `${count} 条写在已删除清单项上的备注，已保留在“我自己加的”里。`;
/** A note whose checklist item is gone, kept as the rep's own item. */
export const orphanNote = (note: string, key: string) => `${note}（原清单项 ${key} 已不在手册里）`;
/** A visit with no customer, in messages and the share title. */
export const unnamed = '未命名';
/** A visit with no customer, in the visit picker. */
export const unnamedVisit = '未命名拜访';
export const openedShared = (customer: string) => `已打开分享的拜访准备：${customer}。`;
export const confirmDelete = (customer: string) => `删除“${customer}”的拜访准备？`;
/** The share sheet's title and the printed page's heading. */
export const visitTitle = (customer: string) => `拜访准备：${customer}`;
export const linkCopied = '分享链接已复制，发给同事即可打开同一份准备。';
export const note = '备注';
export const saveNote = '保存备注';
export const progress = (done: number, total: number) => `已准备 ${done} / ${total} 项`;

// Checklist rows and the brief (islands/prepare/render.ts).
export const noteLine = (note: string) => `备注：${note}`;
export const editNote = '改备注';
export const noteLabel = (hasNote: boolean, item: string) => `${hasNote ? '修改' : '添加'}备注：${item}`;
export const removeItem = (item: string) => `删除：${item}`;
export const ownItems = '我自己加的';
export const noCustomer = '（未填客户）';
export const contact = (value: string) => `联系人：${value}`;
export const role = (value: string) => `角色：${value}`;
export const date = (value: string) => `日期：${value}`;
export const channel = (value: string) => `渠道：${value}`;
export const anyChannel = '不限';
export const stage = (value: string) => `阶段：${value}`;
export const beforeVisit = '拜访前准备';
export const goal = (value: string) => `目标：${value}`;
export const practiceThese = (count: number) => `练一练这 ${count} 个异议 →`;
export const chooseCandidate = (section: string, name: string) => `${section}：把“${name}”和其他候选逐项打分比较 →`;
export const chooseAny = (section: string) => `${section}：给候选逐项打分、并排比较 →`;
export const stress = '重点讲什么';
export const objections = '最可能听到的异议，一句话回应';
export const policies = '可能谈到的公司政策';
