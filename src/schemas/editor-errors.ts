/**
 * Zod's own messages in editors' words, for every check a schema did not word itself. Set once,
 * globally, so `astro build` and `npm run check` say the same thing. Built from the issue's data
 * (code, expected type, limits, allowed values), never from zod's English text.
 */
import { z } from 'astro/zod';

const typeNames: Record<string, string> = {
  string: '一段文字',
  number: '一个数字（不加引号）',
  int: '一个整数（不加引号）',
  array: '一个列表（写成 [甲, 乙]，用半角逗号；或每行一个“- ”）',
  boolean: 'true 或 false',
  date: '一个日期，例如 2026-11-01',
  object: '一组“字段: 值”',
};

const shown = (input: unknown) => (Array.isArray(input) ? '一个列表' : input === null ? '空值' : typeof input === 'object' ? '一组字段' : `“${String(input)}”`);

/** What a length limit counts; numbers and dates have none. */
const unitOf: Record<string, string | undefined> = { string: '个字', array: '项' };

type Issue = z.core.$ZodRawIssue;

/** The sentence for one issue, or undefined to keep zod's. `field` is the issue's path, dotted. */
export function editorMessage(issue: Issue): string | undefined {
  const path = issue.path ?? [];
  const field = path.join('.');
  const key = String(path.at(-1) ?? field);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `缺少必填字段 \`${field}\`：加一行 \`${key}: …\`（写法见 content/README.md，或对照 npm run new 生成的模板）`;
      return `\`${field}\` 应该是${typeNames[issue.expected] ?? issue.expected}，现在写的是 ${shown(issue.input)}`;
    case 'too_small': {
      const unit = unitOf[issue.origin];
      return unit ? `\`${field}\` 太短：至少要写 ${issue.minimum} ${unit}` : `\`${field}\` 不能小于 ${issue.minimum}`;
    }
    case 'too_big': {
      const unit = unitOf[issue.origin];
      return unit ? `\`${field}\` 太长：最多 ${issue.maximum} ${unit}` : `\`${field}\` 不能大于 ${issue.maximum}`;
    }
    case 'invalid_value':
      return `\`${field}\` 只能是：${issue.values.map(String).join('、')}`;
    case 'invalid_format':
      return `\`${field}\` 的格式不对`;
    default:
      return undefined;
  }
}

z.config({ customError: editorMessage });
