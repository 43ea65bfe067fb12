/**
 * Decap CMS's configuration (/admin/config.yml), generated at build from the collections table
 * (lib/collections.ts) and the fields the schemas describe (fields.ts): nothing about a field is
 * written twice. References become choices among the entries that exist when the site is built
 * (ids with their titles), since stages nest in folders and policies and gates are YAML lists,
 * which Decap's relation widget cannot read.
 */
import type { EditorField, FieldKind } from './fields.ts';
import { editorComponents } from './components.ts';

export interface EditorCollection {
  name: string;
  label: string;
  folder: string;
  fields: EditorField[];
  /** Stages live one folder down, per playbook. */
  nested?: boolean;
}

export interface DecapOptions {
  collections: EditorCollection[];
  /**
   * The entries a reference may point at, per collection: id and title. Also `pages` (every page as
   * `<folder>/<id>`, for <See to>) and `diagrams`, for the body's component forms.
   */
  choices: Record<string, Array<{ id: string; title: string }>>;
  /** `local` for `npm run edit` (decap-server on this machine); else the production backend. */
  backend: Record<string, unknown>;
  localBackend: boolean;
  siteUrl?: string;
}

type Widget = Record<string, unknown>;

/** A choice among entries, as Decap's select shows it: title and id. */
const optionsOf = (entries: Array<{ id: string; title: string }> = []) => entries.map(({ id, title }) => ({ label: `${title}（${id}）`, value: id }));

function widgetOf(type: FieldKind, choices: DecapOptions['choices'], path: string): Widget {
  switch (type.kind) {
    case 'string': {
      if (type.pattern) return { widget: 'string', pattern: [type.pattern, '只能用小写英文字母、数字和连字符'] };
      if (type.min === undefined && type.max === undefined) return { widget: 'string' };
      // Length limits as Decap checks them in the form, in the schema's words where it has them.
      const range = `{${type.min ?? 0},${type.max ?? ''}}`;
      const limits = [type.min === undefined ? '' : `至少 ${type.min} 个字`, type.max === undefined ? '' : `最多 ${type.max} 个字`].filter(Boolean).join('，');
      return { widget: 'string', pattern: [`^[\\s\\S]${range}$`, type.message ?? limits] };
    }
    case 'number':
      return { widget: 'number', value_type: type.integer ? 'int' : 'float', ...(type.min === undefined ? {} : { min: type.min }) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    case 'select':
      return { widget: 'select', options: type.options };
    case 'relation': {
      const entries = choices[type.collection];
      if (!entries) throw new Error(`编辑器配置：字段 ${path} 引用的 ${type.collection} 没有可选的条目`);
      return { widget: 'select', options: optionsOf(entries) };
    }
    case 'list': {
      const item = widgetOf(type.of, choices, `${path}[]`);
      const limits = { ...(type.min === undefined ? {} : { min: type.min }), ...(type.max === undefined ? {} : { max: type.max }) };
      // A list of choices is one select that takes several.
      if (item.widget === 'select') return { ...item, multiple: true, ...limits };
      if (type.of.kind === 'object') return { widget: 'list', fields: type.of.fields.map((f) => fieldOf(f, choices, `${path}[]`)), ...limits };
      // Open, not folded: a list of short lines reads and edits as lines.
      return { widget: 'list', collapsed: false, field: { name: 'item', label: '一项', ...item }, ...limits };
    }
    case 'object':
      return { widget: 'object', fields: type.fields.map((f) => fieldOf(f, choices, path)) };
  }
}

function fieldOf(field: EditorField, choices: DecapOptions['choices'], prefix = ''): Widget {
  const path = prefix ? `${prefix}.${field.name}` : field.name;
  return {
    name: field.name,
    label: field.label,
    ...(field.hint ? { hint: field.hint } : {}),
    ...(field.required ? {} : { required: false }),
    ...(field.default === undefined || field.type.kind === 'date' ? {} : { default: field.default }),
    ...widgetOf(field.type, choices, path),
  };
}

/** The body's components, each attribute that picks from a list with its options. */
function componentsWithChoices(choices: DecapOptions['choices']) {
  return editorComponents.map((c) => ({
    ...c,
    attributes: c.attributes.map((a) => (a.choices ? { ...a, options: optionsOf(choices[a.choices]) } : a)),
  }));
}

export function decapConfig({ collections, choices, backend, localBackend, siteUrl }: DecapOptions) {
  return {
    backend,
    ...(localBackend ? { local_backend: true } : {}),
    ...(siteUrl ? { site_url: siteUrl } : {}),
    locale: 'zh_Hans',
    media_folder: 'public/images',
    public_folder: '/images',
    collections: collections.map((c) => ({
      name: c.name,
      label: c.label,
      folder: c.folder,
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      identifier_field: 'title',
      // A new page's file name is its web address: ASCII, from the 网址名 field (stages: npm run new).
      ...(c.nested ? {} : { slug: '{{fields.slug}}' }),
      summary: '{{title}}',
      ...(c.nested ? { nested: { depth: 2 } } : {}),
      fields: [
        ...c.fields.map((f) => fieldOf(f, choices)),
        // Source with a form per component (src/admin/editor.ts): Decap's rich-text mode would
        // escape the tags that stand inside sentences.
        {
          name: 'body',
          label: '正文',
          widget: 'mdx',
          hint: '上面的按钮插入话术、公司政策、交叉引用等组件；写法见 content/README.md 第四章',
          components: componentsWithChoices(choices),
        },
      ],
    })),
  };
}
