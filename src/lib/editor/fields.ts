/**
 * The browser editor's form fields, read from the same zod schemas the build and `npm run check`
 * validate with (src/schemas/): each field's Chinese label and help (`labelled()` in
 * schemas/common.ts), whether it is required, and its kind — text, number, yes/no, date, a choice
 * among fixed values, a reference to other entries, a list or a group of fields. A schema shape
 * this does not know throws, naming the field, so no field is ever left out of the editor.
 */
import type { z } from 'astro/zod';

export type FieldKind =
  | { kind: 'string'; pattern?: string; min?: number; max?: number; message?: string }
  | { kind: 'number'; integer: boolean; min?: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'select'; options: string[] }
  | { kind: 'relation'; collection: string }
  | { kind: 'list'; of: FieldKind; min?: number; max?: number }
  | { kind: 'object'; fields: EditorField[] };

export interface EditorField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  /** The value a new entry starts with, where the schema gives one. */
  default?: unknown;
  type: FieldKind;
}

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  checks?: Array<{
    _zod: { def: { check: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; format?: string; error?: (issue: object) => unknown } };
  }>;
  format?: string;
}
interface Schema {
  _zod: { def: Def };
  meta?: () => Record<string, unknown> | undefined;
}

const defOf = (schema: Schema) => schema._zod.def;
const metaOf = (schema: Schema) => (typeof schema.meta === 'function' ? (schema.meta() ?? {}) : {});
const check = (def: Def, name: string) => def.checks?.map((c) => c._zod.def).find((c) => c.check === name);

/** The schema under optional / default / nullable wrappers, and what they say. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; default?: unknown; meta: Record<string, unknown> } {
  let meta = metaOf(schema);
  let optional = false;
  let fallback: unknown;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default') {
      optional = true;
      fallback = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else break;
    current = def.innerType!;
    meta = { ...metaOf(current), ...meta };
  }
  return { inner: current, optional, default: fallback, meta: { ...metaOf(current), ...meta } };
}

function kindOf(schema: Schema, path: string): FieldKind {
  const { inner, meta } = unwrap(schema);
  if (typeof meta.reference === 'string') return { kind: 'relation', collection: meta.reference };
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      const regex = check(def, 'string_format');
      if (regex?.pattern) return { kind: 'string', pattern: regex.pattern.source };
      const min = check(def, 'min_length');
      const max = check(def, 'max_length')?.maximum;
      // The schema's own sentence where it wrote one, so the form says what the check says.
      const said = min?.error?.({});
      return {
        kind: 'string',
        ...(min?.minimum === undefined ? {} : { min: min.minimum }),
        ...(max === undefined ? {} : { max }),
        ...(typeof said === 'string' ? { message: said } : {}),
      };
    }
    case 'number': {
      const min = check(def, 'greater_than')?.value;
      return { kind: 'number', integer: def.format === 'safeint' || Boolean(check(def, 'number_format')), ...(min === undefined ? {} : { min }) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'select', options: Object.values(def.entries!) };
    case 'literal':
      return { kind: 'select', options: def.values!.map(String) };
    case 'pipe':
      return kindOf(def.in!, path);
    case 'array': {
      const min = check(def, 'min_length')?.minimum;
      const max = check(def, 'max_length')?.maximum;
      return { kind: 'list', of: kindOf(def.element!, `${path}[]`), ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'object':
      return { kind: 'object', fields: fieldsOf(inner as unknown as z.ZodObject, `${path}.`) };
    default:
      throw new Error(`编辑器不认识字段 ${path} 的类型 ${def.type}：在 src/lib/editor/fields.ts 里加上它`);
  }
}

/** Every field of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodObject, prefix = ''): EditorField[] {
  const shape = (schema as unknown as Schema)._zod.def.shape ?? (schema as unknown as { shape: Record<string, Schema> }).shape;
  return Object.entries(shape).map(([name, field]) => {
    const { optional, default: fallback, meta } = unwrap(field);
    return {
      name,
      label: typeof meta.title === 'string' ? meta.title : name,
      ...(typeof meta.description === 'string' ? { hint: meta.description } : {}),
      required: !optional,
      ...(fallback === undefined ? {} : { default: fallback }),
      type: kindOf(field, `${prefix}${name}`),
    };
  });
}
