/**
 * Cross-entry checks that a single frontmatter schema cannot make: references that point at
 * nothing (in frontmatter, and `<See to="…">` in the MDX body), stages filed under the wrong
 * playbook, and stage orders with gaps or repeats.
 * Pure: takes plain entries, returns problems worded for editors (file + field or line + the fix).
 */

import { isElement, parseMdx, type MdxNode } from '../mdx-tree.ts';
import { collectionOfFolder } from '../collections.ts';

export interface Ref {
  collection: string;
  id: string;
}

export interface CheckedEntry {
  collection: string;
  id: string;
  /** Path of the source file, relative to the repo, for the message. */
  file: string;
  data: Record<string, unknown>;
  /** The MDX body, to find `<See to="…">` cross-references. */
  body?: string;
  /** Line of the file where the body starts (after the frontmatter), so lines point into the file. Default 1. */
  bodyLine?: number;
}

export interface Problem {
  file: string;
  /** Line in the file, when the problem sits in the body. */
  line?: number;
  field: string;
  message: string;
}

const isRef = (value: unknown): value is Ref => typeof value === 'object' && value !== null && 'collection' in value && 'id' in value;

/** Every reference in an entry with the frontmatter path it sits at, e.g. `items[2].stages`. */
export function listReferences(data: Record<string, unknown>, path = ''): Array<{ field: string; ref: Ref }> {
  const found: Array<{ field: string; ref: Ref }> = [];
  for (const [key, value] of Object.entries(data)) {
    const field = path ? `${path}.${key}` : key;
    if (isRef(value)) found.push({ field, ref: value });
    else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isRef(item)) found.push({ field: `${field}[${index}]`, ref: item });
        else if (item && typeof item === 'object') found.push(...listReferences(item as Record<string, unknown>, `${field}[${index}]`));
      });
    }
  }
  return found;
}

/**
 * The value of attribute `attribute` of every `<name>` element in an MDX body, with its line
 * (1-based, inside the body), read with the MDX parser the build uses (satteri): a tag inside a
 * code block is not an element. `to={"x"}` reads as `x`. A body that does not parse gives nothing
 * here: the content check reports the MDX error itself.
 */
function attributesOf(body: string, name: string, attribute: string): Array<{ value: string; line: number }> {
  let root: MdxNode;
  try {
    root = parseMdx(body);
  } catch {
    return [];
  }
  const found: Array<{ value: string; line: number }> = [];
  const walk = (node: MdxNode) => {
    if (isElement(node, name)) {
      const raw = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)?.value;
      const value =
        typeof raw === 'string'
          ? raw
          : typeof (raw as { value?: unknown })?.value === 'string'
            ? (raw as { value: string }).value.trim().replace(/^["'`]|["'`]$/g, '')
            : '';
      found.push({ value, line: node.position?.start.line ?? 1 });
    }
    node.children?.forEach(walk);
  };
  walk(root);
  return found;
}

/** Every `<See to="…">` in a body, with the line it is on (1-based, inside the body). */
export const listSeeTargets = (body: string): Array<{ to: string; line: number }> =>
  attributesOf(body, 'See', 'to').map(({ value, line }) => ({ to: value, line }));

function findSeeProblems(entry: CheckedEntry, known: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { to, line } of listSeeTargets(entry.body ?? '')) {
    const [folder = '', ...rest] = to.split('/');
    const collection = collectionOfFolder[folder];
    if (collection && known.has(`${collection}/${rest.join('/')}`)) continue;
    problems.push({
      file: entry.file,
      line: line + (entry.bodyLine ?? 1) - 1,
      field: `<See to="${to}">`,
      message: collection
        ? `交叉引用指向不存在的页面 \`${to}\`：检查拼写，id 是 content/${folder}/ 下的文件名（不带 .mdx），草稿页（draft: true）在正式构建中也不存在`
        : `交叉引用要写成 集合/id，集合是 ${Object.keys(collectionOfFolder).join('、')} 之一，例如 <See to="objections/price" />`,
    });
  }
  return problems;
}

