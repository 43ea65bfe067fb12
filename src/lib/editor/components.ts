/**
 * The MDX components editors may use (src/mdx-components/), as the browser editor offers them:
 * each a button over the page's source that opens a small form and inserts the tag where the
 * cursor is. `attributes` are the component's props (a test holds them to its Props); `choices`
 * names the entries a value is picked from; `content` is what goes between the tags. Pure data.
 */
export interface EditorComponent {
  name: string;
  label: string;
  /** Stands in a sentence (no blank lines around it). */
  inline?: boolean;
  attributes: Array<{ name: string; label: string; required: boolean; choices?: 'policies' | 'pages' | 'diagrams' }>;
  content?: { label: string; /** One `- ` item per line. */ list?: boolean };
}

export const editorComponents: EditorComponent[] = [
  { name: 'Say', label: '话术', attributes: [{ name: 'label', label: '对谁、什么时候说（可不填）', required: false }], content: { label: '销售说出口的话' } },
  { name: 'Policy', label: '公司政策', inline: true, attributes: [{ name: 'id', label: '政策', required: true, choices: 'policies' }] },
  { name: 'See', label: '交叉引用', inline: true, attributes: [{ name: 'to', label: '页面', required: true, choices: 'pages' }] },
  { name: 'Tip', label: '提示', attributes: [{ name: 'title', label: '标题（可不填）', required: false }], content: { label: '内容' } },
  { name: 'Warning', label: '注意', attributes: [{ name: 'title', label: '标题（可不填）', required: false }], content: { label: '内容' } },
  {
    name: 'Evidence',
    label: '证明材料',
    attributes: [{ name: 'title', label: '标题（可不填）', required: false }],
    content: { label: '要带的材料，每行一条', list: true },
  },
  { name: 'Compliance', label: '合规红线', attributes: [{ name: 'law', label: '法律名称', required: true }], content: { label: '哪条线不能碰、合法的做法' } },
  { name: 'Diagram', label: '图', attributes: [{ name: 'id', label: '图', required: true, choices: 'diagrams' }] },
];

/** The tag a filled form inserts. A quote would end an attribute, so it becomes a full-width one. */
export function componentTag(component: EditorComponent, values: Record<string, string>): string {
  const attrs = component.attributes
    .filter((a) => values[a.name]?.trim())
    .map((a) => ` ${a.name}="${values[a.name].trim().replace(/"/g, '＂')}"`)
    .join('');
  if (!component.content) return `<${component.name}${attrs} />`;
  const text = (values.content ?? '').trim();
  const inner = component.content.list
    ? `\n\n${text
        .split('\n')
        .map((line) => line.trim().replace(/^[-*]\s*/, ''))
        .filter(Boolean)
        .map((line) => `- ${line}`)
        .join('\n')}\n\n`
    : text.includes('\n')
      ? `\n\n${text}\n\n`
      : text;
  return `<${component.name}${attrs}>${inner}</${component.name}>`;
}
