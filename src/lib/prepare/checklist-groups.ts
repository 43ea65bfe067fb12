/** Consecutive items that share a `group` form one section; order is kept as the editor wrote it. */
export function groupItems<T extends { group?: string | undefined }>(items: T[]): Array<{ group: string | undefined; items: T[] }> {
  const groups: Array<{ group: string | undefined; items: T[] }> = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return groups;
}
