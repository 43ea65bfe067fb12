// Saved visit preps read back, on /prepare/ and /choose/ (lib/prepare/visit-state.ts).

export const storeBroken = '保存的拜访准备已损坏，无法读取，已重置为空白。';
export const upgraded = '已把旧版本保存的拜访准备升级到新版本。';
export const cannotUpgrade = '旧版本的拜访准备无法升级，已重置为空白。';
export const storeWrongFormat = '保存的拜访准备格式不对（可能来自更新或更旧的版本），已重置为空白。';
export const visitsDropped = (count: number) => `有 ${count} 份拜访准备已损坏，已删除；其余的都保留了。`;
/** A duplicated visit's customer. */
export const copyOf = (customer: string) => `${customer}（副本）`;
