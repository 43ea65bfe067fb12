/**
 * Diagrams drawn from data the site already has, never retyped: a playbook's stage map from the
 * stages collection, and a checklist whose items are steps in order (`flow: true`) as a flow.
 */
import type { DiagramData } from './layout';

export function stageMap(playbook: string, stages: Array<{ id: string; title: string; href: string; goal?: string }>, currentId?: string): DiagramData {
  return {
    title: `${playbook}：${stages.length} 个阶段`,
    description: `${playbook}的阶段，依次是：${stages.map((s) => s.title).join('、')}。${currentId ? `当前在“${stages.find((s) => s.id === currentId)?.title}”。` : ''}`,
    direction: 'TB',
    nodes: stages.map((s) => ({ id: s.id, label: s.title, href: s.href, current: s.id === currentId, note: s.goal })),
    edges: stages.slice(1).map((s, i) => ({ from: stages[i].id, to: s.id })),
  };
}

/** A step's name: an item written `仓储：确认库存够……` is drawn as 仓储. */
export const stepName = (text: string) => text.split(/[：:]/)[0].trim();

export function checklistFlow(title: string, items: Array<{ id: string; text: string }>): DiagramData {
  const names = items.map((i) => stepName(i.text));
  return {
    title: `${title}（流程图）`,
    description: `${title}共 ${items.length} 步：${names.join(' → ')}。`,
    direction: 'TB',
    nodes: items.map((item, i) => ({ id: item.id, label: names[i] })),
    edges: items.slice(1).map((item, i) => ({ from: items[i].id, to: item.id })),
  };
}
