import { expect, test } from 'vitest';
import { firstScriptHeading } from '../../src/lib/script-jump';

const headings = [
  { depth: 2, slug: '背后可能是什么', text: '背后可能是什么' },
  { depth: 2, slug: '怎么回应', text: '怎么回应' },
  { depth: 3, slug: '独家跟覆盖能力挂钩', text: '独家：跟覆盖能力挂钩' },
];

test('the heading of the section holding the first script, as Astro slugged it', () => {
  const body =
    '## 背后可能是什么\n\n- 被窜货伤过\n\n## 怎么回应\n\n### **独家**：跟覆盖能力挂钩\n\n1. 先问\n\n<Say label="对老板">独家怎么给…</Say>\n\n<Say>第二段</Say>\n';
  expect(firstScriptHeading(body, headings)?.slug).toBe('独家跟覆盖能力挂钩');
});

test('no script, or a script before any heading, offers no jump', () => {
  expect(firstScriptHeading('## 怎么回应\n\n没有话术。', headings)).toBeUndefined();
  expect(firstScriptHeading('<Say>开门见山</Say>\n\n## 怎么回应', headings)).toBeUndefined();
});
