/**
 * Step 4 of `npm run check` (类型): what `astro check` found in the code, for the report. Type
 * diagnostics are about code, not content: an error still fails the check (the gate stays), as one
 * line naming the command a developer runs for the detail; warnings and hints (an unused import)
 * never reach an editor's report — developers see them in their editor and in `npx astro check`.
 */
import { stripVTControlCharacters } from 'node:util';

/** `astro check`'s exit code and output → at most one `{ message }` for the report's errors. */
export function typeProblems({ code, output }) {
  const count = [...stripVTControlCharacters(output).matchAll(/^\S+?:\d+:\d+ - error /gm)].length;
  if (code === 0 && !count) return [];
  return [{ message: `代码（不是内容）${count ? `有 ${count} 个类型错误` : '的类型检查没有通过'}：请开发同事运行 npx astro check 查看并修好` }];
}
