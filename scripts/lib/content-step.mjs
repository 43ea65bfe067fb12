/**
 * Step 1 of `npm run check` (内容) and the report it ends with, as functions: scripts/check.mjs
 * runs them, and the broken-content fixture tests call them in-process over each fixture, so a
 * case costs a read of the content, not a Node start-up that loads the schemas again.
 */
import genericStopwords from 'stopwords-zh/stopwords-zh.json' with { type: 'json' };
import { readContent } from './read-content.mjs';
import { checkContent, unfilledPoliciesLine } from '../../src/lib/content-check/check-content.ts';
import { notInEditorFormLine, pagesInEditorForm } from './editor-form.mjs';

/** `file:line（field）`: where a problem is, as every line of the report names it. */
export function whereOf(p) {
  // A field goes after the line; a tag (<See to="…">) is already quoted in the sentence.
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.field && !p.field.startsWith('<') ? `（${p.field}）` : ''}`;
}

/**
 * Every content problem under `contentDir` as `{ where, message }` lines (errors and warnings),
 * the number of files read, and whether an error would also break the build. Policies the
 * company has not filled in are one line: they stand until it does, and /policies/ lists them.
 */
export function checkContentStep(contentDir, today = new Date()) {
  const files = readContent(contentDir);
  const found = checkContent(files, { today, genericStopwords });
  const errors = [];
  const warnings = [];
  for (const p of found.filter((p) => !p.topic)) (p.level === 'error' ? errors : warnings).push({ where: whereOf(p), message: p.message });
  const unfilled = found.filter((p) => p.topic === 'unfilledPolicy').length;
  if (unfilled) warnings.push({ message: unfilledPoliciesLine(unfilled) });
  // Only where every page is readable: a broken page has its own error above.
  if (errors.length === 0) {
    const drifted = pagesInEditorForm(contentDir).filter((p) => p.saved !== p.text).length;
    if (drifted) warnings.push({ message: notInEditorFormLine(drifted) });
  }
  return { fileCount: files.length, errors, warnings, blocking: found.some((p) => p.level === 'error' && p.breaksBuild) };
}

/** The errors the build would stop on, each with its file and line: what `npm run dev` shows in the browser (dev-check.mjs). */
export function buildStoppers(contentDir, today = new Date()) {
  return checkContent(readContent(contentDir), { today, genericStopwords })
    .filter((p) => p.level === 'error' && p.breaksBuild)
    .map((p) => ({ where: whereOf(p), file: p.file, line: p.line, message: p.message }));
}

/** What the check prints last: every problem (a summary line has no `where`), then the verdict. */
export function formatReport(errors, warnings) {
  const line =
    (mark) =>
    ({ where, message }) =>
      where ? `${mark} ${where}\n    ${message}` : `${mark} ${message}`;
  const verdict = errors.length
    ? `✗ ${errors.length} 个问题要修好才能提交${warnings.length ? `，另有 ${warnings.length} 个提醒` : ''}。`
    : `✓ 检查通过${warnings.length ? `，有 ${warnings.length} 个提醒（不影响提交）` : ''}。`;
  return ['', ...errors.map(line('✗')), ...warnings.map(line('⚠')), '', verdict].join('\n');
}
