import { describe, expect, test } from 'vitest';
import { diagramProblems, layoutDiagram, wrap } from '../../src/lib/diagram/layout';
import { checklistFlow, stageMap, stepName } from '../../src/lib/diagram/from-content';

const stages = ['拜访前', '拜访中', '拜访后', '培训', '培训后', '突破'].map((title, i) => ({
  id: `six-steps/s${i}`,
  title,
  href: `/playbooks/six-steps/s${i}/`,
}));

describe('layout', () => {
  test('a stage map is a top-to-bottom chain: every node below the last, narrow enough for a phone', () => {
    const laid = layoutDiagram(stageMap('渠道开发六步法', stages, 'six-steps/s2'));
    const ys = laid.nodes.map((n) => n.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(stages.length);
    expect(laid.width).toBeLessThan(358);
    expect(laid.edges).toHaveLength(stages.length - 1);
    for (const edge of laid.edges) expect(edge.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    expect(laid.nodes.filter((n) => n.current).map((n) => n.label)).toEqual(['拜访后']);
  });

  test('long Chinese labels wrap by characters; Latin words stay whole', () => {
    expect(wrap('分拣核对按出库单分拣再由另一人复核', 8)).toEqual(['分拣核对按出库单', '分拣再由另一人复', '核']);
    expect(wrap('推广 APP 的渠道', 6)).toEqual(['推广 APP', '的渠道']);
  });

  test('edge labels get a place of their own', () => {
    const laid = layoutDiagram({
      title: 't',
      description: 'd',
      direction: 'TB',
      nodes: [
        { id: 'a', label: '厂家' },
        { id: 'b', label: '经销商' },
      ],
      edges: [{ from: 'a', to: 'b', label: '商流' }],
    });
    expect(laid.edges[0].labelAt).toBeDefined();
  });
});

describe('diagrams from content', () => {
  test('a checklist flow is drawn from its items, each named by the words before the colon', () => {
    const flow = checklistFlow('送货流程', [
      { id: 'storage', text: '仓储：确认库存' },
      { id: 'notice', text: '送货通知：发给仓库' },
    ]);
    expect(flow.nodes.map((n) => n.label)).toEqual(['仓储', '送货通知']);
    expect(flow.edges).toEqual([{ from: 'storage', to: 'notice' }]);
    expect(stepName('没有冒号的一项')).toBe('没有冒号的一项');
  });

  test('a stage map describes every stage and the current one in words', () => {
    const map = stageMap('六步法', stages, 'six-steps/s0');
    expect(map.description).toContain('拜访前、拜访中、拜访后、培训、培训后、突破');
    expect(map.description).toContain('当前在“拜访前”');
  });
});

describe('diagramProblems', () => {
  test('an edge to an unknown node and a duplicate id are named by field', () => {
    const problems = diagramProblems({
      nodes: [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'A2' },
      ],
      edges: [{ from: 'a', to: 'x' }],
    });
    expect(problems).toEqual([
      { path: ['nodes', 1, 'id'], message: expect.stringContaining('`a` 重复') },
      { path: ['edges', 0, 'to'], message: expect.stringContaining('`x`') },
    ]);
  });
});
