// The drill on /practice/ (islands/practice/drill.ts) and what its saved progress says (lib/practice/progress.ts).

export const onlyThisVisit = (count: number) => `只练这次拜访可能遇到的 ${count} 个异议。改上面的选项就练别的。`;
export const nothingToday = '这里今天没有要练的。换个渠道类型或类别，或者过几天再来。';
export const roundDone = (done: number, leftNote: string) => `这一轮练了 ${done} 张。${leftNote}`;
export const leftToday = (left: number) => `今天还有 ${left} 张要练。`;
export const allDoneToday = '今天要练的都练完了。';
export const position = (n: number) => `第 ${n} 张 · `;
export const closingQuestion = (question: string) => `收口问：${question}`;
export const counts = (due: number, practising: number, mastered: number, fresh: number, total: number) =>
  `今天要练 ${due} · 在练 ${practising} · 已掌握 ${mastered} · 还没练过 ${fresh}（共 ${total} 个异议）`;
export const missedTimes = (again: number) => ` · 答不上来 ${again} 次`;
export const hardest = '最常答不上来的：';
export const cannotSave = '无法保存到本机（存储已满或被浏览器禁止）：可以继续练，关掉页面前的记录都在；已经存下的记录不受影响。';
/** The exported file's name, before the date. */
export const fileName = (date: string) => `练习记录-${date}.json`;
export const confirmImport = (plan: string) => `${plan}\n\n导入吗？`;
export const untouched = '没有导入，本机的练习记录没有动。';
export const imported = (added: number, updated: number, kept: number, note: string) =>
  `已导入：新增 ${added} 张，更新 ${updated} 张，保留本机的 ${kept} 张。${note}`;
export const importedNotSaved = (done: string) => `${done}但无法保存到本机（存储已满或被浏览器禁止）：关掉页面前请先导出备份。`;

// Saved progress read back (lib/practice/progress.ts).
export const storeBroken = '保存的练习记录已损坏，无法读取，已重新开始。';
export const storeWrongFormat = '练习记录的格式不对（可能来自别的版本），已重新开始。';
export const cardsReset = (cards: string[]) => `有 ${cards.length} 张卡片的记录损坏，已从头开始练：${cards.join('、')}。其余的都保留了。`;

// A file chosen for import, refused with one sentence (lib/practice/progress.ts).
export const fileTooLarge = (kb: number) => `这个文件有 ${kb} KB，不是练习记录（练习记录只有几 KB）：${untouched}`;
export const fileUnreadable = `这个文件读不出内容，不是练习记录：${untouched}`;
export const fileForeign = `这个文件来自别的网站或程序，不是本手册的练习记录：${untouched}`;
export const fileNewer = `这个文件来自更新版本的手册：先刷新页面，换到新版本再导入。${untouched}`;
export const fileEmpty = `这个文件里没有能读的练习记录：${untouched}`;

// What an import will do, said before anything is written (lib/practice/progress.ts).
export const mergeTotal = (cards: number) => `这个文件有 ${cards} 张卡片的记录：`;
export const mergeAdded = (count: number) => `新增 ${count} 张，`;
export const mergeUpdated = (count: number) => `更新 ${count} 张（文件里的复习更近），`;
export const mergeKept = (count: number) => `${count} 张保留本机的（本机的复习更近或相同）。`;
export const mergeUntouched = (count: number) => `本机另有 ${count} 张不在文件里，不会动。`;