/** Every `<Policy id="…">` in a body, with the line it is on (1-based, inside the body). */
export const listPolicyIds = (body: string): Array<{ id: string; line: number }> =>
  attributesOf(body, 'Policy', 'id').map(({ value, line }) => ({ id: value, line }));

function findPolicyProblems(entry: CheckedEntry, policies: Set<string>): Problem[] {
  return listPolicyIds(entry.body ?? '')
    .filter(({ id }) => !policies.has(id))
    .map(({ id, line }) => ({
      file: entry.file,
      line: (entry.bodyLine ?? 1) + line - 1,
      field: `<Policy id="${id}">`,
      message: `content/policies/company.yaml 里没有政策 \`${id}\`：检查拼写，或先在那里加上这条政策`,
    }));
}

/**
 * `policies`: the ids of content/policies/company.yaml, to check `<Policy id>`; omitted, it is not checked.
 * `gates`: the ids of content/compliance/gates.yaml a page's `gate` may name.
 */
export function findIntegrityProblems(entries: CheckedEntry[], policies?: Set<string>, gates: Iterable<string> = []): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  for (const id of policies ?? []) known.add(`policies/${id}`);
  for (const id of gates) known.add(`gates/${id}`);

  for (const entry of entries) problems.push(...findSeeProblems(entry, known));
  if (policies) for (const entry of entries) problems.push(...findPolicyProblems(entry, policies));

  for (const entry of entries) {
    for (const { field, ref } of listReferences(entry.data)) {
      if (!known.has(`${ref.collection}/${ref.id}`)) {
        problems.push({
          file: entry.file,
          field,
          message: `\`${field}\` 引用了不存在的 ${ref.collection} 条目 \`${ref.id}\`：检查拼写，或先创建 content 中对应的文件`,
        });
      }
    }
  }

  // A page made in the browser editor names its file in `slug`; the site reads its address from
  // there, so it must be the file's name.
  for (const entry of entries.filter((e) => typeof e.data.slug === 'string')) {
    const name = entry.id.split('/').at(-1);
    if (entry.data.slug !== name) {
      problems.push({
        file: entry.file,
        field: 'slug',
        message: `\`slug\`（网址名）是 \`${String(entry.data.slug)}\`，文件名却是 \`${name}\`：两者要一样，改其中一个`,
      });
    }
  }

  const stagesByPlaybook = new Map<string, CheckedEntry[]>();
  // A stage whose `playbook` failed its schema has been reported already.
  for (const stage of entries.filter((e) => e.collection === 'stages' && isRef(e.data.playbook))) {
    const playbook = (stage.data.playbook as Ref).id;
    const folder = stage.id.split('/')[0];
    if (!stage.id.includes('/') || folder !== playbook) {
      problems.push({
        file: stage.file,
        field: 'playbook',
        message: `阶段文件应放在 content/stages/${playbook}/ 下（\`playbook\` 是 \`${playbook}\`，文件夹却是 \`${stage.id.includes('/') ? folder : 'stages'}\`)`,
      });
    }
    stagesByPlaybook.set(playbook, [...(stagesByPlaybook.get(playbook) ?? []), stage]);
  }
  for (const [playbook, stages] of stagesByPlaybook) {
    const sorted = [...stages].sort((a, b) => Number(a.data.order) - Number(b.data.order));
    const repeated = sorted.filter((s, i) => i > 0 && s.data.order === sorted[i - 1]!.data.order);
    for (const stage of repeated) {
      problems.push({
        file: stage.file,
        field: 'order',
        message: `\`order\` ${stage.data.order} 在流程 \`${playbook}\` 中用了两次：每个阶段要有自己的序号`,
      });
    }
    if (repeated.length > 0) continue;
    sorted.forEach((stage, index) => {
      if (stage.data.order !== index + 1) {
        problems.push({
          file: stage.file,
          field: 'order',
          message: `流程 \`${playbook}\` 的阶段序号要从 1 连续排列：这里应是 ${index + 1}，实际是 ${stage.data.order}`,
        });
      }
    });
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} → ${p.field}: ${p.message}`).join('\n');
}
