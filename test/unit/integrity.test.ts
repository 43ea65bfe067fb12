import { describe, expect, test } from 'vitest';
import { findIntegrityProblems, formatProblems, listPolicyIds, type CheckedEntry } from '../../src/lib/content-check/integrity';

const ref = (collection: string, id: string) => ({ collection, id });
const stage = (id: string, order: number, extra: Record<string, unknown> = {}): CheckedEntry => ({
  collection: 'stages',
  id,
  file: `content/stages/${id}.mdx`,
  data: { playbook: ref('playbooks', id.split('/')[0]!), order, objections: [], ...extra },
});
const playbook: CheckedEntry = { collection: 'playbooks', id: 'dealer', file: 'content/playbooks/dealer.mdx', data: {} };

describe('findIntegrityProblems', () => {
  test('a consistent set has no problems', () => {
    expect(findIntegrityProblems([playbook, stage('dealer/a', 1), stage('dealer/b', 2)])).toEqual([]);
  });

  test('names file and field of a reference to nothing, including nested checklist items', () => {
    const checklist: CheckedEntry = {
      collection: 'checklists',
      id: 'pre-visit',
      file: 'content/checklists/pre-visit.mdx',
      data: { items: [{ id: 'x', stages: [ref('stages', 'dealer/missing')] }] },
    };
    expect(formatProblems(findIntegrityProblems([playbook, checklist]))).toBe(
      'content/checklists/pre-visit.mdx → items[0].stages[0]: `items[0].stages[0]` 引用了不存在的 stages 条目 `dealer/missing`：检查拼写，或先创建 content 中对应的文件',
    );
  });

  test('reports a repeated stage order once, on the second stage', () => {
    const problems = findIntegrityProblems([playbook, stage('dealer/a', 1), stage('dealer/b', 1)]);
    expect(problems).toEqual([
      { file: 'content/stages/dealer/b.mdx', field: 'order', message: '`order` 1 在流程 `dealer` 中用了两次：每个阶段要有自己的序号' },
    ]);
  });

  test('reports a gap in stage orders', () => {
    const problems = findIntegrityProblems([playbook, stage('dealer/a', 1), stage('dealer/b', 3)]);
    expect(problems.map((p) => p.message)).toEqual(['流程 `dealer` 的阶段序号要从 1 连续排列：这里应是 2，实际是 3']);
  });

  test('a page made in the browser editor: its slug (网址名) must be its file name', () => {
    const page = (slug: string): CheckedEntry => ({ collection: 'guides', id: 'sample-stock', file: 'content/guides/sample-stock.mdx', data: { slug } });
    expect(findIntegrityProblems([page('sample-stock')])).toEqual([]);
    expect(findIntegrityProblems([page('sample-stok')])).toEqual([
      {
        file: 'content/guides/sample-stock.mdx',
        field: 'slug',
        message: '`slug`（网址名）是 `sample-stok`，文件名却是 `sample-stock`：两者要一样，改其中一个',
      },
    ]);
  });

  test('reports a stage filed under another playbook folder', () => {
    const misfiled = { ...stage('dealer/a', 1), data: { playbook: ref('playbooks', 'six-steps'), order: 1 } };
    const problems = findIntegrityProblems([playbook, misfiled, { ...playbook, id: 'six-steps' }]);
    expect(problems.map((p) => p.field)).toEqual(['playbook']);
  });
});

describe('<Policy id>', () => {
  const entry = (body: string) => ({ collection: 'guides', id: 'g', file: 'content/guides/g.mdx', data: {}, body, bodyLine: 8 });

  test('an unknown policy id fails with file:line and the fix', () => {
    const problems = findIntegrityProblems([entry('第一行\n保护规则：<Policy id="project-protecton" />')], new Set(['project-protection']));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guides/g.mdx',
        line: 9,
        field: '<Policy id="project-protecton">',
        message: expect.stringMatching(/company\.yaml 里没有政策/),
      }),
    ]);
  });

  test('known ids pass, in any quoting', () => {
    const body = `<Policy id="a" /> <Policy id='b'/> <Policy id={"a"} />`;
    expect(listPolicyIds(body).map((p) => p.id)).toEqual(['a', 'b', 'a']);
    expect(findIntegrityProblems([entry(body)], new Set(['a', 'b']))).toEqual([]);
  });
});
