/** Chinese names of the content types, shared by badges, breadcrumbs and search filters. */
export { typeLabel } from './collections.ts';

/** What a rep sees, and says, where the company has not set a policy yet. */
export const policyUnset = '以公司政策为准：尚未填写';

/** Index pages in the order a rep works: prepare, answer, follow the process, know the channel. */
export const sections = [
  { path: 'prepare/', label: '准备拜访', hint: '按渠道类型和拜访阶段生成清单，可打印' },
  { path: 'choose/', label: '选经销商', hint: '候选经销商按标准逐项打分，并排比较' },
  { path: 'objections/', label: '客户异议', hint: '客户说了什么，怎么接' },
  { path: 'playbooks/', label: '开发流程', hint: '从拜访前到突破，一步一步' },
  { path: 'channels/', label: '渠道类型', hint: '不同渠道，沟通重点不同' },
  { path: 'checklists/', label: '清单', hint: '调查、选商、谈判、送货' },
  { path: 'guides/', label: '指南', hint: '沟通技巧、经销商管理与案例' },
  { path: 'policies/', label: '公司政策', hint: '返利、保护、费用、账期：以公司填写的为准' },
] as const;
