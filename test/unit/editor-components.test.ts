import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { componentTag, editorComponents } from '../../src/lib/editor/components';

const byName = (name: string) => editorComponents.find((c) => c.name === name)!;

describe('the components the browser editor inserts', () => {
  test('exactly the components MDX pages may use, each attribute one of its props', () => {
    const index = readFileSync('src/mdx-components/index.ts', 'utf8');
    const allowed = /mdxComponents = \{([^}]*)\}/
      .exec(index)![1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(editorComponents.map((c) => c.name).sort()).toEqual(allowed.sort());
    for (const component of editorComponents) {
      const source = readFileSync(`src/mdx-components/${component.name}.astro`, 'utf8');
      const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
      for (const { name, required } of component.attributes)
        expect(props, `${component.name}.${name}`).toMatch(new RegExp(`\\b${name}${required ? '' : '\\?'}:`));
    }
  });

  test('the tags a filled form inserts', () => {
    expect(componentTag(byName('Say'), { label: '对老板', content: '您看这张表。' })).toBe('<Say label="对老板">您看这张表。</Say>');
    expect(componentTag(byName('Say'), { label: '  ', content: '第一段\n第二段' })).toBe('<Say>\n\n第一段\n第二段\n\n</Say>');
    expect(componentTag(byName('Policy'), { id: 'rebate-tiers' })).toBe('<Policy id="rebate-tiers" />');
    expect(componentTag(byName('See'), { to: 'objections/price' })).toBe('<See to="objections/price" />');
    expect(componentTag(byName('Evidence'), { content: '营业执照\n- 检测报告\n\n' })).toBe('<Evidence>\n\n- 营业执照\n- 检测报告\n\n</Evidence>');
    // A quote would end the attribute: it becomes a full-width one.
    expect(componentTag(byName('Compliance'), { law: '广告法"第九条', content: '不说“最”。' })).toBe(
      '<Compliance law="广告法＂第九条">不说“最”。</Compliance>',
    );
  });
});
