import { describe, expect, test } from 'vitest';
import { fieldsOf, type EditorField } from '../../src/lib/editor/fields';
import { schemaOf } from '../../src/schemas';
import { pageCollections } from '../../src/lib/collections';

const byName = (fields: EditorField[], name: string) => fields.find((f) => f.name === name)!;

describe('the editor’s fields, read from the schemas', () => {
  test('an objection: labels and help from the schema, choices, references and lists', () => {
    const fields = fieldsOf(schemaOf.objections);
    expect(fields.map((f) => f.name)).toEqual(Object.keys(schemaOf.objections.shape));
    expect(byName(fields, 'title')).toMatchObject({ label: '标题', required: true, type: { kind: 'string' } });
    expect(byName(fields, 'category').type).toEqual({
      kind: 'select',
      options: ['需求', '财力', '权力', '价格', '产品', '品牌', '促销', '奖励', '合同', '渠道商疑问'],
    });
    expect(byName(fields, 'phrases')).toMatchObject({ label: '客户原话', required: true, type: { kind: 'list', of: { kind: 'string' }, min: 2 } });
    expect(byName(fields, 'policies')).toMatchObject({
      required: false,
      default: [],
      type: { kind: 'list', of: { kind: 'relation', collection: 'policies' } },
    });
    expect(byName(fields, 'reviewed').type).toEqual({ kind: 'date' });
    expect(byName(fields, 'draft')).toMatchObject({ required: false, default: false, type: { kind: 'boolean' } });
    expect(byName(fields, 'legalReview')).toMatchObject({ required: false, type: { kind: 'select', options: ['pending'] } });
    expect(byName(fields, 'gate')).toMatchObject({ label: '先过关卡', required: false, type: { kind: 'relation', collection: 'gates' } });
  });

  test('a checklist’s items are a list of groups of fields, each labelled', () => {
    const items = byName(fieldsOf(schemaOf.checklists), 'items');
    expect(items.type.kind).toBe('list');
    const of = (items.type as { of: { kind: string; fields: EditorField[] } }).of;
    expect(of.kind).toBe('object');
    expect(of.fields.map((f) => [f.name, f.label, f.required])).toEqual([
      ['id', '编号', true],
      ['text', '内容', true],
      ['hint', '提示', false],
      ['group', '小标题', false],
      ['channelTypes', '只用于这些渠道类型', false],
      ['stages', '只用于这些阶段', false],
    ]);
    expect(of.fields[0].type).toMatchObject({ kind: 'string', pattern: expect.stringContaining('a-z0-9') });
  });

  test('every field of every page collection and of the policies has a Chinese label and help', () => {
    const unlabelled: string[] = [];
    const walk = (collection: string, fields: EditorField[]) =>
      fields.forEach((f) => {
        if (!/\p{Script=Han}/u.test(f.label) || !f.hint) unlabelled.push(`${collection}.${f.name}`);
        const inner = f.type.kind === 'list' ? f.type.of : f.type;
        if (inner.kind === 'object') walk(`${collection}.${f.name}`, inner.fields);
      });
    for (const { name } of pageCollections) walk(name, fieldsOf(schemaOf[name]));
    walk('policies', fieldsOf(schemaOf.policies));
    expect(unlabelled).toEqual([]);
  });
});
