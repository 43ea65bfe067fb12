/**
 * Step 1 of `npm run check` (内容) and the report it ends with, as functions: scripts/check.mjs
 * runs them, and the broken-content fixture tests call them in-process over each fixture, so a
 * case costs a read of the content, not a Node start-up that loads the schemas again.
 */
import genericStopwords from 'stopwords-zh/stopwords-zh.json' with { type: 'json' };
import { readContent } from './read-content.mjs';
import { checkContent } from '../../src/lib/content-check/check-content.ts';

/**
 * Every content problem under `contentDir` as `{ where, message }` lines (errors and warnings),
 * the number of files read, and whether an error would also break the build.
 */
export function checkContentStep(contentDir, today = new Date()) {
  const files = readContent(contentDir);
  const found = checkContent(files, { today, genericStopwords });
  const errors = [];
  const warnings = [];
  for (const p of found) {
    // A field goes after the line; a tag (<See to="…">) is already quoted in the sentence.
    const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field && !p.field.startsWith('<') ? `（${p.field}）` : ''}`;
    (p.level === 'error' ? errors : warnings).push({ where, message: p.message });
  }
  return { fileCount: files.length, errors, warnings, blocking: found.some((p) => p.level === 'error' && p.breaksBuild) };
}

/** What the check prints last: every problem, then the verdict. */
export function formatReport(errors, warnings) {
  const line = (mark) => ({ where, message }) => `${mark} ${where}\n    ${message}`;
  const verdict = errors.length
    ? `✗ ${errors.length} 个问题要修好才能提交${warnings.length ? `，另有 ${warnings.length} 个提醒` : ''}。`
    : `✓ 检查通过${warnings.length ? `，有 ${warnings.length} 个提醒（不影响提交）` : ''}。`;
  return ['', ...errors.map(line('✗')), ...warnings.map(line('⚠')), '', verdict].join('\n');
}
