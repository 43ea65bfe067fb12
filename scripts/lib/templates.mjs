/**
 * Starting files for `npm run new`: one per collection, every field present and already valid
 * (the fixture test builds them) but the choices only the editor can make (`toChoose`), with
 * comments telling the editor what to write. Allowed enum
 * values come from src/lib/vocabulary-of-content.ts, which the schemas use too; the end-to-end
 * test test/e2e/content-fixtures.test.mjs builds one page of every kind from these templates
 * through the real schemas and `npm run check`, so a drift fails it.
 */

import { pageCollections } from '../../src/lib/collections.ts';
import { channelGroups as groups, defaultOwner, objectionCategories as categories } from '../../src/lib/vocabulary-of-content.ts';

/** `npm run new`'s first argument (the content folder) → what it makes, from the one collections table. */
export const collections = Object.fromEntries(pageCollections.map((c) => [c.folder, c.noun]));

const objectionCategories = categories.join('、');
const channelGroups = groups.join('、');

/**
 * Fields a template leaves for the editor to choose: a placeholder the schema refuses, so
 * `npm run check` (and `npm run dev`) list the allowed values until one is chosen. A default
 * would be kept unread: every objection made so far had come out as 价格.
 */
export const toChoose = {
  objections: { field: 'category', placeholder: '待选择', options: categories },
  channels: { field: 'group', placeholder: '待选择', options: groups },
};

/** A title as YAML: plain when safe, quoted when it holds characters YAML would read as syntax. */
const yamlText = (text) => (/^[-?!&*|>%@`'"\s]|[:#[\]{},]|\s$/.test(text) ? JSON.stringify(text) : text);

/** Shared fields, in the order every page writes them. */
const common = ({ title, summary, reviewed, order = 100 }) => `title: ${yamlText(title)}
# 一两句话，出现在搜索结果、卡片和打印件上，至少 10 个字。
summary: ${summary}
# 销售可能会搜的口语说法，用逗号分隔。
aliases: [待补充的说法]
# 销售会怎么搜这一页回答的事：整句口语，每行一条，例如 - "经销商进货越来越少怎么办"（可留空 []）。
asks: []
# 在列表中的位置，小的在前。
order: ${order}
# 谁负责这一页的内容准确。
owner: ${defaultOwner}
# 负责人最近一次审核的日期；超过 6 个月会提示“需要复核”。
reviewed: ${reviewed}`;

const templates = {
  objections: ({ title = '新的客户异议', reviewed }) => `---
# 客户异议。字段说明见 content/README.md；写好后运行 npm run check。
${common({ title, summary: '一两句话说清客户在担心什么、我们怎么回应（请改写）。', reviewed })}
# 异议的类别：从这几个里选一个，替换“${toChoose.objections.placeholder}”：${objectionCategories}
category: ${toChoose.objections.placeholder}
# 客户的原话，至少两条。
phrases:
  - "客户的第一种说法（请改写）"
  - "客户的第二种说法（请改写）"
# 一口气说得完的一句话回应。
answer: 一句话回应，写成销售能直接说出口的话（请改写）。
# 常出现在哪些阶段：<流程>/<阶段>，例如 six-steps/during-visit。不确定就留空 []。
stages: []
# 常见于哪些渠道类型：content/channels/ 下的文件名，例如 dealer。
channelTypes: []
---

## 背后可能是什么

- 客户这样说的第一种原因（请改写）。

## 怎么回应

<Say>“这里写销售说出口的话术（请改写）。”</Say>

<Tip>这里写一条实用的小提示（可删除）。</Tip>

## 带上这些证据

<Evidence>

- 能证明我们说法的材料（请改写）

</Evidence>

看待异议的基本态度见 <See to="guides/objection-basics" />。
`,

  stages: ({ title = '新的阶段', reviewed, playbook, order }) => `---
# 流程阶段。文件必须放在 content/stages/${playbook}/ 下。字段说明见 content/README.md。
${common({ title, summary: '一两句话说清这一步做什么、做到什么程度（请改写）。', reviewed, order })}
# 所属流程，必须和文件夹名一致。
playbook: ${playbook}
# 这一步要达到的目标，一句话。
goal: 这一步要达到的目标（请改写）
# 行动步骤，按先后顺序。
keyActions:
  - 第一个行动（请改写）
# 这一步要弄清楚的事（可留空 []）。
findOut: []
# 完成标志：怎样算这一步做完了。
outputs:
  - 完成标志（请改写）
# 重点总结：一段话，至少 10 个字。
keyPoints: 这一步最要记住的一段话（请改写）。
# 常见误区（可留空 []）。
pitfalls: []
# 这一步常见的异议：content/objections/ 下的文件名，例如 price。
objections: []
# 这一步用得上的清单：content/checklists/ 下的文件名，例如 pre-visit。
checklists: []
---

## 怎么做

写清楚这一步的做法（请改写）。

<Say>“这里写销售说出口的话术（请改写）。”</Say>

<Warning>这里写最容易犯的错误（可删除）。</Warning>

整个流程见 <See to="playbooks/${playbook}" />。
`,

  playbooks: ({ title = '新的开发流程', reviewed }) => `---
# 开发流程。它的阶段放在 content/stages/<本文件名>/ 下，用 npm run new -- stages <本文件名>/<阶段> 创建。
${common({ title, summary: '一两句话说清这个流程适合谁、解决什么问题（请改写）。', reviewed })}
# 这个流程写给谁看，至少一类。
audience: [销售代表]
---

这里写流程的总体介绍（请改写）。
`,

  channels: ({ title = '新的渠道类型', reviewed }) => `---
# 渠道类型。字段说明见 content/README.md。
${common({ title, summary: '一两句话说清这类渠道是谁、靠什么赚钱（请改写）。', reviewed })}
# 渠道类型列表里的分组：从这几个里选一个，替换“${toChoose.channels.placeholder}”：${channelGroups}
group: ${toChoose.channels.placeholder}
# 和这类渠道沟通的重点，至少一条。
stress:
  - 沟通重点（请改写）
# 怎么判断值不值得做，至少一条。
qualify:
  - 判断方法（请改写）
# 这类渠道常提的异议：content/objections/ 下的文件名，例如 price。
objections: []
---

这里写这类渠道的介绍（请改写）。
`,

  checklists: ({ title = '新的清单', reviewed }) => `---
# 清单。每一项的 id 在本清单内不能重复，保存的勾选记录靠它，写好后不要再改。
${common({ title, summary: '一两句话说清这份清单什么时候用（请改写）。', reviewed })}
items:
  - id: first-item
    text: 第一件要做的事（请改写）
    hint: 一行补充说明（可删除）
    group: 分组名称（可删除）
  - id: second-item
    text: 第二件要做的事（请改写）
---

这里写清单的使用说明（可删除）。
`,

  guides: ({ title = '新的指南', reviewed }) => `---
# 指南。字段说明见 content/README.md。
${common({ title, summary: '一两句话说清这篇指南讲什么（请改写）。', reviewed })}
---

## 第一部分

这里写正文（请改写）。

<Tip>这里写一条实用的小提示（可删除）。</Tip>
`,
};

/** The file text for a new page. `playbook` and `order` are needed for stages only. */
export function renderTemplate(collection, fields) {
  const template = templates[collection];
  if (!template) throw new Error(`unknown collection ${collection}`);
  return template(fields);
}
