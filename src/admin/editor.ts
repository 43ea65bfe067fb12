/**
 * The page body in /admin/: the MDX source in a plain text box, with a button per component
 * (lib/editor/components.ts) that opens a small form — a policy or a page picked from a list — and
 * inserts the tag where the cursor is. Source, not rich text: Decap's rich-text mode would escape
 * the tags that stand inside sentences. Runs beside Decap's own script, through the globals it
 * exposes (CMS, createClass, h = React.createElement); the preview is Decap's Markdown preview.
 */
import { componentTag, type EditorComponent } from '../lib/editor/components';

interface Choice {
  label: string;
  value: string;
}
type Configured = Omit<EditorComponent, 'attributes'> & { attributes: Array<EditorComponent['attributes'][number] & { options?: Choice[] }> };
interface ControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  field: { get: (key: string) => { toJS: () => unknown } | undefined };
}
interface Decap {
  registerWidget: (name: string, control: unknown, preview?: unknown) => void;
  getWidget: (name: string) => { preview?: unknown } | undefined;
}
declare const CMS: Decap;
declare const createClass: (spec: Record<string, unknown>) => unknown;
declare const h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const MdxBody = createClass({
  getInitialState: () => ({ open: undefined as string | undefined, values: {} as Record<string, string> }),

  components(): Configured[] {
    return ((this as unknown as { props: ControlProps }).props.field.get('components')?.toJS() ?? []) as Configured[];
  },

  insert(component: Configured) {
    const self = this as unknown as {
      props: ControlProps;
      area?: HTMLTextAreaElement;
      state: { values: Record<string, string> };
      setState: (s: object) => void;
    };
    const value = self.props.value ?? '';
    const start = self.area?.selectionStart ?? value.length;
    const end = self.area?.selectionEnd ?? value.length;
    const tag = componentTag(component, self.state.values);
    // A policy or a reference stands in the sentence; a block in a paragraph of its own, one blank
    // line before and after it.
    const before = value.slice(0, start);
    const after = value.slice(end);
    self.props.onChange(
      component.inline ? before + tag + after : `${before.replace(/\n*$/, '')}${before.trim() ? '\n\n' : ''}${tag}\n\n${after.replace(/^\n*/, '')}`,
    );
    self.setState({ open: undefined, values: {} });
  },

  form(component: Configured) {
    const self = this as unknown as { state: { values: Record<string, string> }; setState: (s: object) => void; insert: (c: Configured) => void };
    const set = (name: string) => (event: { target: { value: string } }) => self.setState({ values: { ...self.state.values, [name]: event.target.value } });
    const row = (label: string, control: unknown) =>
      h('label', { style: { display: 'block', margin: '0.5rem 0' } }, h('span', { style: { display: 'block', fontSize: '0.85rem' } }, label), control);
    const inputs = component.attributes.map((a) =>
      row(
        a.label,
        a.options
          ? h(
              'select',
              { value: self.state.values[a.name] ?? '', onChange: set(a.name), 'aria-label': a.label },
              h('option', { value: '' }, '请选择'),
              ...a.options.map((o) => h('option', { value: o.value, key: o.value }, o.label)),
            )
          : h('input', { value: self.state.values[a.name] ?? '', onChange: set(a.name), 'aria-label': a.label, style: { width: '100%' } }),
      ),
    );
    const content =
      component.content &&
      row(
        component.content.label,
        h('textarea', {
          value: self.state.values.content ?? '',
          onChange: set('content'),
          'aria-label': component.content.label,
          rows: 3,
          style: { width: '100%' },
        }),
      );
    const missing = component.attributes.some((a) => a.required && !self.state.values[a.name]?.trim());
    return h(
      'div',
      {
        role: 'group',
        'aria-label': `插入${component.label}`,
        style: { border: '1px solid #ccd', borderRadius: 6, padding: '0.5rem 0.75rem', margin: '0.5rem 0' },
      },
      ...inputs,
      content,
      h('button', { type: 'button', disabled: missing, onClick: () => self.insert(component) }, `插入${component.label}`),
      ' ',
      h('button', { type: 'button', onClick: () => self.setState({ open: undefined, values: {} }) }, '取消'),
    );
  },

  render() {
    const self = this as unknown as {
      props: ControlProps;
      state: { open?: string };
      components: () => Configured[];
      form: (c: Configured) => unknown;
      setState: (s: object) => void;
      area?: HTMLTextAreaElement;
    };
    const components = self.components();
    const open = components.find((c) => c.name === self.state.open);
    return h(
      'div',
      { className: self.props.classNameWrapper },
      h(
        'div',
        { role: 'toolbar', 'aria-label': '插入组件', style: { display: 'flex', flexWrap: 'wrap', gap: '0.25rem', marginBottom: '0.5rem' } },
        ...components.map((c) => h('button', { type: 'button', key: c.name, onClick: () => self.setState({ open: c.name, values: {} }) }, `＋${c.label}`)),
      ),
      open && self.form(open),
      h('textarea', {
        id: self.props.forID,
        value: self.props.value ?? '',
        onChange: (event: { target: { value: string } }) => self.props.onChange(event.target.value),
        ref: (el: HTMLTextAreaElement | null) => (self.area = el ?? undefined),
        style: { width: '100%', minHeight: '28rem', fontFamily: 'ui-monospace, monospace', fontSize: '0.9rem', lineHeight: 1.6 },
      }),
    );
  },
});

CMS.registerWidget('mdx', MdxBody, CMS.getWidget('markdown')?.preview);
