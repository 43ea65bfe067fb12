/**
 * The site's sections, one name each: the menu, the 404 page, the home page, every page title and
 * breadcrumb take the name from here, so the menu never says 准备拜访 while the page says 拜访准备.
 * The content sections take theirs from the collections table (collections.ts).
 */
import { pageCollections, type CollectionName } from './collections.ts';

const nounOf = (name: CollectionName) => pageCollections.find((c) => c.name === name)!.noun;

/** In the order a rep works: prepare, choose, answer, follow the process, know the channel. */
export const sections = [
  { id: 'prepare', path: 'prepare/', label: '拜访准备', hint: '按渠道类型和拜访阶段生成清单，可打印' },
  { id: 'choose', path: 'choose/', label: '选经销商', hint: '候选经销商按标准逐项打分，并排比较' },
  { id: 'objections', path: 'objections/', label: nounOf('objections'), hint: '客户说了什么，怎么接' },
  { id: 'playbooks', path: 'playbooks/', label: nounOf('playbooks'), hint: '从拜访前到突破，一步一步' },
  { id: 'channels', path: 'channels/', label: nounOf('channelTypes'), hint: '不同渠道，沟通重点不同' },
  { id: 'checklists', path: 'checklists/', label: nounOf('checklists'), hint: '调查、选商、谈判、送货' },
  { id: 'guides', path: 'guides/', label: nounOf('guides'), hint: '沟通技巧、经销商管理与案例' },
  { id: 'policies', path: 'policies/', label: '公司政策', hint: '返利、保护、费用、账期：以公司填写的为准' },
] as const;

/** Pages outside the menu that still have a name of their own. */
const otherPages = [
  { id: 'practice', path: 'practice/', label: '练一练' },
  { id: 'search', path: 'search/', label: '搜索' },
] as const;

export type SectionId = (typeof sections)[number]['id'] | (typeof otherPages)[number]['id'];

export function sectionOf(id: SectionId): { path: string; label: string } {
  return [...sections, ...otherPages].find((s) => s.id === id)!;
}

export interface Crumb {
  label: string;
  /** Omit for the current page. */
  href?: string;
}

/** A section's breadcrumbs: its index page alone, or linked and followed by `rest`. */
export function crumbsIn(id: SectionId, withBase: (path: string) => string, ...rest: Crumb[]): Crumb[] {
  const { path, label } = sectionOf(id);
  return rest.length === 0 ? [{ label }] : [{ label, href: withBase(path) }, ...rest];
}
