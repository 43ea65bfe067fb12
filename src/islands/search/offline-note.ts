/** What a search with no signal could not reach (panel.ts), in the words the rep reads. */
export function offlineNote(indexMissed: boolean, unreachable: number) {
  const notes = [
    indexMissed ? '没有网络，部分搜索索引没存到手机上，可能漏掉结果。' : '',
    unreachable ? `另有 ${unreachable} 条结果的页面没存到手机上，有信号后可看。` : '',
  ];
  return `${notes.join('')}有 Wi-Fi 时可在首页“保存全部以离线使用”。`;
}
