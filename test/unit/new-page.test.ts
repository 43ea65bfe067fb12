/**
 * `npm run new` as a new editor meets it (issue #28): an objection's category is theirs to
 * choose, and forgetting the `--` after `npm run new` says what to type instead of blaming quotes.
 * Runs scripts/new.mjs as npm would, into a temporary content folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runNode } from '../../scripts/lib/run-node.mjs';
import { checkContent } from '../../src/lib/content-check/check-content';
import { objectionCategories } from '../../src/lib/vocabulary-of-content';

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'new-page-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
/** `npm run new -- …args`; `npmFlags` as npm sets them for a flag it took for its own. */
const runNew = (args: string[], npmFlags: Record<string, string> = {}) => runNode(['scripts/new.mjs', ...args], { env: { CONTENT_DIR: contentDir, ...npmFlags } });

describe('an objection’s category', () => {
  test('is left to choose: the check refuses the placeholder listing every category, and new says where', async () => {
    const { code, output } = await runNew(['objections', 'sample-shortage', '--title', '样品不够用']);
    expect(code).toBe(0);
    const file = path.join(contentDir, 'objections/sample-shortage.mdx');
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('category:')) + 1;
    expect(text.split('\n')[line - 1]).toBe('category: 待选择');
    expect(output).toContain(`先选 category：第 ${line} 行的“待选择”要换成 ${objectionCategories.join('、')} 之一`);

    const problems = checkContent([{ collection: 'objections', id: 'sample-shortage', file, text }], { today: new Date(), genericStopwords: [] });
    expect(problems.filter((p) => p.field === 'category')).toEqual([
      { file, line, field: 'category', message: `\`category\` 只能是：${objectionCategories.join('、')}`, level: 'error', breaksBuild: true },
    ]);
  });
});
