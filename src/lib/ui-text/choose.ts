// The dealer comparison on /choose/ (islands/choose/dealer-choice.ts, lib/choose/check-visit.ts, choice-state.ts).
import type { Answer } from '../choose/assess.ts';

/** In the order the answers are offered. */
export const answerLabel = { met: '符合', partly: '部分符合', not: '不符合', unknown: '不清楚' } as const satisfies Record<Answer, string>;
export const tooMany = (max: number) => `最多比较 ${max} 家：先删掉一家再加。`;
export const openedShared = '打开了分享的比较';
/** The exported file's name, before the date. */
export const fileName = (date: string) => `选经销商-${date}.json`;
export const imported = '已导入';
export const shareTitle = (title: string, count: number) => `${title}：比较 ${count} 家候选`;
export const linkCopied = '链接已复制：对方打开就能看到同样的比较和依据，他手机上已有的比较不会被覆盖。';
export const cannotSave = '这台手机现在存不下（存储已满或被禁用）：改动留在这一页，关掉前请导出、打印或截图。';

// The comparison table and each candidate's verdict.
export const candidate = '候选';
export const fit = '契合度';
export const keyFailed = '关键项不符合';
export const none = '无';
export const unknown = '还不清楚';
export const items = (count: number) => `${count} 项`;
export const verdict = '结论';
export const notScored = '还没有打分。';
export const fitShare = (share: number, threshold: number) => `已知各项的契合度 ${share}%（门槛 ${threshold}%）`;
export const keyFailedList = (items: string) => `关键项不符合：${items}`;
export const unknownList = (count: number, items: string) => `还不清楚 ${count} 项：${items}`;
export const checkInVisit = (count: number) => `准备一次拜访，核实这 ${count} 项`;

// A candidate's card.
export const candidateLabel = (name: string) => `候选：${name}`;
export const remove = '删除';
export const removeLabel = (name: string) => `删除候选：${name}`;
export const confirmRemove = (name: string) => `删除“${name}”和它的打分？`;
export const criteria = (count: number) => `逐项核对（${count} 项）`;
export const key = '关键';
export const evidencePlaceholder = '依据，例如：问了两家上游，回款及时';
export const evidenceLabel = (criterion: string) => `依据：${criterion}`;

// The visit prep opened to check what is still unknown (lib/choose/check-visit.ts).
export const checkGoal = (count: number) => `核实选商标准里还不清楚的 ${count} 项`;
export const checkItem = (text: string) => `核实：${text}`;

// The saved comparison read back (lib/choose/choice-state.ts).
export const storeBroken = '保存的经销商比较已损坏，无法读取，已重置为空白。';
export const storeWrongFormat = '保存的经销商比较格式不对（可能来自更新的版本），已重置为空白。';
export const candidatesDropped = (count: number) => `有 ${count} 个候选的记录已损坏，已去掉，其余的都在。`;
