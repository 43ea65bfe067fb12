import { describe, expect, test } from 'vitest';
import { decapConfig } from '../../src/lib/editor/decap-config';
import { fieldsOf } from '../../src/lib/editor/fields';
import { schemaOf } from '../../src/schemas';
import { pageCollections } from '../../src/lib/collections';

const config = decapConfig({
  collections: [{ name: 'objections', label: '客户异议', folder: 'content/objections', fields: fieldsOf(schemaOf.objections) }],
  choices: {
    policies: [{ id: 'rebate-tiers', title: '返利档位与兑现' }],
    stages: [{ id: 'six-steps/pre-visit', title: '拜访前' }],
    channelTypes: [{ id: 'dealer', title: '经销商' }],
    gates: [{ id: 'financial-licence', title: '先查牌照' }],
  },
  backend: { name: 'git-gateway' },
  localBackend: true,
});
const [objections] = config.collections;
const field = (name: string) => objections.fields.find((f) => f.name === name)!;

describe('Decap’s configuration, from the schemas', () => {
  test('a collection of MDX pages with every schema field, then the body as source with component forms', () => {
    expect(objections).toMatchObject({
      name: 'objections',
      label: '客户异议',
      folder: 'content/objections',
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
    });
    expect(objections.fields.map((f) => f.name)).toEqual([...Object.keys(schemaOf.objections.shape), 'body']);
    const body = field('body') as unknown as { widget: string; components: Array<{ name: string; attributes: Array<{ name: string; options?: unknown[] }> }> };
    expect(body.widget).toBe('mdx');
    // The body's component forms pick a policy from the policies that exist.
    const policy = body.components.find((c) => c.name === 'Policy')!;
    expect(policy.attributes[0].options).toEqual([{ label: '返利档位与兑现（rebate-tiers）', value: 'rebate-tiers' }]);
    expect(config.local_backend).toBe(true);
  });

  test('every field of every page collection’s schema has its editor field', () => {
    const all = decapConfig({
      collections: pageCollections.map((c) => ({ name: c.name, label: c.noun, folder: `content/${c.folder}`, fields: fieldsOf(schemaOf[c.name]) })),
      choices: new Proxy({}, { get: () => [{ id: 'x', title: '某条' }] }),
      backend: {},
      localBackend: false,
    });
    for (const [i, { name }] of pageCollections.entries()) {
      expect(
        all.collections[i].fields.map((f) => f.name),
        name,
      ).toEqual([...Object.keys(schemaOf[name].shape), 'body']);
    }
  });

  test('the form checks what the schema checks, in its words', () => {
    expect(field('title')).toMatchObject({ label: '标题', widget: 'string', pattern: ['^[\\s\\S]{2,}$', '标题至少两个字'] });
    expect(field('answer')).toMatchObject({ pattern: ['^[\\s\\S]{8,}$', '至少 8 个字'] });
    expect(field('category')).toMatchObject({ widget: 'select', options: expect.arrayContaining(['价格', '渠道商疑问']) });
    expect(field('phrases')).toMatchObject({ widget: 'list', min: 2 });
    expect(field('reviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field('aliases')).toMatchObject({ required: false, default: [] });
  });

  test('references are choices among the entries that exist, named by title and id', () => {
    expect(field('policies')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: [{ label: '返利档位与兑现（rebate-tiers）', value: 'rebate-tiers' }],
    });
    expect(field('gate')).toMatchObject({
      widget: 'select',
      required: false,
      options: [{ label: '先查牌照（financial-licence）', value: 'financial-licence' }],
    });
    expect(() =>
      decapConfig({
        collections: [{ name: 'x', label: 'x', folder: 'x', fields: fieldsOf(schemaOf.objections) }],
        choices: {},
        backend: {},
        localBackend: false,
      }),
    ).toThrow(/字段 gate 引用的 gates 没有可选的条目/);
  });
});
